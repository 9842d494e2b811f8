#include "Enums.h"

namespace finalist {

#define FINALIST_ENUM_ENTRIES(E, N, ...)                                                           \
    const std::array<EnumEntry<E>, N>& EnumTable<E>::entries()                                     \
    {                                                                                              \
        using enum E;                                                                              \
        static const std::array<EnumEntry<E>, N> table{ { __VA_ARGS__ } };                         \
        return table;                                                                              \
    }

FINALIST_ENUM_ENTRIES(Stage, 11,
                      { Interested, "interested", QT_TRANSLATE_NOOP("Enums", "Interested") },
                      { Applied, "applied", QT_TRANSLATE_NOOP("Enums", "Applied") },
                      { Screening, "screening", QT_TRANSLATE_NOOP("Enums", "Screening") },
                      { Interviewing, "interviewing", QT_TRANSLATE_NOOP("Enums", "Interviewing") },
                      { FinalRound, "final_round", QT_TRANSLATE_NOOP("Enums", "Final round") },
                      { Offer, "offer", QT_TRANSLATE_NOOP("Enums", "Offer") },
                      { RunnerUp, "runner_up", QT_TRANSLATE_NOOP("Enums", "Runner-up") },
                      { NotChosen, "not_chosen", QT_TRANSLATE_NOOP("Enums", "Not chosen") },
                      { Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("Enums", "Withdrawn") },
                      { Ghosted, "ghosted", QT_TRANSLATE_NOOP("Enums", "Ghosted") },
                      { Hired, "hired", QT_TRANSLATE_NOOP("Enums", "Hired") })

FINALIST_ENUM_ENTRIES(RoundKind, 6,
                      { PhoneScreen, "phone_screen", QT_TRANSLATE_NOOP("Enums", "Phone screen") },
                      { Video, "video", QT_TRANSLATE_NOOP("Enums", "Video call") },
                      { OnSite, "on_site", QT_TRANSLATE_NOOP("Enums", "On-site") },
                      { Panel, "panel", QT_TRANSLATE_NOOP("Enums", "Panel") },
                      { Assignment, "assignment", QT_TRANSLATE_NOOP("Enums", "Assignment") },
                      { Final, "final", QT_TRANSLATE_NOOP("Enums", "Final round") })

FINALIST_ENUM_ENTRIES(RoundOutcome, 3,
                      { Pending, "pending", QT_TRANSLATE_NOOP("Enums", "Waiting") },
                      { Passed, "passed", QT_TRANSLATE_NOOP("Enums", "Passed") },
                      { NotPassed, "not_passed", QT_TRANSLATE_NOOP("Enums", "Not passed") })

FINALIST_ENUM_ENTRIES(RoleCategory, 7,
                      { Executive, "executive", QT_TRANSLATE_NOOP("Enums", "Executive") },
                      { Director, "director", QT_TRANSLATE_NOOP("Enums", "Director") },
                      { HiringManager, "hiring_manager",
                        QT_TRANSLATE_NOOP("Enums", "Hiring manager") },
                      { TeamMember, "team_member", QT_TRANSLATE_NOOP("Enums", "Team member") },
                      { Recruiter, "recruiter", QT_TRANSLATE_NOOP("Enums", "Recruiter / HR") },
                      { Gatekeeper, "gatekeeper", QT_TRANSLATE_NOOP("Enums", "Gatekeeper") },
                      { Other, "other", QT_TRANSLATE_NOOP("Enums", "Other") })

FINALIST_ENUM_ENTRIES(LinkedInStatus, 4,
                      { NotConnected, "not_connected",
                        QT_TRANSLATE_NOOP("Enums", "Not connected") },
                      { AskedToInvite, "asked_to_invite",
                        QT_TRANSLATE_NOOP("Enums", "Asked them to invite me") },
                      { Pending, "pending", QT_TRANSLATE_NOOP("Enums", "Invitation pending") },
                      { Connected, "connected", QT_TRANSLATE_NOOP("Enums", "Connected") })

FINALIST_ENUM_ENTRIES(LinkKind, 3,
                      { IntroducedBy, "introduced_by",
                        QT_TRANSLATE_NOOP("Enums", "Introduced by") },
                      { WorksWith, "works_with", QT_TRANSLATE_NOOP("Enums", "Works with") },
                      { ReportsTo, "reports_to", QT_TRANSLATE_NOOP("Enums", "Reports to") })

FINALIST_ENUM_ENTRIES(
    OutreachKind, 7, { ThankYou, "thank_you", QT_TRANSLATE_NOOP("Enums", "Thank-you") },
    { RejectionReply, "rejection_reply", QT_TRANSLATE_NOOP("Enums", "Reply to the decision") },
    { FeedbackRequest, "feedback_request", QT_TRANSLATE_NOOP("Enums", "Feedback request") },
    { StayOnRadar, "stay_on_radar", QT_TRANSLATE_NOOP("Enums", "Stay on the radar") },
    { CheckIn, "check_in", QT_TRANSLATE_NOOP("Enums", "Check-in") },
    { LinkedInInvitation, "linkedin_invitation",
      QT_TRANSLATE_NOOP("Enums", "LinkedIn invitation") },
    { Letter, "letter", QT_TRANSLATE_NOOP("Enums", "Letter") })

FINALIST_ENUM_ENTRIES(Channel, 5, { Email, "email", QT_TRANSLATE_NOOP("Enums", "Email") },
                      { PhoneScript, "phone_script", QT_TRANSLATE_NOOP("Enums", "Phone call") },
                      { Card, "card", QT_TRANSLATE_NOOP("Enums", "Handwritten card") },
                      { LinkedIn, "linkedin", QT_TRANSLATE_NOOP("Enums", "LinkedIn") },
                      { InPerson, "in_person", QT_TRANSLATE_NOOP("Enums", "In person") })

FINALIST_ENUM_ENTRIES(OutreachStatus, 4, { Draft, "draft", QT_TRANSLATE_NOOP("Enums", "Draft") },
                      { Sent, "sent", QT_TRANSLATE_NOOP("Enums", "Sent") },
                      { Replied, "replied", QT_TRANSLATE_NOOP("Enums", "Replied") },
                      { NoReply, "no_reply", QT_TRANSLATE_NOOP("Enums", "No reply") })

FINALIST_ENUM_ENTRIES(FollowUpStatus, 4, { Open, "open", QT_TRANSLATE_NOOP("Enums", "Open") },
                      { Done, "done", QT_TRANSLATE_NOOP("Enums", "Done") },
                      { Snoozed, "snoozed", QT_TRANSLATE_NOOP("Enums", "Snoozed") },
                      { Cancelled, "cancelled", QT_TRANSLATE_NOOP("Enums", "Cancelled") })

FINALIST_ENUM_ENTRIES(FollowUpKind, 5,
                      { Action, "action", QT_TRANSLATE_NOOP("Enums", "Next action") },
                      { Revisit, "revisit", QT_TRANSLATE_NOOP("Enums", "Revisit the entry") },
                      { Nudge, "nudge", QT_TRANSLATE_NOOP("Enums", "Gentle nudge") },
                      { NinetyDay, "ninety_day",
                        QT_TRANSLATE_NOOP("Enums", "Ninety-day check-in") },
                      { StayInTouch, "stay_in_touch", QT_TRANSLATE_NOOP("Enums", "Stay in touch") })

FINALIST_ENUM_ENTRIES(WinKind, 2,
                      { Derived, "derived", QT_TRANSLATE_NOOP("Enums", "From the record") },
                      { Written, "written", QT_TRANSLATE_NOOP("Enums", "In my words") })

FINALIST_ENUM_ENTRIES(Tone, 3, { Warm, "warm", QT_TRANSLATE_NOOP("Enums", "Warm") },
                      { Formal, "formal", QT_TRANSLATE_NOOP("Enums", "Formal") },
                      { Brief, "brief", QT_TRANSLATE_NOOP("Enums", "Brief") })

FINALIST_ENUM_ENTRIES(DetailKind, 5, { Email, "email", QT_TRANSLATE_NOOP("Enums", "Email") },
                      { Phone, "phone", QT_TRANSLATE_NOOP("Enums", "Phone") },
                      { Address, "address", QT_TRANSLATE_NOOP("Enums", "Address") },
                      { Web, "web", QT_TRANSLATE_NOOP("Enums", "Website") },
                      { Handle, "handle", QT_TRANSLATE_NOOP("Enums", "Messaging") })

FINALIST_ENUM_ENTRIES(LessonKind, 3, { Lesson, "lesson", QT_TRANSLATE_NOOP("Enums", "Lesson") },
                      { Strength, "strength", QT_TRANSLATE_NOOP("Enums", "Strength shown") },
                      { Practise, "practise", QT_TRANSLATE_NOOP("Enums", "To practise") })

#undef FINALIST_ENUM_ENTRIES

bool labelsKeepTheirCaseInSentences()
{
    // Translated like Qt's own QT_LAYOUT_DIRECTION: a switch each language sets, not a text.
    return QCoreApplication::translate(
               "Enums", "LABEL_CASE_IN_SENTENCES",
               "Translate as KEEP when the labels (stage names, kinds) keep their capital "
               "letter inside a sentence, as German nouns do; as LOWER when they are "
               "written in lower case there, as in English.")
        == QLatin1String("KEEP");
}

} // namespace finalist

#include "BuiltinTemplates.h"

#include "i18n/Translations.h"

#include <QCoreApplication>

namespace finalist {

namespace {

struct Text
{
    OutreachKind kind;
    Channel channel;
    Tone tone;
    const char* name;
    const char* subject;
    const char* body;
};

// Written for Finalist. Optional parts sit in {{#…}} blocks, so nothing is left half-said
// when the user has no praise to quote, no topic to recall, or did not choose to ask for
// something.
//
// How a note is signed, from the user's profile: under the sign-off comes the signature when
// there is one; otherwise the first name (warm and brief notes) or the full name (formal ones,
// with the phone and LinkedIn address when those are set). With no profile at all the note
// shows a visible ⟦me.name⟧ gap rather than ending unsigned. Phone-call scripts are read aloud
// and are not signed; cards and LinkedIn notes are signed with a name only.
//
// Every text here is also fingerprinted in BuiltinTemplateHistory.cpp when it is replaced, so
// that databases still holding it unedited are brought up to date.
const Text kTexts[] = {
    { OutreachKind::ThankYou, Channel::Email, Tone::Warm,
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Thank-you after an interview (warm)"),
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Thank you for today"),
      QT_TRANSLATE_NOOP(
          "BuiltinTemplates",
          "Hi {{contact.first_name}},\n\n"
          "Thank you for making time for me today. I came away with a much clearer "
          "picture of the {{opportunity.role}} role and of the people at "
          "{{opportunity.company}}.\n"
          "{{#topic}}\nI keep thinking about what we said about {{topic}}.\n{{/topic}}"
          "\nWhatever comes next, I enjoyed the conversation.\n\n"
          "All the best,\n"
          "{{#me.signature}}{{me.signature}}{{/me.signature}}"
          "{{^me.signature}}{{#me.first_name}}{{me.first_name}}{{/me.first_name}}"
          "{{^me.first_name}}{{me.name}}{{/me.first_name}}{{/me.signature}}\n") },
    { OutreachKind::ThankYou, Channel::Email, Tone::Formal,
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Thank-you after an interview (formal)"),
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Thank you for the interview"),
      QT_TRANSLATE_NOOP("BuiltinTemplates",
                        "Dear {{contact.name}},\n\n"
                        "Thank you for the interview for the {{opportunity.role}} position at "
                        "{{opportunity.company}}. I appreciated the time you gave and the care "
                        "with which you described the team's work.\n"
                        "{{#topic}}\nOur discussion of {{topic}} was especially useful to me.\n"
                        "{{/topic}}"
                        "\nKind regards,\n"
                        "{{#me.signature}}{{me.signature}}{{/me.signature}}"
                        "{{^me.signature}}{{me.name}}{{#me.phone}}\n{{me.phone}}{{/me.phone}}"
                        "{{#me.linkedin}}\n{{me.linkedin}}{{/me.linkedin}}{{/me.signature}}\n") },
    { OutreachKind::ThankYou, Channel::Email, Tone::Brief,
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Thank-you after an interview (brief)"),
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Thanks for your time"),
      QT_TRANSLATE_NOOP("BuiltinTemplates",
                        "Hi {{contact.first_name}},\n\n"
                        "Thanks for today's conversation about the {{opportunity.role}} role. "
                        "I enjoyed it{{#topic}}, the part about {{topic}} most of all{{/topic}}."
                        "\n\nBest,\n"
                        "{{#me.signature}}{{me.signature}}{{/me.signature}}"
                        "{{^me.signature}}{{#me.first_name}}{{me.first_name}}{{/me.first_name}}"
                        "{{^me.first_name}}{{me.name}}{{/me.first_name}}{{/me.signature}}\n") },

    { OutreachKind::RejectionReply, Channel::Email, Tone::Warm,
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Reply to a rejection (warm)"),
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Thank you, and a small request"),
      QT_TRANSLATE_NOOP("BuiltinTemplates",
                        "Hi {{contact.first_name}},\n\n"
                        "Thank you for letting me know, and for telling me yourself. Of course I "
                        "hoped for a different answer, but I am glad I got to know the team at "
                        "{{opportunity.company}}.\n"
                        "{{#topic}}\nOur conversation about {{topic}} is one I will carry with "
                        "me into whatever comes next.\n{{/topic}}"
                        "{{#praise}}\nIt meant a lot to hear that {{praise}}.\n{{/praise}}"
                        "{{#ask_feedback}}\nIf you have a few minutes, I would be grateful to "
                        "hear what would have made the difference. I would like to grow from "
                        "this.\n{{/ask_feedback}}"
                        "{{#stay_on_radar}}\nI would love to stay on your radar: if the role "
                        "opens again, or something close to it, please think of me."
                        "{{#other_roles}} I would welcome other roles in the team too."
                        "{{/other_roles}}"
                        "{{#contract_work}} I am also open to contract work."
                        "{{/contract_work}}\n{{/stay_on_radar}}"
                        "\nWith thanks,\n"
                        "{{#me.signature}}{{me.signature}}{{/me.signature}}"
                        "{{^me.signature}}{{#me.first_name}}{{me.first_name}}{{/me.first_name}}"
                        "{{^me.first_name}}{{me.name}}{{/me.first_name}}{{/me.signature}}\n") },
    { OutreachKind::RejectionReply, Channel::Email, Tone::Formal,
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Reply to a rejection (formal)"),
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Re: the {{opportunity.role}} position"),
      QT_TRANSLATE_NOOP("BuiltinTemplates",
                        "Dear {{contact.name}},\n\n"
                        "Thank you for informing me of your decision regarding the "
                        "{{opportunity.role}} position. I respect it, and I am grateful for the "
                        "consideration {{opportunity.company}} gave my application.\n"
                        "{{#topic}}\nI particularly valued our discussion of {{topic}}, and I "
                        "will take what I learned from it into my future work.\n{{/topic}}"
                        "{{#ask_feedback}}\nShould you be willing, I would value any feedback "
                        "on how I could have been a stronger candidate.\n{{/ask_feedback}}"
                        "{{#stay_on_radar}}\nI remain very interested in {{opportunity.company}} "
                        "and would appreciate being considered for future openings."
                        "{{#other_roles}} I would be glad to hear about related positions as "
                        "well.{{/other_roles}}"
                        "{{#contract_work}} I am also available for contract engagements."
                        "{{/contract_work}}\n{{/stay_on_radar}}"
                        "\nYours sincerely,\n"
                        "{{#me.signature}}{{me.signature}}{{/me.signature}}"
                        "{{^me.signature}}{{me.name}}{{#me.phone}}\n{{me.phone}}{{/me.phone}}"
                        "{{#me.linkedin}}\n{{me.linkedin}}{{/me.linkedin}}{{/me.signature}}\n") },
    { OutreachKind::RejectionReply, Channel::Email, Tone::Brief,
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Reply to a rejection (brief)"),
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Thank you"),
      QT_TRANSLATE_NOOP("BuiltinTemplates",
                        "Hi {{contact.first_name}},\n\n"
                        "Thanks for letting me know. I enjoyed the process"
                        "{{#topic}}, not least our talk about {{topic}}{{/topic}}."
                        "{{#ask_feedback}} Any feedback would help me a lot.{{/ask_feedback}}"
                        "{{#stay_on_radar}} Please keep me in mind for future roles."
                        "{{/stay_on_radar}}\n\nBest,\n"
                        "{{#me.signature}}{{me.signature}}{{/me.signature}}"
                        "{{^me.signature}}{{#me.first_name}}{{me.first_name}}{{/me.first_name}}"
                        "{{^me.first_name}}{{me.name}}{{/me.first_name}}{{/me.signature}}\n") },

    { OutreachKind::FeedbackRequest, Channel::Email, Tone::Warm,
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Feedback request (warm)"),
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Could I ask for your view?"),
      QT_TRANSLATE_NOOP("BuiltinTemplates",
                        "Hi {{contact.first_name}},\n\n"
                        "I heard that {{opportunity.company}} chose another candidate for the "
                        "{{opportunity.role}} role. Thank you again for the time you spent with "
                        "me.{{#topic}} Our conversation about {{topic}} was a highlight of the "
                        "whole process for me.{{/topic}}\n\n"
                        "Would you share, in a line or two, what would have made me the "
                        "stronger choice? I am asking to learn, not to argue, and anything you "
                        "say stays with me.\n\nThank you,\n"
                        "{{#me.signature}}{{me.signature}}{{/me.signature}}"
                        "{{^me.signature}}{{#me.first_name}}{{me.first_name}}{{/me.first_name}}"
                        "{{^me.first_name}}{{me.name}}{{/me.first_name}}{{/me.signature}}\n") },
    { OutreachKind::FeedbackRequest, Channel::Email, Tone::Formal,
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Feedback request (formal)"),
      QT_TRANSLATE_NOOP("BuiltinTemplates", "A request for feedback"),
      QT_TRANSLATE_NOOP("BuiltinTemplates",
                        "Dear {{contact.name}},\n\n"
                        "Thank you for your part in my interviews for the {{opportunity.role}} "
                        "position{{#topic}}, and in particular for our discussion of {{topic}}"
                        "{{/topic}}. I understand another candidate was selected.\n\n"
                        "If your time permits, I would be grateful for your assessment of the "
                        "areas in which I could improve.\n\nKind regards,\n"
                        "{{#me.signature}}{{me.signature}}{{/me.signature}}"
                        "{{^me.signature}}{{me.name}}{{#me.phone}}\n{{me.phone}}{{/me.phone}}"
                        "{{#me.linkedin}}\n{{me.linkedin}}{{/me.linkedin}}{{/me.signature}}\n") },
    { OutreachKind::FeedbackRequest, Channel::Email, Tone::Brief,
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Feedback request (brief)"),
      QT_TRANSLATE_NOOP("BuiltinTemplates", "One question"),
      QT_TRANSLATE_NOOP("BuiltinTemplates",
                        "Hi {{contact.first_name}},\n\n"
                        "Thanks again for the {{opportunity.role}} interviews{{#topic}}, and for "
                        "the talk about {{topic}}{{/topic}}. What one thing would have made the "
                        "difference for me? A single line would help.\n\nThanks,\n"
                        "{{#me.signature}}{{me.signature}}{{/me.signature}}"
                        "{{^me.signature}}{{#me.first_name}}{{me.first_name}}{{/me.first_name}}"
                        "{{^me.first_name}}{{me.name}}{{/me.first_name}}{{/me.signature}}\n") },

    { OutreachKind::StayOnRadar, Channel::Email, Tone::Warm,
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Staying on the radar (warm)"),
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Keeping in touch"),
      QT_TRANSLATE_NOOP("BuiltinTemplates",
                        "Hi {{contact.first_name}},\n\n"
                        "It was a pleasure to meet you during the {{opportunity.role}} "
                        "interviews. The role went to someone else, but I left with real respect "
                        "for the team at {{opportunity.company}}."
                        "{{#topic}} Our conversation about {{topic}} is one I would happily pick "
                        "up again.{{/topic}}\n\n"
                        "If something opens that fits what I do, I would be glad to hear from "
                        "you."
                        "{{#contract_work}} That includes contract work.{{/contract_work}}\n\n"
                        "Warm regards,\n"
                        "{{#me.signature}}{{me.signature}}{{/me.signature}}"
                        "{{^me.signature}}{{#me.first_name}}{{me.first_name}}{{/me.first_name}}"
                        "{{^me.first_name}}{{me.name}}{{/me.first_name}}{{/me.signature}}\n") },
    { OutreachKind::StayOnRadar, Channel::Email, Tone::Formal,
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Staying on the radar (formal)"),
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Future opportunities at {{opportunity.company}}"),
      QT_TRANSLATE_NOOP("BuiltinTemplates",
                        "Dear {{contact.name}},\n\n"
                        "Thank you for meeting me during the selection for the "
                        "{{opportunity.role}} position. Although I was not selected, my interest "
                        "in {{opportunity.company}} is undiminished, and I would welcome being "
                        "contacted about future openings."
                        "{{#topic}} I would also be glad to continue our discussion of {{topic}} "
                        "at any time.{{/topic}}\n\nYours sincerely,\n"
                        "{{#me.signature}}{{me.signature}}{{/me.signature}}"
                        "{{^me.signature}}{{me.name}}{{#me.phone}}\n{{me.phone}}{{/me.phone}}"
                        "{{#me.linkedin}}\n{{me.linkedin}}{{/me.linkedin}}{{/me.signature}}\n") },
    { OutreachKind::StayOnRadar, Channel::Email, Tone::Brief,
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Staying on the radar (brief)"),
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Let's stay in touch"),
      QT_TRANSLATE_NOOP("BuiltinTemplates",
                        "Hi {{contact.first_name}},\n\n"
                        "Good to have met you{{#topic}}, and thanks for the conversation about "
                        "{{topic}}{{/topic}}. If a role like {{opportunity.role}} opens at "
                        "{{opportunity.company}} again, I would love to hear about it.\n\n"
                        "Best,\n"
                        "{{#me.signature}}{{me.signature}}{{/me.signature}}"
                        "{{^me.signature}}{{#me.first_name}}{{me.first_name}}{{/me.first_name}}"
                        "{{^me.first_name}}{{me.name}}{{/me.first_name}}{{/me.signature}}\n") },

    { OutreachKind::CheckIn, Channel::Email, Tone::Warm,
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Ninety-day check-in (warm)"),
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Checking in"),
      QT_TRANSLATE_NOOP("BuiltinTemplates",
                        "Hi {{contact.first_name}},\n\n"
                        "A few months have passed since we talked about the {{opportunity.role}} "
                        "role, and I wanted to say hello. I hope the team is doing well.\n\n"
                        "I am still very interested in {{opportunity.company}}. If anything "
                        "changes, or a new need comes up, I would be happy to talk.\n\n"
                        "All the best,\n"
                        "{{#me.signature}}{{me.signature}}{{/me.signature}}"
                        "{{^me.signature}}{{#me.first_name}}{{me.first_name}}{{/me.first_name}}"
                        "{{^me.first_name}}{{me.name}}{{/me.first_name}}{{/me.signature}}\n") },
    { OutreachKind::CheckIn, Channel::Email, Tone::Formal,
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Ninety-day check-in (formal)"),
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Following up"),
      QT_TRANSLATE_NOOP("BuiltinTemplates",
                        "Dear {{contact.name}},\n\n"
                        "I am writing to renew my interest in {{opportunity.company}}, some "
                        "months after my interviews for the {{opportunity.role}} position. "
                        "Should your needs have changed, I would be pleased to resume our "
                        "conversation.\n\nKind regards,\n"
                        "{{#me.signature}}{{me.signature}}{{/me.signature}}"
                        "{{^me.signature}}{{me.name}}{{#me.phone}}\n{{me.phone}}{{/me.phone}}"
                        "{{#me.linkedin}}\n{{me.linkedin}}{{/me.linkedin}}{{/me.signature}}\n") },
    { OutreachKind::CheckIn, Channel::Email, Tone::Brief,
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Ninety-day check-in (brief)"),
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Quick hello"),
      QT_TRANSLATE_NOOP("BuiltinTemplates",
                        "Hi {{contact.first_name}},\n\n"
                        "Just checking in. If the {{opportunity.role}} team needs someone, I am "
                        "still keen.\n\nBest,\n"
                        "{{#me.signature}}{{me.signature}}{{/me.signature}}"
                        "{{^me.signature}}{{#me.first_name}}{{me.first_name}}{{/me.first_name}}"
                        "{{^me.first_name}}{{me.name}}{{/me.first_name}}{{/me.signature}}\n") },

    // LinkedIn allows 300 characters in an invitation note: these stay well under it with long
    // names and a long topic, and are signed with a name only.
    { OutreachKind::LinkedInInvitation, Channel::LinkedIn, Tone::Warm,
      QT_TRANSLATE_NOOP("BuiltinTemplates", "LinkedIn note (warm)"), "",
      QT_TRANSLATE_NOOP("BuiltinTemplates",
                        "Hi {{contact.first_name}}, I enjoyed meeting you in the "
                        "{{opportunity.company}} interviews{{#topic}}, and our talk about "
                        "{{topic}}{{/topic}}. I would be glad to stay connected; would you send "
                        "me an invitation?\n— "
                        "{{#me.first_name}}{{me.first_name}}{{/"
                        "me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}") },
    { OutreachKind::LinkedInInvitation, Channel::LinkedIn, Tone::Formal,
      QT_TRANSLATE_NOOP("BuiltinTemplates", "LinkedIn note (formal)"), "",
      QT_TRANSLATE_NOOP("BuiltinTemplates",
                        "Dear {{contact.name}}, thank you for the interview at "
                        "{{opportunity.company}}{{#topic}} and our discussion of {{topic}}"
                        "{{/topic}}. I would value staying in contact here, and would welcome "
                        "your invitation to connect.\n— {{me.name}}") },
    { OutreachKind::LinkedInInvitation, Channel::LinkedIn, Tone::Brief,
      QT_TRANSLATE_NOOP("BuiltinTemplates", "LinkedIn note (brief)"), "",
      QT_TRANSLATE_NOOP("BuiltinTemplates",
                        "Hi {{contact.first_name}}, good to meet you at {{opportunity.company}}"
                        "{{#topic}}; I enjoyed our talk about {{topic}}{{/topic}}. "
                        "Shall we connect?\n— "
                        "{{#me.first_name}}{{me.first_name}}{{/"
                        "me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}") },

    // Read aloud, so not signed.
    { OutreachKind::Letter, Channel::PhoneScript, Tone::Warm,
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Phone-call script (warm)"), "",
      QT_TRANSLATE_NOOP("BuiltinTemplates",
                        "• Thank {{contact.first_name}} for the call and for the whole process.\n"
                        "• Say you are disappointed, and that you understand.\n"
                        "{{#praise}}• Mention what they praised: {{praise}}.\n{{/praise}}"
                        "{{#topic}}• Tell them how much you enjoyed talking about {{topic}}.\n"
                        "{{/topic}}"
                        "{{#ask_feedback}}• Ask: what would have made the difference?\n"
                        "• Listen; write it down; do not argue.\n"
                        "{{#me.email}}• If they would rather put it in writing, give your email "
                        "address: {{me.email}}.\n{{/me.email}}{{/ask_feedback}}"
                        "{{#stay_on_radar}}• Ask to be kept in mind if the role opens again."
                        "\n{{/stay_on_radar}}"
                        "• End warmly: you enjoyed meeting the team at "
                        "{{opportunity.company}}.\n") },
    { OutreachKind::Letter, Channel::PhoneScript, Tone::Formal,
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Phone-call script (formal)"), "",
      QT_TRANSLATE_NOOP("BuiltinTemplates",
                        "• Thank {{contact.name}} for informing you personally.\n"
                        "• Acknowledge the decision on the {{opportunity.role}} position.\n"
                        "{{#topic}}• Say that you valued the discussion of {{topic}}.\n"
                        "{{/topic}}"
                        "{{#ask_feedback}}• Request feedback on how to strengthen future "
                        "applications.\n"
                        "{{#me.email}}• Offer your email address for written feedback: "
                        "{{me.email}}."
                        "\n{{/me.email}}{{/ask_feedback}}"
                        "{{#stay_on_radar}}• State your continued interest in "
                        "{{opportunity.company}}.\n{{/stay_on_radar}}"
                        "• Close with thanks for their time.\n") },
    { OutreachKind::Letter, Channel::PhoneScript, Tone::Brief,
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Phone-call script (brief)"), "",
      QT_TRANSLATE_NOOP("BuiltinTemplates",
                        "• Thanks, {{contact.first_name}}.\n"
                        "{{#topic}}• Enjoyed talking about {{topic}}.\n{{/topic}}"
                        "{{#ask_feedback}}• What would have made the difference?\n"
                        "{{/ask_feedback}}"
                        "{{#stay_on_radar}}• Keep me in mind.\n{{/stay_on_radar}}") },

    // Written by hand, so signed with a name, never a typed signature.
    { OutreachKind::Letter, Channel::Card, Tone::Warm,
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Handwritten card (warm)"), "",
      QT_TRANSLATE_NOOP("BuiltinTemplates",
                        "Dear {{contact.first_name}},\n\n"
                        "Thank you for your kindness during my interviews at "
                        "{{opportunity.company}}.{{#topic}} I still think about our conversation "
                        "on {{topic}}.{{/topic}} It was a pleasure to meet you, and I hope our "
                        "paths cross again.\n\nWarmly,\n"
                        "{{#me.first_name}}{{me.first_name}}{{/"
                        "me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}"
                        "\n") },
    { OutreachKind::Letter, Channel::Card, Tone::Formal,
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Handwritten card (formal)"), "",
      QT_TRANSLATE_NOOP("BuiltinTemplates",
                        "Dear {{contact.name}},\n\n"
                        "Thank you for your time and consideration during the selection for the "
                        "{{opportunity.role}} position.{{#topic}} I much appreciated our "
                        "discussion of {{topic}}.{{/topic}}\n\nWith best regards,\n"
                        "{{me.name}}\n") },
    { OutreachKind::Letter, Channel::Card, Tone::Brief,
      QT_TRANSLATE_NOOP("BuiltinTemplates", "Handwritten card (brief)"), "",
      QT_TRANSLATE_NOOP("BuiltinTemplates",
                        "{{contact.first_name}}, thank you. It was good to meet you"
                        "{{#topic}}, and to talk about {{topic}}{{/topic}}.\n\n"
                        "— "
                        "{{#me.first_name}}{{me.first_name}}{{/"
                        "me.first_name}}{{^me.first_name}}{{me.name}}{{/me.first_name}}"
                        "\n") },
};

QString keyOf(const Text& text)
{
    return enumKey(text.kind) + QLatin1Char('.') + enumKey(text.channel) + QLatin1Char('.')
        + enumKey(text.tone);
}

} // namespace

bool isBuiltinTextInSomeLanguage(const QString& builtinKey, const QString& subject,
                                 const QString& body)
{
    const char* context = "BuiltinTemplates";
    for (const Text& text : kTexts) {
        if (keyOf(text) != builtinKey)
            continue;
        for (const QString& language : shippedLanguages()) {
            const QString shippedSubject
                = *text.subject ? translatedIn(language, context, text.subject) : QString();
            if (shippedSubject == subject && translatedIn(language, context, text.body) == body)
                return true;
        }
    }
    return false;
}

std::vector<Template> builtinTemplates()
{
    std::vector<Template> templates;
    for (const Text& text : kTexts) {
        Template t;
        t.builtinKey = keyOf(text);
        t.kind = text.kind;
        t.channel = text.channel;
        t.tone = text.tone;
        t.name = QCoreApplication::translate("BuiltinTemplates", text.name);
        if (*text.subject)
            t.subject = QCoreApplication::translate("BuiltinTemplates", text.subject);
        t.body = QCoreApplication::translate("BuiltinTemplates", text.body);
        templates.push_back(std::move(t));
    }
    return templates;
}

} // namespace finalist

// The demo story, continued: reflections, wins, outreach and follow-ups.
#include "DemoSampleWriter.h"
#include "storage/JournalRepository.h"
#include "storage/LessonRepository.h"
#include "storage/WinRepository.h"

namespace finalist {

Status DemoSampleWriter::reflections()
{
    JournalEntry harbor;
    harbor.opportunityId = m_ids.value(QStringLiteral("harbor"));
    harbor.title = QStringLiteral("Runner-up at Harbor & Finch");
    harbor.writtenOn = daysAgo(8);
    harbor.mood = 2;
    harbor.tags
        = { QStringLiteral("runner-up"), QStringLiteral("design-lead"), QStringLiteral("panel") };
    harbor.experience = QStringLiteral(
        "Five rounds over seven weeks. Aisha's screen was easy; the video call with **Priya** "
        "felt like a conversation between colleagues. The take-home took a whole weekend, and "
        "presenting it to Priya and Élise was the best hour of the process.\n\n"
        "The panel was harder: Jonah pushed on design tokens, Sam asked what I would cut if the "
        "deadline halved. I froze for a moment on that one.\n\n"
        "The final with Maya and Tomás was about vision. I talked too long about process and "
        "not enough about results.");
    harbor.jobIdeal = QStringLiteral("A research culture that is real, not decorative. A manager "
                                     "who writes things down. Four days in the office at most.");
    harbor.jobNotIdeal = QStringLiteral("A ninety-minute commute each way, and a roadmap already "
                                        "fixed for the year.");
    harbor.gutRating = 4;
    harbor.gutReason = QStringLiteral("I wanted it, and I think I would have been happy there.");
    harbor.relationships = QStringLiteral(
        "Thank-you notes to Priya and Maya went out the next morning. Marta gets a card: she "
        "moved the final twice for me. Tomás and Priya accepted on LinkedIn; I asked Jonah to "
        "send me an invitation so it comes from his side.");
    harbor.learned = QStringLiteral(
        "I am at my best when I can show work in progress. I still undersell outcomes.");
    harbor.momentum = QStringLiteral(
        "Back to three letters a day this week. Ask Aisha for the detailed feedback. Check in "
        "with Tomás before their new hire's ninety days are up.");
    harbor.revisitOn = harbor.writtenOn.addDays(14);
    if (auto added = JournalRepository(m_db).add(harbor); !added)
        return added;
    m_ids.insert(QStringLiteral("entry-harbor"), harbor.id);

    const std::pair<LessonKind, const char*> lessons[] = {
        { LessonKind::Lesson,
          "Open a case study with the result, then show the process behind it." },
        { LessonKind::Strength,
          "Stayed calm and curious when the panel challenged the research plan." },
        { LessonKind::Practise, "A two-minute answer on what I would cut when a deadline halves." },
        { LessonKind::Lesson,
          "Ask the final interviewer what success looks like after ninety days." },
    };
    int position = 0;
    for (const auto& [kind, text] : lessons) {
        Lesson lesson;
        lesson.entryId = harbor.id;
        lesson.kind = kind;
        lesson.text = QString::fromUtf8(text);
        lesson.position = position++;
        if (auto added = LessonRepository(m_db).add(lesson); !added)
            return added;
    }

    JournalEntry northwind;
    northwind.opportunityId = m_ids.value(QStringLiteral("northwind"));
    northwind.title = QStringLiteral("Northwind video round");
    northwind.writtenOn = daysAgo(4);
    northwind.mood = 4;
    northwind.tags = { QStringLiteral("design-lead") };
    northwind.experience = QStringLiteral(
        "Opened with the onboarding result this time, as planned. Hannah leaned in. Ravi asked "
        "how I hand over to engineers; the token story from the Harbor panel helped.");
    northwind.jobIdeal = QStringLiteral("Building a team from the start. Remote-first.");
    northwind.jobNotIdeal = QStringLiteral("Unclear budget for research.");
    northwind.gutRating = 3;
    northwind.gutReason = QStringLiteral("Promising, but I need to meet Owen.");
    northwind.momentum = QStringLiteral("Send Hannah the accessibility audit we discussed.");
    if (auto added = JournalRepository(m_db).add(northwind); !added)
        return added;

    JournalEntry quarry;
    quarry.opportunityId = m_ids.value(QStringLiteral("quarry"));
    quarry.title = QStringLiteral("Why I stepped back from Quarry");
    quarry.writtenOn = daysAgo(33);
    quarry.mood = 3;
    quarry.tags = { QStringLiteral("fit") };
    quarry.experience = QStringLiteral("One phone screen with Nina. Kind, honest about the role.");
    quarry.learned = QStringLiteral("Reading a job ad twice saves a week. I know what I want now.");
    if (auto added = JournalRepository(m_db).add(quarry); !added)
        return added;

    Win final;
    final.opportunityId = m_ids.value(QStringLiteral("harbor"));
    final.kind = WinKind::Derived;
    final.text = QStringLiteral("Reached the final round at Harbor & Finch: one of the last two.");
    final.recordedOn = daysAgo(8);
    Win praise;
    praise.opportunityId = final.opportunityId;
    praise.text = QStringLiteral("Maya said my research section was the strongest she had seen "
                                 "this year.");
    praise.recordedOn = daysAgo(8);
    for (Win* win : { &final, &praise }) {
        if (auto added = WinRepository(m_db).add(*win); !added)
            return added;
    }
    return {};
}

Status DemoSampleWriter::outreachAndFollowUps()
{
    using K = OutreachKind;
    using C = Channel;
    using S = OutreachStatus;
    const QString h = QStringLiteral("harbor");
    const QString n = QStringLiteral("northwind");
    const Status notes[] = {
        note(QStringLiteral("priya"), h, K::ThankYou, C::Email, S::Replied, 43,
             QStringLiteral("Thank you for today"),
             QStringLiteral("Hi Priya,\n\nThank you for the conversation this afternoon. I keep "
                            "thinking about your research wall.\n\nBest,\nAlex")),
        note(QStringLiteral("maya"), h, K::ThankYou, C::Email, S::Sent, 13,
             QStringLiteral("Thank you for the final conversation"),
             QStringLiteral("Dear Maya,\n\nThank you for your time and your questions about "
                            "measuring the redesign.\n\nKind regards,\nAlex")),
        note(QStringLiteral("marta"), h, K::ThankYou, C::Card, S::Sent, 12, QString(),
             QStringLiteral("Marta, thank you for moving the final twice so kindly. Alex")),
        note(QStringLiteral("aisha"), h, K::FeedbackRequest, C::Email, S::Sent, 8,
             QStringLiteral("A request for feedback"),
             QStringLiteral("Hi Aisha,\n\nThank you for calling me yourself. If there is anything "
                            "that would have made the difference, I would be grateful to hear "
                            "it.\n\nAlex")),
        note(QStringLiteral("tomas"), h, K::StayOnRadar, C::Email, S::Draft, 0,
             QStringLiteral("Staying in touch"),
             QStringLiteral("Hi Tomás,\n\nI enjoyed every round. If the team grows again in the "
                            "spring, or a contract need comes up, I would love to hear from "
                            "you.\n\nAlex")),
        note(QStringLiteral("jonah"), h, K::LinkedInInvitation, C::LinkedIn, S::Draft, 0, QString(),
             QStringLiteral("Jonah, I enjoyed our token debate. Would you send me an invitation "
                            "so we can stay in touch?")),
        note(QStringLiteral("hannah"), n, K::ThankYou, C::Email, S::Sent, 3,
             QStringLiteral("Thank you, and the audit"),
             QStringLiteral("Hi Hannah,\n\nThank you for the portfolio review. As promised, the "
                            "audit is attached.\n\nAlex")),
        note(QStringLiteral("ravi"), n, K::ThankYou, C::Email, S::Draft, 0,
             QStringLiteral("Thanks for joining"),
             QStringLiteral(
                 "Hi Ravi,\n\nThanks for staying on for the hand-over question.\n\nAlex")),
    };
    for (const Status& added : notes) {
        if (!added)
            return added;
    }
    const qint64 entry = m_ids.value(QStringLiteral("entry-harbor"));
    const QDate chosenStart = m_today.addDays(5);
    const Status followUps[] = {
        followUp(QStringLiteral("aisha"), h, 0,
                 QStringLiteral("Nudge Aisha if the feedback has not arrived"), m_today,
                 FollowUpStatus::Open),
        followUp(QStringLiteral("tomas"), h, 0,
                 QStringLiteral("Check in before the new hire's ninety days are up"),
                 chosenStart.addDays(75), FollowUpStatus::Open),
        followUp(QStringLiteral("maya"), h, 0,
                 QStringLiteral("Quarterly hello with a short update"), m_today.addDays(90),
                 FollowUpStatus::Open),
        followUp(QString(), h, entry,
                 QStringLiteral("Reread the Harbor reflection: what stands now?"),
                 daysAgo(8).addDays(14), FollowUpStatus::Open),
        followUp(QStringLiteral("hannah"), n, 0, QStringLiteral("Ask Hannah about next steps"),
                 m_today.addDays(-1), FollowUpStatus::Open),
        followUp(QStringLiteral("priya"), h, 0,
                 QStringLiteral("Send Priya the article on research walls"), daysAgo(30),
                 FollowUpStatus::Done),
    };
    for (const Status& added : followUps) {
        if (!added)
            return added;
    }
    return {};
}

} // namespace finalist

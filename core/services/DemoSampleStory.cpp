// The demo story: one person's last three hiring processes, written for Finalist.
#include "DemoSampleWriter.h"
#include "storage/GoalRepository.h"
#include "storage/JournalRepository.h"
#include "storage/LessonRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/WinRepository.h"

namespace finalist {

namespace {
const QString kHarbor = QStringLiteral("Harbor & Finch");
const QString kNorthwind = QStringLiteral("Northwind Labs");
const QString kQuarry = QStringLiteral("Quarry Health");
} // namespace

Status DemoSampleWriter::write()
{
    // The person whose journal it is: their name signs the notes drafted from the sample.
    Profile me;
    me.name = QStringLiteral("Alex Moreno");
    me.email = QStringLiteral("alex.moreno@example.org");
    me.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/alex-moreno-design");
    if (auto saved = ProfileRepository(m_db).save(me); !saved)
        return saved;
    for (auto step : { &DemoSampleWriter::people, &DemoSampleWriter::processes,
                       &DemoSampleWriter::reflections, &DemoSampleWriter::outreachAndFollowUps }) {
        if (auto done = (this->*step)(); !done)
            return done;
    }
    Goal goal;
    goal.startsOn = daysAgo(60);
    return GoalRepository(m_db).add(goal);
}

Status DemoSampleWriter::people()
{
    using R = RoleCategory;
    using L = LinkedInStatus;
    const struct
    {
        const char* key;
        const char* first;
        const char* last;
        const char* title;
        RoleCategory role;
        const QString& company;
        int warmth;
        LinkedInStatus linkedIn;
        const char* notes;
    } everyone[] = {
        { "maya", "Maya", "Lindqvist", "VP of Product", R::Executive, kHarbor, 3, L::Pending,
          "Ran the final conversation. Asked how I would measure the redesign a year from now." },
        { "tomas", "Tomás", "Herrera", "Director of Design", R::Director, kHarbor, 4, L::Connected,
          "Warm and direct. Said the team will grow again in the spring." },
        { "priya", "Priya", "Raman", "Design Manager", R::HiringManager, kHarbor, 5, L::Connected,
          "Would have been my manager. We share a love of messy research walls." },
        { "jonah", "Jonah", "Okafor", "Staff Engineer", R::TeamMember, kHarbor, 3, L::AskedToInvite,
          "Grilled me kindly on design tokens. Runs the accessibility guild." },
        { "elise", "Élise", "Dubois", "Senior Designer", R::TeamMember, kHarbor, 4, L::NotConnected,
          "Paired with me on the assignment review; suggested a book on service design." },
        { "sam", "Sam", "Whitaker", "Product Manager", R::TeamMember, kHarbor, 2, L::NotConnected,
          "Quiet in the panel, asked the sharpest question about trade-offs." },
        { "aisha", "Aisha", "Bello", "Talent Partner", R::Recruiter, kHarbor, 4, L::Connected,
          "Called with the decision herself. Offered to pass on detailed feedback." },
        { "marta", "Marta", "Kowalski", "Executive Assistant to the VP", R::Gatekeeper, kHarbor, 3,
          L::NotConnected, "Moved the final twice to fit my schedule. Worth a handwritten card." },
        { "leo", "Leo", "Park", "Recruiter", R::Recruiter, kNorthwind, 3, L::Pending,
          "Reached out after Grace mentioned me." },
        { "hannah", "Hannah", "Schultz", "Head of Design", R::HiringManager, kNorthwind, 3,
          L::NotConnected, "Building the design team from two to six people this year." },
        { "ravi", "Ravi", "Menon", "Frontend Lead", R::TeamMember, kNorthwind, 2, L::NotConnected,
          "Joined the video round for the last twenty minutes." },
        { "nina", "Nina", "Alvarez", "People Operations", R::Recruiter, kQuarry, 1, L::NotConnected,
          "Short screen; the role turned out to be mostly visual production." },
        { "daniel", "Daniel", "Cho", "Former colleague", R::Other, QString(), 5, L::Connected,
          "Worked together for three years. Introduced me to Priya." },
        { "grace", "Grace", "Mbeki", "Friend, product coach", R::Other, QString(), 5, L::Connected,
          "Always has a name to share. Introduced me to Leo." },
        { "owen", "Owen", "Reyes", "Design Director", R::Director, kNorthwind, 1, L::NotConnected,
          "Not met yet; Hannah reports to him." },
    };
    for (const auto& p : everyone) {
        auto added = person(QLatin1String(p.key), QString::fromUtf8(p.first),
                            QString::fromUtf8(p.last), QString::fromUtf8(p.title), p.role,
                            p.company, p.warmth, p.linkedIn, QString::fromUtf8(p.notes));
        if (!added)
            return added;
    }
    const struct
    {
        const char* from;
        LinkKind kind;
        const char* to;
    } links[] = {
        { "priya", LinkKind::IntroducedBy, "daniel" }, { "leo", LinkKind::IntroducedBy, "grace" },
        { "priya", LinkKind::ReportsTo, "tomas" },     { "tomas", LinkKind::ReportsTo, "maya" },
        { "marta", LinkKind::WorksWith, "maya" },      { "elise", LinkKind::WorksWith, "jonah" },
        { "elise", LinkKind::ReportsTo, "priya" },     { "hannah", LinkKind::ReportsTo, "owen" },
        { "ravi", LinkKind::WorksWith, "hannah" },     { "aisha", LinkKind::WorksWith, "priya" },
    };
    for (const auto& l : links) {
        if (auto added = link(QLatin1String(l.from), l.kind, QLatin1String(l.to)); !added)
            return added;
    }
    return {};
}

Status DemoSampleWriter::processes()
{
    Opportunity harbor;
    harbor.company = kHarbor;
    harbor.role = QStringLiteral("Senior Product Designer");
    harbor.source = QStringLiteral("Referral from Daniel Cho");
    harbor.appliedOn = daysAgo(58);
    harbor.stage = Stage::RunnerUp;
    harbor.decidedOn = daysAgo(9);
    harbor.reasonGiven = QStringLiteral("They chose someone who had already shipped a payments "
                                        "product; it came down to domain experience.");
    harbor.praise = QStringLiteral("The research in my portfolio, and how calmly I ran the "
                                   "whiteboard session.");
    harbor.chosenHireStartOn = m_today.addDays(5);
    Opportunity northwind;
    northwind.company = kNorthwind;
    northwind.role = QStringLiteral("Design Lead");
    northwind.source = QStringLiteral("Recruiter, through Grace Mbeki");
    northwind.appliedOn = daysAgo(16);
    northwind.stage = Stage::Interviewing;
    northwind.location = QStringLiteral("Remote, Europe");
    Opportunity quarry;
    quarry.company = kQuarry;
    quarry.role = QStringLiteral("Product Designer");
    quarry.source = QStringLiteral("Job board");
    quarry.appliedOn = daysAgo(40);
    quarry.stage = Stage::Withdrawn;
    quarry.decidedOn = daysAgo(33);
    quarry.reasonGiven = QStringLiteral("I stepped back: the role was mostly production work.");
    using S = Stage;
    const Status added[] = {
        opportunity(QStringLiteral("harbor"), harbor,
                    { { S::Applied, 58 },
                      { S::Screening, 50 },
                      { S::Interviewing, 44 },
                      { S::FinalRound, 14 },
                      { S::RunnerUp, 9 } }),
        opportunity(QStringLiteral("northwind"), northwind,
                    { { S::Applied, 16 }, { S::Screening, 12 }, { S::Interviewing, 4 } }),
        opportunity(QStringLiteral("quarry"), quarry,
                    { { S::Applied, 40 }, { S::Screening, 36 }, { S::Withdrawn, 33 } }),
    };
    for (const Status& step : added) {
        if (!step)
            return step;
    }
    using K = RoundKind;
    using O = RoundOutcome;
    const QString h = QStringLiteral("harbor");
    const QString n = QStringLiteral("northwind");
    const Status steps[] = {
        round(QStringLiteral("h1"), h, K::PhoneScreen, 50, O::Passed,
              QStringLiteral("Thirty minutes on motivation and salary range."),
              { QStringLiteral("aisha") }),
        round(QStringLiteral("h2"), h, K::Video, 44, O::Passed,
              QStringLiteral("Walked Priya through two case studies."),
              { QStringLiteral("priya") }),
        round(
            QStringLiteral("h3"), h, K::Assignment, 35, O::Passed,
            QStringLiteral("Take-home: rethink the onboarding flow. Presented to Priya and Élise."),
            { QStringLiteral("priya"), QStringLiteral("elise") }),
        round(QStringLiteral("h4"), h, K::Panel, 24, O::Passed,
              QStringLiteral("Four people, ninety minutes, one whiteboard."),
              { QStringLiteral("jonah"), QStringLiteral("elise"), QStringLiteral("sam"),
                QStringLiteral("tomas") }),
        round(
            QStringLiteral("h5"), h, K::Final, 14, O::NotPassed,
            QStringLiteral("Conversation with Maya and Tomás about vision and first ninety days."),
            { QStringLiteral("maya"), QStringLiteral("tomas"), QStringLiteral("marta") }),
        round(QStringLiteral("n1"), n, K::PhoneScreen, 12, O::Passed,
              QStringLiteral("Leo explained the team's plans for the year."),
              { QStringLiteral("leo") }),
        round(QStringLiteral("n2"), n, K::Video, 4, O::Pending,
              QStringLiteral("Portfolio review with Hannah; Ravi joined at the end."),
              { QStringLiteral("hannah"), QStringLiteral("ravi") }),
        round(QStringLiteral("q1"), QStringLiteral("quarry"), K::PhoneScreen, 36, O::Passed,
              QStringLiteral("Friendly, but the role was not what the ad described."),
              { QStringLiteral("nina") }),
    };
    for (const Status& step : steps) {
        if (!step)
            return step;
    }
    return {};
}

} // namespace finalist

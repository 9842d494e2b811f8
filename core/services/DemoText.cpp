#include "DemoText.h"

#include <QRegularExpression>

namespace finalist {

namespace {

// A list written as "one|two words|three".
QStringList list(const char* items)
{
    return QString::fromUtf8(items).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

// Everyday interview topics: most sentences use one of these.
const QStringList kEveryday
    = list("roadmap planning|portfolio|salary|team culture|commute|feedback|stakeholders|"
           "prototyping|research|hiring|metrics|onboarding|accessibility|pricing|deadlines|"
           "trade-offs|product vision|mentoring|remote teams|office days|strategy|growth|"
           "presentations|design reviews|confidence");

// The long tail: topics that come up now and then. Earlier ones are picked more often.
const QStringList kTail = list(
    "analytics|budgets|dashboards|churn|hiring plans|experiments|retention|payments|checkout|"
    "subscriptions|design systems|typography|wireframes|usability|user interviews|personas|"
    "surveys|localisation|privacy|compliance|security|incidents|postmortems|monitoring|latency|"
    "reliability|migrations|architecture|refactoring|testing|documentation|tooling|pipelines|"
    "kanban|sprints|estimates|the backlog|prioritisation|OKRs|forecasting|revenue|procurement|"
    "vendors|contracts|negotiation|partnerships|logistics|inventory|warehouses|fleet routing|"
    "scheduling|audits|regulation|healthcare|clinicians|pharmacy|insurance claims|"
    "underwriting|lending|savings|classrooms|curriculum|tutors|volunteers|fundraising|donors|"
    "festivals|podcasts|newsletters|storytelling|branding|illustration|photography|motion|"
    "sound design|game design|level design|multiplayer|robotics|sensors|firmware|batteries|"
    "solar|turbines|recycling|packaging|agriculture|irrigation|greenhouses|bakeries|menus|"
    "kitchens|hospitality|tourism|ferries|railways|bicycles|marathons|chess|origami|sourdough|"
    "violin|lighthouses|beekeeping");

const QStringList kFirst = list("Ana|Ben|Chloé|Dmitri|Esi|Farah|Gustav|Hiroko|Inès|Jamal|Kasia|"
                                "Lars|Mei|Nadia|Omar|Paula|Quentin|Rosa|Sione|Tariq|Uma|Viktor|"
                                "Wren|Xiadani|Yusuf|Zofia");
const QStringList kLast = list("Silva|Okafor|Martin|Novák|Mensah|Haddad|Berg|Tanaka|García|Reed|"
                               "Nowak|Larsen|Chen|Rahman|Aziz|Moreau|Kaur|Petrov|Lindgren|Osei|"
                               "Costa|Byrne|Ferreira|Kim|Duarte");
const QStringList kCompanies
    = list("Bramble Analytics|Copperleaf|Driftwood Games|Elmstead Bank|Fernhill Health|"
           "Granite Cloud|Heron Mobility|Ivy Lane Studio|Juniper Foods|Kestrel Energy|"
           "Lumen Schools|Marlow Insurance|Nettle & Co|Orchard Robotics|Pebble Travel|"
           "Quill Publishing|Rook Security|Saffron Retail|Tidewater Logistics|Umber Labs");
// The roles applied for; also the titles of team members.
const QStringList kJobs
    = list("Product Designer|Data Analyst|Staff Engineer|Operations Lead|UX Researcher|"
           "Product Manager|Customer Success Lead|Finance Business Partner|Content Strategist|"
           "Marketing Manager|Backend Engineer|Service Designer");
const QStringList kExecutiveTitles
    = list("VP of Product|VP of Engineering|Chief Operating Officer|Chief Executive");
const QStringList kDirectorTitles
    = list("Director of Design|Engineering Director|Head of Marketing|Head of Operations");
const QStringList kManagerTitles
    = list("Engineering Manager|Design Manager|Product Lead|Analytics Manager");
const QStringList kRecruiterTitles = list("Talent Partner|Recruiter|People Partner");
const QStringList kGatekeeperTitles = list("Executive Assistant|Office Manager");
const QStringList kOtherTitles = list("Former colleague|Friend|Career coach|Neighbour");
const QStringList kTags = list("runner-up|panel|final|feedback|take-home|referral|remote|"
                               "leadership|salary|culture|second-round|gut-feeling");
const QStringList kRounds = list(
    "phone screen|video call|take-home review|panel|final conversation|site visit|case study");
const QStringList kFeelings
    = list("calm|nervous|curious|tired|hopeful|sharp|rushed|confident|flat|energised|relieved");

// Patterns: {t} a topic, {n} a first name, {r} a kind of round, {f} a feeling. Some name the
// everyday words of interviews (panel, whiteboard, story, nerves, recruiter, offer) outright.
const QStringList kExperience = {
    QStringLiteral("The {r} started late and most of it went on {t}."),
    QStringLiteral("{n} asked how I would approach {t} in my first month."),
    QStringLiteral("My answer on {t} landed; the one on {t} came out rushed."),
    QStringLiteral("We sketched the {t} problem together on the whiteboard."),
    QStringLiteral("{n} looked {f} when I brought up {t}."),
    QStringLiteral("A long pause followed my answer about {t}."),
    QStringLiteral("The {r} ran twenty minutes over because of a debate on {t}."),
    QStringLiteral("I walked in {f} and walked out {f}."),
    QStringLiteral("{n} and {n} disagreed, kindly, about {t}."),
    QStringLiteral("They showed me the real numbers behind {t}, which I did not expect."),
    QStringLiteral("The panel pushed hard on {t}."),
    QStringLiteral("I told the story of the {t} project from my last job."),
    QStringLiteral("My nerves settled once we got to {t}."),
    QStringLiteral("I stayed calm when {n} challenged my view of {t}."),
    QStringLiteral("The recruiter mentioned an offer range before the {r}."),
    QStringLiteral("The deadline for the take-home left little time for {t}."),
};
const QStringList kIdeal = {
    QStringLiteral("A team that takes {t} seriously."),
    QStringLiteral("Room to grow into {t} and {t}."),
    QStringLiteral("A manager like {n}, who is clear about {t}."),
    QStringLiteral("Time set aside for {t} every week."),
    QStringLiteral("A mentor close by for {t}."),
};
const QStringList kNotIdeal = {
    QStringLiteral("Too much {t}, not enough {t}."),
    QStringLiteral("The plan for {t} sounded fixed before anyone new could shape it."),
    QStringLiteral("Nobody owned {t}."),
};
const QStringList kGut = {
    QStringLiteral("My gut says yes because of how they talk about {t}."),
    QStringLiteral("Something about their {t} did not sit right."),
    QStringLiteral("I felt {f} the whole way home, which says a lot."),
};
const QStringList kRelationships = {
    QStringLiteral("Thanked {n} for the time spent on {t}."),
    QStringLiteral("Asked {n} to send me an invitation on LinkedIn."),
    QStringLiteral("Card for {n}, who arranged the {r}."),
    QStringLiteral("Sent {n} the article on {t} we talked about."),
};
const QStringList kLearned = {
    QStringLiteral("I explain {t} better when I start from an example."),
    QStringLiteral("I get {f} when {t} comes up: practise that answer."),
    QStringLiteral("Strength: I stayed {f} through the questions on {t}."),
    QStringLiteral("Lead with the result, then the {t} behind it."),
    QStringLiteral("More confidence when I talk about {t}."),
};
const QStringList kMomentum = {
    QStringLiteral("Three letters this week to teams that care about {t}."),
    QStringLiteral("Ask {n} who else works on {t}."),
    QStringLiteral("Check in with {n} in a month."),
    QStringLiteral("Read up on {t} before the next {r}."),
};
const QStringList kRoundNotes = {
    QStringLiteral("Mostly about {t}."),
    QStringLiteral("{n} led; questions on {t} and {t}."),
    QStringLiteral("Felt {f}. Good questions on {t}."),
};
const QStringList kContactNotes = {
    QStringLiteral("Met during the {r}; cares about {t}."),
    QStringLiteral("Knows {n} well. We talked about {t}."),
    QStringLiteral("Friendly and {f}; keen on {t}."),
};
const QStringList kReasons = {
    QStringLiteral("They chose someone with more experience in {t}."),
    QStringLiteral("An internal candidate who already knew their {t}."),
    QStringLiteral("The role was put on hold while they rethink {t}."),
};
const QStringList kPraise = {
    QStringLiteral("How I handled the question on {t}."),
    QStringLiteral("The {t} part of my portfolio."),
    QStringLiteral("Staying {f} in the {r}."),
};

} // namespace

DemoText::DemoText(unsigned seed)
    : m_random(seed)
{
}

int DemoText::below(int n)
{
    return std::uniform_int_distribution<int>(0, n - 1)(m_random);
}

bool DemoText::chance(int percent)
{
    return below(100) < percent;
}

const QString& DemoText::pick(const QStringList& list)
{
    return list.at(below(int(list.size())));
}

QString DemoText::topic()
{
    if (!chance(30))
        return pick(kEveryday);
    // Squaring a uniform number favours the front of the list: a few tail words are
    // fairly common, the last ones rare.
    const double u = std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
    return kTail.at(std::min(int(kTail.size()) - 1, int(u * u * kTail.size())));
}

QString DemoText::fill(const QString& pattern)
{
    QString text;
    text.reserve(pattern.size() + 40);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) != QLatin1Char('{') || i + 2 >= pattern.size()) {
            text += pattern.at(i);
            continue;
        }
        switch (pattern.at(i + 1).unicode()) {
        case 't':
            text += topic();
            break;
        case 'n':
            text += pick(kFirst);
            break;
        case 'r':
            text += pick(kRounds);
            break;
        default:
            text += pick(kFeelings);
        }
        i += 2; // past the letter and the closing brace
    }
    return text;
}

QString DemoText::sentences(const QStringList& patterns, int count)
{
    QStringList parts;
    for (int i = 0; i < count; ++i)
        parts << fill(pick(patterns));
    return parts.join(QLatin1Char(' '));
}

QString DemoText::firstName()
{
    return pick(kFirst);
}

QString DemoText::lastName()
{
    return pick(kLast);
}

QString DemoText::company()
{
    return pick(kCompanies);
}

QString DemoText::jobTitle()
{
    return pick(kJobs);
}

QString DemoText::titleFor(RoleCategory role)
{
    switch (role) {
    case RoleCategory::Executive:
        return pick(kExecutiveTitles);
    case RoleCategory::Director:
        return pick(kDirectorTitles);
    case RoleCategory::HiringManager:
        return pick(kManagerTitles);
    case RoleCategory::Recruiter:
        return pick(kRecruiterTitles);
    case RoleCategory::Gatekeeper:
        return pick(kGatekeeperTitles);
    case RoleCategory::Other:
        return pick(kOtherTitles);
    case RoleCategory::TeamMember:
        break;
    }
    return pick(kJobs);
}

QString DemoText::tag()
{
    return pick(kTags);
}

QString DemoText::title(const QString& company)
{
    switch (below(3)) {
    case 0:
        return QStringLiteral("%1: the %2").arg(company, pick(kRounds));
    case 1:
        return fill(QStringLiteral("After the {r}, thinking about {t}"));
    default:
        return QStringLiteral("%1: notes on %2").arg(company, topic());
    }
}

QString DemoText::experience()
{
    return sentences(kExperience, 2 + below(3)) + QStringLiteral("\n\n")
        + sentences(kExperience, 2 + below(3));
}

QString DemoText::jobIdeal()
{
    return sentences(kIdeal, 1 + below(2));
}

QString DemoText::jobNotIdeal()
{
    return sentences(kNotIdeal, 1);
}

QString DemoText::gutReason()
{
    return sentences(kGut, 1);
}

QString DemoText::relationships()
{
    return sentences(kRelationships, 1 + below(3));
}

QString DemoText::learned()
{
    return sentences(kLearned, 1 + below(2));
}

QString DemoText::momentum()
{
    return sentences(kMomentum, 1 + below(2));
}

QString DemoText::roundNotes()
{
    return sentences(kRoundNotes, 1);
}

QString DemoText::contactNotes()
{
    return sentences(kContactNotes, 1);
}

QString DemoText::reasonGiven()
{
    return sentences(kReasons, 1);
}

QString DemoText::praise()
{
    return sentences(kPraise, 1);
}

QString DemoText::slug(const QString& text)
{
    static const QRegularExpression marks(QStringLiteral("\\p{Mn}"));
    static const QRegularExpression notAscii(QStringLiteral("[^a-z0-9]+"));
    static const QRegularExpression ends(QStringLiteral("^-|-$"));
    // Decomposed, "é" is "e" plus a combining accent, which is then dropped.
    QString folded = text.normalized(QString::NormalizationForm_D).toLower();
    return folded.remove(marks).replace(notAscii, QStringLiteral("-")).remove(ends);
}

} // namespace finalist

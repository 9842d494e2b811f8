#include "DemoBulk.h"

#include "domain/Enums.h"
#include "storage/BulkInserter.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <random>

namespace finalist {

namespace {

const QStringList kFirst
    = { QStringLiteral("Ana"),    QStringLiteral("Ben"),     QStringLiteral("Chloé"),
        QStringLiteral("Dmitri"), QStringLiteral("Esi"),     QStringLiteral("Farah"),
        QStringLiteral("Gustav"), QStringLiteral("Hiroko"),  QStringLiteral("Ines"),
        QStringLiteral("Jamal"),  QStringLiteral("Kasia"),   QStringLiteral("Lars"),
        QStringLiteral("Mei"),    QStringLiteral("Nadia"),   QStringLiteral("Omar"),
        QStringLiteral("Paula"),  QStringLiteral("Quentin"), QStringLiteral("Rosa"),
        QStringLiteral("Sione"),  QStringLiteral("Tariq") };
const QStringList kLast
    = { QStringLiteral("Silva"), QStringLiteral("Okafor"), QStringLiteral("Martin"),
        QStringLiteral("Novak"), QStringLiteral("Mensah"), QStringLiteral("Haddad"),
        QStringLiteral("Berg"),  QStringLiteral("Tanaka"), QStringLiteral("García"),
        QStringLiteral("Reed"),  QStringLiteral("Nowak"),  QStringLiteral("Larsen"),
        QStringLiteral("Chen"),  QStringLiteral("Rahman"), QStringLiteral("Aziz") };
const QStringList kCompanies = { QStringLiteral("Acme"),
                                 QStringLiteral("Globex"),
                                 QStringLiteral("Initech"),
                                 QStringLiteral("Umbrella Health"),
                                 QStringLiteral("Stark Logistics"),
                                 QStringLiteral("Wayne Media"),
                                 QStringLiteral("Hooli"),
                                 QStringLiteral("Vandelay Imports"),
                                 QStringLiteral("Soylent Foods"),
                                 QStringLiteral("Tyrell Labs"),
                                 QStringLiteral("Cyberdyne"),
                                 QStringLiteral("Oscorp") };
const QStringList kRoles
    = { QStringLiteral("Product Designer"),  QStringLiteral("Engineering Manager"),
        QStringLiteral("Data Analyst"),      QStringLiteral("Staff Engineer"),
        QStringLiteral("Head of Marketing"), QStringLiteral("Operations Lead") };
const QStringList kWords = {
    QStringLiteral("panel"),      QStringLiteral("roadmap"),       QStringLiteral("portfolio"),
    QStringLiteral("whiteboard"), QStringLiteral("salary"),        QStringLiteral("culture"),
    QStringLiteral("commute"),    QStringLiteral("feedback"),      QStringLiteral("stakeholders"),
    QStringLiteral("prototype"),  QStringLiteral("research"),      QStringLiteral("hiring"),
    QStringLiteral("manager"),    QStringLiteral("team"),          QStringLiteral("presentation"),
    QStringLiteral("question"),   QStringLiteral("story"),         QStringLiteral("metrics"),
    QStringLiteral("onboarding"), QStringLiteral("accessibility"), QStringLiteral("pricing"),
    QStringLiteral("deadline"),   QStringLiteral("trade-off"),     QStringLiteral("vision"),
    QStringLiteral("mentor"),     QStringLiteral("remote"),        QStringLiteral("office"),
    QStringLiteral("strategy"),   QStringLiteral("growth"),        QStringLiteral("confidence"),
    QStringLiteral("nerves"),     QStringLiteral("follow-up"),     QStringLiteral("thank"),
    QStringLiteral("assignment"), QStringLiteral("final"),         QStringLiteral("recruiter"),
    QStringLiteral("offer"),      QStringLiteral("lesson"),        QStringLiteral("energy"),
    QStringLiteral("calm"),       QStringLiteral("curious")
};
const QStringList kGlue
    = { QStringLiteral("the"),   QStringLiteral("a"),     QStringLiteral("and"),
        QStringLiteral("about"), QStringLiteral("with"),  QStringLiteral("after"),
        QStringLiteral("my"),    QStringLiteral("their"), QStringLiteral("was"),
        QStringLiteral("felt") };

class Generator
{
public:
    explicit Generator(unsigned seed)
        : m_random(seed)
    {
    }
    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    const QString& pick(const QStringList& list) { return list.at(below(list.size())); }

    QString sentence(int words)
    {
        QStringList parts;
        for (int i = 0; i < words; ++i)
            parts << (i % 2 ? pick(kGlue) : pick(kWords));
        QString text = parts.join(QLatin1Char(' '));
        text[0] = text[0].toUpper();
        return text + QLatin1Char('.');
    }

    QString paragraph(int sentences)
    {
        QStringList parts;
        for (int i = 0; i < sentences; ++i)
            parts << sentence(6 + below(8));
        return parts.join(QLatin1Char(' '));
    }

private:
    std::mt19937 m_random;
};

} // namespace

Status fillDemoBulk(Database& db, int entries, int contacts)
{
    if (entries < 0 || contacts < 0) {
        return Error::invalid(QStringLiteral("count"),
                              QCoreApplication::translate("Demo", "Counts cannot be negative."));
    }
    Generator g(20261123);
    const QDate today = db.clock().today();
    const QString now = db.clock().nowIso();
    Transaction transaction(db.connection());
    if (!transaction.begun())
        return transaction.begun();

    BulkInserter opportunities(db, QStringLiteral("opportunities"),
                               { QStringLiteral("company"), QStringLiteral("role"),
                                 QStringLiteral("status"), QStringLiteral("applied_on"),
                                 QStringLiteral("created_at"), QStringLiteral("updated_at") });
    const int opportunityCount = std::max(1, entries / 25);
    const QStringList statuses = { QStringLiteral("active"), QStringLiteral("runner_up"),
                                   QStringLiteral("rejected"), QStringLiteral("withdrawn") };
    std::vector<qint64> opportunityIds;
    for (int i = 0; i < opportunityCount; ++i) {
        auto id = opportunities.insert({ g.pick(kCompanies), g.pick(kRoles), g.pick(statuses),
                                         today.addDays(-g.below(1095)).toString(Qt::ISODate), now,
                                         now });
        if (!id)
            return id.error();
        opportunityIds.push_back(id.value());
    }

    BulkInserter people(db, QStringLiteral("contacts"),
                        { QStringLiteral("first_name"), QStringLiteral("last_name"),
                          QStringLiteral("title"), QStringLiteral("role_category"),
                          QStringLiteral("company"), QStringLiteral("email"),
                          QStringLiteral("warmth"), QStringLiteral("notes"),
                          QStringLiteral("created_at"), QStringLiteral("updated_at") });
    const auto& roles = EnumTable<RoleCategory>::entries();
    for (int i = 0; i < contacts; ++i) {
        const QString first = g.pick(kFirst);
        const QString last = g.pick(kLast);
        auto id = people.insert(
            { first, last, g.pick(kRoles), QString::fromLatin1(roles[g.below(roles.size())].key),
              g.pick(kCompanies),
              QStringLiteral("%1.%2.%3@example.org").arg(first.toLower(), last.toLower()).arg(i),
              g.below(6), g.sentence(8), now, now });
        if (!id)
            return id.error();
    }

    BulkInserter journal(db, QStringLiteral("journal_entries"),
                         { QStringLiteral("opportunity_id"), QStringLiteral("title"),
                           QStringLiteral("written_on"), QStringLiteral("experience"),
                           QStringLiteral("job_ideal"), QStringLiteral("learned"),
                           QStringLiteral("momentum"), QStringLiteral("mood"),
                           QStringLiteral("created_at"), QStringLiteral("updated_at") });
    for (int i = 0; i < entries; ++i) {
        auto id = journal.insert(
            { opportunityIds[g.below(opportunityIds.size())], g.sentence(4).chopped(1),
              today.addDays(-g.below(1095)).toString(Qt::ISODate), g.paragraph(5), g.paragraph(2),
              g.paragraph(2), g.paragraph(1), 1 + g.below(5), now, now });
        if (!id)
            return id.error();
    }
    return transaction.commit();
}

} // namespace finalist

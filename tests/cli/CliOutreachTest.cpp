// finalist-cli outreach list, on the demo journal.
#include "CliFixture.h"
#include "RawSql.h"

#include <algorithm>

using namespace finalist::test;

namespace {

class CliOutreach : public Cli
{
protected:
    void SetUp() override { ASSERT_EQ(run({ QStringLiteral("demo") }).exitCode, 0); }
};

int lines(const QString& text)
{
    return int(text.count(QLatin1Char('\n')));
}

} // namespace

TEST_F(CliOutreach, ListsEveryNoteAndFiltersByStatus)
{
    const CliOutcome all = run({ QStringLiteral("outreach"), QStringLiteral("list") });
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    const int total = lines(all.out) - 1; // the count line
    ASSERT_GT(total, 0);
    EXPECT_TRUE(all.out.contains(QStringLiteral("%1 notes").arg(total))) << all.out.toStdString();

    int seen = 0;
    for (const char* status : { "draft", "sent", "replied", "no_reply" }) {
        const CliOutcome some = run({ QStringLiteral("outreach"), QStringLiteral("list"),
                                      QStringLiteral("--status"), QLatin1String(status) });
        ASSERT_EQ(some.exitCode, 0) << some.err.toStdString();
        const QStringList rows
            = some.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(0, lines(some.out) - 1);
        for (const QString& row : rows)
            EXPECT_EQ(row.section(QLatin1Char('\t'), 1, 1), QLatin1String(status))
                << row.toStdString();
        seen += int(rows.size());
    }
    EXPECT_EQ(seen, total);
}

TEST_F(CliOutreach, ABadStatusOrWordIsAUsageError)
{
    const CliOutcome bad = run({ QStringLiteral("outreach"), QStringLiteral("list"),
                                 QStringLiteral("--status"), QStringLiteral("lost") });
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("lost"))) << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains(QStringLiteral("no_reply")));
    EXPECT_EQ(run({ QStringLiteral("outreach"), QStringLiteral("show") }).exitCode, 2);
    EXPECT_EQ(run({ QStringLiteral("stats"), QStringLiteral("--status"), QStringLiteral("sent") })
                  .exitCode,
              2);
}

TEST_F(CliOutreach, EachNoteNamesItsPersonAndItsProcessCompany)
{
    // A note about a process, and one about no process at all.
    rawSql(path,
           QStringLiteral("UPDATE outreach SET opportunity_id = NULL WHERE id = "
                          "(SELECT max(id) FROM outreach)"));
    const CliOutcome all = run({ QStringLiteral("outreach"), QStringLiteral("list") });
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    QStringList printed;
    for (const QString& row : all.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (row.count(QLatin1Char('\t')) == 6)
            printed << row.section(QLatin1Char('\t'), 4, 6);
    }
    // The same, read from the tables by hand.
    QStringList expected;
    const qint64 notes = countRows(path, QStringLiteral("outreach"));
    for (qint64 i = 0; i < notes; ++i) {
        const QString row
            = rawSql(path,
                     QStringLiteral("SELECT trim(c.first_name || ' ' || c.last_name) || "
                                    "char(9) || coalesce(p.company, '') || char(9) || "
                                    "o.subject FROM outreach o JOIN contacts c ON c.id = "
                                    "o.contact_id LEFT JOIN opportunities p ON p.id = "
                                    "o.opportunity_id ORDER BY o.id LIMIT 1 OFFSET %1")
                         .arg(i))
                  .toString();
        expected << row;
    }
    printed.sort();
    expected.sort();
    EXPECT_EQ(printed, expected);
    EXPECT_TRUE(std::any_of(printed.cbegin(), printed.cend(), [](const QString& row) {
        return row.section(QLatin1Char('\t'), 1, 1).isEmpty();
    }));
}

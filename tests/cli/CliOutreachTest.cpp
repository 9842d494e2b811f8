// finalist-cli outreach list, on the demo journal.
#include "CliFixture.h"

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

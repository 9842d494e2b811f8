#include "CliFixture.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace finalist::test;

namespace {

class CliExport : public Cli
{
protected:
    void SetUp() override { ASSERT_EQ(run({ QStringLiteral("demo") }).exitCode, 0); }

    static QString read(const QString& file)
    {
        QFile f(file);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << file.toStdString();
        return QString::fromUtf8(f.readAll());
    }
};

} // namespace

TEST_F(CliExport, SearchPrintsDateTitleAndBracketedMatches)
{
    const CliOutcome outcome = run({ QStringLiteral("search"), QStringLiteral("team") });
    EXPECT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    EXPECT_TRUE(outcome.out.contains(QLatin1Char('['))) << outcome.out.toStdString();
    EXPECT_TRUE(outcome.out.contains(QLatin1Char(']')));
    EXPECT_FALSE(outcome.out.contains(QChar(0xE000)));
    EXPECT_TRUE(outcome.out.contains(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d  "),
                                                        QRegularExpression::MultilineOption)));
}

TEST_F(CliExport, SearchWithoutMatchesSaysSo)
{
    const CliOutcome outcome = run({ QStringLiteral("search"), QStringLiteral("zzqxjv") });
    EXPECT_EQ(outcome.exitCode, 0);
    EXPECT_TRUE(outcome.out.contains(QStringLiteral("No entries match “zzqxjv”")));
}

TEST_F(CliExport, HostileQueriesAreSafe)
{
    for (const QString& query : { QStringLiteral("\"unbalanced ("), QStringLiteral("NEAR *"),
                                  QStringLiteral("a OR AND NOT"), QStringLiteral("'; DROP") }) {
        const CliOutcome outcome = run({ QStringLiteral("search"), query });
        EXPECT_EQ(outcome.exitCode, 0) << query.toStdString() << outcome.err.toStdString();
        EXPECT_TRUE(outcome.err.isEmpty()) << outcome.err.toStdString();
    }
}

TEST_F(CliExport, ExportsMarkdownAndHtmlToOneFile)
{
    const QString md = folder.path(QStringLiteral("journal.md"));
    EXPECT_EQ(run({ QStringLiteral("export"), QStringLiteral("markdown"), md }).exitCode, 0);
    EXPECT_TRUE(read(md).startsWith(QLatin1Char('#')));
    const QString html = folder.path(QStringLiteral("journal.html"));
    const CliOutcome outcome = run({ QStringLiteral("export"), QStringLiteral("html"), html });
    EXPECT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    EXPECT_TRUE(read(html).contains(QStringLiteral("<html")));
}

TEST_F(CliExport, ExportsOneFilePerEntryWithFolder)
{
    const QString target = folder.path(QStringLiteral("entries"));
    const CliOutcome outcome = run({ QStringLiteral("export"), QStringLiteral("markdown"), target,
                                     QStringLiteral("--folder") });
    EXPECT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    EXPECT_GT(QDir(target).entryList(QDir::Files).size(), 1);
    const CliOutcome again = run({ QStringLiteral("export"), QStringLiteral("markdown"), target,
                                   QStringLiteral("--folder") });
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("not empty")));
}

TEST_F(CliExport, UsageErrorsExitTwo)
{
    const QList<QStringList> mistakes = {
        { QStringLiteral("search") },
        { QStringLiteral("export") },
        { QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("x.pdf") },
        { QStringLiteral("export"), QStringLiteral("markdown") },
        { QStringLiteral("stats"), QStringLiteral("--folder") },
    };
    for (const QStringList& arguments : mistakes) {
        const CliOutcome outcome = run(arguments);
        EXPECT_EQ(outcome.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(outcome.err.isEmpty());
    }
}

// finalist-cli export ics and report activity, on the demo journal.
#include "CliFixture.h"

#include <QFile>
#include <QRegularExpression>

using namespace finalist::test;

namespace {

class CliCalendarReport : public Cli
{
protected:
    void SetUp() override { ASSERT_EQ(run({ QStringLiteral("demo") }).exitCode, 0); }

    QByteArray contents(const QString& path) const
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QStringList uids(const QByteArray& ics) const
    {
        QStringList found;
        auto it = QRegularExpression(QStringLiteral("UID:([^\\r]+)\\r\\n"))
                      .globalMatch(QString::fromUtf8(ics));
        while (it.hasNext())
            found << it.next().captured(1);
        return found;
    }
};

} // namespace

TEST_F(CliCalendarReport, ExportsTheFollowUpsAgainWithTheSameUids)
{
    const QString first = folder.path(QStringLiteral("one.ics"));
    const QString second = folder.path(QStringLiteral("two.ics"));
    const CliOutcome one = run({ QStringLiteral("export"), QStringLiteral("ics"), first });
    ASSERT_EQ(one.exitCode, 0) << one.err.toStdString();
    const QByteArray ics = contents(first);
    EXPECT_TRUE(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    // Every event has its alarm but those finished lately, which are crossed off.
    EXPECT_EQ(ics.count("BEGIN:VEVENT"), ics.count("BEGIN:VALARM") + ics.count("STATUS:CANCELLED"));
    EXPECT_GT(ics.count("BEGIN:VEVENT"), 0);
    ASSERT_EQ(run({ QStringLiteral("export"), QStringLiteral("ics"), second }).exitCode, 0);
    EXPECT_EQ(uids(contents(second)), uids(ics));
    EXPECT_EQ(uids(ics).size(), ics.count("BEGIN:VEVENT"));

    const QString todos = folder.path(QStringLiteral("todo.ics"));
    ASSERT_EQ(
        run({ QStringLiteral("export"), QStringLiteral("ics"), todos, QStringLiteral("--todo") })
            .exitCode,
        0);
    EXPECT_EQ(contents(todos).count("BEGIN:VTODO"), ics.count("BEGIN:VEVENT"));
}

TEST_F(CliCalendarReport, WritesTheActivityReportForARange)
{
    const QString path = folder.path(QStringLiteral("activity.csv"));
    const CliOutcome done = run({ QStringLiteral("report"), QStringLiteral("activity"),
                                  QStringLiteral("--from"), QStringLiteral("2000-01-01"),
                                  QStringLiteral("--to"), QStringLiteral("2100-12-31"), path });
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    // UTF-8 with its mark, so a spreadsheet does not read it in a code page.
    EXPECT_TRUE(
        contents(path).startsWith("\xEF\xBB\xBF"
                                  "Date,Activity,Company,Position,Person,Detail,Result\r\n"));
    const QString csv = QString::fromUtf8(contents(path));
    EXPECT_TRUE(csv.contains(QStringLiteral("Interview round")));
    EXPECT_TRUE(csv.contains(QStringLiteral("Note sent")));
    // An empty range writes the header only.
    const QString empty = folder.path(QStringLiteral("empty.csv"));
    ASSERT_EQ(run({ QStringLiteral("report"), QStringLiteral("activity"), QStringLiteral("--from"),
                    QStringLiteral("1990-01-01"), QStringLiteral("--to"),
                    QStringLiteral("1990-01-31"), empty })
                  .exitCode,
              0);
    EXPECT_EQ(contents(empty),
              QByteArray("\xEF\xBB\xBF"
                         "Date,Activity,Company,Position,Person,Detail,Result\r\n"));
}

TEST_F(CliCalendarReport, BadDatesAreUsageErrorsAndWriteNothing)
{
    const QString path = folder.path(QStringLiteral("never.csv"));
    for (const QStringList& dates :
         { QStringList{ QStringLiteral("2026-13-01"), QStringLiteral("2026-12-01") },
           QStringList{ QStringLiteral("2026-12-01"), QStringLiteral("2026-11-01") },
           QStringList{ QStringLiteral("yesterday"), QStringLiteral("2026-11-01") } }) {
        const CliOutcome bad
            = run({ QStringLiteral("report"), QStringLiteral("activity"), QStringLiteral("--from"),
                    dates[0], QStringLiteral("--to"), dates[1], path });
        EXPECT_EQ(bad.exitCode, 2) << dates.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(bad.err.contains(dates[0]) || bad.err.contains(dates[1]))
            << bad.err.toStdString();
        EXPECT_FALSE(QFile::exists(path));
    }
    EXPECT_EQ(run({ QStringLiteral("report"), QStringLiteral("activity"), path }).exitCode, 2);
    EXPECT_EQ(
        run({ QStringLiteral("stats"), QStringLiteral("--from"), QStringLiteral("2026-01-01") })
            .exitCode,
        2);
}

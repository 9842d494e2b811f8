// finalist-cli import over a file larger than one read: the dry run prints what the import
// then does, line for line, and problems keep their lines across the reads.
#include "CliFixture.h"

#include <QFile>

using namespace finalist::test;

namespace {

class CliStreamingImport : public Cli
{
protected:
    void SetUp() override { ASSERT_EQ(run({ QStringLiteral("init") }).exitCode, 0); }

    // More than one 256 KB read, with a record that spans lines and two repeats near the end.
    QString writeConnections(int rows)
    {
        const QString path = folder.path(QStringLiteral("Connections.csv"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("Notes:\n\"When exporting your connection data, you may notice...\"\n\n"
                   "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
        for (int i = 0; i < rows; ++i)
            file.write(QStringLiteral("Zoë%1,Smith%1,https://www.linkedin.com/in/zoe-%1,"
                                      "zoe%1@example.com,\"Company %2,\nInc.\",Engineer,"
                                      "0%3 Sep 2022\n")
                           .arg(i)
                           .arg(i % 50)
                           .arg(1 + i % 9)
                           .toUtf8());
        // Lines 5 + 2 * rows and the next: the first and the second person again.
        file.write("Again,Zero,https://linkedin.com/in/zoe-0/,,,,\n"
                   "Again,One,,ZOE1@example.com,,,\n");
        return path;
    }
};

} // namespace

TEST_F(CliStreamingImport, TheDryRunPrintsWhatTheImportDoes)
{
    const int rows = 4000; // about 500 KB
    const QString csv = writeConnections(rows);
    const CliOutcome dry = run(
        { QStringLiteral("import"), QStringLiteral("linkedin"), csv, QStringLiteral("--dry-run") });
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_EQ(statsCount(QStringLiteral("contacts")), 0);
    const CliOutcome real = run({ QStringLiteral("import"), QStringLiteral("linkedin"), csv });
    ASSERT_EQ(real.exitCode, 0) << real.err.toStdString();
    EXPECT_EQ(statsCount(QStringLiteral("contacts")), rows);

    const QStringList dryLines = dry.out.split(QLatin1Char('\n'));
    const QStringList realLines = real.out.split(QLatin1Char('\n'));
    ASSERT_GE(dryLines.size(), 4);
    EXPECT_EQ(dryLines.first(),
              QStringLiteral("%L1 new, 0 already in your contacts (merged: "
                             "missing fields filled in), 2 not imported, 0 warnings.")
                  .arg(rows));
    // Everything but the last line (dry run / imported) is the same.
    EXPECT_EQ(dryLines.mid(0, dryLines.size() - 2), realLines.mid(0, realLines.size() - 2));
    const int repeatLine = 5 + 2 * rows;
    EXPECT_TRUE(
        dry.out.contains(QStringLiteral("Line %1: the same person as on line 5;").arg(repeatLine)))
        << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(
        QStringLiteral("Line %1: the same person as on line 7;").arg(repeatLine + 1)));
    EXPECT_TRUE(real.out.contains(QStringLiteral("Imported: %1 added, 0 merged").arg(rows)));

    // Again: everyone is known now, and the two repeats are still problems.
    const CliOutcome again = run(
        { QStringLiteral("import"), QStringLiteral("linkedin"), csv, QStringLiteral("--dry-run") });
    EXPECT_TRUE(again.out.startsWith(QStringLiteral("0 new, %L1 already").arg(rows)))
        << again.out.toStdString();
    EXPECT_EQ(statsCount(QStringLiteral("contacts")), rows);
}

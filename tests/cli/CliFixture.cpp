#include "CliFixture.h"

#include <QProcess>

namespace finalist::test {

CliOutcome Cli::run(const QStringList& arguments, const QString& database,
                    const QByteArray& input) const
{
    QStringList all = arguments;
    all.prepend(database.isEmpty() ? path : database);
    all.prepend(QStringLiteral("--database"));
    return runRaw(all, input);
}

CliOutcome Cli::runRaw(const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    process.start(QStringLiteral(FINALIST_CLI), arguments);
    process.write(input);
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(120000));
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
             QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

qint64 Cli::statsCount(const QString& kind, const QString& database) const
{
    const CliOutcome stats = run({ QStringLiteral("stats") }, database);
    for (const QString& line : stats.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(kind + QStringLiteral(": ")))
            return line.mid(kind.size() + 2).toLongLong();
    }
    return -1;
}

} // namespace finalist::test

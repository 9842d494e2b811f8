#include "Traced.h"

#include <QFile>
#include <QProcess>

namespace finalist::test {

QStringList tracedCalls(const QString& logPath, const QString& calls, const QString& program,
                        const QStringList& arguments, const QByteArray& input)
{
    QFile::remove(logPath);
    QProcess traced;
    traced.start(QStringLiteral("strace"),
                 QStringList{ QStringLiteral("-f"), QStringLiteral("-e"),
                              QStringLiteral("trace=") + calls, QStringLiteral("-o"), logPath,
                              program }
                     + arguments);
    traced.write(input);
    traced.closeWriteChannel();
    EXPECT_TRUE(traced.waitForFinished(120000));
    QFile file(logPath);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << "strace wrote no log";
    QStringList lines;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (!line.isEmpty())
            lines << QString::fromUtf8(line);
    }
    return lines;
}

} // namespace finalist::test

#include "Run.h"

#include <QProcess>

Ran run(const QString& program, const QStringList& arguments,
        const QProcessEnvironment& environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Ran ran;
    ran.finished = process.waitForFinished(timeoutMs);
    if (!ran.finished)
        process.kill();
    ran.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    ran.out = QString::fromUtf8(process.readAllStandardOutput());
    ran.err = QString::fromUtf8(process.readAllStandardError());
    return ran;
}

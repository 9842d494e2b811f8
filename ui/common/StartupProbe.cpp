#include "StartupProbe.h"

#include "AfterFirstPaint.h"
#include "ProcessStatus.h"

#include <cstdio>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <time.h>
#include <unistd.h>

namespace finalist {

namespace {

// The process's age, from the kernel's start time, so that loading the libraries counts too.
double millisecondsSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    timespec now{};
    if (!stat.open(QIODevice::ReadOnly) || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    // Field 22 is the start time in clock ticks since boot; the name (field 2) may hold spaces.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double started = fields.at(19).toDouble() / double(sysconf(_SC_CLK_TCK));
    return (double(now.tv_sec) + double(now.tv_nsec) / 1e9 - started) * 1000.0;
}

} // namespace

StartupProbe::StartupProbe(QWidget* window)
    : QObject(window)
{
}

void StartupProbe::arm(QWidget* window)
{
    auto* probe = new StartupProbe(window);
    AfterFirstPaint::run(window, probe, [probe] { probe->waitForIdle(3); });
}

void StartupProbe::waitForIdle(int roundsLeft)
{
    if (roundsLeft > 0) {
        QTimer::singleShot(0, this, [this, roundsLeft] { waitForIdle(roundsLeft - 1); });
        return;
    }
    report();
}

void StartupProbe::report()
{
    std::printf("shown %.1f ms, peak %s KiB\n", millisecondsSinceProcessStart(),
                processStatusKiB("VmHWM").constData());
    std::fflush(stdout);
    QCoreApplication::quit();
}

} // namespace finalist

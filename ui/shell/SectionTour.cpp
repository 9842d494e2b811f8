#include "SectionTour.h"

#include "common/AfterFirstPaint.h"

#include <cstdio>
#include <QCoreApplication>
#include <QFile>
#include <QListWidget>
#include <QTimer>

namespace finalist {

namespace {

// A line of /proc/self/status ("VmRSS:", "RssAnon:", "VmHWM:"), in KiB.
QByteArray statusField(const QByteArray& status, const char* field)
{
    for (const QByteArray& line : status.split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0);
    return "?";
}

} // namespace

SectionTour::SectionTour(MainWindow* window, int settleMilliseconds)
    : QObject(window)
    , m_window(window)
    , m_settle(settleMilliseconds)
{
}

void SectionTour::arm(MainWindow* window, int settleMilliseconds)
{
    auto* tour = new SectionTour(window, settleMilliseconds);
    AfterFirstPaint::run(window, tour, [tour] { tour->visit(0); });
}

void SectionTour::visit(int section)
{
    if (section == MainWindow::SectionCount) {
        report();
        return;
    }
    m_window->navigation()->setCurrentRow(section);
    QTimer::singleShot(m_settle, this, [this, section] { visit(section + 1); });
}

void SectionTour::report()
{
    QFile file(QStringLiteral("/proc/self/status"));
    const QByteArray status = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    std::printf("toured %d sections, rss %s KiB, anon %s KiB, peak %s KiB\n",
                int(MainWindow::SectionCount), statusField(status, "VmRSS:").constData(),
                statusField(status, "RssAnon:").constData(),
                statusField(status, "VmHWM:").constData());
    std::fflush(stdout);
    QCoreApplication::quit();
}

} // namespace finalist

#include "SectionTour.h"

#include "common/AfterFirstPaint.h"
#include "common/ProcessStatus.h"

#include <algorithm>
#include <cstdio>
#include <QCoreApplication>
#include <QListWidget>
#include <QTimer>

namespace finalist {

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
    const qint64 rss = processStatusKiB("VmRSS").toLongLong();
    // Each figure is a reading of its own: the resident size can grow a page between them.
    const qint64 peak = std::max(processStatusKiB("VmHWM").toLongLong(), rss);
    std::printf("toured %d sections, rss %lld KiB, anon %s KiB, peak %lld KiB\n",
                int(MainWindow::SectionCount), rss, processStatusKiB("RssAnon").constData(), peak);
    std::fflush(stdout);
    QCoreApplication::quit();
}

} // namespace finalist

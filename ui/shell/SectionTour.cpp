#include "SectionTour.h"

#include "common/AfterFirstPaint.h"
#include "common/ProcessStatus.h"

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
    std::printf("toured %d sections, rss %s KiB, anon %s KiB, peak %s KiB\n",
                int(MainWindow::SectionCount), processStatusKiB("VmRSS").constData(),
                processStatusKiB("RssAnon").constData(), processStatusKiB("VmHWM").constData());
    std::fflush(stdout);
    QCoreApplication::quit();
}

} // namespace finalist

#pragma once

#include "MainWindow.h"

#include <QObject>

namespace finalist {

// For the memory benchmark (tests/bench/memory.py): once the window is up, visits every
// section in turn the way the keyboard does (the navigation's current row), gives each time
// to settle (the network is laid out on another thread), then prints what the process holds
// ("toured 8 sections, rss KiB, anon KiB, peak KiB") and quits.
class SectionTour : public QObject
{
    Q_OBJECT
public:
    static void arm(MainWindow* window, int settleMilliseconds);

private:
    SectionTour(MainWindow* window, int settleMilliseconds);
    void visit(int section);
    void report();

    MainWindow* m_window;
    int m_settle;
};

} // namespace finalist

#pragma once

#include <QObject>

class QWidget;

namespace finalist {

// Measures start-up the way a person sees it: ends the program once its main window has been
// painted and the event loop has nothing left to do, and prints when that was (milliseconds
// since the process started) and the peak memory so far. Finalist's --quit-when-shown and the
// limit program in tests/bench use the same probe, so they are measured alike.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    // Watches the window; prints "shown MS ms, peak KiB KiB" on standard output and quits.
    static void arm(QWidget* window);

private:
    explicit StartupProbe(QWidget* window);
    void waitForIdle(int roundsLeft);
    void report();
};

} // namespace finalist

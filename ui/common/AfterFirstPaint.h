#pragma once

#include <functional>
#include <QObject>

class QWidget;

namespace finalist {

// Runs `then` once the window has been painted for the first time and what that paint queued
// has run (on context's thread; never if context goes first). A window already on screen runs
// it at the next turn of the event loop. Questions and measurements that must not hold up the
// first sight of the window wait with it.
class AfterFirstPaint : public QObject
{
    Q_OBJECT
public:
    static void run(QWidget* window, QObject* context, std::function<void()> then);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    AfterFirstPaint(QObject* context, std::function<void()> then);

    std::function<void()> m_then;
};

} // namespace finalist

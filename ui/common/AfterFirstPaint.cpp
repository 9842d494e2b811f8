#include "AfterFirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace finalist {

AfterFirstPaint::AfterFirstPaint(QObject* context, std::function<void()> then)
    : QObject(context)
    , m_then(std::move(then))
{
}

void AfterFirstPaint::run(QWidget* window, QObject* context, std::function<void()> then)
{
    if (window->isVisible()) {
        QTimer::singleShot(0, context, std::move(then));
        return;
    }
    window->installEventFilter(new AfterFirstPaint(context, std::move(then)));
}

bool AfterFirstPaint::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        // What the paint queued (deferred loading, timers at zero) runs first.
        QTimer::singleShot(0, parent(), std::move(m_then));
        deleteLater();
    }
    return false;
}

} // namespace finalist

#include "TabNavigation.h"

#include <QApplication>
#include <QEvent>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTableView>
#include <QTextBrowser>
#include <QTextEdit>

namespace finalist {

TabNavigation::TabNavigation(QObject* parent)
    : QObject(parent)
{
}

void TabNavigation::install()
{
    static QPointer<TabNavigation> installed;
    if (installed || !qApp)
        return;
    installed = new TabNavigation(qApp);
    qApp->installEventFilter(installed);
}

bool TabNavigation::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Polish)
        return false;
    if (auto* table = qobject_cast<QTableView*>(watched)) {
        table->setTabKeyNavigation(false);
    } else if (auto* text = qobject_cast<QTextEdit*>(watched)) {
        const QMetaObject* kind = text->metaObject();
        if (kind == &QTextEdit::staticMetaObject || kind == &QTextBrowser::staticMetaObject)
            text->setTabChangesFocus(true);
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(watched)) {
        if (plain->metaObject() == &QPlainTextEdit::staticMetaObject)
            plain->setTabChangesFocus(true);
    }
    return false;
}

} // namespace finalist

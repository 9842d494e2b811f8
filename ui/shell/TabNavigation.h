#pragma once

#include <QObject>

namespace finalist {

// No keyboard trap anywhere: Tab and Shift+Tab always move on to the next control. Tables
// would otherwise walk their cells with Tab and never let go (the arrows do that), and plain
// text boxes would type a tab character. Installed on the application, it sets each such widget
// as it is first shown, dialogs and wizards included. Text boxes that give Tab a meaning of
// their own (the journal's editor indents list items) are their own subclasses and are left be.
class TabNavigation : public QObject
{
    Q_OBJECT
public:
    explicit TabNavigation(QObject* parent = nullptr);

    // Once per application; later calls do nothing.
    static void install();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace finalist

// A second reference for start-up (startup.py --text-floor): the limit's window with what every
// desktop window that shows words has, and nothing of Finalist's: a menu bar, a navigation list
// of eight sections, a heading, a paragraph, a list of ten rows and a status bar. The gap
// between it and StartupLimit is the price of drawing text at all.
#include "common/StartupProbe.h"
#include "StartupReference.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace finalist;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    int objects = 0;
    if (const int failed = bench::readSchemaOfArgument(&objects))
        return failed;

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("%1 objects").arg(objects));
    for (const char* menu : { "&File", "&Edit", "&View", "&Go", "&Help" }) {
        QMenu* m = window.menuBar()->addMenu(QString::fromLatin1(menu));
        m->addAction(QStringLiteral("First action"), QKeySequence(QStringLiteral("Ctrl+1")));
        m->addAction(QStringLiteral("Second action"), QKeySequence(QStringLiteral("Ctrl+2")));
    }
    auto* central = new QWidget;
    auto* row = new QHBoxLayout(central);
    auto* navigation = new QListWidget;
    for (const char* section : { "Today", "Opportunities", "Journal", "Wins", "Lessons", "Contacts",
                                 "Network", "Outreach" })
        navigation->addItem(QString::fromLatin1(section));
    navigation->setCurrentRow(0);
    navigation->setMaximumWidth(180);
    row->addWidget(navigation);
    auto* page = new QVBoxLayout;
    auto* heading = new QLabel(QStringLiteral("<h2>Good morning</h2>"));
    auto* paragraph = new QLabel(QStringLiteral(
        "A paragraph of ordinary words, wrapped at the width of the window, as a welcome or a "
        "hint would be: nothing here is read from the journal."));
    paragraph->setWordWrap(true);
    auto* list = new QListWidget;
    for (int i = 0; i < 10; ++i)
        list->addItem(QStringLiteral("Row %1: a company, a role and a date").arg(i + 1));
    page->addWidget(heading);
    page->addWidget(paragraph);
    page->addWidget(list);
    row->addLayout(page);
    window.setCentralWidget(central);
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1240, 760);
    StartupProbe::arm(&window);
    window.show();
    return app.exec();
}

// The Session's answers to the window's commands that act on whichever section is on show:
// Ctrl+N, Find Everywhere, and the help. (The rest of the Session is in Session.cpp.)
#include "contacts/ContactsView.h"
#include "EditActions.h"
#include "help/HelpWindow.h"
#include "journal/JournalView.h"
#include "MainWindow.h"
#include "opportunities/OpportunitiesView.h"
#include "outreach/OutreachView.h"
#include "search/SearchEverywhereDialog.h"
#include "services/DemoSample.h"
#include "Session.h"
#include "storage/Database.h"
#include "wins/WinsView.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>

namespace finalist {

void Session::connectWindowCommands()
{
    connect(m_window, &MainWindow::newItemRequested, this, &Session::newItem);
    connect(m_window, &MainWindow::searchEverywhereRequested, this, &Session::searchEverywhere);
    connect(m_window, &MainWindow::helpRequested, this, &Session::showHelp);
    connect(m_window, &MainWindow::shortcutsRequested, this, &Session::showShortcuts);
}

void Session::newItem(int section)
{
    if (!m_database || !m_window)
        return;
    switch (static_cast<MainWindow::Section>(section)) {
    case MainWindow::Opportunities:
        newOpportunity();
        return;
    case MainWindow::Contacts:
    case MainWindow::Network:
        m_window->showSection(MainWindow::Contacts);
        if (m_contacts)
            m_contacts->addContact();
        return;
    case MainWindow::Wins:
        if (m_wins)
            m_wins->winEdit()->setFocus(Qt::ShortcutFocusReason);
        return;
    case MainWindow::Outreach:
        answerRejection(0); // the notes are drafted by the wizard
        return;
    default:
        if (JournalView* journal = showJournal())
            journal->newEntry();
        return;
    }
}

void Session::searchEverywhere()
{
    if (!m_database || !m_window)
        return;
    SearchEverywhereDialog dialog(*m_database, m_window);
    connect(&dialog, &SearchEverywhereDialog::hitChosen, this, &Session::openHit);
    dialog.exec();
}

void Session::openHit(SearchHit::Kind kind, qint64 id)
{
    switch (kind) {
    case SearchHit::Kind::Entry:
        openEntry(id);
        break;
    case SearchHit::Kind::Contact:
        openContact(id);
        break;
    case SearchHit::Kind::Opportunity:
        openOpportunity(id);
        break;
    case SearchHit::Kind::Note:
        openNote(id);
        break;
    }
}

void Session::openDemo()
{
    const QString path
        = QFileInfo(Database::defaultPath()).dir().filePath(QStringLiteral("demo.sqlite"));
    if (!QFileInfo::exists(path)) {
        auto demo = Database::open(path, m_clock);
        if (!demo) {
            emit message(demo.error().message);
            return;
        }
        if (auto filled = fillDemoSample(*demo.value()); !filled) {
            emit message(filled.error().message);
            return;
        }
    }
    if (open(path))
        emit message(tr("This is the demo journal. File ▸ Open Recent takes you back to yours."));
}

HelpWindow* Session::helpWindow()
{
    if (!m_help) {
        m_help = new HelpWindow(m_window);
        m_help->setAttribute(Qt::WA_DeleteOnClose, false);
    }
    return m_help;
}

void Session::showHelp(int section)
{
    const QStringList pages = HelpWindow::pageNames();
    // The guide's pages after the first follow the sections' order.
    helpWindow()->showPage(pages.value(section + 1));
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

// Read from the menus themselves, so the list cannot drift from the keys that work.
void Session::showShortcuts()
{
    QString rows;
    for (QAction* menu : m_window->menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction* action : menu->menu()->actions()) {
            if (action->shortcuts().isEmpty())
                continue;
            QStringList keys;
            for (const QKeySequence& key : action->shortcuts())
                keys << key.toString(QKeySequence::NativeText).toHtmlEscaped();
            rows += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                        .arg(QString(action->text()).remove(QLatin1Char('&')).toHtmlEscaped(),
                             keys.join(QStringLiteral(", ")));
        }
    }
    const QString html = QStringLiteral("<table cellpadding=\"4\">%1</table>").arg(rows)
        + tr("<h2>Inside the sections</h2><table cellpadding=\"4\">"
             "<tr><td>Move between controls</td><td><b>Tab</b>, <b>Shift+Tab</b></td></tr>"
             "<tr><td>Move inside a list or table</td><td><b>arrow keys</b></td></tr>"
             "<tr><td>Move a card to the next or previous stage</td>"
             "<td><b>Ctrl+Right</b>, <b>Ctrl+Left</b></td></tr>"
             "<tr><td>Open the selected card</td><td><b>Enter</b></td></tr>"
             "<tr><td>Bold, italic in the journal</td><td><b>Ctrl+B</b>, <b>Ctrl+I</b></td></tr>"
             "<tr><td>Indent or outdent a list item</td><td><b>Tab</b>, <b>Shift+Tab</b></td></tr>"
             "</table>");
    helpWindow()->showGenerated(tr("Keyboard Shortcuts"), html);
    m_help->show();
    m_help->raise();
}

} // namespace finalist

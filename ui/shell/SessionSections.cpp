// The Session's sections: each view is built the first time its section is shown or asked for,
// with its links to the other sections, and told to read again when it is shown again.
#include "contacts/ContactDetail.h"
#include "contacts/ContactsView.h"
#include "journal/JournalView.h"
#include "lessons/LessonsView.h"
#include "MainWindow.h"
#include "network/NetworkView.h"
#include "opportunities/OpportunitiesView.h"
#include "outreach/OutreachView.h"
#include "preferences/PreferencesDialog.h"
#include "Session.h"
#include "settings/AppSettings.h"
#include "templates/TemplateEditor.h"
#include "today/TodayView.h"
#include "wins/WinsView.h"

namespace finalist {

void Session::rebuildViews()
{
    if (!m_window)
        return;
    // The old views go first, while the database they read from is still open.
    m_window->clearSections();
    // The one on show, at once (its empty state when no journal is open).
    m_window->sectionWidget(m_window->currentSection());
}

// Each section is built the first time it is shown or asked for (MainWindow's builder), so
// that opening a big journal reads only what the window shows.
void Session::buildSection(MainWindow::Section section)
{
    if (!m_database || !m_window)
        return;
    Database& database = *m_database;
    switch (section) {
    case MainWindow::Today:
        buildToday(database);
        break;
    case MainWindow::Opportunities:
        buildOpportunities(database);
        break;
    case MainWindow::Journal:
        buildJournal(database);
        break;
    case MainWindow::Wins:
        m_wins = new WinsView(database, m_window);
        m_window->setSectionWidget(MainWindow::Wins, m_wins);
        connect(m_wins, &WinsView::answerRejectionRequested, this, &Session::answerRejection);
        break;
    case MainWindow::Lessons:
        m_lessons = new LessonsView(database, m_window);
        m_window->setSectionWidget(MainWindow::Lessons, m_lessons);
        // A lesson opens the entry it came from.
        connect(m_lessons, &LessonsView::entryRequested, this, &Session::openEntry);
        break;
    case MainWindow::Contacts:
        buildContacts(database);
        break;
    case MainWindow::Network:
        buildNetwork(database);
        break;
    case MainWindow::Outreach:
        m_outreach = new OutreachView(database, m_window);
        m_window->setSectionWidget(MainWindow::Outreach, m_outreach);
        m_window->setSearchBox(MainWindow::Outreach, m_outreach->searchEdit());
        connect(m_outreach, &OutreachView::answerRejectionRequested, m_window,
                &MainWindow::answerRejectionRequested);
        connect(m_outreach, &OutreachView::templatesRequested, m_window, [this] {
            TemplateEditor editor(*m_database, m_window);
            editor.exec();
        });
        break;
    case MainWindow::SectionCount:
        break;
    }
    m_readAt[section] = readMark();
}

Session::ReadMark Session::readMark() const
{
    return { m_database->changeCount(), m_clock.today() };
}

void Session::buildToday(Database& database)
{
    m_today = new TodayView(database, m_window);
    m_window->setSectionWidget(MainWindow::Today, m_today);
    // Today opens what a follow-up is about, and plans a check-in through the wizard.
    connect(m_today, &TodayView::answerRejectionRequested, this, &Session::answerRejection);
    // The process just finished was lost at the end: it starts as a runner-up, not as applied.
    connect(m_today, &TodayView::recordProcessRequested, this,
            [this] { newOpportunity({}, Stage::RunnerUp); });
    connect(m_today, &TodayView::importContactsRequested, m_window,
            &MainWindow::importContactsRequested);
    connect(m_today, &TodayView::demoRequested, this, &Session::openDemo);
    connect(m_today, &TodayView::preferencesRequested, this,
            [this] { showPreferences(PreferencesDialog::OutreachPage); });
    connect(m_today, &TodayView::contactRequested, this, &Session::openContact);
    connect(m_today, &TodayView::noteRequested, this, &Session::openNote);
    connect(m_today, &TodayView::entryRequested, this, &Session::openEntry);
}

void Session::buildOpportunities(Database& database)
{
    m_opportunities = new OpportunitiesView(database, m_window);
    m_window->setSectionWidget(MainWindow::Opportunities, m_opportunities);
    m_window->setSearchBox(MainWindow::Opportunities, m_opportunities->searchBox());
    connect(m_opportunities, &OpportunitiesView::reflectionRequested, this, [this](qint64 id) {
        if (JournalView* journal = showJournal())
            journal->newEntryFromOpportunity(id);
    });
    connect(m_opportunities, &OpportunitiesView::answerRejectionRequested, this,
            &Session::answerRejection);
    connect(m_opportunities, &OpportunitiesView::entryRequested, this, &Session::openEntry);
    connect(m_opportunities, &OpportunitiesView::noteRequested, this, &Session::openNote);
    if (m_remembered) {
        m_opportunities->setBoardMode(!m_settings->flag(AppSettings::OpportunitiesAsList));
        if (const qint64 id = m_settings->id(AppSettings::LastOpportunity); id > 0)
            m_opportunities->showOpportunity(id);
    }
}

void Session::buildJournal(Database& database)
{
    m_journal = new JournalView(database, m_window);
    m_window->setSectionWidget(MainWindow::Journal, m_journal);
    m_window->setSearchBox(MainWindow::Journal, m_journal->searchBox());
    applySpelling();
    watchSyncConflicts(m_journal);
    // Nothing remembered for this file: the newest entry, rather than an empty form.
    if (const qint64 entry = m_remembered ? m_settings->id(AppSettings::LastEntry) : 0; entry > 0)
        m_journal->select(entry);
    else
        m_journal->selectFirst();
}

void Session::buildContacts(Database& database)
{
    m_contacts = new ContactsView(database, m_window);
    m_window->setSectionWidget(MainWindow::Contacts, m_contacts);
    m_window->setSearchBox(MainWindow::Contacts, m_contacts->searchBox());
    watchSyncConflicts(m_contacts);
    connect(m_contacts->detail(), &ContactDetail::newOpportunityRequested, this,
            [this](const QString& company) { newOpportunity(company); });
    // The same person stays selected in the table and the graph (once the graph is built).
    connect(m_contacts->detail(), &ContactDetail::shown, this, [this](qint64 id) {
        if (m_network)
            m_network->selectContact(id);
    });
    if (const qint64 contact = m_remembered ? m_settings->id(AppSettings::LastContact) : 0;
        contact > 0)
        m_contacts->select(contact);
    else
        m_contacts->selectFirst();
}

void Session::buildNetwork(Database& database)
{
    m_network = new NetworkView(database, m_window);
    m_window->setSectionWidget(MainWindow::Network, m_network);
    connect(m_network, &NetworkView::contactSelected, this, [this](qint64 id) {
        if (ContactsView* contacts = contactsView())
            contacts->select(id);
    });
    // The network opens what is double-clicked, and does a person's quick actions where the
    // Contacts section does them (only once that person is really on show there).
    connect(m_network, &NetworkView::contactRequested, this, &Session::openContact);
    connect(m_network, &NetworkView::opportunityRequested, this, &Session::openOpportunity);
    connect(m_network, &NetworkView::newOpportunityRequested, this,
            [this](const QString& company) { newOpportunity(company); });
    connect(m_network, &NetworkView::draftNoteRequested, this, [this](qint64 id) {
        if (openContact(id))
            m_contacts->detail()->draftNote();
    });
    connect(m_network, &NetworkView::thankYouSentRequested, this, [this](qint64 id) {
        if (openContact(id))
            m_contacts->detail()->markThankYouSent();
    });
    if (m_remembered)
        m_network->restoreViewState(m_settings->state(QStringLiteral("networkView")));
}

// Sections read what other sections wrote when they are shown again.
void Session::sectionShown(MainWindow::Section section)
{
    if (!m_database)
        return;
    // Nothing written since this view last read (or was built), and the same day: it is up to
    // date.
    if (m_readAt[section] == readMark())
        return;
    switch (section) {
    case MainWindow::Today:
        if (m_today)
            m_today->reload();
        break;
    case MainWindow::Opportunities:
        if (m_opportunities)
            m_opportunities->reload();
        break;
    case MainWindow::Journal:
        if (m_journal)
            m_journal->refreshOpportunities();
        break;
    case MainWindow::Wins:
        if (m_wins)
            m_wins->reload();
        break;
    case MainWindow::Lessons:
        if (m_lessons)
            m_lessons->reload();
        break;
    case MainWindow::Contacts:
        if (m_contacts)
            m_contacts->reload();
        break;
    case MainWindow::Outreach:
        if (m_outreach)
            m_outreach->reload();
        break;
    case MainWindow::Network:
        if (m_network && !m_network->isLayingOut())
            m_network->reload();
        break;
    case MainWindow::SectionCount:
        break;
    }
    m_readAt[section] = readMark();
}

JournalView* Session::showJournal()
{
    m_window->showSection(MainWindow::Journal);
    return m_journal;
}

ContactsView* Session::contactsView()
{
    m_window->sectionWidget(MainWindow::Contacts); // built if it was not yet
    return m_contacts;
}

void Session::openEntry(qint64 id)
{
    if (JournalView* journal = showJournal())
        journal->select(id);
}

bool Session::openContact(qint64 id)
{
    m_window->showSection(MainWindow::Contacts);
    if (!m_contacts)
        return false;
    m_contacts->select(id);
    return m_contacts->detail()->contactId() == id;
}

void Session::openOpportunity(qint64 id)
{
    m_window->showSection(MainWindow::Opportunities);
    if (m_opportunities)
        m_opportunities->showOpportunity(id);
}

void Session::openNote(qint64 id)
{
    m_window->showSection(MainWindow::Outreach);
    if (m_outreach)
        m_outreach->selectNote(id);
}

} // namespace finalist

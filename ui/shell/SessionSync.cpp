#include "contacts/ContactDetail.h"
#include "contacts/ContactsView.h"
#include "journal/EntryEditor.h"
#include "journal/JournalView.h"
#include "MainWindow.h"
#include "Session.h"
#include "storage/ContactRepository.h"
#include "storage/SyncState.h"
#include "sync/SyncConflictsBox.h"
#include "sync/SyncConflictsDialog.h"

namespace finalist {

void Session::syncedChanges()
{
    // Every section reads afresh when next shown (the change count moved); the one on show now.
    if (m_window && m_database)
        sectionShown(m_window->currentSection());
    // The open record shows what came in, unless the user is typing in it (their save wins).
    if (m_contacts && m_contacts->detail()->contactId() > 0
        && !m_contacts->detail()->hasUnsavedChanges()) {
        const qint64 id = m_contacts->detail()->contactId();
        m_contacts->detail()->showContact(ContactRepository(*m_database).get(id) ? id : 0);
    }
    if (m_journal)
        m_journal->reloadAfterSync();
}

void Session::refreshSyncConflicts()
{
    if (!m_window)
        return;
    int records = 0;
    if (m_database) {
        if (auto conflicted = SyncState(*m_database).conflictedRecords())
            records = static_cast<int>(conflicted.value().size());
    }
    m_window->showSyncConflicts(records);
}

void Session::watchSyncConflicts(QWidget* view)
{
    for (SyncConflictsBox* box : view->findChildren<SyncConflictsBox*>())
        connect(box, &SyncConflictsBox::settled, this, &Session::refreshSyncConflicts);
}

void Session::showSyncConflicts()
{
    // What is typed goes in first: a choice of the server's value must not meet an older form.
    if (!m_database || !mayLeaveViews())
        return;
    SyncConflictsDialog dialog(*m_database, m_window);
    connect(&dialog, &SyncConflictsDialog::settled, this, &Session::reloadSettled);
    SyncKind openKind = SyncKind::Contacts;
    qint64 openId = 0;
    connect(&dialog, &SyncConflictsDialog::openRequested, this,
            [&openKind, &openId](SyncKind kind, qint64 id) {
                openKind = kind;
                openId = id;
            });
    dialog.exec();
    refreshSyncConflicts();
    if (openId <= 0)
        return;
    if (openKind == SyncKind::Contacts)
        openContact(openId);
    else if (openKind == SyncKind::Journal)
        openEntry(openId);
}

void Session::reloadSettled(SyncKind kind, qint64 localId)
{
    refreshSyncConflicts();
    if (m_window && m_database)
        sectionShown(m_window->currentSection()); // lists show the value chosen
    // A contact on show: its own choice, or a follow-up in its timeline. (Before the dialog
    // opened, what was typed was saved.)
    if (m_contacts && m_contacts->detail()->contactId() > 0
        && ((kind == SyncKind::Contacts && m_contacts->detail()->contactId() == localId)
            || (kind == SyncKind::FollowUps && !m_contacts->detail()->hasUnsavedChanges())))
        m_contacts->detail()->showContact(m_contacts->detail()->contactId());
    if (kind == SyncKind::Journal && m_journal && m_journal->editor()->entryId() == localId)
        m_journal->reloadAfterSync();
}

} // namespace finalist

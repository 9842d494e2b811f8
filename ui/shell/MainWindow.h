#pragma once

#include <functional>
#include <QIcon>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QLineEdit;
class QAction;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace finalist {

class AppSettings;
class EditActions;

// The frame: navigation on the left, the current section on the right, menus and status bar.
// It knows nothing of databases; the Session listens to its requests.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Section
    {
        Today,
        Opportunities,
        Journal,
        Wins,
        Lessons,
        Contacts,
        Network,
        Outreach,
        SectionCount
    };

    explicit MainWindow(QWidget* parent = nullptr);
    // Finalist's mark, for the window, the about box and the tray notice.
    static QIcon appIcon();

    void showDatabase(const QString& path);
    void showMessage(const QString& message);
    // A short, lasting note beside the path: whether today's backup exists.
    void showBackupState(const QString& text, const QString& detail = {});
    // The last sync in words, beside the backup's; hidden while empty (no account).
    void showSyncState(const QString& text, const QString& detail = {});
    // File ▸ Sync Now and Sync Conflicts are offered once an account is set up.
    void setSyncAvailable(bool available);
    // Records waiting for the user's choice between two versions: a link in the status bar.
    void showSyncConflicts(int records);
    Section currentSection() const;
    // The section's page; a section not built yet is built first (see setSectionBuilder).
    QWidget* sectionWidget(Section section) const;
    QListWidget* navigation() const { return m_navigation; }
    // Puts a built view in place of a section's page. The old page is deleted before this
    // returns, so it can no longer reach a database the caller is about to close; do not call
    // it from inside that page.
    void setSectionWidget(Section section, QWidget* page);
    // Sections are built when first shown or asked for: the builder puts a view in place with
    // setSectionWidget (or leaves the empty page, when there is no database).
    void setSectionBuilder(std::function<void(Section)> build) { m_build = std::move(build); }
    bool isSectionBuilt(Section section) const { return m_built[section]; }
    // Back to the empty pages, the views deleted (another database is coming, or a restored one).
    void clearSections();
    // Asked before the window closes; false keeps it open (unsaved text could not be saved).
    void setCloseGuard(std::function<bool()> guard) { m_closeGuard = std::move(guard); }

    // Where the window remembers its size, section, splitters and tables between runs; none in
    // tests that do not ask for it.
    void setSettings(AppSettings* settings);
    // Puts the window, the section and every named splitter and table header back as they were
    // left; called once the sections are built (again after another database is opened).
    void restoreLayout();
    void saveLayout() const;
    QMenu* recentMenu() const { return m_recent; }
    // The box Ctrl+F (Edit ▸ Find) puts the focus in while the section is on show; a section
    // without one searches everywhere instead.
    void setSearchBox(Section section, QLineEdit* box);
    // A paragraph for the About box: the database in use and its schema.
    void setAboutDetails(const QString& details);
    EditActions* editActions() const { return m_edit; }
    QAction* newItemAction() const { return m_newItem; }
    QUndoStack* history(Section section) const { return m_history[section]; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

public slots:
    void showSection(finalist::MainWindow::Section section);

signals:
    void newDatabaseRequested();
    void openDatabaseRequested();
    void backupRequested();
    void syncRequested();
    void syncConflictsRequested();
    void restoreRequested();
    void importContactsRequested();
    void exportContactsRequested();
    void undoImportRequested();
    void answerRejectionRequested();
    void newOpportunityRequested();
    void importInvitationRequested();
    void preferencesRequested();
    void openRecentRequested(const QString& path);
    void newItemRequested(finalist::MainWindow::Section section);
    void searchEverywhereRequested();
    void helpRequested(finalist::MainWindow::Section section);
    void shortcutsRequested();
    void sectionShown(finalist::MainWindow::Section section);

private:
    void buildSections();
    static QString sectionTitle(Section section);
    QWidget* emptyPage(Section section) const;
    QWidget* blankPage() const;
    // Puts page in the section's place, the old one deleted with what it could undo.
    void replacePage(Section section, QWidget* page) const;
    void restorePageLayout(QWidget* page); // its splitters and table headers, as saved
    void buildMenus();
    void showAbout();
    void applyPalette();
    void fillRecentMenu();
    QSize roomOnScreen() const; // the screen's available size
    bool fitsScreen() const; // unmaximized, the window is within that room
    void fitToScreen();
    void focusSectionSearch();
    void updateNewItem(Section section);

    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QWidget* m_rule;
    QLabel* m_backupLabel;
    QLabel* m_syncLabel;
    QAction* m_syncNow = nullptr;
    QAction* m_syncConflicts = nullptr;
    QLabel* m_conflictsLink;
    QLabel* m_pathLabel;
    std::function<bool()> m_closeGuard;
    AppSettings* m_settings = nullptr;
    QMenu* m_recent = nullptr;
    QAction* m_newItem = nullptr;
    EditActions* m_edit = nullptr;
    QPointer<QLineEdit> m_searchBoxes[SectionCount]; // gone with their section's page
    QString m_aboutDetails;
    QUndoStack* m_history[SectionCount] = {};
    std::function<void(Section)> m_build;
    bool m_built[SectionCount] = {};
};

} // namespace finalist

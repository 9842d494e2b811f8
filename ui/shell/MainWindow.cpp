#include "MainWindow.h"

#include "common/EmptyStateWidget.h"
#include "common/Glyph.h"
#include "common/NavigationDelegate.h"
#include "common/Resources.h"
#include "common/UndoBar.h"
#include "EditActions.h"
#include "settings/AppSettings.h"
#include "TabNavigation.h"

#include <algorithm>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace finalist {

namespace {

constexpr Glyph kGlyphs[MainWindow::SectionCount]
    = { Glyph::Today,   Glyph::Opportunities, Glyph::Journal, Glyph::Wins,
        Glyph::Lessons, Glyph::Contacts,      Glyph::Network, Glyph::Outreach };
constexpr int kIconSize = 20;
// Marks a page that holds nothing yet: the section is built (or its empty state made) on show.
constexpr char kBlankProperty[] = "finalistBlankPage";

} // namespace

QIcon MainWindow::appIcon()
{
    // The sizes drawn for the hicolor theme, so that 16 to 24 pixels use the variant drawn on
    // the pixel grid. Not 256 and 512: X11 hands a window every size its icon has, decoded at
    // start (the two large ones were a tenth of a start); docks and launchers take those from
    // the installed theme through the desktop entry.
    loadUiResources();
    QIcon icon;
    for (int size : { 16, 22, 24, 32, 48, 64, 128 }) {
        // Read as PNG, said outright: guessing the format loads every image plugin Qt has to
        // ask each whether it knows the file (most of a millisecond at every start).
        QImageReader reader(QStringLiteral(":/icons/hicolor/%1x%1/finalist.png").arg(size), "png");
        reader.setAutoDetectImageFormat(false);
        if (const QImage image = reader.read(); !image.isNull())
            icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_rule(new QWidget(this))
    , m_backupLabel(new QLabel(this))
    , m_syncLabel(new QLabel(this))
    , m_conflictsLink(new QLabel(this))
    , m_pathLabel(new QLabel(this))
{
    // The program sets the application's icon, which every window shows: decoded once. A window
    // made without it (the tests) sets its own.
    if (QApplication::windowIcon().isNull())
        setWindowIcon(appIcon());
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setIconSize(QSize(kIconSize, kIconSize));
    m_navigation->setSpacing(1);
    m_navigation->setItemDelegate(new NavigationDelegate(m_navigation));
    m_navigation->setMouseTracking(true); // for the hover shade
    m_navigation->setFixedWidth(180);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.05);
    m_navigation->setFont(navigationFont);

    m_rule->setFixedWidth(1); // a quiet line between navigation and page
    m_rule->setAutoFillBackground(true);

    // The list sits on a panel of its own colour, so the first row can breathe below the menu.
    auto* panel = new QWidget(this);
    panel->setBackgroundRole(QPalette::Base);
    panel->setAutoFillBackground(true);
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 8, 0, 0);
    panelLayout->addWidget(m_navigation);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(panel);
    layout->addWidget(m_rule);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_backupLabel->setObjectName(QStringLiteral("backupState"));
    m_backupLabel->setContentsMargins(0, 0, 14, 0);
    m_pathLabel->setObjectName(QStringLiteral("databasePath"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pathLabel->setToolTip(tr("The database this window writes to"));
    m_syncLabel->setObjectName(QStringLiteral("syncState"));
    m_syncLabel->setContentsMargins(0, 0, 14, 0);
    m_syncLabel->hide();
    m_conflictsLink->setObjectName(QStringLiteral("syncConflictsLink"));
    m_conflictsLink->setContentsMargins(0, 0, 14, 0);
    m_conflictsLink->setTextInteractionFlags(Qt::LinksAccessibleByMouse
                                             | Qt::LinksAccessibleByKeyboard);
    m_conflictsLink->hide();
    connect(m_conflictsLink, &QLabel::linkActivated, this, &MainWindow::syncConflictsRequested);
    statusBar()->addPermanentWidget(m_conflictsLink);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_backupLabel);
    statusBar()->addPermanentWidget(m_pathLabel);

    TabNavigation::install();
    buildSections();
    buildMenus();
    for (int i = 0; i < SectionCount; ++i) {
        m_history[i] = new QUndoStack(m_edit->history());
        m_pages->widget(i)->setProperty(kHistoryProperty, QVariant::fromValue(m_history[i]));
    }
    m_edit->history()->setActiveStack(m_history[Today]);
    applyPalette();
    // Today is current from the start, its page made when a journal or the window's showing
    // asks for it: an empty state made now would be thrown away by the journal opened next.
    m_navigation->setCurrentRow(Today);
    updateNewItem(Today);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            sectionWidget(static_cast<Section>(row)); // built before it shows: no empty flash
        m_pages->setCurrentIndex(row);
        if (row >= 0) {
            updateNewItem(static_cast<Section>(row));
            m_edit->history()->setActiveStack(m_history[row]);
            emit sectionShown(static_cast<Section>(row));
        }
    });
    resize(1240, 760);
}

void MainWindow::buildSections()
{
    // A blank page each until a section is shown: its view when a journal is open, else its
    // empty state, made then (eight of them with their glyphs were a tenth of the window's
    // construction, and a journal is open at almost every start).
    for (int i = 0; i < SectionCount; ++i) {
        new QListWidgetItem(sectionTitle(static_cast<Section>(i)), m_navigation);
        m_pages->addWidget(blankPage());
    }
}

QWidget* MainWindow::blankPage() const
{
    auto* blank = new QWidget(m_pages);
    blank->setProperty(kBlankProperty, true);
    return blank;
}

QString MainWindow::sectionTitle(Section section)
{
    const QString titles[SectionCount]
        = { tr("Today"),   tr("Opportunities"), tr("Journal"), tr("Wins"),
            tr("Lessons"), tr("Contacts"),      tr("Network"), tr("Outreach") };
    return titles[section];
}

// What a section's page says before a database is open.
QWidget* MainWindow::emptyPage(Section section) const
{
    const QString texts[SectionCount] = {
        tr("Your morning page: the follow-ups due today, your outreach goal and the "
           "second-chance radar. It appears once a database is open."),
        tr("Every hiring process on a board, from interested to hired, with its rounds, the "
           "people you met and what comes next. It appears once a database is open."),
        tr("Reflections in five steps, written while the process is fresh, with your wins and "
           "lessons beside them. It appears once a database is open."),
        tr("What each process proved: rounds passed, people met, and what you write "
           "yourself. It appears once a database is open."),
        tr("Every lesson from your reflections, grouped, with the themes that keep coming "
           "back. It appears once a database is open."),
        tr("Everyone you met along the way, with thank-you and LinkedIn status. It appears "
           "once a database is open."),
        tr("A map of who introduced whom and who works with whom. It appears once a database "
           "is open."),
        tr("Every note you drafted or sent, and who has not been thanked yet. It appears once "
           "a database is open."),
    };
    auto* empty = new EmptyStateWidget(sectionTitle(section), texts[section], m_pages);
    empty->setGlyph(kGlyphs[section]);
    return empty;
}

// The icons and the rule are drawn from the palette, so they follow a change to dark.
void MainWindow::applyPalette()
{
    for (int i = 0; i < m_navigation->count(); ++i)
        m_navigation->item(i)->setIcon(glyphIcon(kGlyphs[i], palette(), kIconSize));
    QPalette rule = m_rule->palette();
    rule.setColor(
        QPalette::Window,
        blend(palette().color(QPalette::WindowText), palette().color(QPalette::Window), 0.16));
    m_rule->setPalette(rule);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    // Ctrl+N makes a new item of the section on show; its name follows the section.
    m_newItem = file->addAction(tr("&New Entry"), QKeySequence::New, this,
                                [this] { emit newItemRequested(currentSection()); });
    m_newItem->setObjectName(QStringLiteral("newItem"));
    file->addAction(tr("New &Database…"), this, &MainWindow::newDatabaseRequested)
        ->setObjectName(QStringLiteral("newDatabase"));
    file->addAction(tr("&Open Database…"), QKeySequence::Open, this,
                    &MainWindow::openDatabaseRequested)
        ->setObjectName(QStringLiteral("openDatabase"));
    m_recent = file->addMenu(tr("Open &Recent"));
    m_recent->setObjectName(QStringLiteral("openRecent"));
    connect(m_recent, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    file->addAction(tr("New Opportunit&y…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this,
                    &MainWindow::newOpportunityRequested)
        ->setObjectName(QStringLiteral("newOpportunity"));
    file->addAction(tr("&Add Interview from Invitation…"), this,
                    &MainWindow::importInvitationRequested)
        ->setObjectName(QStringLiteral("importInvitation"));
    file->addAction(tr("Answer a Re&jection…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                    this, &MainWindow::answerRejectionRequested)
        ->setObjectName(QStringLiteral("answerRejection"));
    file->addSeparator();
    file->addAction(tr("&Import Contacts…"), this, &MainWindow::importContactsRequested)
        ->setObjectName(QStringLiteral("importContacts"));
    file->addAction(tr("&Export Contacts…"), this, &MainWindow::exportContactsRequested)
        ->setObjectName(QStringLiteral("exportContacts"));
    file->addAction(tr("&Undo an Import…"), this, &MainWindow::undoImportRequested)
        ->setObjectName(QStringLiteral("undoImport"));
    file->addSeparator();
    file->addAction(tr("&Backup Now"), this, &MainWindow::backupRequested)
        ->setObjectName(QStringLiteral("backupNow"));
    file->addAction(tr("Res&tore from Backup…"), this, &MainWindow::restoreRequested)
        ->setObjectName(QStringLiteral("restoreBackup"));
    m_syncNow = file->addAction(tr("&Sync Now"), this, &MainWindow::syncRequested);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_syncNow->setToolTip(tr("Sends and receives changes through the sync account "
                             "(Preferences ▸ Sync)"));
    m_syncNow->setVisible(false);
    m_syncConflicts
        = file->addAction(tr("Sync Con&flicts…"), this, &MainWindow::syncConflictsRequested);
    m_syncConflicts->setObjectName(QStringLiteral("syncConflicts"));
    m_syncConflicts->setVisible(false);
    file->addSeparator();
    QAction* preferences
        = file->addAction(tr("&Preferences…"), this, &MainWindow::preferencesRequested);
    // Ctrl+, is the desktop's habit for preferences; the platform's own key, where it has one,
    // works as well.
    QList<QKeySequence> preferenceKeys{ QKeySequence(Qt::CTRL | Qt::Key_Comma) };
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Preferences))
        if (!preferenceKeys.contains(key))
            preferenceKeys << key;
    preferences->setShortcuts(preferenceKeys);
    preferences->setObjectName(QStringLiteral("preferences"));
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* close = file->addAction(tr("&Close Window"), this, &QWidget::close);
    close->setObjectName(QStringLiteral("closeWindow"));
    // Ctrl+W first, as on the Linux desktops; the platform's own key as well where it differs.
    QList<QKeySequence> closeKeys{ QKeySequence(Qt::CTRL | Qt::Key_W) };
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Close))
        if (!closeKeys.contains(key))
            closeKeys << key;
    close->setShortcuts(closeKeys);
    QAction* quit
        = file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    if (quit->shortcut().isEmpty()) // not every platform names one
        quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setObjectName(QStringLiteral("quit"));
    quit->setMenuRole(QAction::QuitRole);

    m_edit = new EditActions(this, menuBar()->addMenu(tr("&Edit")));
    connect(m_edit, &EditActions::findRequested, this, &MainWindow::focusSectionSearch);
    connect(m_edit, &EditActions::findEverywhereRequested, this,
            &MainWindow::searchEverywhereRequested);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    const QString goNames[SectionCount]
        = { tr("&Today"),   tr("O&pportunities"), tr("&Journal"), tr("&Wins"),
            tr("&Lessons"), tr("&Contacts"),      tr("&Network"), tr("O&utreach") };
    for (int i = 0; i < SectionCount; ++i) {
        QAction* action = go->addAction(goNames[i]);
        action->setObjectName(QStringLiteral("go%1").arg(i));
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this,
                [this, i] { showSection(static_cast<Section>(i)); });
        m_navigation->item(i)->setToolTip(tr("%1 (%2)").arg(
            m_navigation->item(i)->text(), action->shortcut().toString(QKeySequence::NativeText)));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Finalist &Help"), QKeySequence::HelpContents, this,
                    [this] { emit helpRequested(currentSection()); })
        ->setObjectName(QStringLiteral("help"));
    help->addAction(tr("&Keyboard Shortcuts"), this, [this] { emit shortcutsRequested(); })
        ->setObjectName(QStringLiteral("keyboardShortcuts"));
    help->addSeparator();
    help->addAction(tr("&About Finalist"), this, &MainWindow::showAbout)
        ->setMenuRole(QAction::AboutRole);
}

void MainWindow::setSearchBox(Section section, QLineEdit* box)
{
    m_searchBoxes[section] = box;
}

void MainWindow::focusSectionSearch()
{
    QLineEdit* box = m_searchBoxes[currentSection()];
    if (!box || !box->isVisible()) {
        emit searchEverywhereRequested(); // a section without a box of its own
        return;
    }
    box->setFocus(Qt::ShortcutFocusReason);
    box->selectAll();
}

void MainWindow::setAboutDetails(const QString& details)
{
    m_aboutDetails = details;
}

void MainWindow::updateNewItem(Section section)
{
    const QString names[SectionCount]
        = { tr("&New Entry"), tr("&New Opportunity…"), tr("&New Entry"),   tr("&New Win"),
            tr("&New Entry"), tr("&New Contact"),      tr("&New Contact"), tr("&New Note…") };
    m_newItem->setText(names[section]);
}

void MainWindow::setSettings(AppSettings* settings)
{
    m_settings = settings;
    fillRecentMenu();
}

void MainWindow::fillRecentMenu()
{
    m_recent->clear();
    const QStringList recent
        = m_settings ? m_settings->list(AppSettings::RecentDatabases) : QStringList();
    for (const QString& path : recent) {
        QAction* open = m_recent->addAction(QDir::toNativeSeparators(path));
        open->setData(path);
        if (!QFileInfo::exists(path)) {
            // Kept in the list (it may be on a drive not plugged in), but it cannot be opened.
            open->setEnabled(false);
            open->setToolTip(tr("This file is not there any more (moved, deleted, or on a drive "
                                "that is not connected)."));
        }
        connect(open, &QAction::triggered, this, [this, path] { emit openRecentRequested(path); });
    }
    m_recent->setToolTipsVisible(true);
    if (recent.isEmpty())
        m_recent->addAction(tr("No other databases yet"))->setEnabled(false);
}

void MainWindow::restoreLayout()
{
    if (!m_settings)
        return;
    if (!isVisible()) {
        // Never larger than the screen it opens on: at the first start, and when the size kept
        // was made on a larger screen (a laptop away from its monitor).
        if (!restoreGeometry(m_settings->bytes(AppSettings::WindowGeometry))
            || (!fitsScreen() && m_settings->value(AppSettings::WindowScreen) != roomOnScreen()))
            fitToScreen();
        restoreState(m_settings->bytes(AppSettings::WindowState));
    }
    showSection(static_cast<Section>(
        std::clamp(m_settings->number(AppSettings::LastSection), 0, int(SectionCount) - 1)));
    restorePageLayout(m_pages);
}

// Splitters and table headers that have a name keep their sizes, columns and sort. A section
// built later gets its own back as it is put in place.
void MainWindow::restorePageLayout(QWidget* page)
{
    if (!m_settings)
        return;
    for (auto* splitter : page->findChildren<QSplitter*>())
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(m_settings->state(splitter->objectName()));
    for (auto* header : page->findChildren<QHeaderView*>())
        if (!header->objectName().isEmpty())
            header->restoreState(m_settings->state(header->objectName()));
}

QSize MainWindow::roomOnScreen() const
{
    const QScreen* shown = screen();
    return shown ? shown->availableGeometry().size() : QSize();
}

bool MainWindow::fitsScreen() const
{
    const QSize room = roomOnScreen();
    if (!room.isValid() || isMaximized() || isFullScreen())
        return true;
    const QRect normal = normalGeometry();
    return normal.width() <= room.width() && normal.height() <= room.height();
}

void MainWindow::fitToScreen()
{
    const QScreen* shown = screen();
    if (!shown)
        return;
    const QRect room = shown->availableGeometry();
    const QSize wanted(std::min(1240, room.width() * 9 / 10),
                       std::min(760, room.height() * 9 / 10));
    resize(wanted.expandedTo(minimumSizeHint()).boundedTo(room.size()));
    move(room.center() - rect().center());
}

void MainWindow::saveLayout() const
{
    if (!m_settings)
        return;
    m_settings->set(AppSettings::WindowGeometry, saveGeometry());
    m_settings->set(AppSettings::WindowState, saveState());
    m_settings->set(AppSettings::WindowScreen, roomOnScreen());
    m_settings->set(AppSettings::LastSection, int(currentSection()));
    for (auto* splitter : m_pages->findChildren<QSplitter*>())
        if (!splitter->objectName().isEmpty())
            m_settings->setState(splitter->objectName(), splitter->saveState());
    for (auto* header : m_pages->findChildren<QHeaderView*>())
        if (!header->objectName().isEmpty())
            m_settings->setState(header->objectName(), header->saveState());
}

void MainWindow::showDatabase(const QString& path)
{
    // The application's name is added by Qt: "finalist.sqlite — Finalist".
    setWindowTitle(QFileInfo(path).fileName());
    m_pathLabel->setText(QDir::toNativeSeparators(path));
}

void MainWindow::showMessage(const QString& message)
{
    statusBar()->showMessage(message, 10000);
}

void MainWindow::showBackupState(const QString& text, const QString& detail)
{
    m_backupLabel->setText(text);
    m_backupLabel->setToolTip(detail);
}

void MainWindow::showSyncState(const QString& text, const QString& detail)
{
    m_syncLabel->setText(text);
    m_syncLabel->setToolTip(detail);
    m_syncLabel->setVisible(!text.isEmpty());
}

void MainWindow::setSyncAvailable(bool available)
{
    m_syncNow->setVisible(available);
    m_syncConflicts->setVisible(available);
}

void MainWindow::showSyncConflicts(int records)
{
    m_conflictsLink->setText(
        records > 0
            ? QStringLiteral("<a href=\"#conflicts\">%1</a>")
                  .arg(tr("%n sync conflict(s) to look at", nullptr, records).toHtmlEscaped())
            : QString());
    m_conflictsLink->setToolTip(tr("Changed here and on another device: see both versions"));
    m_conflictsLink->setVisible(records > 0);
}

MainWindow::Section MainWindow::currentSection() const
{
    return static_cast<Section>(m_pages->currentIndex());
}

QWidget* MainWindow::sectionWidget(Section section) const
{
    if (!m_built[section] && m_build)
        m_build(section);
    // No journal to build it from: the section's empty state, made the first time it is asked.
    if (!m_built[section] && m_pages->widget(section)->property(kBlankProperty).toBool())
        replacePage(section, emptyPage(section));
    return m_pages->widget(section);
}

void MainWindow::replacePage(Section section, QWidget* page) const
{
    QWidget* old = m_pages->widget(section);
    // What the old page could undo belongs to it (and perhaps to another database).
    m_history[section]->clear();
    page->setProperty(kHistoryProperty, QVariant::fromValue(m_history[section]));
    m_pages->insertWidget(section, page);
    m_pages->removeWidget(old);
    delete old;
    m_pages->setCurrentIndex(m_navigation->currentRow());
}

void MainWindow::setSectionWidget(Section section, QWidget* page)
{
    replacePage(section, page);
    m_built[section] = true;
    restorePageLayout(page);
}

void MainWindow::clearSections()
{
    for (int i = 0; i < SectionCount; ++i) {
        if (m_built[i])
            replacePage(static_cast<Section>(i), blankPage());
        m_built[i] = false;
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_closeGuard && !m_closeGuard()) {
        const auto answer = QMessageBox::warning(
            this, tr("Not saved"),
            tr("Some of your text could not be saved yet. Close anyway and lose it?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    saveLayout();
    event->accept();
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void MainWindow::showEvent(QShowEvent* event)
{
    sectionWidget(currentSection()); // nothing asked for the page on show yet: made now
    QMainWindow::showEvent(event);
}

void MainWindow::showSection(Section section)
{
    m_navigation->setCurrentRow(section);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Finalist"),
                       tr("<h3>Finalist %1</h3>"
                          "<p>A private journal for the final rounds: what you won, who you met, "
                          "and what comes next.</p>"
                          "<p>Your data stays on this computer, in one file. Finalist uses the "
                          "network only to sync, once you set up an account for it.</p>"
                          "<p>Free software under the GNU General Public License, version 3 or "
                          "later. It comes with no warranty.</p>%2")
                           .arg(QApplication::applicationVersion(), m_aboutDetails));
}

} // namespace finalist

#include "MainWindow.h"

#include "common/EmptyStateWidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

namespace finalist {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_pathLabel(new QLabel(this))
{
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(180);
    m_navigation->setAutoFillBackground(true);
    m_navigation->setBackgroundRole(QPalette::AlternateBase);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_pathLabel->setObjectName(QStringLiteral("databasePath"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_pathLabel);

    buildSections();
    buildMenus();
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(Today);
    resize(1100, 720);
}

void MainWindow::buildSections()
{
    struct Page
    {
        QString name;
        QStyle::StandardPixmap icon;
        QString title;
        QString text;
    };
    const Page pages[SectionCount] = {
        { tr("Today"), QStyle::SP_FileDialogInfoView, tr("Today"),
          tr("Your morning page: the follow-ups due today, your outreach goal and the "
             "second-chance radar. It arrives in a coming version.") },
        { tr("Journal"), QStyle::SP_FileDialogDetailedView, tr("Journal"),
          tr("Reflections in five steps, written while the process is fresh, with your wins and "
             "lessons beside them. The editor arrives in a coming version.") },
        { tr("Contacts"), QStyle::SP_DirHomeIcon, tr("Contacts"),
          tr("Everyone you met along the way, with thank-you and LinkedIn status. The contacts "
             "table arrives in a coming version.") },
        { tr("Network"), QStyle::SP_DriveNetIcon, tr("Network"),
          tr("A map of who introduced whom and who works with whom. It arrives in a coming "
             "version.") },
        { tr("Outreach"), QStyle::SP_DialogSaveButton, tr("Outreach"),
          tr("Every note you drafted or sent, and who has not been thanked yet. The outreach log "
             "arrives in a coming version.") },
    };
    for (int i = 0; i < SectionCount; ++i) {
        auto* item = new QListWidgetItem(style()->standardIcon(pages[i].icon), pages[i].name,
                                         m_navigation);
        item->setSizeHint(QSize(0, 36));
        m_pages->addWidget(new EmptyStateWidget(pages[i].title, pages[i].text, m_pages));
    }
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Database…"), QKeySequence::New, this,
                    &MainWindow::newDatabaseRequested);
    file->addAction(tr("&Open Database…"), QKeySequence::Open, this,
                    &MainWindow::openDatabaseRequested);
    file->addSeparator();
    file->addAction(tr("&Backup Now"), this, &MainWindow::backupRequested)
        ->setObjectName(QStringLiteral("backupNow"));
    file->addAction(tr("&Restore from Backup…"), this, &MainWindow::restoreRequested)
        ->setObjectName(QStringLiteral("restoreBackup"));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < SectionCount; ++i) {
        QAction* action = go->addAction(m_navigation->item(i)->text());
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this,
                [this, i] { showSection(static_cast<Section>(i)); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Finalist"), this, &MainWindow::showAbout);
}

void MainWindow::showDatabase(const QString& path)
{
    setWindowTitle(tr("Finalist — %1").arg(QFileInfo(path).fileName()));
    m_pathLabel->setText(QDir::toNativeSeparators(path));
    m_pathLabel->setToolTip(tr("The database this window writes to"));
}

void MainWindow::showMessage(const QString& message)
{
    statusBar()->showMessage(message, 8000);
}

MainWindow::Section MainWindow::currentSection() const
{
    return static_cast<Section>(m_pages->currentIndex());
}

QWidget* MainWindow::sectionWidget(Section section) const
{
    return m_pages->widget(section);
}

void MainWindow::setSectionWidget(Section section, QWidget* page)
{
    QWidget* old = m_pages->widget(section);
    m_pages->insertWidget(section, page);
    m_pages->removeWidget(old);
    old->deleteLater();
    m_pages->setCurrentIndex(m_navigation->currentRow());
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
    event->accept();
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
                          "<p>Your data stays on this computer, in one file. Finalist never uses "
                          "the network.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace finalist

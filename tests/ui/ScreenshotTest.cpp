// Saves screenshots of the window for the README and for looking at by eye. Runs only when
// FINALIST_SHOTS_DIR names a folder:  FINALIST_SHOTS_DIR=docs/screenshots build/tests/ui_tests
#include "DarkPalette.h"
#include "DemoWindow.h"
#include "journal/EntryEditor.h"
#include "journal/JournalListModel.h"
#include "journal/JournalView.h"
#include "ScriptedPrompter.h"
#include "services/DemoSample.h"
#include "shell/DatabaseErrorDialog.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QToolButton>

using namespace finalist;

namespace {

void save(QWidget& widget, const QString& folder, const QString& name)
{
    QTest::qWait(50);
    EXPECT_TRUE(widget.grab().save(QDir(folder).filePath(name))) << name.toStdString();
}

} // namespace

TEST(Screenshots, MainWindowAndErrorDialog)
{
    const QString folder = qEnvironmentVariable("FINALIST_SHOTS_DIR");
    if (folder.isEmpty())
        GTEST_SKIP() << "set FINALIST_SHOTS_DIR to write screenshots";
    QDir().mkpath(folder);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette light = QApplication::style()->standardPalette();

    test::DemoWindow demo(QDateTime::currentDateTimeUtc());
    ASSERT_TRUE(demo.open());
    MainWindow& window = demo.window;
    Session& session = demo.session;

    QApplication::setPalette(light);
    window.showSection(MainWindow::Today);
    save(window, folder, QStringLiteral("main-today.png"));
    window.showSection(MainWindow::Journal);
    save(window, folder, QStringLiteral("main-journal.png"));

    auto* journal = qobject_cast<JournalView*>(window.sectionWidget(MainWindow::Journal));
    ASSERT_NE(journal, nullptr);
    journal->list()->setCurrentIndex(journal->model()->index(1, 0)); // the runner-up reflection
    for (int step : { 0, 1, 2, 3, 4 }) {
        journal->editor()->showStep(step);
        save(window, folder, QStringLiteral("journal-step%1.png").arg(step + 1));
    }
    journal->searchBox()->setText(QStringLiteral("panel"));
    QTest::qWait(300);
    save(window, folder, QStringLiteral("journal-search.png"));
    journal->searchBox()->clear();
    QTest::qWait(300);

    QApplication::setPalette(test::darkPalette());
    journal->editor()->showStep(1);
    save(window, folder, QStringLiteral("journal-dark.png"));
    window.showSection(MainWindow::Contacts);
    save(window, folder, QStringLiteral("main-dark.png"));

    QApplication::setPalette(light);
    DatabaseErrorDialog dialog(
        Error{ Error::Code::Corrupted,
               QStringLiteral("“/home/alex/.local/share/Finalist/finalist.sqlite” is "
                              "damaged and cannot be opened safely. It was left "
                              "untouched; restore a backup or open another file."),
               QStringLiteral(
                   "*** in database main ***\nPage 4: btreeInitPage() returns error code 11"),
               {} },
        true, QStringLiteral("Quit"));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    save(dialog, folder, QStringLiteral("error-dialog.png"));
    dialog.detailsToggle()->click();
    save(dialog, folder, QStringLiteral("error-dialog-details.png"));

    // A second Finalist on the same file: the real refusal, drawn over the first window.
    auto second = Database::open(session.database()->path(), demo.clock);
    ASSERT_FALSE(second.ok());
    DatabaseErrorDialog locked(second.error(), false, QStringLiteral("Quit"));
    locked.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&locked));
    QTest::qWait(50);
    window.showSection(MainWindow::Today);
    QTest::qWait(50);
    QPixmap shot = window.grab();
    const QPixmap over = locked.grab();
    const QRect place(
        QPoint((shot.width() - over.width()) / 2, (shot.height() - over.height()) / 3),
        over.size());
    QPainter painter(&shot);
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 40));
    for (int i = 1; i <= 6; ++i)
        painter.fillRect(place.adjusted(-i, -i + 2, i, i + 2), QColor(0, 0, 0, 10));
    painter.drawPixmap(place.topLeft(), over);
    painter.setPen(QColor(0, 0, 0, 90));
    painter.drawRect(place.adjusted(-1, -1, 0, 0));
    painter.end();
    EXPECT_TRUE(shot.save(QDir(folder).filePath(QStringLiteral("second-window-locked.png"))));
}

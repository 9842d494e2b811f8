// A merge and an import made in the Contacts section are undone from Edit ▸ Undo, which names
// them; the database is checked afterwards, and an undo that cannot be exact says why.
#include "common/UndoBar.h"
#include "contacts/ContactFileActions.h"
#include "contacts/ContactListModel.h"
#include "contacts/ContactsView.h"
#include "contacts/ImportDialog.h"
#include "RawSql.h"
#include "ScriptedPrompter.h"
#include "shell/EditActions.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "storage/ContactRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/OpportunityRepository.h"
#include "storage/RoundRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScopeGuard>
#include <QTest>
#include <QTimer>

using namespace finalist;

namespace {

class ContactUndo : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = folder.path(QStringLiteral("undo.sqlite"));
        {
            auto db = test::openOrFail(path, clock);
            ASSERT_TRUE(db);
            Opportunity process;
            process.company = QStringLiteral("Lumen");
            ASSERT_OK(OpportunityRepository(*db).add(process));
            Round panel;
            panel.opportunityId = process.id;
            ASSERT_OK(RoundRepository(*db).add(panel));
            priya.firstName = QStringLiteral("Priya");
            priya.lastName = QStringLiteral("Raman");
            priya.company = QStringLiteral("Lumen");
            ASSERT_OK(ContactRepository(*db).add(priya));
            twin.firstName = QStringLiteral("Priya");
            twin.lastName = QStringLiteral("R.");
            twin.company = QStringLiteral("Lumen");
            twin.email = QStringLiteral("priya@lumen.example");
            ASSERT_OK(ContactRepository(*db).add(twin));
            Meeting met;
            met.roundId = panel.id;
            met.contactId = twin.id;
            ASSERT_OK(MeetingRepository(*db).add(met));
            ana.firstName = QStringLiteral("Ana");
            ana.lastName = QStringLiteral("Ruiz");
            ana.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/ana-ruiz-4a1b2c");
            ASSERT_OK(ContactRepository(*db).add(ana));
        }
        session.attach(&window);
        ASSERT_TRUE(session.open(path));
        window.resize(1240, 760);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.showSection(MainWindow::Contacts);
        view = qobject_cast<ContactsView*>(window.sectionWidget(MainWindow::Contacts));
        ASSERT_TRUE(view);
        bar = view->findChild<UndoBar*>();
        ASSERT_TRUE(bar);
    }

    QString undoText()
    {
        window.navigation()->setFocus(); // away from text: Undo is the section's
        window.editActions()->update();
        return window.editActions()->undo()->text().remove(QLatin1Char('&'));
    }

    QVariant sql(const QString& statement) { return test::rawSql(path, statement); }
    qint64 contacts() { return sql(QStringLiteral("SELECT count(*) FROM contacts")).toLongLong(); }

    // Imports a LinkedIn file (the fixture unless told) through the Contacts section, pressing
    // Import in its preview as a user would. (The file dialog before it is Qt's own and is left
    // out.)
    bool importConnections(const QString& file
                           = test::fixturePath(QStringLiteral("import/Connections.csv")))
    {
        // The file is read on a worker thread: Import is pressed once the preview is there.
        auto* press = new QTimer(&window);
        press->setInterval(10);
        QObject::connect(press, &QTimer::timeout, [press] {
            auto* preview = qobject_cast<ImportDialog*>(QApplication::activeModalWidget());
            if (preview && !preview->isReading() && preview->importButton()->isEnabled()) {
                press->stop();
                press->deleteLater();
                preview->importButton()->click();
            }
        });
        press->start();
        return view->importFile(file);
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    test::ScriptedPrompter prompter;
    Session session{ prompter, clock };
    MainWindow window;
    QString path;
    Contact priya, twin, ana;
    ContactsView* view = nullptr;
    UndoBar* bar = nullptr;
};

} // namespace

TEST_F(ContactUndo, EditUndoNamesTheMergeAndBringsBothContactsBack)
{
    view->select(priya.id);
    ASSERT_TRUE(view->mergeIntoShown(twin.id));
    EXPECT_EQ(
        sql(QStringLiteral("SELECT count(*) FROM contacts WHERE id = %1").arg(twin.id)).toInt(), 0);
    EXPECT_EQ(sql(QStringLiteral("SELECT contact_id FROM meetings")).toLongLong(), priya.id);
    EXPECT_TRUE(bar->isVisible());
    EXPECT_EQ(bar->label()->text(), QStringLiteral("Merged Priya R. into Priya Raman."));
    EXPECT_EQ(undoText(), QStringLiteral("Undo Merge “Priya R.”"));

    window.editActions()->undo()->trigger();
    EXPECT_EQ(contacts(), 3);
    EXPECT_EQ(
        sql(QStringLiteral("SELECT email FROM contacts WHERE id = %1").arg(twin.id)).toString(),
        QStringLiteral("priya@lumen.example"))
        << "back under its own id, as it was";
    EXPECT_EQ(
        sql(QStringLiteral("SELECT email FROM contacts WHERE id = %1").arg(priya.id)).toString(),
        QString());
    EXPECT_EQ(sql(QStringLiteral("SELECT contact_id FROM meetings")).toLongLong(), twin.id);
    EXPECT_FALSE(bar->isVisible());
    EXPECT_EQ(undoText(), QStringLiteral("Undo")) << "undone, it leaves the history";
    EXPECT_GE(view->model()->rowOf(twin.id), 0) << "the list shows them again";
}

TEST_F(ContactUndo, AMergeThatCannotBeUndoneExactlySaysWhyAndWritesNothing)
{
    view->select(priya.id);
    ASSERT_TRUE(view->mergeIntoShown(twin.id));
    ASSERT_OK(ContactRepository(*session.database()).remove(priya.id));
    view->reload();
    ASSERT_EQ(contacts(), 1);
    ASSERT_EQ(undoText(), QStringLiteral("Undo Merge “Priya R.”"));
    window.editActions()->undo()->trigger();
    EXPECT_EQ(contacts(), 1) << "nothing half brought back";
    EXPECT_TRUE(bar->isVisible());
    EXPECT_TRUE(bar->label()->text().contains(QStringLiteral("“Priya Raman” has been deleted")))
        << bar->label()->text().toStdString();
}

TEST_F(ContactUndo, TheImportsCountIsWrittenAsTheLocaleWritesNumbers)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    const QString file = folder.path(QStringLiteral("Many.csv"));
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
    for (int i = 0; i < 1200; ++i)
        out.write(QStringLiteral("Many%1,Person,,,Acme,Engineer,01 Mar 2024\r\n").arg(i).toUtf8());
    out.close();
    ASSERT_TRUE(importConnections(file));
    EXPECT_EQ(bar->label()->text(), QStringLiteral("Imported 1,200 contacts from Many.csv."));
}

TEST_F(ContactUndo, AnImportFromTheSectionIsUndoneFromEditUndo)
{
    ASSERT_TRUE(importConnections());
    ASSERT_EQ(contacts(), 6);
    EXPECT_EQ(bar->label()->text(),
              QStringLiteral("Imported 3 contacts from Connections.csv. Filled in 1 contact you "
                             "already had."));
    EXPECT_EQ(undoText(), QStringLiteral("Undo Import “Connections.csv”"));
    EXPECT_EQ(
        sql(QStringLiteral("SELECT company FROM contacts WHERE id = %1").arg(ana.id)).toString(),
        QStringLiteral("Harbor & Finch, Inc."));

    window.editActions()->undo()->trigger();
    EXPECT_EQ(contacts(), 3) << "the three it added are gone";
    EXPECT_EQ(
        sql(QStringLiteral("SELECT company FROM contacts WHERE id = %1").arg(ana.id)).toString(),
        QString())
        << "the one it filled in is as it was";
    EXPECT_EQ(
        sql(QStringLiteral("SELECT count(*) FROM imports WHERE undone_at IS NOT NULL")).toInt(), 1);
    EXPECT_EQ(view->model()->rowCount(), 3);
    EXPECT_FALSE(bar->isVisible());
}

TEST_F(ContactUndo, AnImportUndoneFromTheFileMenuIsNotUndoneTwice)
{
    ASSERT_TRUE(importConnections());
    ASSERT_EQ(contacts(), 6);
    QTimer::singleShot(0, [] {
        if (auto* ask = qobject_cast<QInputDialog*>(QApplication::activeModalWidget()))
            ask->accept();
    });
    ASSERT_TRUE(ContactFileActions::undoImport(*session.database(), &window));
    ASSERT_EQ(contacts(), 3);
    // Ana is filled in by hand after the import was undone; a second undo would wipe it.
    Contact edited = ContactRepository(*session.database()).get(ana.id).value();
    edited.company = QStringLiteral("Harbor Labs");
    ASSERT_OK(ContactRepository(*session.database()).update(edited));
    const QString undoneAt = sql(QStringLiteral("SELECT undone_at FROM imports")).toString();

    ASSERT_TRUE(bar->isVisible());
    window.editActions()->undo()->trigger();
    EXPECT_EQ(
        sql(QStringLiteral("SELECT company FROM contacts WHERE id = %1").arg(ana.id)).toString(),
        QStringLiteral("Harbor Labs"));
    EXPECT_EQ(sql(QStringLiteral("SELECT undone_at FROM imports")).toString(), undoneAt);
    EXPECT_EQ(contacts(), 3);
    EXPECT_FALSE(bar->isVisible()) << "nothing was left to undo, and the line says no error";
}

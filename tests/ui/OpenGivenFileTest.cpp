// A file handed to `finalist FILE` (a file manager's Open With): a contacts file opens the
// import preview and lands in Contacts, an invitation becomes a round of a process, and
// anything else is taken for a journal.
#include "contacts/ContactDetail.h"
#include "contacts/ContactsView.h"
#include "contacts/ImportDialog.h"
#include "DemoWindow.h"
#include "opportunities/InvitationDialog.h"
#include "RawSql.h"
#include "ScriptedPrompter.h"
#include "storage/ContactRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/RoundRepository.h"
#include "TestSupport.h"

#include <functional>
#include <gtest/gtest.h>
#include <memory>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace finalist;

namespace {

// Presses a button of the modal dialog of type D once it is ready, as a person would; a
// dialog that never gets ready is closed after ten seconds so that the test fails, not hangs.
template <typename D>
void pressWhenShown(QObject* owner, const std::function<QPushButton*(D*)>& button)
{
    auto* press = new QTimer(owner);
    press->setInterval(10);
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    QObject::connect(press, &QTimer::timeout, [press, button, started] {
        auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QPushButton* ready = button(dialog);
        if (ready && ready->isEnabled()) {
            ready->click();
        } else if (started->elapsed() > 10000) {
            ADD_FAILURE() << "the dialog never became ready";
            dialog->reject();
        } else {
            return;
        }
        press->stop();
        press->deleteLater();
    });
    press->start();
}

qint64 count(Database& db, const char* table)
{
    return test::rawSql(db.path(),
                        QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
        .toLongLong();
}

} // namespace

TEST(OpenGivenFile, KnowsWhatItCanBringIn)
{
    for (const char* name : { "a.vcf", "B.VCF", "c.vcard", "d.csv", "invite.ics" })
        EXPECT_TRUE(Session::isImportable(QString::fromLatin1(name))) << name;
    for (const char* name : { "finalist.sqlite", "journal", "notes.txt" })
        EXPECT_FALSE(Session::isImportable(QString::fromLatin1(name))) << name;
}

TEST(OpenGivenFile, AContactsFileOpensThePreviewAndLandsInContacts)
{
    test::DemoWindow demo(test::referenceNow());
    ASSERT_TRUE(demo.open());
    Database& db = *demo.session.database();
    const qint64 before = count(db, "contacts");
    pressWhenShown<ImportDialog>(&demo.window, [](ImportDialog* preview) {
        return preview->isReading() ? nullptr : preview->importButton();
    });
    // Someone met after the demo's processes, as a phone exports them.
    const QString card = demo.data.path(QStringLiteral("Anna Keller.vcf"));
    QFile file(card);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Keller;Anna;;;\r\nFN:Anna Keller\r\n"
               "ORG:Hafenkran Logistik\r\nTITLE:Head of Data\r\n"
               "EMAIL;TYPE=INTERNET,WORK:anna.keller@hafenkran.example\r\nEND:VCARD\r\n");
    file.close();
    demo.session.importGivenFile(card);
    EXPECT_EQ(count(db, "contacts"), before + 1);
    EXPECT_EQ(demo.window.currentSection(), MainWindow::Contacts);
    // Anna is on show, ready for a note.
    const qint64 anna = test::rawSql(db.path(),
                                     QStringLiteral("SELECT id FROM contacts WHERE "
                                                    "last_name = 'Keller'"))
                            .toLongLong();
    auto* contacts = qobject_cast<ContactsView*>(demo.window.sectionWidget(MainWindow::Contacts));
    ASSERT_NE(contacts, nullptr);
    EXPECT_EQ(contacts->detail()->contactId(), anna);
}

TEST(OpenGivenFile, AnInvitationBecomesARound)
{
    test::DemoWindow demo(test::referenceNow());
    ASSERT_TRUE(demo.open());
    Database& db = *demo.session.database();
    const qint64 before = count(db, "rounds");
    pressWhenShown<InvitationDialog>(&demo.window, [](InvitationDialog* dialog) {
        if (QComboBox* box = dialog->opportunityBox(); box->currentIndex() <= 0) {
            box->setCurrentIndex(1); // the first process listed, chosen as a person would
            emit box->activated(1);
        }
        return dialog->addButton();
    });
    demo.session.importGivenFile(
        test::fixturePath(QStringLiteral("invitations/google-calendar.ics")));
    EXPECT_EQ(count(db, "rounds"), before + 1);
    EXPECT_EQ(demo.window.currentSection(), MainWindow::Opportunities);
}

// A contacts file handed over at the first start of a journal: its preview comes first, and the
// question of the user's name waits for it to close instead of stacking on top of it.
TEST(OpenGivenFile, TheNameIsAskedOnlyOnceThePreviewIsClosed)
{
    test::TempFolder folder;
    FixedClock clock(test::referenceNow());
    test::ScriptedPrompter prompter;
    prompter.names << QStringLiteral("Zoë Okafor");
    Session session(prompter, clock);
    MainWindow window;
    session.attach(&window);
    ASSERT_TRUE(session.open(folder.path(QStringLiteral("first.sqlite")))); // no name yet
    const QString card = folder.path(QStringLiteral("Anna Keller.vcf"));
    QFile file(card);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Keller;Anna;;;\r\nFN:Anna Keller\r\nEND:VCARD\r\n");
    file.close();

    int askedWhilePreviewOpen = -1;
    pressWhenShown<ImportDialog>(&window, [&](ImportDialog* preview) -> QPushButton* {
        if (preview->isReading() || !window.isVisible())
            return nullptr;
        QTest::qWait(400); // the window's first paint, and what waits for it, meanwhile
        askedWhilePreviewOpen = prompter.namesAsked;
        return preview->importButton();
    });
    // As main() does: the window shown, the file's import queued behind it.
    window.show();
    QTimer::singleShot(0, &session, [&session, card] { session.importGivenFile(card); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return askedWhilePreviewOpen >= 0; }, 10000));
    EXPECT_EQ(askedWhilePreviewOpen, 0) << "asked on top of the preview";
    ASSERT_TRUE(QTest::qWaitFor([&] { return prompter.namesAsked == 1; }, 5000));
    EXPECT_EQ(ProfileRepository(*session.database()).load().value().name,
              QStringLiteral("Zoë Okafor"));
    EXPECT_EQ(count(*session.database(), "contacts"), 1);
}

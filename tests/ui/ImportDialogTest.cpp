// The import preview and commit, driven as a user would, checked in the database.
#include "contacts/ImportDialog.h"

#include "contacts/ContactFileActions.h"
#include "ImportReading.h"
#include "RawSql.h"
#include "storage/ContactRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace finalist;

namespace {

class ImportUi : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = folder.path(QStringLiteral("import.sqlite"));
        db = test::openOrFail(path, clock);
        ASSERT_TRUE(db);
        Contact ana;
        ana.firstName = QStringLiteral("Ana");
        ana.lastName = QStringLiteral("Ruiz");
        ana.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/ana-ruiz-4a1b2c");
        ASSERT_OK(ContactRepository(*db).add(ana));
        dialog = std::make_unique<ImportDialog>(*db);
        dialog->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
    }

    qint64 contacts()
    {
        return test::rawSql(path, QStringLiteral("SELECT count(*) FROM contacts")).toLongLong();
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
    std::unique_ptr<ImportDialog> dialog;
    QString path;
};

} // namespace

TEST_F(ImportUi, PreviewWritesNothingThenImportWritesOneTransaction)
{
    const QString file = test::fixturePath(QStringLiteral("import/Connections.csv"));
    QFile in(file);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    EXPECT_EQ(ImportDialog::guessKind(file, in.read(400)), ImportDialog::Kind::LinkedInConnections);
    ASSERT_TRUE(test::loadAndWait(*dialog, file, ImportDialog::Kind::LinkedInConnections));
    EXPECT_EQ(dialog->preview()->rowCount(), 4);
    EXPECT_EQ(dialog->problems()->count(), 1);
    EXPECT_TRUE(dialog->problems()->item(0)->text().contains(QStringLiteral("Line 8")));
    EXPECT_EQ(contacts(), 1) << "the preview writes nothing";
    QTableWidgetItem* merge = dialog->preview()->item(0, ImportDialog::TakeColumn);
    ASSERT_NE(merge, nullptr);
    ASSERT_TRUE(dialog->preview()
                    ->item(0, ImportDialog::MatchColumn)
                    ->text()
                    .contains(QStringLiteral("Ana")))
        << "Ana is a match";
    merge->setCheckState(Qt::Unchecked); // skip her
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    EXPECT_EQ(dialog->outcome().created, 3);
    EXPECT_EQ(dialog->outcome().skipped, 1);
    EXPECT_EQ(contacts(), 4);
    EXPECT_EQ(test::rawSql(path,
                           QStringLiteral("SELECT linkedin_status FROM contacts WHERE "
                                          "first_name = 'Ana'"))
                  .toString(),
              QStringLiteral("not_connected"));
}

TEST_F(ImportUi, ACancelledImportKeepsThePreviewAndCanBeRunAgain)
{
    const QString file = folder.path(QStringLiteral("Connections.csv"));
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
    for (int i = 0; i < 3000; ++i) // several pieces: Cancel is heard between them
        out.write(QStringLiteral("Pat%1,Lee,,,Acme,Engineer,01 Mar 2024\r\n").arg(i).toUtf8());
    out.close();
    ASSERT_TRUE(test::loadAndWait(*dialog, file, ImportDialog::Kind::LinkedInConnections));
    dialog->preview()->item(1, ImportDialog::TakeColumn)->setCheckState(Qt::Unchecked);
    const QString before = dialog->findChild<QLabel*>(QStringLiteral("importSummary"))->text();
    // Cancel pressed in the progress dialog as soon as the import shows it.
    QTimer::singleShot(0, dialog.get(), [this] {
        auto* progress = dialog->findChild<QProgressDialog*>();
        ASSERT_NE(progress, nullptr);
        progress->cancel();
    });
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    EXPECT_NE(dialog->result(), QDialog::Accepted);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(contacts(), 1) << "nothing was added";
    EXPECT_EQ(test::rawSql(path, QStringLiteral("SELECT count(*) FROM imports")).toInt(), 0);
    const QString said = dialog->findChild<QLabel*>(QStringLiteral("importSummary"))->text();
    EXPECT_TRUE(said.startsWith(QStringLiteral("The import was cancelled; nothing was added.")))
        << said.toStdString();
    EXPECT_TRUE(said.endsWith(before)) << "the counts stay";
    EXPECT_TRUE(dialog->importButton()->isEnabled());
    EXPECT_EQ(dialog->preview()->item(1, ImportDialog::TakeColumn)->checkState(), Qt::Unchecked);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    EXPECT_EQ(dialog->outcome().created, 2999);
    EXPECT_EQ(dialog->outcome().skipped, 1) << "the row unticked before stays left out";
    EXPECT_EQ(contacts(), 3000);
}

TEST_F(ImportUi, AFileWithoutCardsSaysWhyAndWritesNothing)
{
    const QString broken = folder.path(QStringLiteral("broken.vcf"));
    QFile out(broken);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("Ana Ruiz, Harbor\r\nMaya Lindqvist, Finch\r\n");
    out.close();
    EXPECT_FALSE(test::loadAndWait(*dialog, broken, ImportDialog::Kind::VCard));
    EXPECT_TRUE(dialog->summary()->text().contains(QStringLiteral("BEGIN:VCARD")))
        << dialog->summary()->text().toStdString();
    EXPECT_FALSE(dialog->importButton()->isEnabled());
    EXPECT_EQ(contacts(), 1);
}

TEST_F(ImportUi, AGenericSpreadsheetIsMappedThenPreviewed)
{
    const QString sheet = folder.path(QStringLiteral("people.csv"));
    QFile out(sheet);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("Full Name,Employer,E-mail\r\nMaya Lindqvist,Harbor & Finch,maya@x.example\r\n");
    out.close();
    ASSERT_TRUE(test::loadAndWait(*dialog, sheet, ImportDialog::Kind::Csv));
    EXPECT_EQ(dialog->mapping()->rowCount(), 3);
    ASSERT_TRUE(test::afterReading(*dialog, [&] { dialog->showPreviewFromMapping(); }));
    ASSERT_EQ(dialog->preview()->rowCount(), 1);
    EXPECT_EQ(dialog->preview()->item(0, ImportDialog::CompanyColumn)->text(),
              QStringLiteral("Harbor & Finch"));
    ASSERT_TRUE(dialog->runImport());
    EXPECT_EQ(contacts(), 2);
}

// Thunderbird's address book begins "First Name,Last Name" too: it is a spreadsheet whose
// columns Finalist knows, not LinkedIn's connections; and the kind can be changed by hand.
TEST_F(ImportUi, AThunderbirdFileIsAKnownSpreadsheetAndTheKindCanBeChanged)
{
    const QString file = test::fixturePath(QStringLiteral("import/real/thunderbird.csv"));
    QFile in(file);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    EXPECT_EQ(ImportDialog::guessKind(file, in.read(4096)), ImportDialog::Kind::Csv);
    const QString german = test::fixturePath(QStringLiteral("import/real/Connections-excel-de.csv"));
    QFile de(german);
    ASSERT_TRUE(de.open(QIODevice::ReadOnly));
    EXPECT_EQ(ImportDialog::guessKind(german, de.read(4096)),
              ImportDialog::Kind::LinkedInConnections)
        << "semicolons and all";

    ASSERT_TRUE(test::loadAndWait(*dialog, file, ImportDialog::Kind::Csv));
    EXPECT_TRUE(dialog->summary()->text().contains(QStringLiteral("Thunderbird")))
        << dialog->summary()->text().toStdString();
    EXPECT_EQ(dialog->kindBox()->currentData().toInt(), int(ImportDialog::Kind::Csv));
    const auto importedAs = [&](int row) {
        auto* box = qobject_cast<QComboBox*>(dialog->mapping()->cellWidget(row, 2));
        return box ? static_cast<ContactCsv::Field>(box->currentData().toInt())
                   : ContactCsv::Field::Ignore;
    };
    EXPECT_EQ(importedAs(2), ContactCsv::Field::FullName); // Display Name
    EXPECT_EQ(importedAs(4), ContactCsv::Field::Email); // Primary Email
    EXPECT_EQ(importedAs(5), ContactCsv::Field::Email); // Secondary Email
    EXPECT_EQ(importedAs(24), ContactCsv::Field::Title); // Job Title
    EXPECT_EQ(importedAs(26), ContactCsv::Field::Company); // Organization

    // Read as LinkedIn connections instead, from the box: that reader takes it too.
    const int linkedIn = dialog->kindBox()->findData(int(ImportDialog::Kind::LinkedInConnections));
    ASSERT_GE(linkedIn, 0);
    ASSERT_TRUE(test::afterReading(*dialog, [&] {
        dialog->kindBox()->setCurrentIndex(linkedIn);
        emit dialog->kindBox()->activated(linkedIn);
    }));
    EXPECT_EQ(dialog->kindBox()->currentData().toInt(),
              int(ImportDialog::Kind::LinkedInConnections));
    EXPECT_EQ(dialog->preview()->rowCount(), 2)
        << "Lena and Jonas; Pat has no first or last name there";
    EXPECT_EQ(contacts(), 1);
}

TEST_F(ImportUi, Screenshot)
{
    const QString shots = qEnvironmentVariable("FINALIST_SHOTS_DIR");
    if (shots.isEmpty())
        GTEST_SKIP() << "set FINALIST_SHOTS_DIR to write screenshots";
    ASSERT_TRUE(test::loadAndWait(*dialog,
                                  test::fixturePath(QStringLiteral("import/Connections.csv")),
                                  ImportDialog::Kind::LinkedInConnections));
    QTest::qWait(50); // let the layout take the new summary's height
    QDir().mkpath(shots);
    EXPECT_TRUE(dialog->grab().save(QDir(shots).filePath(QStringLiteral("import-preview.png"))));
}

TEST_F(ImportUi, AnImportIsUndoneFromTheFileMenuAction)
{
    ASSERT_TRUE(test::loadAndWait(*dialog,
                                  test::fixturePath(QStringLiteral("import/Connections.csv")),
                                  ImportDialog::Kind::LinkedInConnections));
    ASSERT_TRUE(dialog->runImport());
    ASSERT_EQ(contacts(), 4);
    // The action asks which import to undo; answer for the user with the newest one.
    QTimer::singleShot(0, [] {
        if (auto* ask = qobject_cast<QInputDialog*>(QApplication::activeModalWidget()))
            ask->accept();
    });
    EXPECT_TRUE(ContactFileActions::undoImport(*db, nullptr));
    EXPECT_EQ(contacts(), 1);
    EXPECT_EQ(test::rawSql(path,
                           QStringLiteral("SELECT count(*) FROM imports WHERE undone_at IS "
                                          "NOT NULL"))
                  .toInt(),
              1);
}

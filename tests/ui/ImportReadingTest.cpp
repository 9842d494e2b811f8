// The contact import reads its file on a worker thread: a progress bar and Cancel while it
// reads, a box to read it again in another encoding, and every character left out listed by
// line for every kind of file. Checked in the database, not only on screen.
#include "ImportReading.h"

#include "contacts/ImportDialog.h"
#include "Eventually.h"
#include "RawSql.h"
#include "storage/ContactRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace finalist;

namespace {

class ImportReadingUi : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = folder.path(QStringLiteral("import.sqlite"));
        db = test::openOrFail(path, clock);
        ASSERT_TRUE(db);
        dialog = std::make_unique<ImportDialog>(*db);
        dialog->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString file = folder.path(name);
        QFile out(file);
        EXPECT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        return file;
    }

    // LinkedIn's Connections.csv with many people: big enough that reading takes a while.
    QString bigConnections(int people)
    {
        QByteArray bytes = "First Name,Last Name,URL,Email Address,Company,Position,Connected "
                           "On\r\n";
        for (int i = 0; i < people; ++i)
            bytes += "Person,Number" + QByteArray::number(i)
                + ",https://www.linkedin.com/in/person-" + QByteArray::number(i) + ",p"
                + QByteArray::number(i) + "@example.com,Example Works,Engineer,12 Mar 2024\r\n";
        return write(QStringLiteral("big.csv"), bytes);
    }

    qint64 count(const QString& table, const QString& where = {})
    {
        return test::countRows(path, table, where);
    }

    void choose(TextEncoding encoding)
    {
        QComboBox* box = dialog->encodingBox();
        const int index = box->findData(int(encoding));
        ASSERT_GE(index, 0);
        ASSERT_TRUE(box->isEnabled());
        ASSERT_TRUE(test::afterReading(*dialog, [&] {
            box->setCurrentIndex(index);
            emit box->activated(index); // as a pick from the list does
        }));
    }

    QStringList problems() const
    {
        QStringList out;
        for (int row = 0; row < dialog->problems()->count(); ++row)
            out << dialog->problems()->item(row)->text();
        return out;
    }

    bool hasProblem(const QString& start, const QString& has) const
    {
        const QStringList all = problems();
        return std::any_of(all.begin(), all.end(), [&](const QString& p) {
            return p.startsWith(start) && p.contains(has);
        });
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
    std::unique_ptr<ImportDialog> dialog;
    QString path;
};

// LinkedIn's columns, saved again from a spreadsheet in the Windows code page.
const QByteArray kWindows1252Connections
    = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
      "Zo\xEB,M\xFCller,,,Br\xFC"
      "cke GmbH,Leiterin,12 Mar 2024\r\n";

// Text with a NUL in it, every byte kept.
template <std::size_t N> QByteArray bytesOf(const char (&text)[N])
{
    return QByteArray(text, qsizetype(N - 1));
}

int threadsOfThisProcess()
{
    return int(QDir(QStringLiteral("/proc/self/task"))
                   .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                   .size());
}

} // namespace

TEST_F(ImportReadingUi, ReadingShowsProgressAndCancelLeavesNothingWritten)
{
    const QString file = bigConnections(60000);
    QSignalSpy finished(dialog.get(), &ImportDialog::readingFinished);
    dialog->load(file, ImportDialog::Kind::LinkedInConnections);
    EXPECT_TRUE(dialog->isReading());
    EXPECT_TRUE(dialog->progressBar()->isVisible());
    EXPECT_TRUE(dialog->cancelReadingButton()->isVisible());
    EXPECT_FALSE(dialog->importButton()->isEnabled());
    auto* text = dialog->findChild<QLabel*>(QStringLiteral("importProgressText"));
    ASSERT_NE(text, nullptr);
    EXPECT_TRUE(text->text().contains(QStringLiteral("big.csv"))) << text->text().toStdString();

    QTest::mouseClick(dialog->cancelReadingButton(), Qt::LeftButton);
    EXPECT_FALSE(dialog->cancelReadingButton()->isEnabled()) << "the click shows at once";
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_FALSE(finished.constFirst().constFirst().toBool());
    EXPECT_FALSE(dialog->isReading());
    EXPECT_TRUE(text->text().contains(QStringLiteral("cancelled"))) << text->text().toStdString();
    EXPECT_FALSE(dialog->progressBar()->isVisible());
    EXPECT_TRUE(dialog->readAgainButton()->isVisible());
    EXPECT_FALSE(dialog->importButton()->isEnabled());
    EXPECT_TRUE(dialog->isVisible()) << "stopping the reading does not close the dialog";
    EXPECT_EQ(count(QStringLiteral("contacts")), 0);
    EXPECT_EQ(count(QStringLiteral("imports")), 0);

    // Read again, to the end this time: the preview follows and the import writes everyone.
    // 60,000 people: allowed as long as a sanitizer build on a busy machine takes to read them.
    ASSERT_TRUE(test::afterReading(
        *dialog, [&] { QTest::mouseClick(dialog->readAgainButton(), Qt::LeftButton); }, 120000));
    EXPECT_EQ(dialog->plan().candidates.size(), kPreviewRows) << "only the rows shown are held";
    EXPECT_EQ(dialog->preview()->rowCount(), int(kPreviewRows));
    EXPECT_TRUE(dialog->summary()->text().contains(QStringLiteral("%L1 new").arg(60000)))
        << dialog->summary()->text().toStdString();
    EXPECT_TRUE(dialog->importButton()->isEnabled());
    ASSERT_TRUE(dialog->runImport());
    EXPECT_EQ(count(QStringLiteral("contacts")), 60000);
}

// A file longer than the preview: only the rows shown are held, the counts are the whole file's,
// and the import (which reads the file again) leaves out exactly the rows unticked.
TEST_F(ImportReadingUi, ALongFileHoldsOnlyThePreviewAndTheImportLeavesOutWhatWasUnticked)
{
    Contact known;
    known.firstName = QStringLiteral("Person");
    known.lastName = QStringLiteral("Known");
    known.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/person-5");
    ASSERT_TRUE(ContactRepository(*db).add(known).ok());
    const QString file = bigConnections(2500);
    ASSERT_TRUE(test::loadAndWait(*dialog, file, ImportDialog::Kind::LinkedInConnections));
    EXPECT_EQ(dialog->plan().candidates.size(), kPreviewRows);
    EXPECT_EQ(dialog->plan().candidates[5].match, ImportMatch::SameLinkedIn);
    EXPECT_TRUE(dialog->summary()->text().contains(QStringLiteral("%L1 new, 1 already").arg(2499)))
        << dialog->summary()->text().toStdString();
    EXPECT_TRUE(dialog->summary()->text().contains(QStringLiteral("the other 500 are imported")))
        << "the user is told the list stops: " << dialog->summary()->text().toStdString();

    dialog->preview()->item(0, ImportDialog::TakeColumn)->setCheckState(Qt::Unchecked);
    dialog->preview()->item(5, ImportDialog::TakeColumn)->setCheckState(Qt::Unchecked);
    EXPECT_TRUE(
        dialog->summary()->text().contains(QStringLiteral("%L1 new, 0 to merge, 2 left").arg(2498)))
        << dialog->summary()->text().toStdString();
    EXPECT_EQ(count(QStringLiteral("contacts")), 1) << "the preview writes nothing";
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    EXPECT_EQ(dialog->outcome().created, 2498);
    EXPECT_EQ(dialog->outcome().merged, 0);
    EXPECT_EQ(dialog->outcome().skipped, 2);
    EXPECT_EQ(count(QStringLiteral("contacts")), 2499);
    EXPECT_EQ(count(QStringLiteral("contacts"), QStringLiteral("last_name = 'Number0'")), 0);
    EXPECT_EQ(count(QStringLiteral("contacts"), QStringLiteral("last_name = 'Number5'")), 0);
    EXPECT_EQ(count(QStringLiteral("contacts"), QStringLiteral("last_name = 'Number2499'")), 1);
    EXPECT_EQ(count(QStringLiteral("contacts"),
                    QStringLiteral("last_name = 'Known' AND email IS NOT NULL AND email <> ''")),
              0)
        << "the unticked match is not merged";
}

// The import reads the file again; when it is no longer the file the preview showed, nothing is
// written and the dialog says why.
TEST_F(ImportReadingUi, AFileChangedAfterThePreviewIsNotImported)
{
    const QString file = bigConnections(10);
    ASSERT_TRUE(test::loadAndWait(*dialog, file, ImportDialog::Kind::LinkedInConnections));
    ASSERT_TRUE(dialog->importButton()->isEnabled());
    QFile grown(file);
    ASSERT_TRUE(grown.open(QIODevice::Append));
    grown.write("Someone,Else,,,Other Works,Manager,12 Mar 2024\r\n");
    grown.close();
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    EXPECT_NE(dialog->result(), QDialog::Accepted);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->summary()->text().contains(QStringLiteral("changed")))
        << dialog->summary()->text().toStdString();
    EXPECT_EQ(count(QStringLiteral("contacts")), 0);
    EXPECT_EQ(count(QStringLiteral("imports")), 0);
}

TEST_F(ImportReadingUi, ClosingWhileReadingStopsTheThreadAndWritesNothing)
{
    const QString file = bigConnections(60000);
    const int before = threadsOfThisProcess();
    QSignalSpy finished(dialog.get(), &ImportDialog::readingFinished);
    dialog->load(file, ImportDialog::Kind::LinkedInConnections);
    ASSERT_TRUE(dialog->isReading());
    dialog->close(); // the window's close button: reject()
    EXPECT_FALSE(dialog->isReading()) << "closing waits for the reading to stop";
    EXPECT_EQ(dialog->result(), QDialog::Rejected);
    QTest::qWait(50);
    EXPECT_TRUE(finished.isEmpty()) << "a stopped reading reports nothing afterwards";
    EXPECT_EVENTUALLY(threadsOfThisProcess() <= before, 2000);

    // Destroyed while reading, straight away: no crash, no thread left behind.
    auto second = std::make_unique<ImportDialog>(*db);
    second->load(file, ImportDialog::Kind::LinkedInConnections);
    ASSERT_TRUE(second->isReading());
    second.reset();
    EXPECT_EVENTUALLY(threadsOfThisProcess() <= before, 2000);
    EXPECT_EQ(count(QStringLiteral("contacts")), 0);
    EXPECT_EQ(count(QStringLiteral("imports")), 0);
}

TEST_F(ImportReadingUi, ChoosingTheEncodingReadsTheFileAgainAndTheImportStoresWhatWasShown)
{
    const QString file = write(QStringLiteral("Connections.csv"), kWindows1252Connections);
    ASSERT_TRUE(test::loadAndWait(*dialog, file, ImportDialog::Kind::LinkedInConnections));
    EXPECT_TRUE(dialog->readingLine()->isVisible());
    EXPECT_EQ(dialog->encodingBox()->currentText(), QStringLiteral("Windows-1252"));
    EXPECT_TRUE(dialog->readingLine()->text().contains(QStringLiteral("a guess")));
    EXPECT_EQ(dialog->preview()->item(0, ImportDialog::PersonColumn)->text(),
              QStringLiteral("Zoë Müller"));

    // Forced to UTF-8, the accented letters are not text: left out, and each line says so.
    choose(TextEncoding::Utf8);
    EXPECT_EQ(dialog->encodingBox()->currentText(), QStringLiteral("UTF-8"));
    EXPECT_EQ(dialog->readingLine()->text(), QStringLiteral("Read as UTF-8."));
    EXPECT_EQ(dialog->preview()->item(0, ImportDialog::PersonColumn)->text(),
              QStringLiteral("Zo Mller"));
    EXPECT_TRUE(hasProblem(QStringLiteral("Line 2:"), QStringLiteral("0xEB")))
        << problems().join(QLatin1Char('\n')).toStdString();

    choose(TextEncoding::Windows1252);
    EXPECT_EQ(dialog->readingLine()->text(), QStringLiteral("Read as Windows-1252."))
        << "chosen, not guessed";
    EXPECT_EQ(dialog->preview()->item(0, ImportDialog::PersonColumn)->text(),
              QStringLiteral("Zoë Müller"));
    EXPECT_EQ(problems(), QStringList{ QStringLiteral("None.") });
    EXPECT_EQ(count(QStringLiteral("contacts")), 0) << "reading again writes nothing";
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    EXPECT_EQ(count(QStringLiteral("contacts"),
                    QStringLiteral("first_name = 'Zoë' AND last_name "
                                   "= 'Müller' AND company = 'Brücke "
                                   "GmbH'")),
              1);
}

TEST_F(ImportReadingUi, AFileForcedToTheWrongEncodingIsStoredAsThePreviewShowedIt)
{
    const QString file = write(QStringLiteral("Connections.csv"), kWindows1252Connections);
    ASSERT_TRUE(test::loadAndWait(*dialog, file, ImportDialog::Kind::LinkedInConnections));
    choose(TextEncoding::Utf8);
    ASSERT_TRUE(dialog->runImport());
    EXPECT_EQ(count(QStringLiteral("contacts"),
                    QStringLiteral("first_name = 'Zo' AND last_name "
                                   "= 'Mller' AND company = 'Brcke "
                                   "GmbH'")),
              1);
    EXPECT_EQ(count(QStringLiteral("contacts")), 1);
}

TEST_F(ImportReadingUi, AGenericSpreadsheetKeepsItsMappingWhenReadInAnotherEncoding)
{
    const QString file = write(QStringLiteral("people.csv"),
                               "Wer,Firma,Notiz\r\nZo\xEB M\xFCller,Br\xFC"
                               "cke GmbH,Caf\xE9\r\n");
    ASSERT_TRUE(test::loadAndWait(*dialog, file, ImportDialog::Kind::Csv));
    ASSERT_EQ(dialog->mapping()->rowCount(), 3);
    const auto box
        = [&](int row) { return qobject_cast<QComboBox*>(dialog->mapping()->cellWidget(row, 2)); };
    const auto map = [&](int row, ContactCsv::Field field) {
        box(row)->setCurrentIndex(box(row)->findData(int(field)));
    };
    map(0, ContactCsv::Field::FullName);
    map(1, ContactCsv::Field::Company);
    map(2, ContactCsv::Field::Notes);

    // On the mapping page: the first values change, the choices stay.
    choose(TextEncoding::Utf8);
    ASSERT_EQ(dialog->mapping()->rowCount(), 3);
    EXPECT_EQ(dialog->mapping()->item(0, 1)->text(), QStringLiteral("Zo Mller"));
    EXPECT_EQ(box(1)->currentData().toInt(), int(ContactCsv::Field::Company));
    EXPECT_EQ(box(2)->currentData().toInt(), int(ContactCsv::Field::Notes));
    choose(TextEncoding::Windows1252);
    EXPECT_EQ(dialog->mapping()->item(0, 1)->text(), QStringLiteral("Zoë Müller"));
    EXPECT_EQ(box(0)->currentData().toInt(), int(ContactCsv::Field::FullName));

    // On the preview: read again through the same mapping.
    ASSERT_TRUE(test::afterReading(*dialog, [&] { dialog->showPreviewFromMapping(); }));
    EXPECT_EQ(dialog->preview()->item(0, ImportDialog::CompanyColumn)->text(),
              QStringLiteral("Brücke GmbH"));
    choose(TextEncoding::Utf8);
    EXPECT_EQ(dialog->preview()->item(0, ImportDialog::CompanyColumn)->text(),
              QStringLiteral("Brcke GmbH"));
    EXPECT_TRUE(hasProblem(QStringLiteral("Line 2:"), QStringLiteral("0xFC")));
    choose(TextEncoding::Windows1252);
    ASSERT_TRUE(dialog->runImport());
    EXPECT_EQ(count(QStringLiteral("contacts"),
                    QStringLiteral("first_name = 'Zoë' AND last_name "
                                   "= 'Müller' AND company = 'Brücke "
                                   "GmbH' AND notes = 'Café'")),
              1);
}

// Every kind of file lists what was left out, with its line.
TEST_F(ImportReadingUi, EveryKindOfFileListsTheCharactersLeftOutByLine)
{
    struct Case
    {
        const char* name;
        ImportDialog::Kind kind;
        QByteArray bytes;
        const char* line;
    };
    const Case cases[] = {
        { "Connections.csv", ImportDialog::Kind::LinkedInConnections,
          bytesOf("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
                  "Ana,Ru\0iz,,,Northwind,Recruiter,12 Mar 2024\r\n"),
          "Line 2:" },
        { "Invitations.csv", ImportDialog::Kind::LinkedInInvitations,
          bytesOf("From,To,Sent At,Message,Direction\r\n"
                  "Me Myself,Jonah\0 Okafor,\"11/10/26, 8:02 PM\",,OUTGOING\r\n"),
          "Line 2:" },
        { "people.vcf", ImportDialog::Kind::VCard,
          bytesOf("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Maya\0 Lindqvist\r\nN:Lindqvist;Maya;;;"
                  "\r\nEND:VCARD\r\n"),
          "Line 3:" },
        { "people.csv", ImportDialog::Kind::Csv,
          bytesOf("Full Name,Company\r\nSam\0 Okoro,Northwind\r\n"), "Line 2:" },
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        ASSERT_TRUE(c.bytes.contains('\0'));
        const QString file = write(QString::fromLatin1(c.name), c.bytes);
        ImportDialog each(*db);
        ASSERT_TRUE(test::loadAndWait(each, file, c.kind));
        if (c.kind == ImportDialog::Kind::Csv) {
            ASSERT_TRUE(test::afterReading(each, [&] { each.showPreviewFromMapping(); }));
        }
        bool listed = false;
        for (int row = 0; row < each.problems()->count(); ++row) {
            const QString text = each.problems()->item(row)->text();
            listed = listed
                || (text.startsWith(QLatin1String(c.line)) && text.contains(QStringLiteral("NUL")));
        }
        EXPECT_TRUE(listed) << each.problems()->item(0)->text().toStdString();
        EXPECT_TRUE(each.importButton()->isEnabled());
    }
    EXPECT_EQ(count(QStringLiteral("contacts")), 0) << "previews write nothing";
}

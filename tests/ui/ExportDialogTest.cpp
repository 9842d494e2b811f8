#include "export/ExportDialog.h"

#include "storage/JournalRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QTest>

using namespace finalist;

namespace {

class ExportUi : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("x.sqlite")), clock);
        ASSERT_TRUE(db);
        JournalEntry e;
        e.title = QStringLiteral("Final round at Northwind");
        e.writtenOn = QDate(2026, 3, 1);
        e.experience = QStringLiteral("The panel asked about trade-offs.");
        ASSERT_OK(JournalRepository(*db).add(e));
        entryId = e.id;
    }

    QByteArray exportWith(ExportDialog::Format format, const QString& name)
    {
        ExportDialog dialog(*db, entryId);
        dialog.setFormat(format);
        dialog.setDestination(folder.path(name));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("exportButton")),
                          Qt::LeftButton);
        EXPECT_TRUE(dialog.errorText().isEmpty()) << dialog.errorText().toStdString();
        QFile file(folder.path(name));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
    qint64 entryId = 0;
};

} // namespace

TEST_F(ExportUi, WritesMarkdownAndHtmlWithTheEntryText)
{
    EXPECT_TRUE(exportWith(ExportDialog::MarkdownFile, QStringLiteral("a.md"))
                    .contains("The panel asked about trade-offs."));
    EXPECT_TRUE(exportWith(ExportDialog::Html, QStringLiteral("a.html"))
                    .contains("Final round at Northwind"));
}

TEST_F(ExportUi, WritesAPdf)
{
    EXPECT_TRUE(exportWith(ExportDialog::Pdf, QStringLiteral("a.pdf")).startsWith("%PDF"));
}

TEST_F(ExportUi, WritesAFolderAndShowsRefusalInTheDialog)
{
    exportWith(ExportDialog::MarkdownFolder, QStringLiteral("entries"));
    EXPECT_EQ(QDir(folder.path(QStringLiteral("entries"))).entryList(QDir::Files).size(), 1);
    ExportDialog dialog(*db, entryId);
    dialog.setFormat(ExportDialog::MarkdownFolder);
    dialog.setDestination(folder.path(QStringLiteral("entries")));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("exportButton")),
                      Qt::LeftButton);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("not empty")));
}

TEST_F(ExportUi, ScreenshotWhenAsked)
{
    const QString shots = qEnvironmentVariable("FINALIST_SHOTS_DIR");
    if (shots.isEmpty())
        GTEST_SKIP() << "set FINALIST_SHOTS_DIR to take it";
    ExportDialog dialog(*db, entryId);
    dialog.setDestination(QStringLiteral("/home/you/Documents/Finalist journal.md"));
    dialog.resize(560, dialog.sizeHint().height());
    dialog.show();
    QDir().mkpath(shots);
    EXPECT_TRUE(dialog.grab().save(QDir(shots).filePath(QStringLiteral("export-dialog.png"))));
}

TEST_F(ExportUi, PrintsThePagesToAPrinter)
{
    ExportDialog dialog(*db, entryId);
    QPrinter printer;
    printer.setOutputFormat(QPrinter::PdfFormat); // a printer that writes a file, for the test
    printer.setOutputFileName(folder.path(QStringLiteral("printed.pdf")));
    ASSERT_TRUE(dialog.printTo(printer));
    QFile file(folder.path(QStringLiteral("printed.pdf")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(4).startsWith("%PDF"));
    EXPECT_GT(file.size(), 800);
}

// The import preview says how the file was read (a guess said to be one) and lists the
// characters it left out by line; the import then stores what the preview showed.
#include "contacts/ImportDialog.h"
#include "ImportReading.h"
#include "RawSql.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace finalist;

TEST(ImportEncodingUi, AWindows1252FileIsShownAsAGuessWithWhatWasLeftOut)
{
    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    const QString path = folder.path(QStringLiteral("import.sqlite"));
    auto db = test::openOrFail(path, clock);
    ASSERT_TRUE(db);
    // LinkedIn's columns, saved again from a spreadsheet in the Windows code page, with a NUL.
    const char raw[] = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
                       "Zo\xEB,M\xFCller,,,Br\xFC"
                       "cke GmbH,Leiterin,12 Mar 2024\r\n"
                       "Fran\xE7ois,L\xE9vesque\0,,,Caf\xE9,Designer,3 Jan 2025\r\n";
    const QString file = folder.path(QStringLiteral("Connections.csv"));
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(raw, sizeof(raw) - 1);
    out.close();

    ImportDialog dialog(*db);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    ASSERT_TRUE(test::loadAndWait(dialog, file, ImportDialog::Kind::LinkedInConnections));
    auto* reading = dialog.findChild<QLabel*>(QStringLiteral("importReading"));
    ASSERT_NE(reading, nullptr);
    EXPECT_TRUE(reading->text().contains(QStringLiteral("Windows-1252 (a guess")))
        << reading->text().toStdString();
    ASSERT_EQ(dialog.preview()->rowCount(), 2);
    EXPECT_EQ(dialog.preview()->item(0, ImportDialog::PersonColumn)->text(),
              QStringLiteral("Zoë Müller"));
    ASSERT_EQ(dialog.problems()->count(), 1);
    EXPECT_TRUE(dialog.problems()->item(0)->text().startsWith(QStringLiteral("Line 3:")));
    EXPECT_TRUE(dialog.problems()->item(0)->text().contains(QStringLiteral("NUL")));

    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(test::rawSql(path,
                           QStringLiteral("SELECT first_name || ' ' || last_name FROM "
                                          "contacts WHERE company = 'Café'"))
                  .toString(),
              QStringLiteral("François Lévesque"));
    EXPECT_EQ(test::rawSql(path, QStringLiteral("SELECT count(*) FROM contacts")).toInt(), 2);
}

#include "formats/HtmlJournalFormat.h"
#include "formats/MarkdownJournalFormat.h"
#include "formats/SafeFileWriter.h"
#include "Samples.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QFile>

using namespace finalist;

namespace {

JournalDocument sampleDocument()
{
    JournalDocumentEntry item;
    item.entry.title = QStringLiteral("After the <final> round");
    item.entry.writtenOn = QDate(2026, 3, 1);
    item.entry.experience = QStringLiteral("Five rounds.\n\nThe **panel** went well.");
    item.entry.jobIdeal = QStringLiteral("A small team");
    item.entry.gutRating = 4;
    item.entry.learned = QStringLiteral("<script>alert(1)</script>");
    item.entry.tags = { QStringLiteral("final") };
    item.opportunityLabel = QStringLiteral("Acme & Co — Designer");
    Lesson lesson;
    lesson.text = QStringLiteral("Name the trade-off out loud");
    item.lessons.push_back(lesson);
    return { item, item };
}

} // namespace

TEST(JournalFormats, MarkdownKeepsTheUsersMarkdownAndEveryStep)
{
    const QString md = QString::fromUtf8(MarkdownJournalFormat().render(sampleDocument()));
    EXPECT_TRUE(md.startsWith(QStringLiteral("# After the <final> round\n")));
    EXPECT_TRUE(md.contains(QStringLiteral("The **panel** went well.")));
    EXPECT_TRUE(md.contains(QStringLiteral("## 2. The job itself")));
    EXPECT_TRUE(md.contains(QStringLiteral("Gut feeling: 4/5")));
    EXPECT_TRUE(md.contains(QStringLiteral("- Name the trade-off out loud")));
    EXPECT_FALSE(md.contains(QStringLiteral("## 3. Relationships"))) << "empty steps are left out";
    EXPECT_EQ(md.count(QStringLiteral("\n---\n")), 1);
}

TEST(JournalFormats, HtmlEscapesEverythingTheUserWrote)
{
    const QString html = QString::fromUtf8(HtmlJournalFormat().render(sampleDocument()));
    EXPECT_FALSE(html.contains(QStringLiteral("<script>")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    EXPECT_TRUE(html.contains(QStringLiteral("After the &lt;final&gt; round")));
    EXPECT_TRUE(html.contains(QStringLiteral("Acme &amp; Co")));
    EXPECT_EQ(html.count(QStringLiteral("<article>")), 2);
}

TEST(JournalFormats, AFailedWriteLeavesNoFileAndASuccessfulOneReplacesWhole)
{
    test::TempFolder folder;
    const QString blocker = folder.path(QStringLiteral("not-a-folder"));
    QFile file(blocker);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    auto failed = writeFileAtomically(blocker + QStringLiteral("/out.md"), "text");
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().message.contains(QStringLiteral("Nothing was saved")));
    EXPECT_FALSE(QFile::exists(blocker + QStringLiteral("/out.md")));

    const QString target = folder.path(QStringLiteral("journal.md"));
    ASSERT_OK(writeFileAtomically(target, "first"));
    ASSERT_OK(writeFileAtomically(target, "second, longer"));
    QFile written(target);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_EQ(written.readAll(), QByteArray("second, longer"));
}

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
    // Escaped, so a Markdown reader shows the word instead of taking it for an HTML tag.
    EXPECT_TRUE(md.startsWith(QStringLiteral("# After the &lt;final> round\n")));
    EXPECT_TRUE(md.contains(QStringLiteral("The **panel** went well.")));
    EXPECT_TRUE(md.contains(QStringLiteral("## 2. The job itself")));
    EXPECT_TRUE(md.contains(QStringLiteral("Gut feeling: 4/5")));
    EXPECT_TRUE(md.contains(QStringLiteral("- Name the trade-off out loud")));
    EXPECT_FALSE(md.contains(QStringLiteral("## 3. Relationships"))) << "empty steps are left out";
    EXPECT_EQ(md.count(QStringLiteral("\n---\n")), 1);
}

TEST(JournalFormats, MarkdownListsAndHeadingsStandApartForEveryReader)
{
    JournalDocumentEntry item;
    item.entry.title = QStringLiteral("*Star* of the [panel] \\ C# & Co");
    item.entry.writtenOn = QDate(2026, 3, 1);
    item.entry.experience = QStringLiteral("They asked three things:\n- scale\n- cost\n"
                                           "Then a break.\n### Afterwards\nCoffee.\n"
                                           "```\nkeep\n- as is\n```");
    const QString md = QString::fromUtf8(MarkdownJournalFormat().render({ item }));
    EXPECT_TRUE(md.startsWith(QStringLiteral("# \\*Star\\* of the \\[panel\\] \\\\ C\\# & Co\n")))
        << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("things:\n\n- scale\n- cost\n\nThen a break.\n\n"
                                           "### Afterwards\n\nCoffee.\n```\nkeep\n- as is\n```")))
        << md.toStdString();
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

TEST(JournalFormats, HtmlRendersTheMarkdownAndSaysItsLanguage)
{
    JournalDocumentEntry item;
    item.entry.title = QStringLiteral("Panel day");
    item.entry.writtenOn = QDate(2026, 3, 1);
    item.entry.experience = QStringLiteral(
        "They asked:\n- scale\n- [x] cost\n\n# My notes\n**Bold** and ~~gone~~, "
        "[site](https://example.org) [bad](javascript:alert(1)) ![pixel](https://t.example/p.gif)"
        "\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<b>raw</b>");
    const QString html = QString::fromUtf8(HtmlJournalFormat().render({ item }));
    EXPECT_TRUE(html.contains(QStringLiteral("<html lang=\""))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("<li>scale</li>"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("<li>☑ cost</li>"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("<h3>My notes</h3>"))) << "under the step's <h2>";
    EXPECT_TRUE(html.contains(QStringLiteral("<strong>Bold</strong>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<del>gone</del>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<a href=\"https://example.org\">site</a>")));
    EXPECT_FALSE(html.contains(QStringLiteral("href=\"javascript"), Qt::CaseInsensitive));
    EXPECT_TRUE(html.contains(QStringLiteral("bad"))) << "the words of a refused link stay";
    EXPECT_FALSE(html.contains(QStringLiteral("<img"))) << "an export fetches nothing";
    EXPECT_TRUE(html.contains(QStringLiteral("pixel")));
    EXPECT_TRUE(html.contains(QStringLiteral("<td>1</td>")));
    EXPECT_FALSE(html.contains(QStringLiteral("<b>raw</b>")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;b&gt;raw&lt;/b&gt;")));
    EXPECT_FALSE(html.contains(QStringLiteral("**"))) << "no raw Markdown left";
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

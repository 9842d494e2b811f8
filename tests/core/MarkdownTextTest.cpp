#include "formats/MarkdownText.h"

#include "formats/HtmlJournalFormat.h"

#include <gtest/gtest.h>
#include <QElapsedTimer>

using namespace finalist;

TEST(MarkdownText, PlainTextDropsTheMarkersAndKeepsTheWords)
{
    EXPECT_EQ(MarkdownText::toPlainText(
                  QStringLiteral("**Priya** liked the *audit* and ~~not~~ `the deck`, see "
                                 "[the notes](https://example.com/n) or <https://example.com>")),
              QStringLiteral("Priya liked the audit and not the deck, see the notes or "
                             "https://example.com"));
    EXPECT_EQ(MarkdownText::toPlainText(QStringLiteral("__Sam__ said _hello_ ***twice***")),
              QStringLiteral("Sam said hello twice"));
}

TEST(MarkdownText, PlainTextShowsHeadingsListsAndQuotesAsText)
{
    EXPECT_EQ(MarkdownText::toPlainText(QStringLiteral(
                  "## What went well\n- the **panel**\n  - Priya\n1. call back\n> a quote")),
              QStringLiteral("What went well\n\n• the panel\n  • Priya\n1. call back\n\na quote"));
}

TEST(MarkdownText, TextThatOnlyLooksLikeMarkupIsLeftAlone)
{
    for (const QString& text :
         { QStringLiteral("2 * 3 * 4 = 24"), QStringLiteral("snake_case_name and file_name"),
           QStringLiteral("well-known - mid-sentence dashes"), QStringLiteral("A*B testing"),
           QStringLiteral("\\*not italic\\*") }) {
        const QString plain = MarkdownText::toPlainText(text);
        EXPECT_FALSE(MarkdownText::toHtml(text).contains(QStringLiteral("<em>")))
            << text.toStdString();
        EXPECT_FALSE(plain.isEmpty()) << text.toStdString();
    }
    EXPECT_EQ(MarkdownText::toPlainText(QStringLiteral("2 * 3 * 4 = 24")),
              QStringLiteral("2 * 3 * 4 = 24"));
    EXPECT_EQ(MarkdownText::toPlainText(QStringLiteral("snake_case_name")),
              QStringLiteral("snake_case_name"));
    EXPECT_EQ(MarkdownText::toPlainText(QStringLiteral("\\*not italic\\*")),
              QStringLiteral("*not italic*"));
}

TEST(MarkdownText, AnExcerptCutInsideARunShowsNoStrayMarkers)
{
    EXPECT_EQ(MarkdownText::toPlainText(QStringLiteral("We talked and **Pri")),
              QStringLiteral("We talked and Pri"));
}

TEST(MarkdownText, HtmlRendersEmphasisListsAndHeadings)
{
    const QString html = MarkdownText::toHtml(
        QStringLiteral("# Notes\n\nThe **panel** went *well*\nnext line\n\n- one\n- two\n  1. "
                       "nested\n  2. again\n\n3. three\n4. four\n\n---\n> quoted"),
        2);
    EXPECT_TRUE(html.contains(QStringLiteral("<h3>Notes</h3>"))) << html.toStdString();
    EXPECT_TRUE(html.contains(
        QStringLiteral("<p>The <strong>panel</strong> went <em>well</em><br>\nnext line</p>")))
        << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("<ul>\n<li>one\n</li>\n<li>two\n<ol>\n<li>nested\n"
                                             "</li>\n<li>again\n</li></ol>\n</li></ul>")))
        << html.toStdString();
    EXPECT_TRUE(
        html.contains(QStringLiteral("<ol start=\"3\">\n<li>three\n</li>\n<li>four\n</li></ol>")))
        << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("<hr>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<blockquote>\n<p>quoted</p>\n</blockquote>")));
    EXPECT_FALSE(html.contains(QLatin1Char('*')));
}

TEST(MarkdownText, HtmlEscapesEverythingAndLinksOnlyToTheWeb)
{
    const QString html = MarkdownText::toHtml(
        QStringLiteral("**<script>alert(1)</script>** & [me](javascript:alert(2)) "
                       "[site](https://a.example/?q=1&r=\"2\")"
                       "\n\n```\n<b>code</b>\n```\n# <i>heading</i>"));
    EXPECT_FALSE(html.contains(QStringLiteral("<script>")));
    EXPECT_FALSE(html.contains(QStringLiteral("<b>")));
    EXPECT_FALSE(html.contains(QStringLiteral("<i>")));
    EXPECT_FALSE(html.contains(QStringLiteral("javascript:alert(2)\"")));
    EXPECT_FALSE(html.contains(QStringLiteral("href=\"javascript")));
    EXPECT_TRUE(html.contains(
        QStringLiteral("<strong>&lt;script&gt;alert(1)&lt;/script&gt;</strong> &amp;")))
        << html.toStdString();
    EXPECT_TRUE(html.contains(
        QStringLiteral("<a href=\"https://a.example/?q=1&amp;r=&quot;2&quot;\">site</a>")))
        << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("<pre><code>&lt;b&gt;code&lt;/b&gt;</code></pre>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<h1>&lt;i&gt;heading&lt;/i&gt;</h1>")));
}

TEST(MarkdownText, TheHtmlExportRendersTheStepsMarkdown)
{
    JournalDocumentEntry item;
    item.entry.title = QStringLiteral("Final round");
    item.entry.writtenOn = QDate(2026, 3, 1);
    item.entry.experience
        = QStringLiteral("Met **Priya** & *Sam*\n\n- thanked them\n- asked for feedback");
    item.entry.learned = QStringLiteral("## Myself\n1. I <need> structure");
    const QString html = QString::fromUtf8(HtmlJournalFormat().render({ item }));
    EXPECT_TRUE(
        html.contains(QStringLiteral("<p>Met <strong>Priya</strong> &amp; <em>Sam</em></p>")))
        << html.toStdString();
    EXPECT_TRUE(
        html.contains(QStringLiteral("<ul>\n<li>thanked them</li>\n<li>asked for feedback")))
        << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("<h4>Myself</h4>"))) << "below the page's <h2>";
    EXPECT_TRUE(html.contains(QStringLiteral("<li>I &lt;need&gt; structure")));
    EXPECT_FALSE(html.contains(QStringLiteral("**")));
}

TEST(MarkdownText, LongUnclosedMarkersStayFast)
{
    // Unclosed markers make the lazy patterns search to the end of the line from every star:
    // a pasted wall of them must still render in well under a second.
    QElapsedTimer timer;
    timer.start();
    for (const QString& line :
         { QStringLiteral("**a ").repeated(2000), QStringLiteral("*").repeated(8000),
           QStringLiteral("_a ").repeated(2000), QStringLiteral("[a](").repeated(2000),
           QStringLiteral("~~a ").repeated(2000), QStringLiteral("- a\n  ").repeated(3000) }) {
        EXPECT_FALSE(MarkdownText::toHtml(line).isEmpty());
        EXPECT_EQ(MarkdownText::toPlainText(line).contains(QLatin1Char('a')),
                  line.contains(QLatin1Char('a')));
    }
    EXPECT_LT(timer.elapsed(), 3000);
}

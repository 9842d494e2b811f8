#include "templates/TemplateRenderer.h"

#include "formats/MailtoUrl.h"
#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace finalist;

namespace {

const TemplateValues kValues{ { QStringLiteral("contact.first_name"), QStringLiteral("Ana") },
                              { QStringLiteral("opportunity.company"), QStringLiteral("Acme") },
                              { QStringLiteral("praise"), QStringLiteral("your case study") },
                              { QStringLiteral("ask_feedback"), QStringLiteral("yes") } };

RenderedText render(const QString& text)
{
    std::optional<TemplateProblem> problem;
    RenderedText out = TemplateRenderer::render(text, kValues, &problem);
    EXPECT_FALSE(problem) << problem->message.toStdString();
    return out;
}

TemplateProblem problemIn(const QString& text)
{
    const auto problem = TemplateRenderer::check(text);
    EXPECT_TRUE(problem) << "no problem found in " << text.toStdString();
    return problem.value_or(TemplateProblem{});
}

} // namespace

TEST(TemplateRenderer, FillsPlaceholdersAndKeepsTheRest)
{
    EXPECT_EQ(
        render(QStringLiteral("Hi {{contact.first_name}}, thanks from {{ opportunity.company }}!"))
            .text,
        QStringLiteral("Hi Ana, thanks from Acme!"));
}

TEST(TemplateRenderer, BlocksShowOnlyWhenTheirValueIsSet)
{
    EXPECT_EQ(
        render(QStringLiteral("A{{#praise}} [{{praise}}]{{/praise}}{{#topic}} no{{/topic}}.")).text,
        QStringLiteral("A [your case study]."));
    EXPECT_EQ(
        render(QStringLiteral("{{^topic}}no topic{{/topic}}{{^praise}}hidden{{/praise}}")).text,
        QStringLiteral("no topic"));
    // Nested: the inner block is hidden with the outer one.
    EXPECT_EQ(render(QStringLiteral("{{#topic}}x{{#praise}}y{{/praise}}{{/topic}}z")).text,
              QStringLiteral("z"));
}

TEST(TemplateRenderer, AMissingValueLeavesAVisibleMarker)
{
    const RenderedText out = render(QStringLiteral("Dear {{contact.last_name}},"));
    EXPECT_EQ(out.text, QStringLiteral("Dear ⟦contact.last_name⟧,"));
    EXPECT_EQ(out.missing, QStringList{ QStringLiteral("contact.last_name") });
    EXPECT_TRUE(TemplateRenderer::hasMissingMarker(out.text));
    // Inside a hidden block it is not missing: it is not said at all.
    EXPECT_TRUE(
        render(QStringLiteral("{{#topic}}{{contact.last_name}}{{/topic}}")).missing.isEmpty());
}

TEST(TemplateRenderer, ProblemsCarryTheirLineAndColumn)
{
    TemplateProblem p = problemIn(QStringLiteral("Hi,\n  {{contact.nickname}}"));
    EXPECT_EQ(p.line, 2);
    EXPECT_EQ(p.column, 3);
    EXPECT_TRUE(p.message.contains(QStringLiteral("contact.nickname")));

    p = problemIn(QStringLiteral("Hi\n\n{{#praise}} open"));
    EXPECT_EQ(p.line, 3);
    EXPECT_EQ(p.column, 1);
    EXPECT_TRUE(p.message.contains(QStringLiteral("never closed")));

    p = problemIn(QStringLiteral("ok {{/praise}}"));
    EXPECT_EQ(p.line, 1);
    EXPECT_EQ(p.column, 4);

    p = problemIn(QStringLiteral("{{#praise}}{{#topic}}{{/praise}}{{/topic}}"));
    EXPECT_EQ(p.column, 22);
    EXPECT_TRUE(p.message.contains(QStringLiteral("topic")));

    p = problemIn(QStringLiteral("one\ntwo {{praise"));
    EXPECT_EQ(p.line, 2);
    EXPECT_EQ(p.column, 5);

    p = problemIn(QStringLiteral("{{}}"));
    EXPECT_EQ(p.column, 1);
}

TEST(TemplateRenderer, TheProfileFieldsArePlaceholders)
{
    for (const char* field :
         { "me.name", "me.first_name", "me.signature", "me.email", "me.phone", "me.linkedin" }) {
        EXPECT_TRUE(TemplateRenderer::templateFields().contains(QLatin1String(field))) << field;
        const QString text
            = QStringLiteral("{{#%1}}[{{%1}}]{{/%1}}{{^%1}}none{{/%1}}").arg(QLatin1String(field));
        EXPECT_FALSE(TemplateRenderer::check(text)) << field;
    }
    // A signature keeps its lines.
    const TemplateValues me{ { QStringLiteral("me.signature"),
                               QStringLiteral("Ana Ruiz\n+34 600 000 000") } };
    EXPECT_EQ(TemplateRenderer::render(QStringLiteral("Best,\n{{me.signature}}\n"), me).text,
              QStringLiteral("Best,\nAna Ruiz\n+34 600 000 000\n"));
}

TEST(TemplateRenderer, ABrokenTemplateRendersAsNothing)
{
    std::optional<TemplateProblem> problem;
    const RenderedText out
        = TemplateRenderer::render(QStringLiteral("Hi {{who}}"), kValues, &problem);
    EXPECT_TRUE(problem);
    EXPECT_TRUE(out.text.isEmpty());
}

TEST(MailtoUrl, EncodesPerRfc6068)
{
    const QString url
        = mailtoUrl(QStringLiteral("ana+jobs@example.org"), QStringLiteral("Q&A #2 = done?"),
                    QStringLiteral("Line one\nLine two\r\nZoë 1+1"));
    EXPECT_EQ(url,
              QStringLiteral("mailto:ana%2Bjobs@example.org?subject=Q%26A%20%232%20%3D%20done%3F"
                             "&body=Line%20one%0D%0ALine%20two%0D%0AZo%C3%AB%201%2B1"));
}

TEST(MailtoUrl, LeavesOutEmptyFields)
{
    EXPECT_EQ(mailtoUrl(QStringLiteral("a@b.org"), {}, {}), QStringLiteral("mailto:a@b.org"));
    EXPECT_EQ(mailtoUrl(QStringLiteral("a@b.org"), {}, QStringLiteral("x")),
              QStringLiteral("mailto:a@b.org?body=x"));
}

#include "TemplateRenderer.h"

#include <QCoreApplication>
#include <vector>

namespace finalist {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(TemplateRenderer)
};

const QString kOpen = QStringLiteral("{{");
const QString kClose = QStringLiteral("}}");

struct OpenBlock
{
    QString name;
    qsizetype position;
    bool shown;
};

TemplateProblem problemAt(const QString& text, qsizetype position, const QString& message)
{
    TemplateProblem problem;
    const QStringView before = QStringView(text).left(position);
    problem.line = int(before.count(QLatin1Char('\n'))) + 1;
    problem.column = int(position - (before.lastIndexOf(QLatin1Char('\n')) + 1)) + 1;
    problem.message = message;
    return problem;
}

// One pass over the text; stops at the first problem.
RenderedText run(const QString& text, const TemplateValues& values,
                 std::optional<TemplateProblem>& problem)
{
    RenderedText out;
    std::vector<OpenBlock> blocks;
    const auto shown = [&blocks] { return blocks.empty() || blocks.back().shown; };
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype open = text.indexOf(kOpen, at);
        if (open < 0) {
            if (shown())
                out.text += QStringView(text).mid(at);
            break;
        }
        if (shown())
            out.text += QStringView(text).mid(at, open - at);
        const qsizetype close = text.indexOf(kClose, open + 2);
        const qsizetype nextOpen = text.indexOf(kOpen, open + 2);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
            problem = problemAt(text, open, Texts::tr("This “{{” is never closed with “}}”."));
            return {};
        }
        QString tag = text.mid(open + 2, close - open - 2).trimmed();
        at = close + 2;
        QChar sigil;
        if (!tag.isEmpty() && (tag[0] == u'#' || tag[0] == u'^' || tag[0] == u'/')) {
            sigil = tag[0];
            tag = tag.mid(1).trimmed();
        }
        if (tag.isEmpty()) {
            problem = problemAt(text, open,
                                Texts::tr("A placeholder needs a name, such as {{praise}}."));
            return {};
        }
        if (!TemplateRenderer::templateFields().contains(tag)) {
            problem
                = problemAt(text, open, Texts::tr("There is no placeholder called “%1”.").arg(tag));
            return {};
        }
        const bool hasValue = !values.value(tag).trimmed().isEmpty();
        if (sigil == u'#' || sigil == u'^') {
            blocks.push_back({ tag, open, shown() && (sigil == u'#' ? hasValue : !hasValue) });
        } else if (sigil == u'/') {
            if (blocks.empty()) {
                problem = problemAt(
                    text, open,
                    Texts::tr("“{{/%1}}” closes a block that was never opened.").arg(tag));
                return {};
            }
            if (blocks.back().name != tag) {
                problem = problemAt(text, open,
                                    Texts::tr("“{{/%1}}” closes a block, but the open one is “%2”.")
                                        .arg(tag, blocks.back().name));
                return {};
            }
            blocks.pop_back();
        } else if (shown()) {
            if (hasValue) {
                out.text += values.value(tag);
            } else {
                out.text += TemplateRenderer::missingMarker(tag);
                if (!out.missing.contains(tag))
                    out.missing << tag;
            }
        }
    }
    if (!blocks.empty()) {
        problem = problemAt(
            text, blocks.back().position,
            Texts::tr("The block “%1” is never closed with {{/%1}}.").arg(blocks.back().name));
        return {};
    }
    return out;
}

} // namespace

const QStringList& TemplateRenderer::templateFields()
{
    static const QStringList fields{
        QStringLiteral("contact.first_name"),
        QStringLiteral("contact.last_name"),
        QStringLiteral("contact.name"),
        QStringLiteral("contact.title"),
        QStringLiteral("opportunity.company"),
        QStringLiteral("opportunity.role"),
        QStringLiteral("me.name"),
        QStringLiteral("me.first_name"),
        QStringLiteral("me.signature"),
        QStringLiteral("me.email"),
        QStringLiteral("me.phone"),
        QStringLiteral("me.linkedin"),
        QStringLiteral("praise"),
        QStringLiteral("topic"),
        QStringLiteral("reason"),
        QStringLiteral("achievement"),
        QStringLiteral("news_giver"),
        QStringLiteral("ask_feedback"),
        QStringLiteral("stay_on_radar"),
        QStringLiteral("other_roles"),
        QStringLiteral("contract_work"),
        QStringLiteral("linkedin"),
    };
    return fields;
}

QString TemplateRenderer::missingMarker(const QString& field)
{
    return QStringLiteral("⟦%1⟧").arg(field);
}

bool TemplateRenderer::hasMissingMarker(const QString& text)
{
    return text.contains(QStringLiteral("⟦"));
}

std::optional<TemplateProblem> TemplateRenderer::check(const QString& text)
{
    std::optional<TemplateProblem> problem;
    run(text, {}, problem);
    return problem;
}

RenderedText TemplateRenderer::render(const QString& text, const TemplateValues& values,
                                      std::optional<TemplateProblem>* problem)
{
    std::optional<TemplateProblem> found;
    RenderedText out = run(text, values, found);
    if (problem)
        *problem = found;
    return out;
}

} // namespace finalist

#include "MarkdownHtml.h"

#include <md4c.h>
#include <QRegularExpression>

namespace finalist {

namespace {

QString textOf(const MD_CHAR* text, MD_SIZE size)
{
    return QString::fromUtf8(text, qsizetype(size));
}

// An attribute (a link's target) as written, entities kept as entities.
QString attribute(const MD_ATTRIBUTE& a)
{
    QString out;
    for (int i = 0; a.substr_offsets[i] < a.size; ++i) {
        const QString piece
            = textOf(a.text + a.substr_offsets[i], a.substr_offsets[i + 1] - a.substr_offsets[i]);
        out += a.substr_types[i] == MD_TEXT_ENTITY ? piece : piece.toHtmlEscaped();
    }
    return out;
}

bool isSafeLink(const QString& href)
{
    static const QRegularExpression scheme(QStringLiteral("^(https?://|mailto:)"),
                                           QRegularExpression::CaseInsensitiveOption);
    return scheme.match(href).hasMatch();
}

struct Renderer
{
    QString out;
    int headingOffset = 0;
    int images = 0; // inside an image: its description is text, its address nothing
    std::vector<bool> anchors; // per open link: whether it was written as <a>

    // "<ul>\n" or "</ul>\n", "<td>" or "</td>".
    void tag(const char* name, bool enter, bool newline = true)
    {
        out += (enter ? QStringLiteral("<") : QStringLiteral("</")) + QLatin1String(name)
            + (newline ? QStringLiteral(">\n") : QStringLiteral(">"));
    }

    void block(MD_BLOCKTYPE type, void* detail, bool enter)
    {
        const QString slash = enter ? QString() : QStringLiteral("/");
        switch (type) {
        case MD_BLOCK_DOC:
            break;
        case MD_BLOCK_QUOTE:
            tag("blockquote", enter);
            break;
        case MD_BLOCK_UL:
            tag("ul", enter);
            break;
        case MD_BLOCK_OL: {
            const auto* ol = static_cast<MD_BLOCK_OL_DETAIL*>(detail);
            if (enter && ol->start != 1)
                out += QStringLiteral("<ol start=\"%1\">\n").arg(ol->start);
            else
                out += QStringLiteral("<%1ol>\n").arg(slash);
            break;
        }
        case MD_BLOCK_LI: {
            const auto* li = static_cast<MD_BLOCK_LI_DETAIL*>(detail);
            if (!enter) {
                out += QStringLiteral("</li>\n");
            } else {
                out += QStringLiteral("<li>");
                if (li->is_task) // as boxes, so the page and its PDF show them alike
                    out += li->task_mark == ' ' ? QStringLiteral("☐ ") : QStringLiteral("☑ ");
            }
            break;
        }
        case MD_BLOCK_HR:
            if (enter)
                out += QStringLiteral("<hr>\n");
            break;
        case MD_BLOCK_H: {
            const auto level = int(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
            out += QStringLiteral("<%1h%2>").arg(slash).arg(qMin(6, level + headingOffset));
            if (!enter)
                out += QLatin1Char('\n');
            break;
        }
        case MD_BLOCK_CODE:
            out += enter ? QStringLiteral("<pre><code>") : QStringLiteral("</code></pre>\n");
            break;
        case MD_BLOCK_HTML: // not with MD_FLAG_NOHTML; its text is escaped all the same
            break;
        case MD_BLOCK_P:
            out += enter ? QStringLiteral("<p>") : QStringLiteral("</p>\n");
            break;
        case MD_BLOCK_TABLE:
            tag("table", enter);
            break;
        case MD_BLOCK_THEAD:
            tag("thead", enter);
            break;
        case MD_BLOCK_TBODY:
            tag("tbody", enter);
            break;
        case MD_BLOCK_TR:
            tag("tr", enter);
            break;
        case MD_BLOCK_TH:
            tag("th", enter, false);
            break;
        case MD_BLOCK_TD:
            tag("td", enter, false);
            break;
        }
    }

    void span(MD_SPANTYPE type, void* detail, bool enter)
    {
        switch (type) {
        case MD_SPAN_EM:
            tag("em", enter, false);
            break;
        case MD_SPAN_STRONG:
            tag("strong", enter, false);
            break;
        case MD_SPAN_A: {
            if (enter) {
                const QString href = attribute(static_cast<MD_SPAN_A_DETAIL*>(detail)->href);
                const bool safe = isSafeLink(href) && images == 0;
                anchors.push_back(safe);
                if (safe)
                    out += QStringLiteral("<a href=\"%1\">").arg(href);
            } else if (!anchors.empty()) {
                if (anchors.back())
                    out += QStringLiteral("</a>");
                anchors.pop_back();
            }
            break;
        }
        case MD_SPAN_IMG:
            images += enter ? 1 : -1;
            break;
        case MD_SPAN_CODE:
            tag("code", enter, false);
            break;
        case MD_SPAN_DEL:
            tag("del", enter, false);
            break;
        case MD_SPAN_LATEXMATH:
        case MD_SPAN_LATEXMATH_DISPLAY:
        case MD_SPAN_WIKILINK:
        case MD_SPAN_U:
            break; // extensions not switched on
        }
    }

    void text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size)
    {
        switch (type) {
        case MD_TEXT_NULLCHAR:
            out += QChar(QChar::ReplacementCharacter);
            break;
        case MD_TEXT_BR:
            out += images ? QStringLiteral(" ") : QStringLiteral("<br>\n");
            break;
        case MD_TEXT_SOFTBR:
            out += QLatin1Char('\n');
            break;
        case MD_TEXT_ENTITY: // a valid reference, "&amp;" or "&#233;": kept as written
            out += textOf(text, size);
            break;
        default:
            out += textOf(text, size).toHtmlEscaped();
            break;
        }
    }
};

} // namespace

QString MarkdownHtml::render(const QString& markdown, int headingOffset)
{
    Renderer renderer;
    renderer.headingOffset = headingOffset;
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_DIALECT_GITHUB | MD_FLAG_NOHTML;
    parser.enter_block = [](MD_BLOCKTYPE type, void* detail, void* self) {
        static_cast<Renderer*>(self)->block(type, detail, true);
        return 0;
    };
    parser.leave_block = [](MD_BLOCKTYPE type, void* detail, void* self) {
        static_cast<Renderer*>(self)->block(type, detail, false);
        return 0;
    };
    parser.enter_span = [](MD_SPANTYPE type, void* detail, void* self) {
        static_cast<Renderer*>(self)->span(type, detail, true);
        return 0;
    };
    parser.leave_span = [](MD_SPANTYPE type, void* detail, void* self) {
        static_cast<Renderer*>(self)->span(type, detail, false);
        return 0;
    };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* self) {
        static_cast<Renderer*>(self)->text(type, text, size);
        return 0;
    };
    const QByteArray utf8 = markdown.toUtf8();
    if (md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &renderer) != 0)
        return QStringLiteral("<pre>%1</pre>\n").arg(markdown.toHtmlEscaped());
    return renderer.out;
}

} // namespace finalist

#include "MarkdownText.h"

#include <optional>
#include <QRegularExpression>
#include <QStringList>
#include <vector>

namespace finalist {

namespace {

enum class Output
{
    Plain,
    Html
};

QString escaped(const QString& text, Output out)
{
    return out == Output::Html ? text.toHtmlEscaped() : text;
}

bool isSafeUrl(const QString& url)
{
    static const QRegularExpression scheme(QStringLiteral("^(https?://|mailto:)"),
                                           QRegularExpression::CaseInsensitiveOption);
    return scheme.match(url).hasMatch();
}

QString inlineText(const QString& text, Output out);

// Text between inline tokens. In plain text a marker left without its partner (an excerpt cut
// in the middle of "**Priya**") is dropped rather than shown.
QString between(QString text, Output out)
{
    if (out == Output::Html)
        return text.toHtmlEscaped();
    static const QRegularExpression strayMarkers(QStringLiteral(R"(\*{2,}|~~)"));
    return text.remove(strayMarkers);
}

QString token(const QRegularExpressionMatch& m, Output out)
{
    const bool html = out == Output::Html;
    const auto wrap = [&](int group, QLatin1String open, QLatin1String close) {
        const QString inner = inlineText(m.captured(group), out);
        return html ? open + inner + close : inner;
    };
    if (m.hasCaptured(1))
        return escaped(m.captured(1), out);
    if (m.hasCaptured(2))
        return html ? QStringLiteral("<code>%1</code>").arg(m.captured(2).toHtmlEscaped())
                    : m.captured(2);
    if (m.hasCaptured(3)) {
        const QString label = inlineText(m.captured(3), out);
        const QString url = m.captured(4);
        if (!html || !isSafeUrl(url))
            return label;
        return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), label);
    }
    if (m.hasCaptured(5)) {
        const QString url = m.captured(5);
        return html ? QStringLiteral("<a href=\"%1\">%1</a>").arg(url.toHtmlEscaped()) : url;
    }
    if (m.hasCaptured(6))
        return wrap(6, QLatin1String("<strong><em>"), QLatin1String("</em></strong>"));
    if (m.hasCaptured(7))
        return wrap(7, QLatin1String("<strong>"), QLatin1String("</strong>"));
    if (m.hasCaptured(8))
        return wrap(8, QLatin1String("<strong>"), QLatin1String("</strong>"));
    if (m.hasCaptured(9))
        return wrap(9, QLatin1String("<em>"), QLatin1String("</em>"));
    if (m.hasCaptured(10))
        return wrap(10, QLatin1String("<em>"), QLatin1String("</em>"));
    return wrap(11, QLatin1String("<del>"), QLatin1String("</del>"));
}

QString inlineText(const QString& text, Output out)
{
    // Emphasis needs a non-space just inside each marker ("2 * 3 * 4" is arithmetic), and
    // underscores only count at word edges (snake_case stays as written).
    static const QRegularExpression tokens(
        QStringLiteral(R"(\\([\\`*_{}\[\]()#+\-.!~>|]))"
                       R"(|`([^`]+)`)"
                       R"(|\[([^\]]+)\]\(([^)\s]+)\))"
                       R"(|<((?:https?://|mailto:)[^>\s]+)>)"
                       R"(|\*\*\*(?=\S)(.+?)(?<=\S)\*\*\*)"
                       R"(|\*\*(?=\S)(.+?)(?<=\S)\*\*(?!\*))"
                       R"(|(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w))"
                       R"(|\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?!\*))"
                       R"(|(?<!\w)_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w))"
                       R"(|~~(?=\S)(.+?)(?<=\S)~~)"));
    QString result;
    qsizetype at = 0;
    for (auto it = tokens.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        result += between(text.mid(at, m.capturedStart() - at), out);
        result += token(m, out);
        at = m.capturedEnd();
    }
    return result + between(text.mid(at), out);
}

int indentWidth(const QString& whitespace)
{
    int width = 0;
    for (QChar c : whitespace)
        width += c == QLatin1Char('\t') ? 4 : 1;
    return width;
}

struct ListItem
{
    int indent = 0;
    bool ordered = false;
    QString number;
    QString content;
};

std::optional<ListItem> listItem(const QString& line)
{
    static const QRegularExpression item(
        QStringLiteral(R"(^([ \t]*)(?:[-*+]|(\d{1,9})[.)])(?:[ \t]+(.*))?$)"));
    const QRegularExpressionMatch m = item.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    ListItem result{ indentWidth(m.captured(1)), m.hasCaptured(2), m.captured(2),
                     m.captured(3).trimmed() };
    // Task boxes read as boxes in both outputs.
    static const QRegularExpression box(QStringLiteral(R"(^\[([ xX])\]\s+)"));
    if (const QRegularExpressionMatch b = box.match(result.content); b.hasMatch()) {
        const bool done = b.captured(1) != QLatin1String(" ");
        result.content = (done ? QStringLiteral("☑ ") : QStringLiteral("☐ "))
            + result.content.mid(b.capturedLength());
    }
    return result;
}

class BlockRenderer
{
public:
    BlockRenderer(Output out, int headingOffset)
        : m_out(out)
        , m_headingOffset(headingOffset)
    {
    }

    QString render(const QString& markdown)
    {
        QString text = markdown;
        text.remove(QLatin1Char('\r'));
        m_lines = text.split(QLatin1Char('\n'));
        QStringList blocks;
        for (m_at = 0; m_at < m_lines.size();) {
            if (QString block = nextBlock(); !block.isNull())
                blocks << block;
        }
        return blocks.join(m_out == Output::Html ? QStringLiteral("\n") : QStringLiteral("\n\n"));
    }

private:
    bool html() const { return m_out == Output::Html; }

    // Reads the block starting at m_at and moves past it; a null string for blank lines.
    QString nextBlock()
    {
        static const QRegularExpression fence(QStringLiteral(R"(^\s{0,3}(```|~~~))"));
        static const QRegularExpression heading(
            QStringLiteral(R"(^\s{0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$)"));
        static const QRegularExpression rule(QStringLiteral(R"(^\s{0,3}([-*_])(?:\s*\1){2,}\s*$)"));
        static const QRegularExpression quote(QStringLiteral(R"(^\s{0,3}>\s?(.*)$)"));
        const QString& line = m_lines[m_at];
        if (line.trimmed().isEmpty()) {
            ++m_at;
            return {};
        }
        if (const auto m = fence.match(line); m.hasMatch())
            return code(m.captured(1));
        if (const auto m = heading.match(line); m.hasMatch()) {
            ++m_at;
            const QString text = inlineText(m.captured(2), m_out);
            const int level = qMin(6, int(m.capturedLength(1)) + m_headingOffset);
            return html() ? QStringLiteral("<h%1>%2</h%1>").arg(level).arg(text) : text;
        }
        if (rule.match(line).hasMatch()) {
            ++m_at;
            return html() ? QStringLiteral("<hr>") : QString();
        }
        if (quote.match(line).hasMatch()) {
            QStringList inner;
            for (; m_at < m_lines.size(); ++m_at) {
                const auto m = quote.match(m_lines[m_at]);
                if (!m.hasMatch())
                    break;
                inner << m.captured(1);
            }
            const QString body
                = BlockRenderer(m_out, m_headingOffset).render(inner.join(QLatin1Char('\n')));
            return html() ? QStringLiteral("<blockquote>\n%1\n</blockquote>").arg(body) : body;
        }
        if (listItem(line))
            return list();
        return paragraph();
    }

    QString code(const QString& marker)
    {
        QStringList body;
        for (++m_at; m_at < m_lines.size(); ++m_at) {
            if (m_lines[m_at].trimmed().startsWith(marker)) {
                ++m_at;
                break;
            }
            body << m_lines[m_at];
        }
        const QString text = body.join(QLatin1Char('\n'));
        return html() ? QStringLiteral("<pre><code>%1</code></pre>").arg(text.toHtmlEscaped())
                      : text;
    }

    QString paragraph()
    {
        QStringList lines;
        for (; m_at < m_lines.size(); ++m_at) {
            const QString& line = m_lines[m_at];
            if (line.trimmed().isEmpty() || (!lines.isEmpty() && startsOtherBlock(line)))
                break;
            lines << inlineText(line.trimmed(), m_out);
        }
        // People press Enter for a new line and expect to see one.
        return html() ? QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br>\n")))
                      : lines.join(QLatin1Char('\n'));
    }

    static bool startsOtherBlock(const QString& line)
    {
        static const QRegularExpression start(QStringLiteral(R"(^\s{0,3}(#{1,6}\s|>|```|~~~))"));
        return start.match(line).hasMatch() || listItem(line);
    }

    // Consecutive items, nested by indentation; an indented line without a marker continues
    // the item above it. A blank line ends the list.
    QString list()
    {
        struct Level
        {
            int indent;
            bool ordered;
        };
        std::vector<Level> open;
        QStringList out;
        const auto closeLevel = [&] {
            if (html())
                out << (open.back().ordered ? QStringLiteral("</li></ol>")
                                            : QStringLiteral("</li></ul>"));
            open.pop_back();
        };
        const auto openLevel = [&](const ListItem& item) {
            open.push_back({ item.indent, item.ordered });
            if (!html())
                return;
            if (!item.ordered)
                out << QStringLiteral("<ul>");
            else if (item.number.toInt() == 1)
                out << QStringLiteral("<ol>");
            else
                out << QStringLiteral("<ol start=\"%1\">").arg(item.number.toInt());
        };
        for (; m_at < m_lines.size(); ++m_at) {
            const QString& line = m_lines[m_at];
            if (line.trimmed().isEmpty())
                break;
            const std::optional<ListItem> item = listItem(line);
            if (!item) {
                if (!line.front().isSpace() && !open.empty() && startsOtherBlock(line))
                    break;
                out.last() += (html() ? QStringLiteral("<br>") : QStringLiteral("\n"))
                    + inlineText(line.trimmed(), m_out);
                continue;
            }
            while (!open.empty() && item->indent < open.back().indent)
                closeLevel();
            if (!open.empty() && item->indent == open.back().indent
                && item->ordered != open.back().ordered)
                closeLevel();
            if (open.empty() || item->indent > open.back().indent)
                openLevel(*item);
            else if (html())
                out << QStringLiteral("</li>");
            const QString text = inlineText(item->content, m_out);
            if (html()) {
                out << QStringLiteral("<li>") + text;
            } else {
                const QString marker
                    = item->ordered ? item->number + QStringLiteral(". ") : QStringLiteral("• ");
                out << QString(2 * (int(open.size()) - 1), QLatin1Char(' ')) + marker + text;
            }
        }
        while (!open.empty())
            closeLevel();
        return out.join(QLatin1Char('\n'));
    }

    Output m_out;
    int m_headingOffset;
    QStringList m_lines;
    qsizetype m_at = 0;
};

} // namespace

QString MarkdownText::toPlainText(const QString& markdown)
{
    return BlockRenderer(Output::Plain, 0).render(markdown);
}

QString MarkdownText::toHtml(const QString& markdown, int headingOffset)
{
    return BlockRenderer(Output::Html, headingOffset).render(markdown);
}

} // namespace finalist

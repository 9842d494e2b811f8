#include "PortableMarkdown.h"

#include <QRegularExpression>
#include <QStringList>

namespace finalist {

namespace {

bool isBlank(const QString& line)
{
    return line.trimmed().isEmpty();
}

bool isFence(const QString& line)
{
    static const QRegularExpression fence(QStringLiteral(R"(^\s{0,3}(```|~~~))"));
    return fence.match(line).hasMatch();
}

bool isHeading(const QString& line)
{
    static const QRegularExpression heading(QStringLiteral(R"(^\s{0,3}#{1,6}(\s|$))"));
    return heading.match(line).hasMatch();
}

bool isListItem(const QString& line)
{
    static const QRegularExpression item(QStringLiteral(R"(^\s*([-*+]|\d{1,9}[.)])(\s|$))"));
    return item.match(line).hasMatch();
}

// A line inside a list item: indented under it.
bool isIndented(const QString& line)
{
    return line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t'));
}

} // namespace

QString PortableMarkdown::blocks(const QString& markdown)
{
    QString text = markdown;
    text.remove(QLatin1Char('\r'));
    QStringList out;
    const auto blankBefore = [&out] {
        if (!out.isEmpty() && !isBlank(out.last()))
            out << QString();
    };
    bool inFence = false;
    bool inList = false;
    bool afterHeading = false;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (inFence) {
            out << line;
            inFence = !isFence(line);
            continue;
        }
        if (isBlank(line)) {
            out << line;
            afterHeading = false;
            continue;
        }
        if (afterHeading)
            blankBefore();
        afterHeading = false;
        if (isFence(line)) {
            inFence = true;
            inList = false;
            out << line;
        } else if (isHeading(line)) {
            blankBefore();
            out << line;
            afterHeading = true;
            inList = false;
        } else if (isListItem(line)) {
            if (!inList)
                blankBefore();
            inList = true;
            out << line;
        } else if (inList && isIndented(line)) {
            out << line; // the item goes on
        } else {
            if (inList)
                blankBefore(); // a paragraph after a list is not part of its last item
            inList = false;
            out << line;
        }
        if (isBlank(out.last()))
            inList = false;
    }
    return out.join(QLatin1Char('\n'));
}

QString PortableMarkdown::escaped(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const QChar next = i + 1 < text.size() ? text[i + 1] : QChar();
        switch (c.unicode()) {
        case u'<':
            out += QStringLiteral("&lt;"); // the older readers know no "\<"
            break;
        case u'&': // only where it would begin an entity: "Acme & Co" stays as typed
            out += next.isLetterOrNumber() || next == u'#' ? QStringLiteral("&amp;")
                                                           : QStringLiteral("&");
            break;
        case u'\\':
        case u'`':
        case u'*':
        case u'_':
        case u'[':
        case u']':
        case u'#':
            out += QLatin1Char('\\');
            out += c;
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace finalist

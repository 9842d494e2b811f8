#include "SpellHighlighter.h"

#include "SpellChecker.h"

#include <QRegularExpression>

namespace finalist {

namespace {

enum BlockState
{
    OutsideCode = 0,
    InsideCodeFence = 1,
};

} // namespace

SpellHighlighter::SpellHighlighter(SpellChecker& checker, QTextDocument* document)
    : QSyntaxHighlighter(document)
    , m_checker(&checker)
{
    connect(&checker, &SpellChecker::changed, this, &QSyntaxHighlighter::rehighlight);
}

QList<SpellHighlighter::Word> SpellHighlighter::checkableWords(const QString& line)
{
    // What is not prose: inline code, link targets, autolinks, addresses and bare links.
    static const QRegularExpression skipped(
        QStringLiteral(R"(`[^`]*`?|\]\([^)]*\)?|<[^>\s]*>?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
                       R"(|\b(?:[a-z][a-z0-9+.-]*://|www\.|mailto:)\S*)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression word(QStringLiteral(R"([\p{L}\p{M}\p{N}_'’]+)"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression digit(QStringLiteral(R"([\p{N}_])"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    QString prose = line;
    for (auto it = skipped.globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        prose.replace(m.capturedStart(), m.capturedLength(),
                      QString(m.capturedLength(), QLatin1Char(' ')));
    }
    QList<Word> words;
    for (auto it = word.globalMatch(prose); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        int start = int(m.capturedStart());
        int end = int(m.capturedEnd());
        // _italic_ and 'quoted' keep their markers and quotes outside the word.
        const auto edge = [](QChar c) {
            return c == QLatin1Char('_') || c == QLatin1Char('\'') || c == QChar(0x2019);
        };
        while (start < end && edge(prose[start]))
            ++start;
        while (end > start && edge(prose[end - 1]))
            --end;
        const QString text = prose.mid(start, end - start);
        if (text.size() < 2 || text.contains(digit))
            continue;
        if (text == text.toUpper()) // acronyms: CEO, NDA
            continue;
        words.push_back({ start, end - start, text });
    }
    return words;
}

void SpellHighlighter::highlightBlock(const QString& text)
{
    const bool fence = text.trimmed().startsWith(QLatin1String("```"))
        || text.trimmed().startsWith(QLatin1String("~~~"));
    const bool wasInside = previousBlockState() == InsideCodeFence;
    setCurrentBlockState((wasInside != fence) ? InsideCodeFence : OutsideCode);
    if (!m_checker || !m_checker->isReady() || wasInside || fence)
        return;
    QTextCharFormat misspelt;
    misspelt.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    misspelt.setUnderlineColor(Qt::red);
    for (const Word& w : checkableWords(text)) {
        if (!m_checker->isCorrect(w.text))
            setFormat(w.start, w.length, misspelt);
    }
}

} // namespace finalist

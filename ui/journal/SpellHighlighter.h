#pragma once

#include <QList>
#include <QPointer>
#include <QSyntaxHighlighter>

namespace finalist {

class SpellChecker;

// Underlines misspelt words with the usual wavy red line, one paragraph at a time as Qt
// highlights them (only the paragraph being typed in is checked again; the checker remembers
// every word it has seen). Markdown markers, links, addresses, code and words with digits are
// left alone.
class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    SpellHighlighter(SpellChecker& checker, QTextDocument* document);

    struct Word
    {
        int start = 0;
        int length = 0;
        QString text;
    };
    // The words of one line worth checking, where they are in it.
    static QList<Word> checkableWords(const QString& line);

protected:
    void highlightBlock(const QString& text) override;

private:
    QPointer<SpellChecker> m_checker; // the window may drop it before the text boxes
};

} // namespace finalist

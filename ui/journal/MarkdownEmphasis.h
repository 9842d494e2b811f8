#pragma once

#include <QString>
#include <QTextCursor>
#include <vector>

namespace finalist {

// Bold (**) and italic (*) as toggles, the way a word processor's Ctrl+B and Ctrl+I behave, on
// Markdown text: the markers are the formatting, so toggling adds or removes them.
class MarkdownEmphasis
{
public:
    // One emphasis run in a line, by positions within the line. The markers of one kind may sit
    // inside a longer run of stars ("***both***"): runStart / runEnd are that whole run.
    struct Span
    {
        int markerLength = 0; // 2 bold, 1 italic
        int runStart = 0;
        int openStart = 0;
        int openEnd = 0;
        int closeStart = -1; // -1: opened and never closed on this line
        int closeEnd = -1;
        int runEnd = -1;
        bool closed() const { return closeStart >= 0; }
    };

    // The runs of star emphasis in one line, pairing markers the way Markdown reads them: an
    // opener needs text after it, a closer text before it ("2 * 3" is no emphasis), and a list
    // bullet ("* item") is not a marker.
    static std::vector<Span> spans(const QString& line);

    // Ctrl+B (markerLength 2) or Ctrl+I (1). Without a selection: inside an empty pair, removes
    // it; at the end of a run, steps out of it (and back in when pressed again); inside a run,
    // removes its markers; otherwise starts a run with the cursor between two markers. With a
    // selection that is a run (with or without its markers) it removes the markers, otherwise
    // it wraps each selected line, leaving the spaces at the edges outside. The returned cursor
    // is where the caret and selection belong afterwards. One undo step.
    static QTextCursor toggle(QTextCursor cursor, int markerLength);

private:
    static QTextCursor toggleAtCaret(QTextCursor cursor, int markerLength);
    static QTextCursor toggleSelection(QTextCursor cursor, int markerLength);
};

} // namespace finalist

#pragma once

#include <QString>

namespace finalist {

// Markdown that every reader takes the same way: CommonMark ones and the older ones (the
// original Markdown.pl, Python-Markdown) that see a list or a heading only after a blank line.
class PortableMarkdown
{
public:
    // The user's text with a blank line before and after every heading and around every list
    // that touches a paragraph; fenced code is left as it is.
    static QString blocks(const QString& markdown);
    // Plain text (a title, a name) written so that no reader takes any of it for markup:
    // "<Design>" stays visible, "*star*" stays starred. For text after a heading's "#" or
    // inside a line, where a leading "1." cannot begin a list.
    static QString escaped(const QString& text);
};

} // namespace finalist

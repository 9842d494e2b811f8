#pragma once

#include <QString>

namespace finalist {

// The Markdown people type in the journal, turned into plain text (list excerpts, search
// snippets) or into HTML (the export). A deliberate subset: ATX headings, bullet and numbered
// lists nested by indentation, task boxes, quotes, rules, fenced code, and inline **bold**,
// *italic*, ~~struck~~, `code` and [links](https://…). Anything else stays text. Everything the
// user wrote is escaped in the HTML, and only http, https and mailto links become anchors, so
// no text can become markup or script.
class MarkdownText
{
public:
    static QString toPlainText(const QString& markdown);
    // headingOffset pushes the user's headings down, so "# Notes" under the page's own <h2>
    // becomes an <h3>; levels stop at <h6>.
    static QString toHtml(const QString& markdown, int headingOffset = 0);
};

} // namespace finalist

#pragma once

#include <QString>

namespace finalist {

// The journal's Markdown as HTML for the exports, parsed by md4c (the CommonMark parser Qt
// itself uses) with GitHub's tables, strikethrough, task lists and bare links. What the user
// typed is always text: raw HTML is escaped, only http, https and mailto links become anchors,
// and images are shown by their description (an exported page fetches nothing).
class MarkdownHtml
{
public:
    // headingOffset pushes the user's headings down below the page's own; levels stop at <h6>.
    static QString render(const QString& markdown, int headingOffset = 0);
};

} // namespace finalist

#pragma once

#include "JournalFormat.h"

namespace finalist {

// A self-contained page. The steps' Markdown is rendered (bold, lists, headings); everything
// the user wrote is escaped, so no text can become markup.
class HtmlJournalFormat final : public JournalFormat
{
public:
    QString fileExtension() const override { return QStringLiteral("html"); }
    QByteArray render(const JournalDocument& document) const override;
};

} // namespace finalist

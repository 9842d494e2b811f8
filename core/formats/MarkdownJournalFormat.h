#pragma once

#include "JournalFormat.h"

namespace finalist {

class MarkdownJournalFormat final : public JournalFormat
{
public:
    QString fileExtension() const override { return QStringLiteral("md"); }
    QByteArray render(const JournalDocument& document) const override;
};

} // namespace finalist

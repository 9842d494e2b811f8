#pragma once

#include "JournalDocument.h"

#include <QByteArray>
#include <QString>

namespace finalist {

// One way of writing journal entries to a file. Adding a format touches nothing else.
class JournalFormat
{
public:
    virtual ~JournalFormat() = default;
    virtual QString fileExtension() const = 0; // without the dot
    virtual QByteArray render(const JournalDocument& document) const = 0;
};

} // namespace finalist

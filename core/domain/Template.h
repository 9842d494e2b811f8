#pragma once

#include "Enums.h"
#include "Record.h"

namespace finalist {

// Text with placeholders for one kind, channel and tone.
struct Template : Record
{
    QString builtinKey; // set for built-in templates, which can be reset; empty for the user's
    QString name;
    OutreachKind kind = OutreachKind::ThankYou;
    Channel channel = Channel::Email;
    Tone tone = Tone::Warm;
    QString subject;
    QString body;

    bool isBuiltin() const { return !builtinKey.isEmpty(); }
};

} // namespace finalist

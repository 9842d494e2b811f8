#pragma once

#include "domain/Template.h"

#include <vector>

namespace finalist {

// The templates Finalist ships: eight kinds of note, each in a warm, a formal and a brief tone.
// Their keys ("thank_you.email.warm") never change, so an edited one can be reset.
std::vector<Template> builtinTemplates();

// Whether this subject and body are, to the character, the built-in text with this key in
// one of the languages Finalist ships: a stored built-in equal to it was never edited, and
// follows the user into another language.
bool isBuiltinTextInSomeLanguage(const QString& builtinKey, const QString& subject,
                                 const QString& body);

} // namespace finalist

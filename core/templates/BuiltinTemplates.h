#pragma once

#include "domain/Template.h"

#include <vector>

namespace finalist {

// The templates Finalist ships: eight kinds of note, each in a warm, a formal and a brief tone.
// Their keys ("thank_you.email.warm") never change, so an edited one can be reset.
std::vector<Template> builtinTemplates();

} // namespace finalist

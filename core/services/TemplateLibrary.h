#pragma once

#include "domain/Contact.h"
#include "domain/Opportunity.h"
#include "domain/Template.h"
#include "Result.h"
#include "templates/TemplateRenderer.h"

namespace finalist {

class Database;

// The user's templates and the built-in ones, which are written in on first use and can be
// edited, duplicated and reset to the text Finalist ships.
class TemplateLibrary
{
public:
    explicit TemplateLibrary(Database& db);

    // Adds the built-in templates the database does not have yet; edited ones are kept.
    Status ensureBuiltins();
    Result<std::vector<Template>> all();
    Result<Template> reset(qint64 id);
    Result<Template> duplicate(qint64 id);
    // The user's own template for this kind, channel and tone if there is one (the newest),
    // else the built-in one; the tone is relaxed, then the channel, before giving up.
    Result<Template> choose(OutreachKind kind, Channel channel, Tone tone);

    // What a contact and an opportunity give the placeholders; the wizard adds its answers.
    static TemplateValues valuesFor(const Contact& contact, const Opportunity& opportunity);

private:
    Database& m_db;
};

} // namespace finalist

#pragma once

#include "domain/Contact.h"
#include "domain/Opportunity.h"
#include "domain/Template.h"
#include "Result.h"
#include "templates/TemplateRenderer.h"

#include <optional>

namespace finalist {

class Database;

// The user's templates and the built-in ones, which are written in on first use and can be
// edited, duplicated and reset to the text Finalist ships.
class TemplateLibrary
{
public:
    explicit TemplateLibrary(Database& db);

    // Adds the built-in templates the database does not have yet, and brings up to date those
    // still holding, unedited, a text an earlier release shipped; edited ones are kept. Writes
    // nothing (and opens no transaction) when all are current, so it is cheap to call often.
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
    // The stored built-in with the shipped text, if it holds an older shipped one unedited.
    static std::optional<Template> upgradedBuiltin(const Template& stored, const Template& shipped);

    Database& m_db;
};

} // namespace finalist

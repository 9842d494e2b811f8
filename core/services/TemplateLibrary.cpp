#include "TemplateLibrary.h"

#include "storage/Database.h"
#include "storage/TemplateRepository.h"
#include "storage/Transaction.h"
#include "templates/BuiltinTemplateHistory.h"
#include "templates/BuiltinTemplates.h"

#include <QCoreApplication>
#include <QHash>

namespace finalist {

TemplateLibrary::TemplateLibrary(Database& db)
    : m_db(db)
{
}

Status TemplateLibrary::ensureBuiltins()
{
    TemplateRepository templates(m_db);
    auto existing = templates.list();
    if (!existing)
        return existing.error();
    QHash<QString, const Template*> stored;
    for (const Template& t : existing.value())
        if (t.isBuiltin())
            stored.insert(t.builtinKey, &t);
    std::vector<Template> added;
    std::vector<Template> upgraded;
    for (Template& shipped : builtinTemplates()) {
        const Template* row = stored.value(shipped.builtinKey);
        if (!row)
            added.push_back(std::move(shipped));
        else if (auto current = upgradedBuiltin(*row, shipped))
            upgraded.push_back(std::move(*current));
    }
    if (added.empty() && upgraded.empty())
        return {}; // the usual case: nothing to write, so no transaction either
    Transaction transaction(m_db.connection());
    if (!transaction.begun())
        return transaction.begun();
    for (Template& t : added)
        if (auto written = templates.add(t); !written)
            return written;
    for (Template& t : upgraded)
        if (auto written = templates.update(t); !written)
            return written;
    return transaction.commit();
}

std::optional<Template> TemplateLibrary::upgradedBuiltin(const Template& stored,
                                                         const Template& shipped)
{
    if (stored.subject == shipped.subject && stored.body == shipped.body)
        return std::nullopt; // already the current text
    // An earlier release's text, or today's in another language (the user switched): never
    // edited, so brought up to date in the language in use. Otherwise the user's words.
    if (!builtinTemplateHistory::wasShipped(stored.builtinKey, stored.subject, stored.body)
        && !isBuiltinTextInSomeLanguage(stored.builtinKey, stored.subject, stored.body))
        return std::nullopt;
    Template current = stored;
    current.name = shipped.name;
    current.subject = shipped.subject;
    current.body = shipped.body;
    return current;
}

Result<std::vector<Template>> TemplateLibrary::all()
{
    if (auto ensured = ensureBuiltins(); !ensured)
        return ensured.error();
    return TemplateRepository(m_db).list();
}

Result<Template> TemplateLibrary::reset(qint64 id)
{
    TemplateRepository templates(m_db);
    auto current = templates.get(id);
    if (!current)
        return current.error();
    for (const Template& shipped : builtinTemplates()) {
        if (shipped.builtinKey != current.value().builtinKey)
            continue;
        Template t = current.value();
        t.name = shipped.name;
        t.subject = shipped.subject;
        t.body = shipped.body;
        if (auto saved = templates.update(t); !saved)
            return saved.error();
        return t;
    }
    return Error{ Error::Code::Invalid,
                  QCoreApplication::translate("TemplateLibrary",
                                              "Only a built-in template can be reset; this one "
                                              "is yours."),
                  {},
                  {} };
}

Result<Template> TemplateLibrary::duplicate(qint64 id)
{
    TemplateRepository templates(m_db);
    auto original = templates.get(id);
    if (!original)
        return original.error();
    Template copy = original.value();
    copy.id = 0;
    copy.builtinKey.clear();
    copy.name = QCoreApplication::translate("TemplateLibrary", "%1 (copy)").arg(copy.name);
    if (auto added = templates.add(copy); !added)
        return added.error();
    return copy;
}

Result<Template> TemplateLibrary::choose(OutreachKind kind, Channel channel, Tone tone)
{
    if (auto ensured = ensureBuiltins(); !ensured)
        return ensured.error();
    TemplateRepository templates(m_db);
    const auto pick = [&](std::optional<Channel> c, std::optional<Tone> t) -> Result<Template> {
        auto found = templates.list(kind, c, t);
        if (!found)
            return found.error();
        const Template* best = nullptr;
        for (const Template& candidate : found.value()) {
            const bool mine = !candidate.isBuiltin();
            if (!best || (mine && (best->isBuiltin() || candidate.id > best->id)))
                best = &candidate;
        }
        if (!best)
            return Error{ Error::Code::NotFound, {}, {}, {} };
        return *best;
    };
    for (const auto& [c, t] :
         { std::pair<std::optional<Channel>, std::optional<Tone>>{ channel, tone },
           { channel, std::nullopt },
           { Channel::Email, tone } }) {
        auto found = pick(c, t);
        if (found || found.error().code != Error::Code::NotFound)
            return found;
    }
    return Error{ Error::Code::NotFound,
                  QCoreApplication::translate("TemplateLibrary",
                                              "There is no template for this kind of note."),
                  {},
                  {} };
}

TemplateValues TemplateLibrary::valuesFor(const Contact& contact, const Opportunity& opportunity)
{
    return { { QStringLiteral("contact.first_name"), contact.firstName.trimmed() },
             { QStringLiteral("contact.last_name"), contact.lastName.trimmed() },
             { QStringLiteral("contact.name"), contact.displayName() },
             { QStringLiteral("contact.title"), contact.title.trimmed() },
             { QStringLiteral("opportunity.company"), opportunity.company.trimmed() },
             { QStringLiteral("opportunity.role"), opportunity.role.trimmed() },
             { QStringLiteral("praise"), opportunity.praise.trimmed() },
             { QStringLiteral("reason"), opportunity.reasonGiven.trimmed() } };
}

} // namespace finalist

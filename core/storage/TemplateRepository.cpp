#include "TemplateRepository.h"

#include "domain/Validation.h"
#include "templates/TemplateRenderer.h"

namespace finalist {

namespace {

TableMapping<Template> mapping()
{
    return {
        QStringLiteral("templates"),
        { QStringLiteral("builtin_key"), QStringLiteral("name"), QStringLiteral("kind"),
          QStringLiteral("channel"), QStringLiteral("tone"), QStringLiteral("subject"),
          QStringLiteral("body") },
        [](const Template& t) {
            const QVariant key = t.builtinKey.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                        : QVariant(t.builtinKey);
            return QVariantList{ key,
                                 t.name.trimmed(),
                                 enumKey(t.kind),
                                 enumKey(t.channel),
                                 enumKey(t.tone),
                                 t.subject,
                                 t.body };
        },
        [](Template& t, sql::RowReader& r) {
            t.builtinKey = r.text();
            t.name = r.text();
            t.kind = r.enumeration(OutreachKind::ThankYou);
            t.channel = r.enumeration(Channel::Email);
            t.tone = r.enumeration(Tone::Warm);
            t.subject = r.text();
            t.body = r.text();
        },
        [](const Template& t) -> Status {
            if (auto named
                = validate::required(t.name, QStringLiteral("name"),
                                     QCoreApplication::translate("Validation", "The name"));
                !named)
                return named;
            // A template that cannot render is never stored.
            for (const auto& [field, text] : { std::pair{ QStringLiteral("subject"), t.subject },
                                               std::pair{ QStringLiteral("body"), t.body } }) {
                if (const auto problem = TemplateRenderer::check(text))
                    return Error::invalid(
                        field,
                        QCoreApplication::translate("Validation", "Line %1, column %2: %3")
                            .arg(problem->line)
                            .arg(problem->column)
                            .arg(problem->message));
            }
            return {};
        },
    };
}

} // namespace

TemplateRepository::TemplateRepository(Database& db)
    : Table(db, mapping())
{
}

Result<std::vector<Template>> TemplateRepository::list(std::optional<OutreachKind> kind,
                                                       std::optional<Channel> channel,
                                                       std::optional<Tone> tone) const
{
    QStringList conditions;
    QVariantList bindings;
    if (kind) {
        conditions << QStringLiteral("t.kind = ?");
        bindings << enumKey(*kind);
    }
    if (channel) {
        conditions << QStringLiteral("t.channel = ?");
        bindings << enumKey(*channel);
    }
    if (tone) {
        conditions << QStringLiteral("t.tone = ?");
        bindings << enumKey(*tone);
    }
    return select(conditions.join(QStringLiteral(" AND ")), bindings,
                  QStringLiteral("t.name COLLATE NOCASE, t.id"));
}

Result<Template> TemplateRepository::findBuiltin(const QString& key) const
{
    auto rows = select(QStringLiteral("t.builtin_key = ?"), { key });
    if (!rows)
        return rows.error();
    if (rows.value().empty()) {
        return Error{
            Error::Code::NotFound,
            QCoreApplication::translate("Storage", "There is no built-in template “%1”.").arg(key),
            {},
            {}
        };
    }
    return rows.value().front();
}

} // namespace finalist

#include "WizardProgress.h"

#include "Database.h"
#include "Sql.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace finalist {

WizardProgress::WizardProgress(Database& db)
    : m_db(db)
{
}

Status WizardProgress::keep(const QJsonObject& answers)
{
    const QString json = QString::fromUtf8(QJsonDocument(answers).toJson(QJsonDocument::Compact));
    auto saved = sql::exec(m_db.connection(),
                           QStringLiteral("INSERT INTO wizard_progress (id, answers, updated_at) "
                                          "VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                                          "answers = excluded.answers, "
                                          "updated_at = excluded.updated_at"),
                           { json, m_db.clock().nowIso() });
    if (!saved)
        return saved.error();
    return {};
}

Result<std::optional<QJsonObject>> WizardProgress::kept() const
{
    auto query = sql::exec(m_db.connection(),
                           QStringLiteral("SELECT answers FROM wizard_progress WHERE id = 1"));
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<QJsonObject>();
    const QJsonDocument doc = QJsonDocument::fromJson(query.value().value(0).toString().toUtf8());
    if (!doc.isObject())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(doc.object());
}

Status WizardProgress::discard()
{
    auto removed = sql::exec(m_db.connection(), QStringLiteral("DELETE FROM wizard_progress"));
    if (!removed)
        return removed.error();
    return {};
}

} // namespace finalist

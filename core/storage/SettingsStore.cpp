#include "SettingsStore.h"

#include "Database.h"
#include "Sql.h"
#include "Transaction.h"

namespace finalist {

Result<QHash<QString, QString>> SettingsStore::values(const QString& prefix) const
{
    auto query
        = sql::exec(m_db.connection(),
                    QStringLiteral("SELECT key, value FROM settings WHERE substr(key, 1, ?) = ?"),
                    { prefix.size(), prefix });
    if (!query)
        return query.error();
    QHash<QString, QString> found;
    while (query.value().next())
        found.insert(query.value().value(0).toString(), query.value().value(1).toString());
    return found;
}

Status SettingsStore::set(const QHash<QString, QString>& values)
{
    Transaction transaction(m_db.connection());
    if (!transaction.begun())
        return transaction.begun();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        auto written = it.value().isEmpty()
            ? sql::exec(m_db.connection(), QStringLiteral("DELETE FROM settings WHERE key = ?"),
                        { it.key() })
            : sql::exec(m_db.connection(),
                        QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                        { it.key(), it.value() });
        if (!written)
            return written.error();
    }
    return transaction.commit();
}

} // namespace finalist

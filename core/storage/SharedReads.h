#pragma once

#include "Result.h"

#include <any>
#include <functional>
#include <QHash>
#include <QString>

namespace finalist {

class Database;

// Lists that several views read whole (every opportunity, the companies, the tags) are read
// once per change of the database and handed out again until the next write: building the
// sections and coming back to them no longer reads the same rows once per view. Nothing is
// kept from inside a transaction, which may yet be rolled back.
class SharedReads
{
public:
    explicit SharedReads(const Database& db)
        : m_db(db)
    {
    }

    template <typename T> Result<T> get(const QString& key, const std::function<Result<T>()>& read)
    {
        const qint64 now = keepableChangeCount();
        if (now >= 0) {
            const auto kept = m_kept.constFind(key);
            if (kept != m_kept.cend() && kept->changes == now)
                return std::any_cast<const T&>(kept->value);
        }
        Result<T> fresh = read();
        if (fresh && now >= 0)
            m_kept.insert(key, Kept{ now, fresh.value() });
        return fresh;
    }

    void forget() { m_kept.clear(); }

private:
    struct Kept
    {
        qint64 changes = -1;
        std::any value;
    };

    // The database's change count, or -1 when what is read now must not be kept.
    qint64 keepableChangeCount() const;

    const Database& m_db;
    QHash<QString, Kept> m_kept;
};

} // namespace finalist

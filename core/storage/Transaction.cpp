#include "Transaction.h"

#include "Sql.h"

#include <atomic>

namespace finalist {

namespace {
std::atomic<quint64> savepointCounter{ 0 };
}

Transaction::Transaction(const QSqlDatabase& db)
    : m_db(db)
    , m_name(QStringLiteral("finalist_%1").arg(++savepointCounter))
{
    auto result = sql::exec(m_db, QStringLiteral("SAVEPOINT ") + m_name);
    if (!result)
        m_begun = result.error();
    else
        m_open = true;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    sql::exec(m_db, QStringLiteral("ROLLBACK TO ") + m_name);
    sql::exec(m_db, QStringLiteral("RELEASE ") + m_name);
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Status() : m_begun;
    auto result = sql::exec(m_db, QStringLiteral("RELEASE ") + m_name);
    if (!result)
        return result.error(); // still open: the destructor rolls back
    m_open = false;
    return {};
}

} // namespace finalist

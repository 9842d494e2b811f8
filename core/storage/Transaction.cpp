#include "Transaction.h"

#include "Sql.h"

#include <atomic>
#include <QHash>

namespace finalist {

namespace {
std::atomic<quint64> savepointCounter{ 0 };
// A connection belongs to one thread, so each thread counts the transactions open on its own.
thread_local QHash<QString, int> openTransactions;
} // namespace

Transaction::Transaction(const QSqlDatabase& db)
    : m_db(db)
    , m_name(QStringLiteral("finalist_%1").arg(++savepointCounter))
{
    auto result = sql::exec(m_db, QStringLiteral("SAVEPOINT ") + m_name);
    if (!result) {
        m_begun = result.error();
        return;
    }
    m_open = true;
    ++openTransactions[m_db.connectionName()];
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    // The outermost one ends the transaction with ROLLBACK: ROLLBACK TO and RELEASE would
    // commit the pages it put back, writing the file (its change counter at least) for nothing,
    // on top of whatever made the work fail.
    if (openTransactions.value(m_db.connectionName()) == 1) {
        sql::exec(m_db, QStringLiteral("ROLLBACK"));
    } else {
        sql::exec(m_db, QStringLiteral("ROLLBACK TO ") + m_name);
        sql::exec(m_db, QStringLiteral("RELEASE ") + m_name);
    }
    close();
}

Status Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Status() : m_begun;
    auto result = sql::exec(m_db, QStringLiteral("RELEASE ") + m_name);
    if (!result)
        return result.error(); // still open: the destructor rolls back
    close();
    return {};
}

void Transaction::close()
{
    m_open = false;
    const auto open = openTransactions.find(m_db.connectionName());
    if (open != openTransactions.end() && --open.value() <= 0)
        openTransactions.erase(open);
}

bool Transaction::isOpenOn(const QSqlDatabase& db)
{
    return openTransactions.value(db.connectionName()) > 0;
}

} // namespace finalist

#pragma once

#include "Result.h"

#include <QSqlDatabase>

namespace finalist {

// A unit of work that is rolled back unless committed. Nests through savepoints, so a
// repository's write can join a larger operation's transaction.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    const Status& begun() const { return m_begun; }
    Status commit();

    // Whether a transaction is open on this connection: what is read there may be rolled back.
    static bool isOpenOn(const QSqlDatabase& db);

private:
    void close();

    QSqlDatabase m_db;
    QString m_name;
    Status m_begun;
    bool m_open = false;
};

} // namespace finalist

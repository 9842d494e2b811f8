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

private:
    QSqlDatabase m_db;
    QString m_name;
    Status m_begun;
    bool m_open = false;
};

} // namespace finalist

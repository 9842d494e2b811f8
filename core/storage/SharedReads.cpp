#include "SharedReads.h"

#include "Database.h"
#include "Transaction.h"

namespace finalist {

qint64 SharedReads::keepableChangeCount() const
{
    if (Transaction::isOpenOn(m_db.connection()))
        return -1;
    return m_db.changeCount(); // below zero when unreadable: read afresh then too
}

} // namespace finalist

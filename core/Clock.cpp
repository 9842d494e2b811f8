#include "Clock.h"

namespace finalist {

QString Clock::nowIso() const
{
    return now().toUTC().toString(Qt::ISODate);
}

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

QString toIsoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate fromIsoDate(const QString& text)
{
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace finalist

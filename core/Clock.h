#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace finalist {

// Where "now" and "today" come from, so that every date rule can be tested with a set clock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    QDate today() const { return now().toLocalTime().date(); }
    QString nowIso() const; // ISO 8601 UTC, e.g. 2026-11-23T09:30:00Z

    static const Clock& system();
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stands still until it is told otherwise; for tests and reproducible demo data.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {
    }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now; }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

QString toIsoDate(const QDate& date); // YYYY-MM-DD, empty for an invalid date
QDate fromIsoDate(const QString& text); // invalid for empty or malformed text

} // namespace finalist

#pragma once

#include "domain/Opportunity.h"
#include "storage/Database.h"

#include <QDate>
#include <QHash>

namespace finalist {

// Writes the demo story (DemoSampleStory.cpp) with small helpers (DemoSampleWriter.cpp). Every
// step stops at the first failure; the caller owns the transaction and rolls back.
class DemoSampleWriter
{
public:
    explicit DemoSampleWriter(Database& db)
        : m_db(db)
        , m_today(db.clock().today())
    {
    }

    Status write();

private:
    QDate daysAgo(int days) const { return m_today.addDays(-days); }

    // With the stages it went through, each so many days ago.
    Status opportunity(const QString& key, Opportunity o,
                       const std::vector<std::pair<Stage, int>>& stagesDaysAgo);
    Status person(const QString& key, const QString& first, const QString& last,
                  const QString& title, RoleCategory role, const QString& company, int warmth,
                  LinkedInStatus linkedIn, const QString& notes);
    Status link(const QString& from, LinkKind kind, const QString& to);
    Status round(const QString& key, const QString& opportunity, RoundKind kind, int daysAgo,
                 RoundOutcome outcome, const QString& notes, const QStringList& people);
    Status note(const QString& person, const QString& opportunity, OutreachKind kind,
                Channel channel, OutreachStatus status, int sentDaysAgo, const QString& subject,
                const QString& body);
    Status followUp(const QString& person, const QString& opportunity, qint64 entryId,
                    const QString& reason, const QDate& due, FollowUpStatus status);

    Status people();
    Status processes();
    Status reflections();
    Status outreachAndFollowUps();

    Database& m_db;
    QDate m_today;
    QHash<QString, qint64> m_ids;
};

} // namespace finalist

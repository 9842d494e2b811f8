#include "LessonOverview.h"

#include "Database.h"
#include "Sql.h"

#include <QHash>

namespace finalist {

Result<std::vector<LessonInContext>> allLessonsInContext(Database& db)
{
    auto query = sql::exec(
        db.connection(),
        QStringLiteral("SELECT l.id, l.kind, l.text, e.id, e.written_on, e.title, "
                       "coalesce(o.id, 0), coalesce(o.company, ''), coalesce(o.role, '') "
                       "FROM lessons l JOIN journal_entries e ON e.id = l.entry_id "
                       "LEFT JOIN opportunities o ON o.id = e.opportunity_id "
                       "ORDER BY e.written_on DESC, e.id DESC, l.position, l.id"));
    if (!query)
        return query.error();
    std::vector<LessonInContext> lessons;
    QHash<qint64, QList<std::size_t>> byEntry;
    while (query.value().next()) {
        sql::RowReader row(query.value(), 0);
        LessonInContext l;
        l.lessonId = row.id();
        l.kind = row.enumeration(LessonKind::Lesson);
        l.text = row.text();
        l.entryId = row.id();
        l.writtenOn = row.date();
        l.entryTitle = row.text();
        l.opportunityId = row.id();
        const QString company = row.text();
        const QString role = row.text();
        l.opportunity = role.isEmpty() ? company : company + QStringLiteral(" — ") + role;
        byEntry[l.entryId].push_back(lessons.size());
        lessons.push_back(std::move(l));
    }
    auto tags = sql::exec(db.connection(),
                          QStringLiteral("SELECT et.entry_id, g.name FROM entry_tags et "
                                         "JOIN tags g ON g.id = et.tag_id "
                                         "WHERE et.entry_id IN (SELECT entry_id FROM lessons) "
                                         "ORDER BY g.name COLLATE NOCASE"));
    if (!tags)
        return tags.error();
    while (tags.value().next()) {
        const qint64 entry = tags.value().value(0).toLongLong();
        const QString name = tags.value().value(1).toString();
        for (std::size_t index : byEntry.value(entry))
            lessons[index].tags << name;
    }
    return lessons;
}

} // namespace finalist

#include "LessonRepository.h"

#include "domain/Validation.h"

namespace finalist {

namespace {

TableMapping<Lesson> mapping()
{
    return {
        QStringLiteral("lessons"),
        { QStringLiteral("entry_id"), QStringLiteral("kind"), QStringLiteral("text"),
          QStringLiteral("position") },
        [](const Lesson& l) {
            return QVariantList{ l.entryId, enumKey(l.kind), l.text.trimmed(), l.position };
        },
        [](Lesson& l, sql::RowReader& r) {
            l.entryId = r.id();
            l.kind = r.enumeration(LessonKind::Lesson);
            l.text = r.text();
            l.position = r.integer();
        },
        [](const Lesson& l) {
            return validate::all({
                validate::reference(l.entryId, QStringLiteral("entry"),
                                    QCoreApplication::translate("Validation", "a journal entry")),
                validate::required(l.text, QStringLiteral("text"),
                                   QCoreApplication::translate("Validation", "The lesson")),
            });
        },
    };
}

} // namespace

LessonRepository::LessonRepository(Database& db)
    : Table(db, mapping())
{
}

Result<std::vector<Lesson>> LessonRepository::listForEntry(qint64 entryId) const
{
    return select(QStringLiteral("t.entry_id = ?"), { entryId },
                  QStringLiteral("t.position, t.id"));
}

Result<std::vector<Lesson>> LessonRepository::listAll() const
{
    return select({}, {}, QStringLiteral("t.entry_id, t.position, t.id"));
}

} // namespace finalist

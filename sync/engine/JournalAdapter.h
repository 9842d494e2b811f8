#pragma once

#include "RecordAdapter.h"
#include "RecordLinks.h"

namespace finalist {
class Database;
struct JournalEntry;
} // namespace finalist

namespace finalist::sync {

// Journal entries as VJOURNALs in a journal collection (JournalComponent): the steps as Markdown
// under fixed headings, so jtx Board shows them and what is typed there comes back. An
// opportunity this journal does not have stays as the server last had it; what another client
// wrote beside Finalist's properties is kept (CalendarPatch).
class JournalAdapter final : public RecordAdapter
{
public:
    explicit JournalAdapter(Database& db);

    SyncKind kind() const override { return SyncKind::Journal; }
    bool isAddressBook() const override { return false; }
    QByteArray contentType() const override
    {
        return "text/calendar; charset=utf-8; component=VJOURNAL";
    }
    QString fileExtension() const override { return QStringLiteral(".ics"); }

    Result<std::vector<LocalRecord>> list() override;
    std::optional<ServerRecord> parse(const QByteArray& data) const override;
    Result<LocalRecord> create(const RecordFields& fields) override;
    Status update(qint64 id, const RecordFields& fields) override;
    Status remove(qint64 id) override;
    QByteArray write(const RecordFields& fields, const QByteArray& serverData,
                     const QString& uid) const override;
    QString fieldLabel(const QString& field) const override;

private:
    // The entry's fields, with what it cannot hold as `agreed` has it.
    RecordFields fieldsOf(const JournalEntry& entry, const RecordFields& agreed);

    Database& m_db;
    RecordLinks m_links;
};

} // namespace finalist::sync

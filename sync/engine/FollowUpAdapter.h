#pragma once

#include "RecordAdapter.h"
#include "RecordLinks.h"

namespace finalist {
class Database;
struct FollowUp;
} // namespace finalist

namespace finalist::sync {

// Follow-ups as VTODOs in a task list (TodoComponent), so a phone's tasks app shows them and can
// tick them off or move their day. What a follow-up cannot hold (a contact or opportunity this
// journal does not have, another client's description) stays as the server last had it; what
// another client wrote beside Finalist's properties is kept (CalendarPatch).
class FollowUpAdapter final : public RecordAdapter
{
public:
    explicit FollowUpAdapter(Database& db);

    SyncKind kind() const override { return SyncKind::FollowUps; }
    bool isAddressBook() const override { return false; }
    QByteArray contentType() const override
    {
        return "text/calendar; charset=utf-8; component=VTODO";
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
    QString fieldText(const QString& field, const QString& value) const override;

private:
    // The follow-up's fields, with what it cannot hold as `agreed` has it.
    RecordFields fieldsOf(const FollowUp& followUp, const RecordFields& agreed);
    // Points the follow-up at the contact and opportunity the fields name, where they changed.
    void link(FollowUp& followUp, const RecordFields& fields);

    Database& m_db;
    RecordLinks m_links;
};

} // namespace finalist::sync

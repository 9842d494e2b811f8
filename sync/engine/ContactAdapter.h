#pragma once

#include "RecordAdapter.h"

namespace finalist {
class Database;
}

namespace finalist::sync {

// Contacts as vCards in an address book (3.0 unless the server's card is 4.0: what every server
// takes, and it carries a phone number as it was typed). A phone's properties Finalist does not
// read are kept (CardPatch).
class ContactAdapter final : public RecordAdapter
{
public:
    ContactAdapter(Database& db, QString phoneRegion);

    SyncKind kind() const override { return SyncKind::Contacts; }
    bool isAddressBook() const override { return true; }
    QByteArray contentType() const override { return "text/vcard; charset=utf-8"; }
    QString fileExtension() const override { return QStringLiteral(".vcf"); }

    Result<std::vector<LocalRecord>> list() override;
    std::optional<ServerRecord> parse(const QByteArray& data) const override;
    Result<LocalRecord> create(const RecordFields& fields) override;
    Status update(qint64 id, const RecordFields& fields) override;
    Status remove(qint64 id) override;
    QByteArray write(const RecordFields& fields, const QByteArray& serverData,
                     const QString& uid) const override;
    QString fieldLabel(const QString& field) const override;
    QString fieldText(const QString& field, const QString& value) const override;
    Result<RecordFields> fieldsOf(qint64 id) override;

private:
    Database& m_db;
    QString m_phoneRegion;
};

} // namespace finalist::sync

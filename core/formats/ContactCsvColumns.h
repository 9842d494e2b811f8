#pragma once

#include "ContactCsv.h"

#include <QStringList>
#include <vector>

namespace finalist {

// What each column of a spreadsheet gives a contact, worked out once from the headings and the
// mapping: the field; the kind of a detail ("Home Phone" is a home number, "Business Fax" a fax;
// Google's "Phone 1 - Label" column beside a value says it row by row, a leading "*" marking the
// primary one); and which columns make up one postal address ("Business Street" to "Business
// Country/Region", "Address 1 - Street" to "Address 1 - Country").
class ContactCsvColumns
{
public:
    ContactCsvColumns() = default;
    ContactCsvColumns(const QStringList& headers, std::vector<ContactCsv::Field> mapping);

    // One row's values into the contact (imported as written; checked when written).
    void apply(const QStringList& row, Contact& contact) const;

    // A birthday as spreadsheets write it ("1986-05-14", "--05-14", Outlook's "5/14/1986" or
    // "14.05.1986") in Finalist's form; "0/0/00" (Outlook's none) is empty, and what cannot be
    // read comes back as written, for the import to name and leave out.
    static QString birthday(const QString& written);

private:
    struct Column
    {
        ContactCsv::Field field = ContactCsv::Field::Ignore;
        QString label; // from the heading: "work", "home", "mobile", "fax"…
        int labelColumn = -1; // a column whose value is the label, row by row
        int address = -1; // which address of the row the part belongs to
        bool primary = false; // "Primary Phone"
    };
    std::vector<Column> m_columns;
    std::vector<QString> m_addressLabels;
    std::vector<int> m_addressLabelColumns;
};

} // namespace finalist

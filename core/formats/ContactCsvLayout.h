#pragma once

#include "ContactCsv.h"

#include <QStringList>
#include <vector>

namespace finalist {

// The address-book exports Finalist knows by their headers, each with the columns that hold
// what a contact keeps: Google Contacts (today's "First Name … E-mail 1 - Value" and the older
// "Given Name … Family Name"), Outlook's English export, Thunderbird's, and Finalist's own.
// Every name part, email, phone, web page, postal address and birthday column is read; a type
// or label column ("E-mail 1 - Label") is never taken for a value but gives the kind of the one
// beside it (ContactCsvColumns).
class ContactCsvLayout
{
public:
    enum class Kind
    {
        Unknown, // guessed column by column from the headers' names
        Finalist,
        GoogleContacts,
        GoogleContactsOld,
        Outlook,
        Thunderbird
    };

    Kind kind = Kind::Unknown;
    std::vector<ContactCsv::Field> mapping; // one per column

    static ContactCsvLayout recognise(const QStringList& headers);
    static QString name(Kind kind);
    // "first", "email", … as the command line's --map names them; Ignore when unknown.
    static ContactCsv::Field fieldNamed(const QString& key);
    static QStringList fieldKeys();
};

} // namespace finalist

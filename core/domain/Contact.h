#pragma once

#include "ContactDetails.h"
#include "Enums.h"
#include "Record.h"

#include <QDate>
#include <vector>

namespace finalist {

// A person met along the way.
struct Contact : Record
{
    QString namePrefix; // "Dr."
    QString firstName;
    QString middleName;
    QString lastName;
    QString nameSuffix; // "Jr."
    QString nickname;
    QString title;
    RoleCategory role = RoleCategory::Other;
    QString company;
    QString department;
    // The preferred email and phone, copies of those in details (syncPreferred() keeps them so):
    // what lists, notes and matching use.
    QString email;
    QString phone;
    std::vector<ContactPoint> details; // every email, phone, address, web page and handle
    QString birthday; // "1984-04-15", or "--04-15" when the year is not known; empty if unknown
    QString linkedInUrl;
    LinkedInStatus linkedInStatus = LinkedInStatus::NotConnected;
    QDate linkedInStatusOn;
    int warmth = 0; // 0 to 5
    QString notes;

    QString displayName() const { return displayNameOf(firstName, lastName); }
    static QString displayNameOf(const QString& first, const QString& last)
    {
        return QStringList{ first, last }.join(QLatin1Char(' ')).trimmed();
    }
    // Prefix, given, middle, family and suffix names, as a letter's address would show them.
    QString fullName() const;

    QStringList valuesOf(DetailKind kind) const;
    // Adds a detail unless one of its kind has the same value (letter case aside for emails);
    // true when it was added.
    bool addDetail(const ContactPoint& detail);
    // Makes email and phone and the details agree: a value set in email (or phone) that no
    // detail holds becomes the preferred detail of its kind; one a detail holds becomes
    // preferred; an empty one takes the preferred detail's (or the first). One preferred per
    // kind at most, blank details dropped.
    void syncPreferred();
};

} // namespace finalist

#pragma once

#include "Enums.h"
#include "Record.h"

#include <QDate>

namespace finalist {

// A person met along the way.
struct Contact : Record
{
    QString firstName;
    QString lastName;
    QString title;
    RoleCategory role = RoleCategory::Other;
    QString company;
    QString email;
    QString phone;
    QString linkedInUrl;
    LinkedInStatus linkedInStatus = LinkedInStatus::NotConnected;
    QDate linkedInStatusOn;
    int warmth = 0; // 0 to 5
    QString notes;

    QString displayName() const
    {
        return QStringList{ firstName, lastName }.join(QLatin1Char(' ')).trimmed();
    }
};

} // namespace finalist

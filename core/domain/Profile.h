#pragma once

#include <QString>

namespace finalist {

// The user, as their notes are signed and their reports headed.
struct Profile
{
    QString name; // as it should appear under a note
    QString signature; // several lines; used under notes instead of the name when set
    QString email;
    QString phone;
    QString linkedInUrl;
    QString reportName; // on the activity report; the name when empty

    // The first word of the name, for a warm or brief sign-off.
    QString firstName() const { return name.simplified().section(QLatin1Char(' '), 0, 0); }
    QString nameOnReport() const
    {
        return reportName.trimmed().isEmpty() ? name.trimmed() : reportName.trimmed();
    }
    bool isEmpty() const
    {
        return name.trimmed().isEmpty() && signature.trimmed().isEmpty() && email.isEmpty()
            && phone.isEmpty() && linkedInUrl.isEmpty() && reportName.isEmpty();
    }
};

} // namespace finalist

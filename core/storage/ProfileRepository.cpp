#include "ProfileRepository.h"

#include "domain/Validation.h"
#include "SettingsStore.h"

namespace finalist {

namespace {

const QString kPrefix = QStringLiteral("profile.");
const QString kName = QStringLiteral("profile.name");
const QString kSignature = QStringLiteral("profile.signature");
const QString kEmail = QStringLiteral("profile.email");
const QString kPhone = QStringLiteral("profile.phone");
const QString kLinkedIn = QStringLiteral("profile.linkedin");
const QString kReportName = QStringLiteral("profile.report_name");
const QString kAsked = QStringLiteral("profile.asked");

} // namespace

Result<Profile> ProfileRepository::load() const
{
    auto values = SettingsStore(m_db).values(kPrefix);
    if (!values)
        return values.error();
    const auto& v = values.value();
    Profile profile;
    profile.name = v.value(kName);
    profile.signature = v.value(kSignature);
    profile.email = v.value(kEmail);
    profile.phone = v.value(kPhone);
    profile.linkedInUrl = v.value(kLinkedIn);
    profile.reportName = v.value(kReportName);
    return profile;
}

Status ProfileRepository::validate(const Profile& profile)
{
    return validate::all(
        { validate::email(profile.email.trimmed(), QStringLiteral("email")),
          validate::linkedInUrl(profile.linkedInUrl.trimmed(), QStringLiteral("linkedin")) });
}

Status ProfileRepository::save(const Profile& profile)
{
    if (auto valid = validate(profile); !valid)
        return valid;
    // A signature keeps its inner line breaks; only the ends are trimmed.
    QString signature = profile.signature;
    while (signature.endsWith(QLatin1Char('\n')) || signature.endsWith(QLatin1Char(' ')))
        signature.chop(1);
    return SettingsStore(m_db).set(
        { { kName, profile.name.simplified() },
          { kSignature, signature.trimmed().isEmpty() ? QString() : signature },
          { kEmail, profile.email.trimmed() },
          { kPhone, profile.phone.trimmed() },
          { kLinkedIn, profile.linkedInUrl.trimmed() },
          { kReportName, profile.reportName.simplified() },
          { kAsked, QStringLiteral("yes") } });
}

Result<bool> ProfileRepository::wasAsked() const
{
    auto values = SettingsStore(m_db).values(kAsked);
    if (!values)
        return values.error();
    return values.value().contains(kAsked);
}

Status ProfileRepository::markAsked()
{
    return SettingsStore(m_db).set({ { kAsked, QStringLiteral("yes") } });
}

} // namespace finalist

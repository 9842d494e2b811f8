#include "Contact.h"

namespace finalist {

namespace {

bool sameValue(DetailKind kind, const QString& a, const QString& b)
{
    const auto sensitivity = kind == DetailKind::Email || kind == DetailKind::Web
        ? Qt::CaseInsensitive
        : Qt::CaseSensitive;
    return a.trimmed().compare(b.trimmed(), sensitivity) == 0;
}

void syncKind(std::vector<ContactPoint>& details, DetailKind kind, QString& preferredValue)
{
    const QString wanted = preferredValue.trimmed();
    ContactPoint* chosen = nullptr;
    if (!wanted.isEmpty()) {
        for (ContactPoint& d : details)
            if (d.kind == kind && sameValue(kind, d.value, wanted)) {
                chosen = &d;
                break;
            }
        if (!chosen) {
            const auto firstOfKind = std::find_if(details.begin(), details.end(),
                                                  [&](const auto& d) { return d.kind == kind; });
            // A value set directly (by an import or an older caller) leads its kind.
            chosen = &*details.insert(firstOfKind, ContactPoint{ kind, {}, wanted, true });
        }
    } else {
        for (ContactPoint& d : details)
            if (d.kind == kind && (d.preferred || !chosen))
                if (!chosen || (d.preferred && !chosen->preferred))
                    chosen = &d;
    }
    for (ContactPoint& d : details)
        if (d.kind == kind)
            d.preferred = &d == chosen;
    preferredValue = chosen ? chosen->value.trimmed() : QString();
}

} // namespace

QString Contact::fullName() const
{
    QStringList parts;
    for (const QString& part : { namePrefix, firstName, middleName, lastName })
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    QString name = parts.join(QLatin1Char(' '));
    if (!nameSuffix.trimmed().isEmpty())
        name += (name.isEmpty() ? QString() : QStringLiteral(", ")) + nameSuffix.trimmed();
    return name;
}

QStringList Contact::valuesOf(DetailKind kind) const
{
    QStringList values;
    for (const ContactPoint& d : details)
        if (d.kind == kind)
            values << d.value;
    return values;
}

bool Contact::addDetail(const ContactPoint& detail)
{
    if (detail.value.trimmed().isEmpty())
        return false;
    for (const ContactPoint& d : details)
        if (d.kind == detail.kind && sameValue(d.kind, d.value, detail.value))
            return false;
    details.push_back(detail);
    return true;
}

void Contact::syncPreferred()
{
    std::erase_if(details, [](const ContactPoint& d) { return d.value.trimmed().isEmpty(); });
    syncKind(details, DetailKind::Email, email);
    syncKind(details, DetailKind::Phone, phone);
    for (const DetailKind kind : { DetailKind::Address, DetailKind::Web, DetailKind::Handle }) {
        bool seen = false;
        for (ContactPoint& d : details)
            if (d.kind == kind) {
                d.preferred = d.preferred && !seen;
                seen = seen || d.preferred;
            }
    }
}

} // namespace finalist

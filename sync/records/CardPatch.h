#pragma once

#include <QByteArray>
#include <QString>

namespace finalist::sync {

// The card to write back to the server: Finalist's card of the contact, under the server card's
// UID and vCard version, with every property of the server's card that Finalist does not read
// (a photo, an anniversary, a phone's own X- properties, groups' labels of what it keeps) kept
// as it was, so a phone's data survives Finalist's edits. Without a server card, Finalist's card
// under uid.
QByteArray patchCard(const QByteArray& serverCard, const QByteArray& finalistCard,
                     const QString& uid);

// The version a card says it is ("3.0", "4.0"); "4.0" when it says none.
QByteArray cardVersion(const QByteArray& card);

} // namespace finalist::sync

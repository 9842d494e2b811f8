#pragma once

#include <QByteArray>
#include <QString>

namespace finalist {

// What Finalist once shipped as its built-in templates, kept only as fingerprints: enough to
// tell that a stored built-in is still exactly an old shipped text (so never edited by the
// user) and can be brought up to date, without keeping the old texts themselves.
namespace builtinTemplateHistory {

// SHA-256 over the subject, a unit separator (U+001F) and the body, as UTF-8.
QByteArray fingerprint(const QString& subject, const QString& body);

// Whether this subject and body are, to the character, a text that an earlier release
// shipped for the built-in template with this key.
bool wasShipped(const QString& builtinKey, const QString& subject, const QString& body);

} // namespace builtinTemplateHistory

} // namespace finalist

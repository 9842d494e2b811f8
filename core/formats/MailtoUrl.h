#pragma once

#include <QString>

namespace finalist {

// A mailto: link per RFC 6068: the text as UTF-8, percent-encoded except for the unreserved
// characters, line breaks as %0D%0A whatever the text used, and "+", "&", "#", "?" and "="
// encoded so that a mail client reads them as text.
QString mailtoUrl(const QString& to, const QString& subject, const QString& body);

} // namespace finalist

#include "FtsQuery.h"

#include <QRegularExpression>
#include <QStringList>

namespace finalist {

QString ftsQueryFromUserText(const QString& text)
{
    // Split on anything the unicode61 tokenizer would also treat as a separator.
    static const QRegularExpression separators(QStringLiteral("[^\\w\\p{M}]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    QStringList phrases;
    for (const QString& word : words)
        phrases << QLatin1Char('"')
                + QString(word).replace(QLatin1Char('"'), QStringLiteral("\"\""))
                + QLatin1Char('"');
    if (phrases.isEmpty())
        return {};
    phrases.last() += QLatin1Char('*');
    return phrases.join(QLatin1Char(' '));
}

} // namespace finalist

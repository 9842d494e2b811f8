#include "DateText.h"

#include <QList>
#include <QLocale>

namespace finalist::dates {

namespace {

// A date format split into its fields (runs of d, M or y) and the literal text between them,
// quoted parts included as written, so that a field can be changed or dropped and the rest
// joined back into a format QLocale still reads the same way.
struct Piece
{
    QString text;
    bool field = false;
};

QList<Piece> split(const QString& format)
{
    QList<Piece> pieces;
    auto literal = [&pieces](QStringView text) {
        if (pieces.isEmpty() || pieces.back().field)
            pieces.append(Piece{});
        pieces.back().text += text;
    };
    qsizetype i = 0;
    while (i < format.size()) {
        const QChar c = format.at(i);
        qsizetype end = i + 1;
        if (c == QLatin1Char('\'')) {
            // Up to the closing quote; two quotes in a row stand for one quote character.
            while (end < format.size()) {
                if (format.at(end) != QLatin1Char('\'')) {
                    ++end;
                } else if (end + 1 < format.size() && format.at(end + 1) == QLatin1Char('\'')) {
                    end += 2;
                } else {
                    ++end;
                    break;
                }
            }
            literal(QStringView(format).mid(i, end - i));
        } else if (c == QLatin1Char('d') || c == QLatin1Char('M') || c == QLatin1Char('y')) {
            while (end < format.size() && format.at(end) == c)
                ++end;
            pieces.append(Piece{ format.mid(i, end - i), true });
        } else {
            literal(QStringView(format).mid(i, 1));
        }
        i = end;
    }
    return pieces;
}

QString joined(const QList<Piece>& pieces)
{
    QString format;
    for (const Piece& piece : pieces)
        format += piece.text;
    return format;
}

bool isYear(const Piece& piece)
{
    return piece.field && piece.text.startsWith(QLatin1Char('y'));
}

QString widened(const QString& shortFormat)
{
    QList<Piece> pieces = split(shortFormat);
    for (Piece& piece : pieces) {
        if (isYear(piece) && piece.text.size() == 2)
            piece.text = QStringLiteral("yyyy");
    }
    return joined(pieces);
}

// Drops the year and the text that belongs to it: with the year first or in the middle, the
// separator after it ("yyyy/MM/dd" gives "MM/dd"); with the year last, the separator before it
// and any suffix ("d.MM.yy 'г'." gives "d.MM."). A separator that starts with a full stop keeps
// the stop, as German and its neighbours end a day and month with one ("dd.MM.yy" gives "dd.MM.").
QString withoutYear(const QString& shortFormat)
{
    QList<Piece> pieces = split(shortFormat);
    qsizetype year = -1;
    qsizetype lastField = -1;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (isYear(pieces.at(i)))
            year = i;
        if (pieces.at(i).field)
            lastField = i;
    }
    if (year < 0)
        return shortFormat;
    if (year == lastField) {
        pieces.erase(pieces.begin() + year, pieces.end());
        if (year > 0 && !pieces.back().field) {
            if (pieces.back().text.startsWith(QLatin1Char('.')))
                pieces.back().text = QStringLiteral(".");
            else
                pieces.removeLast();
        }
    } else {
        const bool separatorAfter = year + 1 < pieces.size() && !pieces.at(year + 1).field;
        pieces.erase(pieces.begin() + year, pieces.begin() + year + (separatorAfter ? 2 : 1));
    }
    return joined(pieces);
}

// The formats of the default locale, worked out again only when the default changes: a table
// of thirty thousand contacts asks for them on every painted cell.
struct Formats
{
    QLocale locale;
    QString shortDate;
    QString dayMonth;
};

const Formats& formats()
{
    thread_local Formats cached{ QLocale::c(), {}, {} };
    const QLocale current;
    if (cached.shortDate.isEmpty() || !(cached.locale == current)) {
        cached.locale = current;
        cached.shortDate = widened(current.dateFormat(QLocale::ShortFormat));
        cached.dayMonth = withoutYear(cached.shortDate);
    }
    return cached;
}

} // namespace

QString shortDate(const QDate& date)
{
    return date.isValid() ? formats().locale.toString(date, formats().shortDate) : QString();
}

QString longDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QString();
}

QString dayMonth(const QDate& date)
{
    return date.isValid() ? formats().locale.toString(date, formats().dayMonth) : QString();
}

QString dateTime(const QDateTime& when)
{
    if (!when.isValid())
        return {};
    return shortDate(when.date()) + QLatin1Char(' ')
        + QLocale().toString(when.time(), QLocale::ShortFormat);
}

QString editFormat()
{
    return formats().shortDate;
}

QString dayMonthFormat()
{
    return formats().dayMonth;
}

} // namespace finalist::dates

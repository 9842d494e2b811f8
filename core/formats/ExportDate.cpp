#include "ExportDate.h"

#include <array>

namespace finalist {

namespace {

// 1 to 12 for an English month name or its first three letters; 0 otherwise.
int monthOf(QStringView word)
{
    static constexpr std::array<const char16_t*, 12> names{ u"january", u"february", u"march",
                                                            u"april",   u"may",      u"june",
                                                            u"july",    u"august",   u"september",
                                                            u"october", u"november", u"december" };
    if (word.size() < 3)
        return 0;
    for (std::size_t m = 0; m < names.size(); ++m) {
        const QStringView name(names[m]);
        if (word.size() <= name.size() && name.startsWith(word, Qt::CaseInsensitive))
            return int(m) + 1;
    }
    return word.compare(u"sept", Qt::CaseInsensitive) == 0 ? 9 : 0;
}

int number(QStringView digits)
{
    if (digits.isEmpty() || digits.size() > 4)
        return -1;
    int value = 0;
    for (const QChar c : digits) {
        if (!c.isDigit())
            return -1;
        value = value * 10 + c.digitValue();
    }
    return value;
}

// Two-digit years are this century: nobody connected on LinkedIn before 2003.
int fullYear(QStringView digits)
{
    const int year = number(digits);
    if (year < 0)
        return -1;
    return digits.size() <= 2 ? 2000 + year : year;
}

// QDate takes a negative year as one before Christ: a part that is no number is no date.
QDate dateOf(int year, int month, int day)
{
    return year < 1 || month < 1 || day < 1 ? QDate() : QDate(year, month, day);
}

} // namespace

ExportDate ExportDate::parse(QStringView text)
{
    ExportDate out;
    text = text.trimmed();
    // What follows the date is a time: "1/8/18, 6:14 PM", "2022-09-09 14:03:00", "…T14:03Z".
    qsizetype end = 0;
    while (end < text.size() && text[end] != u',' && text[end] != u'T' && !text[end].isSpace())
        ++end;
    const QStringView head = text.first(end);
    for (const char16_t separator : { u'/', u'-', u'.' }) {
        const auto parts = head.split(separator);
        if (parts.size() != 3)
            continue;
        int day = -1, month = -1, year = -1;
        if (parts[0].size() == 4) { // 2022-09-09
            year = fullYear(parts[0]);
            month = number(parts[1]);
            day = number(parts[2]);
        } else if (const int named = monthOf(parts[1]); named > 0) { // 9-Sep-22
            day = number(parts[0]);
            month = named;
            year = fullYear(parts[2]);
        } else if (separator == u'/') { // 1/8/18: month first unless it cannot be
            const int first = number(parts[0]), second = number(parts[1]);
            const bool dayFirst = first > 12;
            day = dayFirst ? first : second;
            month = dayFirst ? second : first;
            year = fullYear(parts[2]);
            out.monthFirstAssumed = !dayFirst && second <= 12 && first != second;
        } else { // 09.09.2022, 09-09-2022: day first, as the countries writing them do
            day = number(parts[0]);
            month = number(parts[1]);
            year = fullYear(parts[2]);
        }
        out.date = dateOf(year, month, day);
        if (!out.date.isValid())
            out.monthFirstAssumed = false;
        return out;
    }
    // "12 Mar 2024", "12 March 2024", "Sep 9, 2022", "September 9 2022".
    QStringList words;
    for (const QStringView word : text.split(u' ', Qt::SkipEmptyParts))
        words << word.toString().remove(u',');
    if (words.size() >= 3) {
        if (const int month = monthOf(words[1]); month > 0)
            out.date = dateOf(fullYear(words[2]), month, number(words[0]));
        else if (const int first = monthOf(words[0]); first > 0)
            out.date = dateOf(fullYear(words[2]), first, number(words[1]));
    }
    return out;
}

} // namespace finalist

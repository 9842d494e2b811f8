#pragma once

#include <QDate>
#include <QString>

namespace finalist {

// A date as a web export writes it, or a spreadsheet rewrites it after opening and saving the
// file: "12 Mar 2024" (LinkedIn today), "1/8/18, 6:14 PM" (LinkedIn before), "9-Sep-22"
// (Excel), "2022-09-09" (LibreOffice, ISO), "09.09.2022" (a German spreadsheet), "Sep 9, 2022".
// By hand, without QLocale: an import reads hundreds of thousands of them.
struct ExportDate
{
    QDate date; // invalid when the text is not a date
    // "1/8/18" could be either: read month first, as LinkedIn and US spreadsheets write it,
    // unless the first number cannot be a month. Set when the reading had to assume that.
    bool monthFirstAssumed = false;

    static ExportDate parse(QStringView text);
};

} // namespace finalist

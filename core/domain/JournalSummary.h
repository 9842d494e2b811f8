#pragma once

#include <QDate>
#include <QString>

namespace finalist {

// What the entry list shows of an entry, without loading its whole text.
struct JournalSummary
{
    qint64 id = 0;
    QString title;
    QDate writtenOn;
    int mood = 0;
    QString opportunity; // company, empty when none
    QString excerpt; // the start of the first written step
};

} // namespace finalist

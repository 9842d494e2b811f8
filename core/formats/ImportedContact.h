#pragma once

#include "domain/Contact.h"
#include "TextDecoding.h"

#include <algorithm>
#include <QStringList>
#include <vector>

namespace finalist {

// A person read from an outside file, before anything is written.
struct ImportedContact
{
    Contact contact; // every email and phone in its details; email and phone the preferred
    QStringList emails() const { return contact.valuesOf(DetailKind::Email); }
    QStringList phones() const { return contact.valuesOf(DetailKind::Phone); }
    QString uid; // a card's UID: Finalist's own finds the contact it was exported from
    int line = 0; // where the record starts in the file
};

// A record that was read but cannot become a contact as it is (no name at all, say), or a
// remark about one that is imported all the same (a date or a line left out): counted apart.
struct ImportProblem
{
    enum class Kind
    {
        Refused, // the row is not imported
        Warning // the row is imported; something of it was left out or assumed
    };
    int line = 0;
    QString message;
    Kind kind = Kind::Refused;

    bool isWarning() const { return kind == Kind::Warning; }
    static ImportProblem warning(int line, const QString& message)
    {
        return { line, message, Kind::Warning };
    }
};

// How many of the problems refused their row, and how many only warn.
inline int refusedCount(const std::vector<ImportProblem>& problems)
{
    return int(std::count_if(problems.begin(), problems.end(),
                             [](const ImportProblem& p) { return !p.isWarning(); }));
}
inline int warningCount(const std::vector<ImportProblem>& problems)
{
    return int(problems.size()) - refusedCount(problems);
}

struct ContactFileContents
{
    std::vector<ImportedContact> contacts;
    std::vector<ImportProblem> problems;
    TextReport reading; // the encoding used, and characters left out (those rows are imported)
};

} // namespace finalist

#pragma once

#include "domain/Contact.h"
#include "TextDecoding.h"

#include <QStringList>
#include <vector>

namespace finalist {

// A person read from an outside file, before anything is written.
struct ImportedContact
{
    Contact contact;
    QStringList emails; // all of them; contact.email holds the first
    QStringList phones;
    int line = 0; // where the record starts in the file
};

// A record that was read but cannot become a contact as it is (no name at all, say).
struct ImportProblem
{
    int line = 0;
    QString message;
};

struct ContactFileContents
{
    std::vector<ImportedContact> contacts;
    std::vector<ImportProblem> problems;
    TextReport reading; // the encoding used, and characters left out (those rows are imported)
};

} // namespace finalist

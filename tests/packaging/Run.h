#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// A program run to its end, for the packaging tests: what it printed and how it ended.
struct Ran
{
    int exitCode = -1;
    QString out;
    QString err;
    bool finished = false;
};

Ran run(const QString& program, const QStringList& arguments,
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
        int timeoutMs = 120000);

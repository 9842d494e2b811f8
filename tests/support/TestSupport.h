#pragma once

#include "Clock.h"
#include "domain/ContactDetails.h"
#include "storage/Database.h"

#include <memory>
#include <ostream>
#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

// Lets GoogleTest print QStrings and QDates readably in failure messages.
inline void PrintTo(const QString& text, std::ostream* out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace finalist {
// A detail as "email/work/a@b.example*" (the star when preferred).
inline void PrintTo(const ContactPoint& detail, std::ostream* out)
{
    *out << int(detail.kind) << '/' << detail.label.toStdString() << '/'
         << QString(detail.value).replace(QLatin1Char('\n'), QLatin1Char('|')).toStdString()
         << (detail.preferred ? "*" : "");
}
} // namespace finalist

namespace finalist::test {

// A fresh folder for one test, removed afterwards.
class TempFolder
{
public:
    TempFolder();
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString root() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// 2026-03-02 09:00 UTC, a Monday: a fixed "now" for date rules.
QDateTime referenceNow();

// Opens (creating if needed) a database, failing the test on error.
std::unique_ptr<Database> openOrFail(const QString& path, const Clock& clock,
                                     DatabaseOptions options = {});

QString fixturePath(const QString& name);
QByteArray sha256Of(const QString& path);
// Copies a fixture into the folder and returns the copy's path.
QString copyFixture(const TempFolder& folder, const QString& name);

// Records a process whose company and role are long, as some are: lists of processes must not
// widen the window for it. Fails the test when it cannot.
void addProcessWithALongName(Database& db);

} // namespace finalist::test

// Asserts that a Result or Status succeeded, printing its error otherwise.
#define FINALIST_DESCRIBE(r)                                                                       \
    ((r).ok() ? std::string()                                                                      \
              : ((r).error().message + QStringLiteral(" | ") + (r).error().detail).toStdString())
#define ASSERT_OK(expr)                                                                            \
    do {                                                                                           \
        const auto& finalist_result_ = (expr);                                                     \
        ASSERT_TRUE(finalist_result_.ok()) << FINALIST_DESCRIBE(finalist_result_);                 \
    } while (false)
#define EXPECT_OK(expr)                                                                            \
    do {                                                                                           \
        const auto& finalist_result_ = (expr);                                                     \
        EXPECT_TRUE(finalist_result_.ok()) << FINALIST_DESCRIBE(finalist_result_);                 \
    } while (false)

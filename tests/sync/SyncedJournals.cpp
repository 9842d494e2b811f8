#include "SyncedJournals.h"

#include "engine/SyncRun.h"
#include "engine/SyncSetup.h"
#include "records/ContactFields.h"
#include "storage/ContactRepository.h"

#include <QProcess>
#include <QStandardPaths>

namespace finalist::test {

void SyncedJournals::SetUp()
{
    RadicaleTest::SetUp();
    if (IsSkipped() || HasFatalFailure())
        return;
    a = openOrFail(folder.path(QStringLiteral("a.sqlite")), Clock::system());
    b = openOrFail(folder.path(QStringLiteral("b.sqlite")), Clock::system());
    ASSERT_TRUE(a && b);
}

void SyncedJournals::setUpSync(Database& db, bool useSyncToken)
{
    sync::SyncSetupOptions options;
    options.serverUrl = server().url().toString();
    options.userName = user();
    options.password = QStringLiteral("secret");
    options.useSyncToken = useSyncToken;
    options.timeoutMs = 10000;
    ASSERT_OK(sync::setUpSync(db, options));
}

void SyncedJournals::setUpSync(Database& db, const QList<SyncKind>& kinds, bool useSyncToken)
{
    sync::SyncSetupOptions options;
    options.serverUrl = server().url().toString();
    options.userName = user();
    options.password = QStringLiteral("secret");
    options.kinds = kinds;
    options.useSyncToken = useSyncToken;
    options.timeoutMs = 10000;
    ASSERT_OK(sync::setUpSync(db, options));
}

sync::SyncReport SyncedJournals::syncOrFail(Database& db)
{
    sync::SyncRunOptions options;
    options.password = QStringLiteral("secret");
    options.timeoutMs = 10000;
    options.phoneRegion = QStringLiteral("DE");
    auto done = sync::syncNow(db, options);
    EXPECT_OK(done);
    return done.ok() ? done.value() : sync::SyncReport();
}

void SyncedJournals::syncAll()
{
    syncOrFail(*a);
    syncOrFail(*b);
    syncOrFail(*a);
}

Contact SyncedJournals::add(Database& db, const QString& first, const QString& last,
                            const QString& company)
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.company = company;
    EXPECT_OK(ContactRepository(db).add(c));
    return c;
}

Contact SyncedJournals::find(Database& db, const QString& last)
{
    auto all = ContactRepository(db).list();
    EXPECT_OK(all);
    for (const Contact& c : all.value()) {
        if (c.lastName == last)
            return c;
    }
    ADD_FAILURE() << "no contact " << last.toStdString();
    return {};
}

QStringList SyncedJournals::contents(Database& db)
{
    QStringList lines;
    auto all = ContactRepository(db).list();
    EXPECT_OK(all);
    for (const Contact& c : all.value())
        lines << sync::fieldsToJson(sync::contactFields(c));
    lines.sort();
    return lines;
}

QUrl SyncedJournals::addressBook() const
{
    return home().resolved(QUrl(QStringLiteral("finalist/")));
}

QUrl SyncedJournals::collection(SyncKind kind) const
{
    return home().resolved(QUrl(sync::ownCollectionSlug(kind) + QLatin1Char('/')));
}

QByteArray SyncedJournals::runCurl(const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    process.start(QStringLiteral("curl"),
                  QStringList{ QStringLiteral("-sS"), QStringLiteral("--fail"),
                               QStringLiteral("-u"), QStringLiteral("phone:secret") }
                      + arguments);
    process.write(input);
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(20000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    return process.readAllStandardOutput();
}

void SyncedJournals::putAs(const QUrl& url, const QByteArray& contentType, const QByteArray& data)
{
    runCurl({ QStringLiteral("-X"), QStringLiteral("PUT"), QStringLiteral("-H"),
              QStringLiteral("Content-Type: ") + QString::fromLatin1(contentType),
              QStringLiteral("--data-binary"), QStringLiteral("@-"), url.toString() },
            data);
}

std::optional<QString> SyncedJournals::python(const QString& script, const QByteArray& input)
{
    const QString python
        = QStandardPaths::findExecutable(QStringLiteral("python3"), { QStringLiteral("/usr/bin") });
    if (python.isEmpty())
        return std::nullopt;
    QProcess reader;
    reader.start(python, { QStringLiteral("-c"), script });
    reader.write(input);
    reader.closeWriteChannel();
    EXPECT_TRUE(reader.waitForFinished(20000));
    const QByteArray errors = reader.readAllStandardError();
    if (reader.exitCode() != 0 && errors.contains("No module named"))
        return std::nullopt;
    EXPECT_EQ(reader.exitCode(), 0) << errors.toStdString();
    return QString::fromUtf8(reader.readAllStandardOutput());
}

} // namespace finalist::test

// The files that make Finalist a desktop application (entry, AppStream data, MIME type) are
// valid by the freedesktop tools themselves, and the MIME type tells a journal by its header.
#include "Run.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QTemporaryDir>

namespace {

const QString kLinux = QStringLiteral(FINALIST_SOURCE_DIR "/packaging/linux/");
const QString kAppId = QStringLiteral("io.github.finalist.Finalist");

} // namespace

TEST(DesktopFiles, TheDesktopEntryIsValid)
{
    const Ran ran = run(QStringLiteral("desktop-file-validate"),
                        { kLinux + kAppId + QLatin1String(".desktop") });
    EXPECT_EQ(ran.exitCode, 0) << ran.out.toStdString() << ran.err.toStdString();
    EXPECT_TRUE(ran.out.trimmed().isEmpty()) << ran.out.toStdString(); // no hint either
}

TEST(DesktopFiles, TheAppStreamDataIsValid)
{
    const Ran ran
        = run(QStringLiteral("appstreamcli"),
              { QStringLiteral("validate"), QStringLiteral("--no-net"),
                QStringLiteral("--no-color"), kLinux + kAppId + QLatin1String(".metainfo.xml") });
    EXPECT_EQ(ran.exitCode, 0) << ran.out.toStdString() << ran.err.toStdString();
    EXPECT_FALSE(ran.out.contains(QLatin1String("W: "))) << ran.out.toStdString();
    EXPECT_FALSE(ran.out.contains(QLatin1String("E: "))) << ran.out.toStdString();
}

// Whatever its name, a file is a Finalist journal when its SQLite header carries Finalist's
// application id; another SQLite file stays a plain database.
TEST(DesktopFiles, TheMimeTypeKnowsAJournalByItsHeader)
{
    QTemporaryDir data;
    ASSERT_TRUE(data.isValid());
    ASSERT_TRUE(QDir(data.path()).mkpath(QStringLiteral("mime/packages")));
    // As on an installed system: the freedesktop.org types and Finalist's compiled into one
    // database (Qt lets the last of several databases win a magic match, whatever priority).
    ASSERT_TRUE(QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"),
                            data.filePath(QStringLiteral("mime/packages/freedesktop.org.xml"))));
    ASSERT_TRUE(QFile::copy(
        kLinux + kAppId + QLatin1String(".xml"),
        data.filePath(QStringLiteral("mime/packages/") + kAppId + QLatin1String(".xml"))));
    const Ran compiled
        = run(QStringLiteral("update-mime-database"), { data.filePath(QStringLiteral("mime")) });
    ASSERT_EQ(compiled.exitCode, 0) << compiled.err.toStdString();

    const finalist::test::TempFolder files;
    const QString journal = files.path(QStringLiteral("finalist.sqlite"));
    ASSERT_EQ(run(QStringLiteral(FINALIST_CLI),
                  { QStringLiteral("--database"), journal, QStringLiteral("init") })
                  .exitCode,
              0);
    const QString named = files.path(QStringLiteral("my search.notes"));
    ASSERT_TRUE(QFile::copy(journal, named));
    const QString other = files.path(QStringLiteral("other.sqlite"));
    ASSERT_EQ(
        run(QStringLiteral("sqlite3"), { other, QStringLiteral("CREATE TABLE t(x);") }).exitCode,
        0);

    // Read before the first QMimeDatabase in this program, which is this one.
    qputenv("XDG_DATA_DIRS", data.path().toUtf8());
    qputenv("XDG_DATA_HOME", files.path(QStringLiteral("nothing")).toUtf8());
    QMimeDatabase mime;
    EXPECT_EQ(mime.mimeTypeForFile(named).name(), QStringLiteral("application/x-finalist-journal"));
    EXPECT_EQ(mime.mimeTypeForFile(journal).name(),
              QStringLiteral("application/x-finalist-journal"));
    EXPECT_TRUE(mime.mimeTypeForFile(named).inherits(QStringLiteral("application/vnd.sqlite3")));
    EXPECT_EQ(mime.mimeTypeForFile(other).name(), QStringLiteral("application/vnd.sqlite3"));
}

// Exports hold a private journal and address book: a new file is the owner's alone, and a file
// the user had already shared keeps the permissions they gave it.
#include "formats/SafeFileWriter.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QFile>
#include <sys/stat.h>

using namespace finalist;

namespace {

mode_t modeOf(const QString& path)
{
    struct stat info
    {
    };
    EXPECT_EQ(::stat(QFile::encodeName(path).constData(), &info), 0);
    return info.st_mode & 0777;
}

} // namespace

TEST(PrivateExport, ANewFileIsTheOwnersAloneWhateverTheUmask)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("contacts.vcf"));
    const mode_t before = ::umask(0);
    const Status written = writeFileAtomically(path, "BEGIN:VCARD\r\nEND:VCARD\r\n");
    ::umask(before);
    ASSERT_OK(written);
    EXPECT_EQ(modeOf(path), mode_t(0600));
}

TEST(PrivateExport, AFileThatWasThereKeepsItsPermissionsAndGetsTheNewContent)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("shared.csv"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("old");
    }
    ASSERT_EQ(::chmod(QFile::encodeName(path).constData(), 0644), 0);
    ASSERT_OK(writeFileAtomically(path, "new"));
    EXPECT_EQ(modeOf(path), mode_t(0644));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("new"));
}

// Every input the fuzzers kept, replayed through the same bodies as an ordinary test.
#include "FuzzBodies.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>

namespace {

void replay(const QString& folder, void (*body)(const QByteArray&))
{
    const QDir dir(QStringLiteral(FINALIST_FUZZ_CORPUS_DIR "/") + folder);
    const QStringList files = dir.entryList(QDir::Files);
    ASSERT_FALSE(files.isEmpty()) << folder.toStdString();
    for (const QString& name : files) {
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        SCOPED_TRACE(name.toStdString());
        body(file.readAll()); // aborts on a broken promise
    }
}

} // namespace

TEST(FuzzCorpus, CsvInputsReplay)
{
    replay(QStringLiteral("csv"), finalist::test::fuzzContactCsv);
}

TEST(FuzzCorpus, VCardInputsReplay)
{
    replay(QStringLiteral("vcard"), finalist::test::fuzzVCard);
}

TEST(FuzzCorpus, InvitationInputsReplay)
{
    replay(QStringLiteral("ics"), finalist::test::fuzzInvitation);
}

TEST(FuzzCorpus, TemplateInputsReplay)
{
    replay(QStringLiteral("template"), finalist::test::fuzzTemplate);
}

#include "services/JournalExport.h"

#include "formats/HtmlJournalFormat.h"
#include "formats/MarkdownJournalFormat.h"
#include "storage/JournalRepository.h"
#include "storage/LessonRepository.h"
#include "storage/OpportunityRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>

using namespace finalist;

namespace {

class Export : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = test::openOrFail(folder.path(QStringLiteral("e.sqlite")), clock);
        ASSERT_TRUE(db);
        Opportunity opportunity;
        opportunity.company = QStringLiteral("Acme");
        opportunity.role = QStringLiteral("Designer");
        ASSERT_OK(OpportunityRepository(*db).add(opportunity));
        later = add(QStringLiteral("Final round"), QDate(2026, 3, 5), QStringLiteral("Panel"),
                    opportunity.id);
        earlier = add(QStringLiteral("First call"), QDate(2026, 3, 1), QStringLiteral("Phone"));
        Lesson lesson;
        lesson.entryId = later;
        lesson.text = QStringLiteral("Name the trade-off");
        ASSERT_OK(LessonRepository(*db).add(lesson));
    }

    qint64 add(const QString& title, QDate on, const QString& experience, qint64 opportunity = 0)
    {
        JournalEntry e;
        e.title = title;
        e.writtenOn = on;
        e.experience = experience;
        e.opportunityId = opportunity;
        EXPECT_OK(JournalRepository(*db).add(e));
        return e.id;
    }

    static QString read(const QString& path)
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        return QString::fromUtf8(file.readAll());
    }

    // Everything in the test folder except the database, so leftovers are visible.
    QStringList leftovers() const
    {
        QStringList names
            = QDir(folder.root()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        names.removeIf([](const QString& n) { return n.startsWith(QStringLiteral("e.sqlite")); });
        return names;
    }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
    qint64 earlier = 0;
    qint64 later = 0;
};

} // namespace

TEST_F(Export, LoadsTheWholeJournalOldestFirstWithOpportunityAndLessons)
{
    auto document = JournalExport(*db).load();
    ASSERT_OK(document);
    ASSERT_EQ(document->size(), 2u);
    EXPECT_EQ(document->at(0).entry.id, earlier);
    EXPECT_EQ(document->at(1).entry.id, later);
    EXPECT_EQ(document->at(1).opportunityLabel, QStringLiteral("Acme — Designer"));
    ASSERT_EQ(document->at(1).lessons.size(), 1u);
    EXPECT_TRUE(document->at(0).opportunityLabel.isEmpty());

    auto one = JournalExport(*db).load(later);
    ASSERT_OK(one);
    ASSERT_EQ(one->size(), 1u);
    EXPECT_EQ(one->front().entry.title, QStringLiteral("Final round"));
    EXPECT_FALSE(JournalExport(*db).load(987654).ok());
}

TEST_F(Export, OneFileHoldsEveryEntryInOrder)
{
    auto document = JournalExport(*db).load();
    ASSERT_OK(document);
    const QString path = folder.path(QStringLiteral("out/journal.md"));
    ASSERT_OK(JournalExport::writeFile(*document, MarkdownJournalFormat(), path));
    const QString text = read(path);
    EXPECT_TRUE(text.contains(QStringLiteral("First call")));
    EXPECT_TRUE(text.contains(QStringLiteral("Final round")));
    EXPECT_TRUE(text.contains(QStringLiteral("Name the trade-off")));
    EXPECT_LT(text.indexOf(QStringLiteral("First call")),
              text.indexOf(QStringLiteral("Final round")));
}

TEST_F(Export, FolderHasOneFilePerEntryWithDatedUniqueNames)
{
    add(QStringLiteral("Final round"), QDate(2026, 3, 5), QStringLiteral("Again"));
    add(QStringLiteral("../../etc/passwd: <bad>?*"), QDate(2026, 3, 6), QStringLiteral("x"));
    auto document = JournalExport(*db).load();
    ASSERT_OK(document);
    const QString target = folder.path(QStringLiteral("entries"));
    int calls = 0;
    ASSERT_OK(JournalExport::writeFolder(*document, HtmlJournalFormat(), target,
                                         [&](int done, int total) {
                                             EXPECT_EQ(done, ++calls);
                                             EXPECT_EQ(total, 4);
                                             return true;
                                         }));
    EXPECT_EQ(calls, 4);
    const QStringList names = QDir(target).entryList(QDir::Files, QDir::Name);
    EXPECT_EQ(names,
              QStringList({ QStringLiteral("2026-03-01-first-call.html"),
                            QStringLiteral("2026-03-05-final-round-2.html"),
                            QStringLiteral("2026-03-05-final-round.html"),
                            QStringLiteral("2026-03-06-etc-passwd-bad.html") }));
    EXPECT_TRUE(read(QDir(target).filePath(QStringLiteral("2026-03-01-first-call.html")))
                    .contains(QStringLiteral("Phone")));
    EXPECT_EQ(leftovers(), QStringList({ QStringLiteral("entries") })) << "no temporary folder";
}

TEST_F(Export, EmptyTargetFolderIsFilled)
{
    const QString target = folder.path(QStringLiteral("empty"));
    ASSERT_TRUE(QDir().mkdir(target));
    auto document = JournalExport(*db).load();
    ASSERT_OK(document);
    ASSERT_OK(JournalExport::writeFolder(*document, MarkdownJournalFormat(), target));
    EXPECT_EQ(QDir(target).entryList(QDir::Files).size(), 2);
}

TEST_F(Export, NonEmptyFolderIsRefusedAndUntouched)
{
    const QString target = folder.path(QStringLiteral("mine"));
    ASSERT_TRUE(QDir().mkdir(target));
    QFile keep(QDir(target).filePath(QStringLiteral("keep.txt")));
    ASSERT_TRUE(keep.open(QIODevice::WriteOnly));
    keep.write("mine");
    keep.close();
    auto document = JournalExport(*db).load();
    ASSERT_OK(document);
    const Status refused = JournalExport::writeFolder(*document, MarkdownJournalFormat(), target);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("not empty")));
    EXPECT_EQ(QDir(target).entryList(QDir::Files), QStringList({ QStringLiteral("keep.txt") }));
    EXPECT_EQ(read(QDir(target).filePath(QStringLiteral("keep.txt"))), QStringLiteral("mine"));
    EXPECT_EQ(leftovers(), QStringList({ QStringLiteral("mine") }));
}

TEST_F(Export, CancelLeavesNothingBehind)
{
    auto document = JournalExport(*db).load();
    ASSERT_OK(document);
    const QString target = folder.path(QStringLiteral("cancelled"));
    const Status cancelled = JournalExport::writeFolder(*document, MarkdownJournalFormat(), target,
                                                        [](int done, int) { return done < 2; });
    EXPECT_FALSE(cancelled.ok());
    EXPECT_FALSE(QFileInfo::exists(target));
    EXPECT_TRUE(leftovers().isEmpty()) << leftovers().join(QLatin1Char(' ')).toStdString();
}

TEST_F(Export, FailureLeavesNothingBehind)
{
    auto document = JournalExport(*db).load();
    ASSERT_OK(document);
    // A file where the folder should go: the export is refused before anything is written.
    const QString blocker = folder.path(QStringLiteral("blocked"));
    QFile file(blocker);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    EXPECT_FALSE(JournalExport::writeFolder(*document, MarkdownJournalFormat(), blocker).ok());
    // A target under a file cannot be created at all.
    const QString impossible = folder.path(QStringLiteral("blocked/inside"));
    EXPECT_FALSE(JournalExport::writeFolder(*document, MarkdownJournalFormat(), impossible).ok());
    EXPECT_FALSE(JournalExport::writeFile(*document, MarkdownJournalFormat(),
                                          impossible + QStringLiteral(".md"))
                     .ok());
    EXPECT_EQ(leftovers(), QStringList({ QStringLiteral("blocked") }));
}

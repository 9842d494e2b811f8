// A journal entry being written in while a sync changes it: the autosave writes the fields typed
// over what the sync brought (shown in the editor at once), and an entry deleted on another
// device meanwhile is kept as a new one with everything typed.
#include "journal/EntryEditor.h"
#include "journal/JournalView.h"
#include "journal/MarkdownEdit.h"
#include "journal/ReflectionSteps.h"
#include "storage/JournalRepository.h"
#include "SyncedDevices.h"

#include <gtest/gtest.h>
#include <QLineEdit>
#include <QTest>

using namespace finalist;

namespace {

class EntrySaveAfterSync : public ::testing::Test
{
protected:
    void SetUp() override
    {
        FINALIST_REQUIRE_RADICALE();
        ASSERT_OK(devices.start());
        JournalEntry onsite;
        onsite.title = QStringLiteral("Onsite at Fjord Labs");
        onsite.writtenOn = QDate::currentDate();
        onsite.experience = QStringLiteral("Four interviews.");
        ASSERT_OK(JournalRepository(*devices.laptop).add(onsite));
        id = onsite.id;
        ASSERT_OK(devices.setUpBoth());
        onPhone = JournalRepository(*devices.phone).list().value().front();
    }

    test::SyncedDevices devices;
    qint64 id = 0;
    JournalEntry onPhone;
};

} // namespace

TEST_F(EntrySaveAfterSync, TheAutosaveKeepsWhatTheSyncBroughtToOtherFields)
{
    Database& laptop = *devices.laptop;
    EntryEditor editor(laptop);
    editor.resize(1000, 760);
    editor.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
    ASSERT_TRUE(editor.load(id));
    MarkdownEdit* experience = editor.stepEdit(ExperienceStep);
    experience->setFocus();
    experience->moveCursor(QTextCursor::End);
    QTest::keyClicks(experience, QStringLiteral(" One lunch."));

    onPhone.title = QStringLiteral("Onsite at Fjord Labs (final round)");
    onPhone.tags = QStringList{ QStringLiteral("final-round") };
    ASSERT_OK(JournalRepository(*devices.phone).update(onPhone));
    ASSERT_OK(devices.sync(*devices.phone));
    ASSERT_OK(devices.sync(laptop)); // the background sync, mid-sentence

    ASSERT_TRUE(editor.flush());
    const JournalEntry saved = JournalRepository(laptop).get(id).value();
    EXPECT_EQ(saved.experience, QStringLiteral("Four interviews. One lunch."));
    EXPECT_EQ(saved.title, QStringLiteral("Onsite at Fjord Labs (final round)"));
    EXPECT_EQ(saved.tags, QStringList{ QStringLiteral("final-round") });
    // The editor shows it, and the text being typed keeps its place.
    EXPECT_EQ(editor.findChild<QLineEdit*>(QStringLiteral("entryTitle"))->text(), saved.title);
    EXPECT_EQ(experience->textCursor().position(), experience->toPlainText().size());
    QTest::keyClicks(experience, QStringLiteral(" Then a walk."));
    ASSERT_TRUE(editor.flush());
    EXPECT_EQ(JournalRepository(laptop).get(id).value().title, saved.title);

    auto sent = devices.sync(laptop);
    ASSERT_OK(sent);
    EXPECT_EQ(sent.value().conflicts, 0);
    ASSERT_OK(devices.sync(*devices.phone));
    const JournalEntry there = JournalRepository(*devices.phone).get(onPhone.id).value();
    EXPECT_EQ(there.experience, QStringLiteral("Four interviews. One lunch. Then a walk."));
    EXPECT_EQ(there.title, saved.title);
}

TEST_F(EntrySaveAfterSync, AnEntryDeletedElsewhereWhileWrittenInIsKeptAsANewOne)
{
    Database& laptop = *devices.laptop;
    JournalView view(laptop);
    view.resize(1200, 760);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.select(id);
    ASSERT_EQ(view.editor()->entryId(), id);
    MarkdownEdit* experience = view.editor()->stepEdit(ExperienceStep);
    experience->moveCursor(QTextCursor::End);
    QTest::keyClicks(experience, QStringLiteral(" One lunch."));

    ASSERT_OK(JournalRepository(*devices.phone).remove(onPhone.id));
    ASSERT_OK(devices.sync(*devices.phone));
    ASSERT_OK(devices.sync(laptop));
    ASSERT_FALSE(JournalRepository(laptop).get(id));

    ASSERT_TRUE(view.flush());
    const auto kept = JournalRepository(laptop).list().value();
    ASSERT_EQ(kept.size(), 1u);
    EXPECT_EQ(kept.front().title, QStringLiteral("Onsite at Fjord Labs"));
    EXPECT_EQ(kept.front().experience, QStringLiteral("Four interviews. One lunch."));
    EXPECT_EQ(view.editor()->entryId(), kept.front().id);
}

// A contact open with unsaved edits while a sync changes it: Save writes the fields the user
// typed over what the sync brought, so nothing either side wrote is undone; a contact deleted
// on another device meanwhile is kept as edited.
#include "common/InlineMessage.h"
#include "contacts/ContactDetail.h"
#include "storage/ContactRepository.h"
#include "storage/SyncState.h"
#include "SyncedDevices.h"

#include <gtest/gtest.h>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace finalist;

namespace {

class ContactSaveAfterSync : public ::testing::Test
{
protected:
    void SetUp() override
    {
        FINALIST_REQUIRE_RADICALE();
        ASSERT_OK(devices.start());
        Contact priya;
        priya.firstName = QStringLiteral("Priya");
        priya.lastName = QStringLiteral("Raman");
        priya.title = QStringLiteral("Engineering Manager");
        priya.company = QStringLiteral("Fjord Labs");
        ASSERT_OK(ContactRepository(*devices.laptop).add(priya));
        id = priya.id;
        ASSERT_OK(devices.setUpBoth());
        onPhone = ContactRepository(*devices.phone).list().value().front();
    }

    // The contact open in the window, its title retyped and not saved yet.
    void typeTitle(ContactDetail& detail, const QString& title)
    {
        detail.resize(900, 800);
        detail.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&detail));
        detail.showContact(id);
        auto* edit = detail.findChild<QLineEdit*>(QStringLiteral("title"));
        ASSERT_TRUE(edit);
        edit->selectAll();
        QTest::keyClicks(edit, title);
        ASSERT_TRUE(detail.hasUnsavedChanges());
    }

    test::SyncedDevices devices;
    qint64 id = 0;
    Contact onPhone;
};

} // namespace

TEST_F(ContactSaveAfterSync, SaveKeepsWhatTheSyncBroughtToTheFieldsLeftAlone)
{
    Database& laptop = *devices.laptop;
    ContactDetail detail(laptop);
    typeTitle(detail, QStringLiteral("Director of Engineering"));

    onPhone.company = QStringLiteral("Fjord Robotics");
    onPhone.warmth = 4;
    ASSERT_OK(ContactRepository(*devices.phone).update(onPhone));
    ASSERT_OK(devices.sync(*devices.phone));
    ASSERT_OK(devices.sync(laptop)); // as the window's background sync does, mid-typing

    QTest::mouseClick(detail.saveButton(), Qt::LeftButton);
    const Contact saved = ContactRepository(laptop).get(id).value();
    EXPECT_EQ(saved.title, QStringLiteral("Director of Engineering"));
    EXPECT_EQ(saved.company, QStringLiteral("Fjord Robotics"));
    EXPECT_EQ(saved.warmth, 4);
    EXPECT_EQ(detail.findChild<QLineEdit*>(QStringLiteral("company"))->text(),
              QStringLiteral("Fjord Robotics"));
    EXPECT_TRUE(detail.message()->text().startsWith(QStringLiteral("Saved, with what came in")))
        << detail.message()->text().toStdString();
    EXPECT_FALSE(detail.hasUnsavedChanges());

    // The next syncs carry the title over and find nothing in conflict.
    auto sent = devices.sync(laptop);
    ASSERT_OK(sent);
    EXPECT_EQ(sent.value().conflicts, 0);
    ASSERT_OK(devices.sync(*devices.phone));
    const Contact there = ContactRepository(*devices.phone).get(onPhone.id).value();
    EXPECT_EQ(there.title, QStringLiteral("Director of Engineering"));
    EXPECT_EQ(there.company, QStringLiteral("Fjord Robotics"));
}

TEST_F(ContactSaveAfterSync, AContactDeletedElsewhereWhileEditedIsKeptAsEdited)
{
    Database& laptop = *devices.laptop;
    ContactDetail detail(laptop);
    typeTitle(detail, QStringLiteral("Director of Engineering"));

    ASSERT_OK(ContactRepository(*devices.phone).remove(onPhone.id));
    ASSERT_OK(devices.sync(*devices.phone));
    ASSERT_OK(devices.sync(laptop));
    ASSERT_FALSE(ContactRepository(laptop).get(id));

    QTest::mouseClick(detail.saveButton(), Qt::LeftButton);
    const auto kept = ContactRepository(laptop).list().value();
    ASSERT_EQ(kept.size(), 1u);
    EXPECT_EQ(kept.front().displayName(), QStringLiteral("Priya Raman"));
    EXPECT_EQ(kept.front().title, QStringLiteral("Director of Engineering"));
    EXPECT_EQ(kept.front().company, QStringLiteral("Fjord Labs"));
    EXPECT_EQ(detail.contactId(), kept.front().id);
    EXPECT_TRUE(detail.message()->text().contains(QStringLiteral("deleted on another device")))
        << detail.message()->text().toStdString();

    // Sent again as a new card: the phone has her back.
    ASSERT_OK(devices.sync(laptop));
    ASSERT_OK(devices.sync(*devices.phone));
    const auto back = ContactRepository(*devices.phone).list().value();
    ASSERT_EQ(back.size(), 1u);
    EXPECT_EQ(back.front().title, QStringLiteral("Director of Engineering"));
}

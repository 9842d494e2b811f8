// What a contact form's save writes over a record that changed under it: the user's edits over
// what is stored now, field by field.
#include "domain/ContactEdits.h"

#include <gtest/gtest.h>

using namespace finalist;

namespace {

Contact priya()
{
    Contact c;
    c.id = 7;
    c.firstName = QStringLiteral("Priya");
    c.lastName = QStringLiteral("Raman");
    c.title = QStringLiteral("Engineering Manager");
    c.company = QStringLiteral("Fjord Labs");
    c.email = QStringLiteral("priya@fjord.example");
    c.details = { { DetailKind::Email, QStringLiteral("work"), c.email, true } };
    c.linkedInStatus = LinkedInStatus::NotConnected;
    c.warmth = 2;
    return c;
}

} // namespace

TEST(ContactEdits, AFieldLeftAloneKeepsWhatCameInMeanwhile)
{
    const Contact shown = priya();
    Contact edited = shown;
    edited.title = QStringLiteral("Director of Engineering");
    Contact stored = shown;
    stored.company = QStringLiteral("Fjord Robotics");
    stored.warmth = 4;

    const Contact saved = withEdits(shown, edited, stored);
    EXPECT_EQ(saved.title, QStringLiteral("Director of Engineering"));
    EXPECT_EQ(saved.company, QStringLiteral("Fjord Robotics"));
    EXPECT_EQ(saved.warmth, 4);
    EXPECT_EQ(saved.id, 7);
    EXPECT_FALSE(sameEditableFields(saved, edited));
}

TEST(ContactEdits, AFieldChangedOnBothSidesTakesTheUsersTypedLast)
{
    const Contact shown = priya();
    Contact edited = shown;
    edited.company = QStringLiteral("Fjord Labs GmbH");
    Contact stored = shown;
    stored.company = QStringLiteral("Fjord Robotics");

    EXPECT_EQ(withEdits(shown, edited, stored).company, QStringLiteral("Fjord Labs GmbH"));
}

TEST(ContactEdits, EmailsAndTheirPreferredCopyMoveTogether)
{
    const Contact shown = priya();
    Contact stored = shown;
    stored.addDetail(
        { DetailKind::Phone, QStringLiteral("mobile"), QStringLiteral("+44 7700 900123"), true });
    stored.syncPreferred();
    Contact edited = shown;
    edited.notes = QStringLiteral("Met at the onsite.");

    // Untouched here: the phone that came in stays, with its preferred copy.
    Contact saved = withEdits(shown, edited, stored);
    EXPECT_EQ(saved.phone, QStringLiteral("+44 7700 900123"));
    EXPECT_EQ(saved.details.size(), 2u);
    EXPECT_EQ(saved.notes, QStringLiteral("Met at the onsite."));

    // Changed here: the user's list as a whole, not a mix of the two.
    edited.email = QStringLiteral("priya.raman@fjord.example");
    edited.details = { { DetailKind::Email, QStringLiteral("work"), edited.email, true } };
    saved = withEdits(shown, edited, stored);
    EXPECT_EQ(saved.email, QStringLiteral("priya.raman@fjord.example"));
    EXPECT_TRUE(saved.phone.isEmpty());
    EXPECT_TRUE(sameDetails(saved.details, edited.details));
}

TEST(ContactEdits, TheLinkedInStateAndItsDateMoveTogether)
{
    const Contact shown = priya();
    Contact stored = shown;
    stored.linkedInStatus = LinkedInStatus::Connected;
    stored.linkedInStatusOn = QDate(2026, 11, 30);
    Contact edited = shown;
    edited.lastName = QStringLiteral("Raman-Iyer");

    Contact saved = withEdits(shown, edited, stored);
    EXPECT_EQ(saved.linkedInStatus, LinkedInStatus::Connected);
    EXPECT_EQ(saved.linkedInStatusOn, QDate(2026, 11, 30));
    EXPECT_EQ(saved.lastName, QStringLiteral("Raman-Iyer"));

    edited.linkedInStatus = LinkedInStatus::Pending;
    edited.linkedInStatusOn = QDate(2026, 12, 1);
    saved = withEdits(shown, edited, stored);
    EXPECT_EQ(saved.linkedInStatus, LinkedInStatus::Pending);
    EXPECT_EQ(saved.linkedInStatusOn, QDate(2026, 12, 1));
}

// The role an imported person plays, read from their title, kept through merge and undo.
#include "RawSql.h"
#include "services/ContactImport.h"
#include "storage/ContactRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace finalist;

TEST(ImportedRole, TheTitleTellsThePartInTheProcess)
{
    const std::pair<const char*, RoleCategory> cases[] = {
        { "Hiring Manager, Platform", RoleCategory::HiringManager },
        { "Senior Engineering Manager", RoleCategory::HiringManager },
        { "Talent Partner", RoleCategory::Recruiter },
        { "Senior Technical Recruiter", RoleCategory::Recruiter },
        { "Director of Talent Acquisition", RoleCategory::Recruiter },
        { "HR Business Partner", RoleCategory::Recruiter },
        { "Executive Assistant to the CEO", RoleCategory::Gatekeeper },
        { "Recruiting Coordinator", RoleCategory::Recruiter },
        { "VP Engineering", RoleCategory::Executive },
        { "Co-Founder & CTO", RoleCategory::Executive },
        { "Director, \"Design Systems\"", RoleCategory::Director },
        { "Head of Product", RoleCategory::Director },
        { "Staff Software Engineer", RoleCategory::TeamMember },
        { "Gardener", RoleCategory::Other },
        { "", RoleCategory::Other },
        // A word inside another word does not count: "thread" holds "head" but is not one.
        { "Thread Weaver", RoleCategory::Other },
    };
    for (const auto& [title, role] : cases)
        EXPECT_EQ(ContactImport::roleFromTitle(QString::fromUtf8(title)), role) << title;
}

TEST(ImportedRole, AMergeFillsARoleLeftAtOtherAndUndoPutsItBack)
{
    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    auto db = test::openOrFail(folder.path(QStringLiteral("role.sqlite")), clock);
    ASSERT_TRUE(db);
    Contact priya;
    priya.firstName = QStringLiteral("Priya");
    priya.lastName = QStringLiteral("Raman");
    priya.email = QStringLiteral("priya@example.org");
    ASSERT_OK(ContactRepository(*db).add(priya));
    Contact chosen; // a role the user chose stays
    chosen.firstName = QStringLiteral("Sam");
    chosen.lastName = QStringLiteral("Okoro");
    chosen.email = QStringLiteral("sam@example.org");
    chosen.role = RoleCategory::TeamMember;
    ASSERT_OK(ContactRepository(*db).add(chosen));

    ContactFileContents contents;
    for (const auto& [email, title] :
         { std::pair{ "priya@example.org", "Hiring Manager, Platform" },
           std::pair{ "sam@example.org", "VP Engineering" } }) {
        ImportedContact person;
        person.contact.firstName = QString::fromLatin1(email).section(QLatin1Char('@'), 0, 0);
        person.contact.email = QString::fromLatin1(email);
        person.contact.title = QString::fromLatin1(title);
        person.contact.syncPreferred();
        person.line = int(contents.contacts.size()) + 2;
        contents.contacts.push_back(person);
    }
    ContactImport import(*db);
    auto plan = import.plan(contents, QStringLiteral("CSV"), QStringLiteral("people.csv"));
    ASSERT_OK(plan);
    ASSERT_EQ(plan.value().matchCount(), 2);
    auto outcome = import.commit(plan.value());
    ASSERT_OK(outcome);
    const auto row = [&](qint64 id) {
        return test::rawSql(db->path(),
                            QStringLiteral("SELECT role_category || '/' || title FROM contacts "
                                           "WHERE id = %1")
                                .arg(id))
            .toString();
    };
    EXPECT_EQ(row(priya.id), QStringLiteral("hiring_manager/Hiring Manager, Platform"));
    EXPECT_EQ(row(chosen.id), QStringLiteral("team_member/VP Engineering"));

    ASSERT_OK(import.undo(outcome.value().importId));
    EXPECT_EQ(row(priya.id), QStringLiteral("other/"));
    EXPECT_EQ(row(chosen.id), QStringLiteral("team_member/"));
}

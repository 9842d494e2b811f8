// finalist-cli import and export of contacts, checked in the database afterwards.
#include "CliFixture.h"
#include "RawSql.h"

#include <QFile>

using namespace finalist::test;

namespace {

class CliContacts : public Cli
{
protected:
    void SetUp() override { ASSERT_EQ(run({ QStringLiteral("init") }).exitCode, 0); }
    QString fixture(const QString& name) const
    {
        return fixturePath(QStringLiteral("import/") + name);
    }
};

} // namespace

TEST_F(CliContacts, ADryRunPreviewsAndWritesNothing)
{
    const CliOutcome preview
        = run({ QStringLiteral("import"), QStringLiteral("linkedin"),
                fixture(QStringLiteral("Connections.csv")), QStringLiteral("--dry-run") });
    EXPECT_EQ(preview.exitCode, 0) << preview.err.toStdString();
    EXPECT_TRUE(preview.out.contains(QStringLiteral("4 new"))) << preview.out.toStdString();
    EXPECT_TRUE(preview.out.contains(QStringLiteral("Line 8")));
    EXPECT_TRUE(preview.out.contains(QStringLiteral("nothing was written")));
    EXPECT_EQ(statsCount(QStringLiteral("contacts")), 0);
}

TEST_F(CliContacts, ImportsThenExportsTheSameContacts)
{
    const CliOutcome imported = run({ QStringLiteral("import"), QStringLiteral("linkedin"),
                                      fixture(QStringLiteral("Connections.csv")) });
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(statsCount(QStringLiteral("contacts")), 4);
    const CliOutcome cards = run({ QStringLiteral("import"), QStringLiteral("vcard"),
                                   fixture(QStringLiteral("apple-3.0.vcf")) });
    EXPECT_EQ(cards.exitCode, 0) << cards.err.toStdString();
    EXPECT_EQ(statsCount(QStringLiteral("contacts")), 6);

    const QString vcf = folder.path(QStringLiteral("all.vcf"));
    const QString csv = folder.path(QStringLiteral("all.csv"));
    EXPECT_EQ(run({ QStringLiteral("export"), QStringLiteral("vcard"), vcf }).exitCode, 0);
    EXPECT_EQ(run({ QStringLiteral("export"), QStringLiteral("csv"), csv }).exitCode, 0);
    QFile cardsFile(vcf);
    ASSERT_TRUE(cardsFile.open(QIODevice::ReadOnly));
    EXPECT_EQ(cardsFile.readAll().count("BEGIN:VCARD"), 6);
    QFile sheet(csv);
    ASSERT_TRUE(sheet.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(sheet.readAll()).contains(QStringLiteral("Zoë")));

    // Everyone exported is recognised when read back: nothing new.
    const CliOutcome again = run(
        { QStringLiteral("import"), QStringLiteral("vcard"), vcf, QStringLiteral("--dry-run") });
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.startsWith(QStringLiteral("0 new, 6 already")))
        << again.out.toStdString();
}

TEST_F(CliContacts, AMalformedFileIsRefusedWithItsLineAndNothingWritten)
{
    const QString broken = folder.path(QStringLiteral("broken.csv"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
               "Ana,Ruiz,,,\"Harbor,Talent,12 Mar 2024\n");
    file.close();
    const CliOutcome outcome
        = run({ QStringLiteral("import"), QStringLiteral("linkedin"), broken });
    EXPECT_EQ(outcome.exitCode, 1);
    EXPECT_TRUE(outcome.err.contains(QStringLiteral("Line 2"))) << outcome.err.toStdString();
    EXPECT_EQ(statsCount(QStringLiteral("contacts")), 0);
    EXPECT_EQ(run({ QStringLiteral("import"), QStringLiteral("linkedin"),
                    folder.path(QStringLiteral("missing.csv")) })
                  .exitCode,
              1);
}

TEST_F(CliContacts, UsageMistakesExitTwo)
{
    EXPECT_EQ(
        run({ QStringLiteral("import"), QStringLiteral("outlook"), QStringLiteral("x") }).exitCode,
        2);
    EXPECT_EQ(run({ QStringLiteral("import"), QStringLiteral("vcard") }).exitCode, 2);
    EXPECT_EQ(run({ QStringLiteral("stats"), QStringLiteral("--dry-run") }).exitCode, 2);
    EXPECT_EQ(run({ QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("x.csv"),
                    QStringLiteral("--folder") })
                  .exitCode,
              2);
}

// One command for both LinkedIn files: Invitations.csv is told apart by its header.
TEST_F(CliContacts, ImportLinkedInReadsInvitationsTooAndItsDryRunWritesNothing)
{
    ASSERT_EQ(run({ QStringLiteral("import"), QStringLiteral("vcard"),
                    fixture(QStringLiteral("apple-3.0.vcf")) })
                  .exitCode,
              0);
    const auto status = [this] {
        return rawSql(path,
                      QStringLiteral("SELECT linkedin_status FROM contacts WHERE "
                                     "last_name = 'Okafor'"))
            .toString();
    };
    ASSERT_EQ(status(), QStringLiteral("not_connected"));
    const CliOutcome dry
        = run({ QStringLiteral("import"), QStringLiteral("linkedin"),
                fixture(QStringLiteral("Invitations.csv")), QStringLiteral("--dry-run") });
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("invitation pending"))) << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("nothing was written")));
    EXPECT_EQ(status(), QStringLiteral("not_connected"));
    EXPECT_EQ(rawSql(path, QStringLiteral("SELECT count(*) FROM imports")).toInt(), 1)
        << "only the vCard import is logged";

    const CliOutcome real = run({ QStringLiteral("import"), QStringLiteral("linkedin"),
                                  fixture(QStringLiteral("Invitations.csv")) });
    ASSERT_EQ(real.exitCode, 0) << real.err.toStdString();
    EXPECT_TRUE(real.out.startsWith(QStringLiteral("LinkedIn invitations: 2 of your contacts")))
        << real.out.toStdString();
    EXPECT_EQ(status(), QStringLiteral("pending"));
}

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

TEST_F(CliContacts, ImportCsvKnowsGoogleByItsHeadingsAndMapOverridesAColumn)
{
    const QString google = fixture(QStringLiteral("real/google-contacts.csv"));
    const CliOutcome dry = run(
        { QStringLiteral("import"), QStringLiteral("csv"), google, QStringLiteral("--dry-run") });
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.startsWith(QStringLiteral("Read as a Google Contacts export.")))
        << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("E-mail 1 - Value → Email")));
    EXPECT_FALSE(dry.out.contains(QStringLiteral("E-mail 1 - Label →")));
    EXPECT_TRUE(dry.out.contains(QStringLiteral("3 new"))) << dry.out.toStdString();
    EXPECT_EQ(statsCount(QStringLiteral("contacts")), 0);

    // The department as the company, by its heading; the second email column by its number.
    const CliOutcome mapped
        = run({ QStringLiteral("import"), QStringLiteral("csv"), google, QStringLiteral("--map"),
                QStringLiteral("company=Organization Department,email=21") });
    ASSERT_EQ(mapped.exitCode, 0) << mapped.err.toStdString();
    EXPECT_EQ(rawSql(path,
                     QStringLiteral("SELECT company || '|' || email FROM contacts WHERE "
                                    "last_name = 'Solberg'"))
                  .toString(),
              QStringLiteral("Platform|ingrid@home.example"));
}

TEST_F(CliContacts, ABadMapSaysWhatAndWritesNothing)
{
    const QString google = fixture(QStringLiteral("real/google-contacts.csv"));
    for (const QString& map :
         { QStringLiteral("employer=Organization Name"), QStringLiteral("email=Work Mail"),
           QStringLiteral("email=99"), QStringLiteral("email") }) {
        const CliOutcome bad = run({ QStringLiteral("import"), QStringLiteral("csv"), google,
                                     QStringLiteral("--map"), map });
        EXPECT_EQ(bad.exitCode, 1) << map.toStdString();
        EXPECT_TRUE(bad.err.contains(QStringLiteral("--map"))) << bad.err.toStdString();
    }
    EXPECT_EQ(statsCount(QStringLiteral("contacts")), 0);
    EXPECT_EQ(run({ QStringLiteral("import"), QStringLiteral("vcard"),
                    fixture(QStringLiteral("apple-3.0.vcf")), QStringLiteral("--map"),
                    QStringLiteral("email=1") })
                  .exitCode,
              2)
        << "--map goes with import csv only";
}

TEST_F(CliContacts, ExportsVCard30OnRequestAndCsvWithOrWithoutItsMark)
{
    ASSERT_EQ(run({ QStringLiteral("import"), QStringLiteral("vcard"),
                    fixture(QStringLiteral("apple-3.0.vcf")) })
                  .exitCode,
              0);
    const auto read = [](const QString& file) {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QString v3 = folder.path(QStringLiteral("old.vcf"));
    ASSERT_EQ(run({ QStringLiteral("export"), QStringLiteral("vcard"), v3,
                    QStringLiteral("--version"), QStringLiteral("3.0") })
                  .exitCode,
              0);
    EXPECT_TRUE(read(v3).contains("VERSION:3.0\r\n"));
    EXPECT_FALSE(read(v3).contains("VERSION:4.0"));
    const QString v4 = folder.path(QStringLiteral("new.vcf"));
    ASSERT_EQ(run({ QStringLiteral("export"), QStringLiteral("vcard"), v4 }).exitCode, 0);
    EXPECT_TRUE(read(v4).contains("VERSION:4.0\r\n"));
    EXPECT_EQ(run({ QStringLiteral("export"), QStringLiteral("vcard"), v4,
                    QStringLiteral("--vcard-version"), QStringLiteral("2.1") })
                  .exitCode,
              2);
    EXPECT_EQ(runRaw({ QStringLiteral("--version") }).exitCode, 0) << "still the program's";

    const QString marked = folder.path(QStringLiteral("marked.csv"));
    const QString plain = folder.path(QStringLiteral("plain.csv"));
    ASSERT_EQ(run({ QStringLiteral("export"), QStringLiteral("csv"), marked }).exitCode, 0);
    ASSERT_EQ(
        run({ QStringLiteral("export"), QStringLiteral("csv"), plain, QStringLiteral("--no-bom") })
            .exitCode,
        0);
    EXPECT_TRUE(read(marked).startsWith("\xEF\xBB\xBF"
                                        "First Name,"));
    EXPECT_TRUE(read(plain).startsWith("First Name,"));
}

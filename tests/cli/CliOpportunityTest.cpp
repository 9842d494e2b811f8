// finalist-cli opportunity … and import invite, as a user at a terminal runs them.
#include "CliFixture.h"
#include "RawSql.h"

using namespace finalist::test;

namespace {

class CliOpportunity : public Cli
{
protected:
    void SetUp() override { ASSERT_EQ(run({ QStringLiteral("init") }).exitCode, 0); }

    QVariant sql(const QString& statement) const { return rawSql(path, statement); }
    CliOutcome opportunity(const QStringList& arguments) const
    {
        return run(QStringList{ QStringLiteral("opportunity") } + arguments);
    }
};

} // namespace

TEST_F(CliOpportunity, AddListMoveAndShow)
{
    const CliOutcome added = opportunity(
        { QStringLiteral("add"), QStringLiteral("--company"), QStringLiteral("Lindqvist & Maré"),
          QStringLiteral("--role"), QStringLiteral("Head of Data"), QStringLiteral("--url"),
          QStringLiteral("https://jobs.example.com/7") });
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.out.contains(QStringLiteral("Lindqvist & Maré, Head of Data")))
        << added.out.toStdString();
    const QString id = sql(QStringLiteral("SELECT id FROM opportunities")).toString();
    opportunity({ QStringLiteral("add"), QStringLiteral("--company"), QStringLiteral("Borealis"),
                  QStringLiteral("--stage"), QStringLiteral("interested") });

    const CliOutcome list = opportunity({ QStringLiteral("list") });
    ASSERT_EQ(list.exitCode, 0);
    EXPECT_TRUE(list.out.contains(QStringLiteral("2 opportunities"))) << list.out.toStdString();
    const CliOutcome interested = opportunity(
        { QStringLiteral("list"), QStringLiteral("--stage"), QStringLiteral("interested") });
    EXPECT_TRUE(interested.out.contains(QStringLiteral("Borealis")));
    EXPECT_FALSE(interested.out.contains(QStringLiteral("Lindqvist")));
    // One is counted in the singular, through the English plural forms the CLI loads.
    EXPECT_TRUE(interested.out.contains(QStringLiteral("\n1 opportunity\n")))
        << interested.out.toStdString();

    const CliOutcome moved
        = opportunity({ QStringLiteral("stage"), id, QStringLiteral("final_round") });
    ASSERT_EQ(moved.exitCode, 0) << moved.err.toStdString();
    EXPECT_TRUE(moved.out.contains(QStringLiteral("Applied → Final round")))
        << moved.out.toStdString();
    EXPECT_EQ(
        sql(QStringLiteral("SELECT count(*) FROM opportunity_stages WHERE opportunity_id = %1")
                .arg(id))
            .toInt(),
        2);

    const CliOutcome shown = opportunity({ QStringLiteral("show"), id });
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    for (const char* part : { "Lindqvist & Maré — Head of Data", "Stage: Final round",
                              "https://jobs.example.com/7", "applied", "final_round", "Rounds:",
                              "Linked: 0 reflections, 0 notes, 0 follow-ups to do, 0 wins" })
        EXPECT_TRUE(shown.out.contains(QString::fromUtf8(part))) << part << "\n"
                                                                 << shown.out.toStdString();
}

TEST_F(CliOpportunity, BadInputIsNamedAndWritesNothing)
{
    const CliOutcome noCompany
        = opportunity({ QStringLiteral("add"), QStringLiteral("--role"), QStringLiteral("X") });
    EXPECT_EQ(noCompany.exitCode, 2);
    EXPECT_TRUE(noCompany.err.contains(QStringLiteral("--company"))) << noCompany.err.toStdString();
    const CliOutcome badStage
        = opportunity({ QStringLiteral("add"), QStringLiteral("--company"), QStringLiteral("Acme"),
                        QStringLiteral("--stage"), QStringLiteral("lost") });
    EXPECT_EQ(badStage.exitCode, 2);
    EXPECT_TRUE(badStage.err.contains(QStringLiteral("lost")));
    EXPECT_TRUE(badStage.err.contains(QStringLiteral("not_chosen")));
    const CliOutcome badUrl
        = opportunity({ QStringLiteral("add"), QStringLiteral("--company"), QStringLiteral("Acme"),
                        QStringLiteral("--url"), QStringLiteral("jobs.example.com") });
    EXPECT_EQ(badUrl.exitCode, 1);
    EXPECT_TRUE(badUrl.err.contains(QStringLiteral("jobs.example.com")))
        << badUrl.err.toStdString();
    EXPECT_EQ(
        opportunity({ QStringLiteral("stage"), QStringLiteral("99"), QStringLiteral("offer") })
            .exitCode,
        1);
    EXPECT_EQ(opportunity({ QStringLiteral("stage"), QStringLiteral("x"), QStringLiteral("offer") })
                  .exitCode,
              2);
    EXPECT_EQ(opportunity({ QStringLiteral("show") }).exitCode, 2);
    EXPECT_EQ(opportunity({ QStringLiteral("frobnicate") }).exitCode, 2);
    EXPECT_EQ(run({ QStringLiteral("stats"), QStringLiteral("--company"), QStringLiteral("Acme") })
                  .exitCode,
              2);
    EXPECT_EQ(sql(QStringLiteral("SELECT count(*) FROM opportunities")).toInt(), 0);
}

TEST_F(CliOpportunity, AnInvitationIsPreviewedThenImported)
{
    opportunity({ QStringLiteral("add"), QStringLiteral("--company"),
                  QStringLiteral("Fjordline Logistics") });
    const QString invite = fixturePath(QStringLiteral("invitations/outlook-exchange.ics"));
    const CliOutcome dry = run({ QStringLiteral("import"), QStringLiteral("invite"), invite,
                                 QStringLiteral("--dry-run") });
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("Fjordline Logistics"))) << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("Okonkwo-Whitfield")));
    EXPECT_TRUE(dry.out.contains(QStringLiteral("Nothing written")));
    EXPECT_EQ(sql(QStringLiteral("SELECT count(*) FROM rounds")).toInt(), 0);

    const CliOutcome done = run({ QStringLiteral("import"), QStringLiteral("invite"), invite });
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    EXPECT_EQ(sql(QStringLiteral("SELECT count(*) FROM rounds")).toInt(), 1);
    EXPECT_EQ(sql(QStringLiteral("SELECT count(*) FROM meetings")).toInt(), 4)
        << "the organizer and three attendees (no profile here, so the candidate too); the room "
           "is not a person";
}

TEST_F(CliOpportunity, ABrokenOrUnplacedInvitationWritesNothing)
{
    const CliOutcome broken
        = run({ QStringLiteral("import"), QStringLiteral("invite"),
                fixturePath(QStringLiteral("invitations/broken-bad-date.ics")) });
    EXPECT_EQ(broken.exitCode, 1);
    EXPECT_TRUE(broken.err.contains(QStringLiteral("Line 30"))) << broken.err.toStdString();
    // No process to put it in: the user is told how to name one.
    const CliOutcome unplaced
        = run({ QStringLiteral("import"), QStringLiteral("invite"),
                fixturePath(QStringLiteral("invitations/google-calendar.ics")) });
    EXPECT_EQ(unplaced.exitCode, 2);
    EXPECT_TRUE(unplaced.err.contains(QStringLiteral("--opportunity")));
    EXPECT_EQ(run({ QStringLiteral("import"), QStringLiteral("invite"),
                    fixturePath(QStringLiteral("invitations/google-calendar.ics")),
                    QStringLiteral("--opportunity"), QStringLiteral("abc") })
                  .exitCode,
              2);
    EXPECT_EQ(sql(QStringLiteral("SELECT count(*) FROM rounds")).toInt(), 0);
    EXPECT_EQ(sql(QStringLiteral("SELECT count(*) FROM contacts")).toInt(), 0);
}

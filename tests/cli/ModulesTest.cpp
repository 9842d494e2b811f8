// The large libraries live in modules loaded on first use (core/modules/ModuleLoader): a command
// or a start that needs none of them loads none, the ones that do load theirs, and a missing
// module is said in words with nothing written.
#include "CliFixture.h"
#include "Traced.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace finalist::test;

namespace {

const QStringList kNetwork{ QStringLiteral("libfinalist-network.so"),
                            QStringLiteral("libQt6Network.so"), QStringLiteral("libqt6keychain") };
const QStringList kPhone{ QStringLiteral("libfinalist-phone.so"),
                          QStringLiteral("libphonenumber.so"), QStringLiteral("libprotobuf.so") };

class Modules : public Cli
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(run({ QStringLiteral("init") }).exitCode, 0);
        ASSERT_EQ(run({ QStringLiteral("import"), QStringLiteral("vcard"),
                        fixturePath(QStringLiteral("import/android-2.1.vcf")) })
                      .exitCode,
                  0);
    }

    // The libraries of `wanted` the program opened, as strace saw them.
    QStringList opened(const QStringList& wanted, const QString& program,
                       const QStringList& arguments)
    {
        QStringList found;
        for (const QString& line : tracedCalls(folder.path(QStringLiteral("trace.log")),
                                               QStringLiteral("openat"), program, arguments)) {
            if (line.contains(QLatin1String("ENOENT")))
                continue;
            for (const QString& library : wanted) {
                if (line.contains(library))
                    found << library;
            }
        }
        found.removeDuplicates();
        return found;
    }

    // A run with the modules looked for in an empty folder, as after a broken install.
    CliOutcome runWithoutModules(const QStringList& arguments, const QByteArray& input = {})
    {
        const QString empty = folder.path(QStringLiteral("no-modules"));
        QDir().mkpath(empty);
        qputenv("FINALIST_MODULE_DIR", empty.toUtf8());
        const CliOutcome outcome = run(arguments, {}, input);
        qunsetenv("FINALIST_MODULE_DIR");
        return outcome;
    }
};

} // namespace

TEST_F(Modules, ReadingCommandsLoadNeitherModule)
{
    FINALIST_REQUIRE_STRACE();
    for (const QStringList& command :
         { QStringList{ QStringLiteral("stats") },
           QStringList{ QStringLiteral("search"), QStringLiteral("interview") },
           QStringList{ QStringLiteral("outreach"), QStringLiteral("list") },
           QStringList{ QStringLiteral("sync"), QStringLiteral("status") } }) {
        const QStringList found
            = opened(kNetwork + kPhone, QStringLiteral(FINALIST_CLI),
                     QStringList{ QStringLiteral("--database"), path } + command);
        EXPECT_TRUE(found.isEmpty()) << command.join(QLatin1Char(' ')).toStdString() << ": "
                                     << found.join(QLatin1Char(' ')).toStdString();
    }
}

TEST_F(Modules, TheWindowStartsWithoutEitherModule)
{
    FINALIST_REQUIRE_STRACE();
    const QStringList found
        = opened(kNetwork + kPhone, QStringLiteral(FINALIST_APP),
                 { QStringLiteral("--database"), path, QStringLiteral("--quit-when-shown") });
    EXPECT_TRUE(found.isEmpty()) << found.join(QLatin1Char(' ')).toStdString();
}

TEST_F(Modules, WritingPhoneNumbersLoadsThePhoneModuleAlone)
{
    FINALIST_REQUIRE_STRACE();
    const QString cards = folder.path(QStringLiteral("out.vcf"));
    const QStringList found = opened(kNetwork + kPhone, QStringLiteral(FINALIST_CLI),
                                     { QStringLiteral("--database"), path, QStringLiteral("export"),
                                       QStringLiteral("vcard"), cards });
    EXPECT_EQ(found, kPhone);
    QFile file(cards);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("tel:+49301234567"));
}

TEST_F(Modules, WithoutThePhoneModuleNumbersAreWrittenAsTyped)
{
    const QString cards = folder.path(QStringLiteral("out.vcf"));
    const CliOutcome exported
        = runWithoutModules({ QStringLiteral("export"), QStringLiteral("vcard"), cards });
    EXPECT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.err.contains(QLatin1String("finalist-phone")))
        << exported.err.toStdString();
    QFile file(cards);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    EXPECT_TRUE(written.contains("TEL;TYPE=work;PREF=1:+49 30 1234567")) << written.constData();
    EXPECT_TRUE(written.contains("TEL;TYPE=cell:+49 170 7654321")) << written.constData();
}

TEST_F(Modules, WithoutTheNetworkModuleSyncSaysWhatIsMissingAndKeepsNoAccount)
{
    const QByteArray before = sha256Of(path);
    const CliOutcome setup = runWithoutModules(
        { QStringLiteral("sync"), QStringLiteral("setup"), QStringLiteral("--url"),
          QStringLiteral("http://127.0.0.1:9/"), QStringLiteral("--user"), QStringLiteral("maya"),
          QStringLiteral("--password-stdin") },
        "secret\n");
    EXPECT_EQ(setup.exitCode, 1) << setup.out.toStdString() << setup.err.toStdString();
    EXPECT_TRUE(
        setup.err.contains(QLatin1String("A part of Finalist is missing (finalist-network)")))
        << setup.err.toStdString();
    EXPECT_EQ(sha256Of(path), before);
    const CliOutcome status = run({ QStringLiteral("sync"), QStringLiteral("status") });
    EXPECT_EQ(status.exitCode, 0) << status.err.toStdString();
    EXPECT_TRUE(status.out.contains(QLatin1String("No sync account"))) << status.out.toStdString();
}

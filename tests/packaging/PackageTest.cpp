// The Debian package CPack builds from this build: installed into an empty root, its programs
// start, it carries every file in its FHS place, no RUNPATH, stripped programs, and it
// depends on the Qt plugins that no linker sees (the SQLite driver above all).
#include "Run.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace {

class Package : public ::testing::Test
{
protected:
    // Built once for the suite: CPack takes a while.
    static void SetUpTestSuite()
    {
        s_folder = new finalist::test::TempFolder;
        const Ran built
            = run(QStringLiteral("cpack"),
                  { QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                    QStringLiteral(FINALIST_BUILD_DIR "/CPackConfig.cmake"), QStringLiteral("-B"),
                    s_folder->path(QStringLiteral("out")) },
                  QProcessEnvironment::systemEnvironment(), 600000);
        s_log = built.out + built.err;
        QDirIterator debs(s_folder->path(QStringLiteral("out")), { QStringLiteral("*.deb") },
                          QDir::Files);
        while (debs.hasNext())
            s_deb = debs.next();
        if (!s_deb.isEmpty())
            run(QStringLiteral("dpkg-deb"), { QStringLiteral("-x"), s_deb, root() });
    }
    static void TearDownTestSuite()
    {
        delete s_folder;
        s_folder = nullptr;
    }
    static QString root() { return s_folder->path(QStringLiteral("root")); }
    // The modules loaded on first use (core/modules/ModuleLoader), beside the libraries.
    static QStringList modules()
    {
        QStringList found;
        QDirIterator files(root() + QStringLiteral("/usr/lib"), { QStringLiteral("*.so") },
                           QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext())
            found << QDir(root()).relativeFilePath(files.next());
        return found;
    }
    static QString field(const QString& name)
    {
        return run(QStringLiteral("dpkg-deb"), { QStringLiteral("-f"), s_deb, name }).out.trimmed();
    }
    void SetUp() override { ASSERT_FALSE(s_deb.isEmpty()) << s_log.toStdString(); }

    static inline finalist::test::TempFolder* s_folder = nullptr;
    static inline QString s_deb;
    static inline QString s_log;
};

} // namespace

TEST_F(Package, TheInstalledProgramsStart)
{
    QProcessEnvironment offscreen = QProcessEnvironment::systemEnvironment();
    offscreen.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const char* program : { "finalist-cli", "finalist" }) {
        const Ran ran = run(root() + QStringLiteral("/usr/bin/") + QLatin1String(program),
                            { QStringLiteral("--version") }, offscreen, 30000);
        EXPECT_EQ(ran.exitCode, 0) << program << ": " << ran.err.toStdString();
        EXPECT_TRUE(ran.out.contains(QStringLiteral(FINALIST_VERSION)))
            << program << ": " << ran.out.toStdString();
    }
}

TEST_F(Package, EveryFileIsInItsPlace)
{
    const QString id = QStringLiteral("io.github.finalist.Finalist");
    QStringList expected{
        QStringLiteral("usr/bin/finalist"),
        QStringLiteral("usr/bin/finalist-cli"),
        QStringLiteral("usr/share/applications/%1.desktop").arg(id),
        QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(id),
        QStringLiteral("usr/share/mime/packages/%1.xml").arg(id),
        QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(id),
        QStringLiteral("usr/share/icons/hicolor/symbolic/apps/%1-symbolic.svg").arg(id),
        QStringLiteral("usr/share/man/man1/finalist.1.gz"),
        QStringLiteral("usr/share/man/man1/finalist-cli.1.gz"),
        QStringLiteral("usr/share/finalist/translations/finalist_de.qm"),
        QStringLiteral("usr/share/finalist/translations/finalist_en.qm"),
        QStringLiteral("usr/share/doc/finalist/copyright"),
        QStringLiteral("usr/share/doc/finalist/changelog.gz"),
        QStringLiteral("usr/share/lintian/overrides/finalist")
    };
    for (const QString& module : modules())
        expected << module;
    for (int size : { 16, 22, 24, 32, 48, 64, 128, 256, 512 })
        expected << QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(id);
    for (const QString& file : std::as_const(expected))
        EXPECT_TRUE(QFileInfo(root() + QLatin1Char('/') + file).isFile()) << file.toStdString();
    // Nothing outside /usr (no /usr/local, no build paths).
    EXPECT_EQ(QDir(root()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
              QStringList{ QStringLiteral("usr") });
}

TEST_F(Package, TheModulesAreInTheLibraryFolderAndFoundFromThere)
{
    const QStringList found = modules();
    ASSERT_EQ(found.size(), 2) << found.join(QLatin1Char(' ')).toStdString();
    for (const char* module :
         { "/finalist/libfinalist-phone.so", "/finalist/libfinalist-network.so" })
        EXPECT_EQ(found.filter(QLatin1String(module)).size(), 1) << module;
    // The installed command line reads a number with its installed phone module.
    finalist::test::TempFolder work;
    const QString journal = work.path(QStringLiteral("j.sqlite"));
    const QString cards = work.path(QStringLiteral("out.vcf"));
    const QString cli = root() + QStringLiteral("/usr/bin/finalist-cli");
    ASSERT_EQ(run(cli, { QStringLiteral("--database"), journal, QStringLiteral("init") }).exitCode,
              0);
    ASSERT_EQ(run(cli,
                  { QStringLiteral("--database"), journal, QStringLiteral("import"),
                    QStringLiteral("vcard"),
                    finalist::test::fixturePath(QStringLiteral("import/android-2.1.vcf")) })
                  .exitCode,
              0);
    const Ran exported = run(cli,
                             { QStringLiteral("--database"), journal, QStringLiteral("export"),
                               QStringLiteral("vcard"), cards });
    EXPECT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_FALSE(exported.err.contains(QLatin1String("missing"))) << exported.err.toStdString();
    QFile file(cards);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("tel:+49301234567"));
}

TEST_F(Package, TheProgramsAreStrippedAndHaveNoRunPath)
{
    QStringList programs{ QStringLiteral("usr/bin/finalist-cli"),
                          QStringLiteral("usr/bin/finalist") };
    programs += modules();
    for (const QString& program : std::as_const(programs)) {
        const QString path = root() + QLatin1Char('/') + program;
        const Ran dynamic = run(QStringLiteral("readelf"), { QStringLiteral("-d"), path });
        ASSERT_EQ(dynamic.exitCode, 0) << dynamic.err.toStdString();
        EXPECT_FALSE(dynamic.out.contains(QLatin1String("RUNPATH"))) << program.toStdString();
        EXPECT_FALSE(dynamic.out.contains(QLatin1String("RPATH"))) << program.toStdString();
        const Ran sections = run(QStringLiteral("readelf"), { QStringLiteral("-S"), path });
        EXPECT_FALSE(sections.out.contains(QLatin1String(".debug_info"))) << program.toStdString();
        EXPECT_FALSE(sections.out.contains(QLatin1String(".symtab"))) << program.toStdString();
    }
}

TEST_F(Package, ItDependsOnThePluginsQtLoadsAtRunTime)
{
    const QString depends = field(QStringLiteral("Depends"));
    // The modules' libraries as well: dpkg-shlibdeps reads them like the programs.
    for (const char* package :
         { "libqt6sql6-sqlite", "qt6-qpa-plugins", "libqt6svg6", "libqt6widgets6", "libqt6sql6",
           "libc6", "libphonenumber8", "libqt6network6", "libqt6keychain1" })
        EXPECT_TRUE(depends.contains(QLatin1String(package)))
            << package << " in " << depends.toStdString();
    EXPECT_EQ(field(QStringLiteral("Section")), QStringLiteral("utils"));
    EXPECT_TRUE(field(QStringLiteral("Maintainer")).contains(QLatin1Char('@')));
    EXPECT_EQ(field(QStringLiteral("Version")), QStringLiteral(FINALIST_VERSION));
}

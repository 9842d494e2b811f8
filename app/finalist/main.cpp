// finalist: the window. Parses the command line and hands over to the Session.
#include "common/Appearance.h"
#include "common/StartupProbe.h"
#include "i18n/Translations.h"
#include "settings/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/Prompter.h"
#include "shell/SectionTour.h"
#include "shell/Session.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"

#include <cstring>
#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTimer>

using namespace finalist;

namespace {

void nameTheApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Finalist"));
    QCoreApplication::setApplicationName(QStringLiteral("Finalist"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FINALIST_VERSION));
}

// The id the desktop entry, the icon, the AppStream data and the MIME type share.
const char* const kAppId = "io.github.finalist.Finalist";

QCommandLineOption databaseOption()
{
    return { QStringLiteral("database"),
             QCoreApplication::translate("main",
                                         "The database file (default: the one opened "
                                         "last, else %1).")
                 .arg(Database::defaultPath()),
             QStringLiteral("PATH") };
}

// For the start-up benchmark (tests/bench/startup.py): quits once the window is up and idle.
QCommandLineOption quitWhenShownOption()
{
    QCommandLineOption option(QStringLiteral("quit-when-shown"));
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

// For the memory benchmark (tests/bench/memory.py): visits every section, waiting this many
// milliseconds in each, prints the memory held and quits.
QCommandLineOption tourSectionsOption()
{
    QCommandLineOption option(QStringLiteral("tour-sections"), QString(), QStringLiteral("MS"));
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

void describe(QCommandLineParser& parser, const QCommandLineOption& database)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "A private journal for the final rounds."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(database);
    parser.addOption(quitWhenShownOption());
    parser.addOption(tourSectionsOption());
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("main",
                                    "A journal to open, or a contacts file (.vcf, .csv) or an "
                                    "interview invitation (.ics) to bring into the journal "
                                    "opened last."),
        QStringLiteral("[FILE]"));
}

// --help and --version answer on the terminal, with no display needed.
bool onlyAsksForText(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char* flag : { "-h", "--help", "-?", "--help-all", "-v", "--version" })
            if (std::strcmp(argv[i], flag) == 0)
                return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    if (onlyAsksForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameTheApplication();
        installTranslations(app);
        QCommandLineParser parser;
        const QCommandLineOption database = databaseOption();
        describe(parser, database);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    nameTheApplication();
    AppSettings settings;
    installTranslations(app, settings.text(AppSettings::Language));
    QApplication::setApplicationDisplayName(QStringLiteral("Finalist"));
    QGuiApplication::setDesktopFileName(QLatin1String(kAppId)); // Wayland finds the icon by it
    QCommandLineParser parser;
    const QCommandLineOption database = databaseOption();
    describe(parser, database);
    parser.process(app);

    appearance::apply(settings);
    QString path = parser.value(database);
    QString toImport;
    if (const QStringList files = parser.positionalArguments(); !files.isEmpty()) {
        if (Session::isImportable(files.first()))
            toImport = QFileInfo(files.first()).absoluteFilePath();
        else if (path.isEmpty())
            path = files.first(); // a journal, opened from a file manager
    }
    QString moved;
    if (path.isEmpty()) {
        // The file opened last, if it is still there; else the default place, where a journal
        // kept at the place earlier versions used is moved first.
        const QString last = settings.text(AppSettings::LastDatabase);
        if (!last.isEmpty() && QFileInfo::exists(last)) {
            path = last;
        } else {
            auto relocated = moveFromEarlierDefault();
            if (relocated) {
                moved = relocated.value();
                path = Database::defaultPath();
            } else {
                // It could not move: it is opened where it is, and the user is told why.
                moved = relocated.error().message;
                path = earlierDefaultPath();
            }
        }
    }

    // Declared so that the window (and the views in it) goes before the Session that owns
    // the database they read from.
    DialogPrompter prompter;
    Session session(prompter);
    session.setSettings(&settings);
    session.openAhead(path); // on a thread of its own while the window is built
    QApplication::setWindowIcon(MainWindow::appIcon()); // every window and the tray notice
    MainWindow window;
    window.setSettings(&settings);
    prompter.setParent(&window);
    session.attach(&window);
    if (!session.open(path))
        return 3; // the user chose to quit: nothing was opened, nothing was written
    if (parser.isSet(quitWhenShownOption()))
        StartupProbe::arm(&window);
    if (parser.isSet(tourSectionsOption()))
        SectionTour::arm(&window, parser.value(tourSectionsOption()).toInt());
    window.show();
    if (!moved.isEmpty())
        window.showMessage(moved);
    if (!toImport.isEmpty())
        QTimer::singleShot(0, &session,
                           [&session, toImport] { session.importGivenFile(toImport); });
    return app.exec();
}

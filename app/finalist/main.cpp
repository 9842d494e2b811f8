// finalist: the window. Parses the command line and hands over to the Session.
#include "shell/MainWindow.h"
#include "shell/Prompter.h"
#include "shell/Session.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace finalist;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Finalist"));
    QApplication::setApplicationName(QStringLiteral("Finalist"));
    QApplication::setApplicationDisplayName(QStringLiteral("Finalist"));
    QApplication::setApplicationVersion(QStringLiteral(FINALIST_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A private journal for the final rounds."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        QStringLiteral("database"),
        QApplication::translate("main", "The database file (default: %1).")
            .arg(Database::defaultPath()),
        QStringLiteral("PATH"), Database::defaultPath());
    parser.addOption(database);
    parser.process(app);

    // Declared so that the window (and the views in it) goes before the Session that owns
    // the database they read from.
    DialogPrompter prompter;
    Session session(prompter);
    MainWindow window;
    prompter.setParent(&window);
    session.attach(&window);
    if (!session.open(parser.value(database)))
        return 3; // the user chose to quit: nothing was opened, nothing was written
    window.show();
    return app.exec();
}

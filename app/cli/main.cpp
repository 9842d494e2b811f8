// finalist-cli: the core without widgets. Parses the command line and hands over to CliCommands.
#include "CliCommands.h"
#include "formats/ContactCsvLayout.h"
#include "i18n/Translations.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace finalist;

namespace {

QString description()
{
    return QCoreApplication::translate(
        "Cli",
        "Finalist's command line: the same journal, no window.\n\n"
        "Commands:\n"
        "  init                  create or upgrade the database (an empty file at the path\n"
        "                        becomes a new journal)\n"
        "  check                 check integrity and schema version (exit 0 only when healthy)\n"
        "  stats                 one \"kind: count\" line per kind of record\n"
        "  backup [--to FILE]    a checked backup, in backups/ beside the database or at FILE\n"
        "  restore FILE          put a backup in place (the current state is backed up first;\n"
        "                        a file that cannot be opened is kept aside instead)\n"
        "  break-lock            remove the lock another computer (or a crashed Finalist) left\n"
        "                        on the database; only when no Finalist uses it there any\n"
        "                        more, as two writers at once damage it\n"
        "  demo                  fill a new, empty database with a realistic sample\n"
        "  demo --entries N --contacts M [--opportunities K]\n"
        "                        add many generated records (for benchmarks)\n"
        "  search QUERY          entries matching QUERY, best first, matches in [brackets]\n"
        "  export markdown|html PATH [--folder]\n"
        "                        the whole journal to one file at PATH, or with --folder one\n"
        "                        file per entry in a new or empty folder PATH\n"
        "  export vcard|csv FILE every contact, as vCard 4.0 or as CSV (UTF-8 with a mark)\n"
        "  export vcard FILE --version 3.0\n"
        "                        vCard 3.0, for older address books\n"
        "  import linkedin|vcard FILE [--dry-run]\n"
        "                        contacts from LinkedIn's Connections.csv (or its address book;\n"
        "                        Invitations.csv marks invitations pending) or a vCard file;\n"
        "                        the preview is printed first, --dry-run stops there\n"
        "  import csv FILE [--map field=column,...] [--dry-run]\n"
        "                        contacts from a spreadsheet: Google Contacts, Outlook,\n"
        "                        Thunderbird and Finalist's own are known by their headings,\n"
        "                        other columns are guessed by name; --map says otherwise\n"
        "  import invite FILE.ics [--opportunity ID] [--dry-run]\n"
        "                        an interview invitation as a round, its people as the panel\n"
        "                        (matched by email, else added as contacts; you are left out)\n"
        "  opportunity list [--stage S]\n"
        "                        every hiring process: id, stage, since, company, role, last\n"
        "                        activity, next follow-up\n"
        "  opportunity add --company C [--role R] [--stage S] [--url U]\n"
        "                        a new process (stage applied unless given)\n"
        "  opportunity stage ID STAGE\n"
        "                        move a process to a stage: interested, applied, screening,\n"
        "                        interviewing, final_round, offer, runner_up, not_chosen,\n"
        "                        withdrawn, ghosted, hired\n"
        "  opportunity show ID   its details, stages, rounds with the panel, linked records\n"
        "  outreach list [--status draft|sent|replied|no_reply]\n"
        "                        every note, newest first, with its contact and dates\n"
        "  export ics FILE [--todo]\n"
        "                        the follow-ups still to do as calendar events (or to-dos);\n"
        "                        exporting again updates the same events\n"
        "  report activity --from DATE --to DATE FILE.csv\n"
        "                        every note sent and interview round held in the range\n"
        "  sync setup --url URL --user USER [--kind K,...] [--contacts-collection URL]\n"
        "             [--no-sync-token]\n"
        "                        set up sync with a CardDAV/CalDAV server: the password is\n"
        "                        read from standard input and kept in the system keychain;\n"
        "                        contacts, follow-ups (as tasks) and journal entries each\n"
        "                        sync with a collection of Finalist's own, made if missing\n"
        "                        (--kind: only these; --contacts-collection: that address book)\n"
        "  sync now [--kind K] [--password-stdin]\n"
        "                        sync both ways once (the password from the keychain, or\n"
        "                        read from standard input)\n"
        "  sync status           the account, its collections, the last sync and conflicts\n\n"
        "Exit codes:\n"
        "  0  done\n"
        "  1  the command failed (the message says why)\n"
        "  2  usage error: unknown command, missing or extra arguments, bad option\n"
        "  3  the database could not be opened: missing, empty, not a Finalist database,\n"
        "     saved by a newer version, or open in another Finalist (here or elsewhere)\n"
        "  4  the database is damaged (restore a backup)");
}

// "export vcard FILE --version 3.0" reads as it is written; --version alone still prints the
// program's version.
QStringList vcardVersionSpelledOut(QStringList arguments)
{
    if (!arguments.contains(QStringLiteral("export")))
        return arguments;
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i)
        if (arguments[i] == QLatin1String("--version")
            && QStringList{ QStringLiteral("3.0"), QStringLiteral("4.0") }.contains(
                arguments[i + 1]))
            arguments[i] = QStringLiteral("--vcard-version");
    return arguments;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Finalist"));
    QCoreApplication::setApplicationName(QStringLiteral("Finalist"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FINALIST_VERSION));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        QStringLiteral("database"),
        QCoreApplication::translate("Cli", "The database file (default: %1).")
            .arg(Database::defaultPath()),
        QStringLiteral("PATH"), Database::defaultPath());
    const QCommandLineOption to(
        QStringLiteral("to"),
        QCoreApplication::translate("Cli", "backup: write here; report: the last day."),
        QStringLiteral("FILE"));
    const QCommandLineOption entries(
        QStringLiteral("entries"),
        QCoreApplication::translate("Cli", "demo: journal entries to add."), QStringLiteral("N"));
    const QCommandLineOption contacts(QStringLiteral("contacts"),
                                      QCoreApplication::translate("Cli", "demo: contacts to add."),
                                      QStringLiteral("M"));
    const QCommandLineOption folder(
        QStringLiteral("folder"),
        QCoreApplication::translate("Cli", "export: one file per entry in the folder PATH."));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        QCoreApplication::translate("Cli", "import: show what would happen, write nothing."));
    const QCommandLineOption status(
        QStringLiteral("status"),
        QCoreApplication::translate("Cli", "outreach list: only notes in this state."),
        QStringLiteral("S"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QCoreApplication::translate("Cli", "report: the first day."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption todo(
        QStringLiteral("todo"),
        QCoreApplication::translate("Cli", "export ics: to-dos instead of events."));
    const QCommandLineOption company(
        QStringLiteral("company"),
        QCoreApplication::translate("Cli", "opportunity add: the company."), QStringLiteral("C"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  QCoreApplication::translate("Cli", "opportunity add: the role."),
                                  QStringLiteral("R"));
    const QCommandLineOption stage(
        QStringLiteral("stage"),
        QCoreApplication::translate("Cli", "opportunity add: its stage; list: only this stage."),
        QStringLiteral("S"));
    const QCommandLineOption url(
        QStringLiteral("url"),
        QCoreApplication::translate(
            "Cli", "opportunity add: the job posting's address; sync setup: the server's."),
        QStringLiteral("U"));
    const QCommandLineOption opportunity(
        QStringLiteral("opportunity"),
        QCoreApplication::translate("Cli", "import invite: the opportunity the round belongs to."),
        QStringLiteral("ID"));
    const QCommandLineOption opportunities(
        QStringLiteral("opportunities"),
        QCoreApplication::translate("Cli", "demo: opportunities to add."), QStringLiteral("N"));
    const QCommandLineOption map(
        QStringLiteral("map"),
        QCoreApplication::translate(
            "Cli",
            "import csv: which column holds what, as field=column (a heading or a number "
            "from 1), separated by commas; fields: %1.")
            .arg(ContactCsvLayout::fieldKeys().join(QStringLiteral(", "))),
        QStringLiteral("MAP"));
    const QCommandLineOption noBom(
        QStringLiteral("no-bom"),
        QCoreApplication::translate(
            "Cli", "export csv, report activity: UTF-8 without a byte-order mark."));
    const QCommandLineOption vcardVersion(
        QStringLiteral("vcard-version"),
        QCoreApplication::translate("Cli",
                                    "export vcard: 3.0 or 4.0 (the default); also written as "
                                    "--version 3.0 after export vcard."),
        QStringLiteral("V"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QCoreApplication::translate("Cli", "sync setup: your user name."),
                                  QStringLiteral("USER"));
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        QCoreApplication::translate(
            "Cli",
            "sync setup: the kinds that sync (contacts, followups, journal); sync now: only "
            "this kind."),
        QStringLiteral("K"));
    const QCommandLineOption contactsCollection(
        QStringLiteral("contacts-collection"),
        QCoreApplication::translate("Cli", "sync setup: the address book to sync contacts with."),
        QStringLiteral("URL"));
    const QCommandLineOption noSyncToken(
        QStringLiteral("no-sync-token"),
        QCoreApplication::translate(
            "Cli",
            "sync setup: find changes by comparing ETags, even where the server offers "
            "sync tokens."));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"),
        QCoreApplication::translate("Cli",
                                    "sync setup, sync now: read the password from standard input "
                                    "instead of the keychain (setup then keeps it nowhere)."));
    parser.addOptions({ database,
                        to,
                        entries,
                        contacts,
                        opportunities,
                        folder,
                        dryRun,
                        status,
                        from,
                        todo,
                        company,
                        role,
                        stage,
                        url,
                        opportunity,
                        map,
                        noBom,
                        vcardVersion,
                        user,
                        kind,
                        contactsCollection,
                        noSyncToken,
                        passwordStdin });
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("Cli", "What to do (see above)."));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto usage = [&](const QString& problem) {
        err << problem << Qt::endl << Qt::endl << parser.helpText();
        return cli::Usage;
    };
    if (!parser.parse(vcardVersionSpelledOut(QCoreApplication::arguments())))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(cli::Ok);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(QCoreApplication::translate("Cli", "Which command? See the list below."));
    for (const QCommandLineOption* option : { &database, &to }) {
        if (parser.isSet(*option) && parser.value(*option).isEmpty()) {
            return usage(QCoreApplication::translate("Cli", "--%1 needs a file name.")
                             .arg(option->names().first()));
        }
    }

    cli::Invocation call;
    call.databasePath = parser.value(database);
    if (!parser.isSet(database)) {
        // A journal at the place earlier versions used moves to the default one first.
        if (auto moved = moveFromEarlierDefault(); !moved) {
            err << moved.error().message << Qt::endl;
            call.databasePath = earlierDefaultPath(); // it is used where it is
        } else if (!moved.value().isEmpty()) {
            err << moved.value() << Qt::endl;
        }
    }
    call.command = positional.first();
    call.arguments = positional.mid(1);
    call.backupTarget = parser.value(to);
    call.folder = parser.isSet(folder);
    call.dryRun = parser.isSet(dryRun);
    call.status = parser.value(status);
    call.statusGiven = parser.isSet(status);
    call.from = parser.value(from);
    // --to names the backup's file, or the report's last day.
    if (call.command == QLatin1String("report")) {
        call.to = call.backupTarget;
        call.backupTarget.clear();
    }
    call.todo = parser.isSet(todo);
    call.company = parser.value(company);
    call.role = parser.value(role);
    call.stage = parser.value(stage);
    call.url = parser.value(url);
    call.opportunity = parser.value(opportunity);
    call.map = parser.value(map);
    call.noBom = parser.isSet(noBom);
    call.vcardVersion = parser.value(vcardVersion);
    call.user = parser.value(user);
    call.kind = parser.value(kind);
    call.contactsCollection = parser.value(contactsCollection);
    call.noSyncToken = parser.isSet(noSyncToken);
    call.passwordStdin = parser.isSet(passwordStdin);
    for (const QCommandLineOption* given : { &company, &stage, &opportunity }) {
        if (parser.isSet(*given) && parser.value(*given).trimmed().isEmpty()) {
            return usage(QCoreApplication::translate("Cli", "--%1 needs a value.")
                             .arg(given->names().first()));
        }
    }
    for (const auto& [option, target] :
         { std::pair{ &entries, &call.entries }, std::pair{ &contacts, &call.contacts },
           std::pair{ &opportunities, &call.opportunities } }) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        *target = parser.value(*option).toInt(&ok);
        if (!ok || *target < 0) {
            return usage(QCoreApplication::translate("Cli", "--%1 takes a whole number, 0 or more.")
                             .arg(option->names().first()));
        }
    }
    if (const QString problem = cli::usageProblem(call); !problem.isEmpty())
        return usage(problem);
    return cli::run(call, out, err);
}

// A stand-in for the journal window, for the crash harness (tests/crash/crash.sh): it starts an
// entry as JournalView::newEntry does, then "types" into it and saves through the Autosaver the
// way EntryEditor does (a short delay after each change, a flush at a step change, the revisit
// follow-up synced after the entry when the title moved). The harness kills it and then checks
// that every save it reported is in the database, whole.
//
// Usage: AutosaveDriver DATABASE [SAVES]   (a journal: the harness gives it a copy of the demo)
// Prints, each line flushed at once:
//   created ID   the entry exists (committed)
//   saved N      the Autosaver reported a save done; N is the newest version that save wrote
//   done         SAVES saves made
// Version N of the entry: experience is versionText(N), notes is "N", and the title is
// "Reflection T" with T the last multiple of 3 up to N (empty while T is 0). outcomes.sh rebuilds
// the same texts, so any change here must be made there too.
#include "services/Autosaver.h"
#include "services/EntryFollowUps.h"
#include "services/EntryFromOpportunity.h"
#include "storage/Database.h"
#include "storage/JournalRepository.h"

#include <cstdio>
#include <QCoreApplication>
#include <QTimer>

using namespace finalist;

namespace {

// Long enough, and of a length that varies, for a version to spread over several pages and
// for one version to take another's pages: a torn write would show as a mix.
QString versionText(int version)
{
    QString text = QStringLiteral("Version %1.").arg(version);
    const QString word = QStringLiteral(" v%1").arg(version);
    const int words = 100 + (version * 53) % 900;
    for (int i = 0; i < words; ++i)
        text += word;
    return text;
}

void say(const QByteArray& line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout); // the harness reads what was said before the kill
}

// The editor's side: what is on screen (m_shown) and what was last written (m_entry).
class TypingEditor
{
public:
    TypingEditor(Database& db, JournalEntry entry)
        : m_db(db)
        , m_entry(entry)
        , m_shown(std::move(entry))
        , m_autosaver([this] { return save(); })
    {
    }

    Autosaver& autosaver() { return m_autosaver; }
    int savedVersion() const { return m_savedVersion; }
    int shownVersion() const { return m_shownVersion; }

    void type()
    {
        ++m_shownVersion;
        m_shown.experience = versionText(m_shownVersion);
        m_shown.notes = QString::number(m_shownVersion);
        if (m_shownVersion % 3 == 0)
            m_shown.title = QStringLiteral("Reflection %1").arg(m_shownVersion);
        m_autosaver.markChanged();
    }

private:
    // As EntryEditor::save: the entry and its revisit follow-up, in one transaction.
    Status save()
    {
        JournalEntry edited = m_shown;
        const int version = m_shownVersion;
        if (auto saved = EntryFollowUps(m_db).saveEntry(edited, m_entry); !saved)
            return saved;
        m_entry = edited;
        m_savedVersion = version;
        return {};
    }

    Database& m_db;
    JournalEntry m_entry;
    JournalEntry m_shown;
    int m_shownVersion = 0;
    int m_savedVersion = 0;
    Autosaver m_autosaver;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fputs("usage: AutosaveDriver DATABASE [SAVES]\n", stderr);
        return 2;
    }
    const int saves = args.size() > 2 ? args.at(2).toInt() : 100;
    auto opened = Database::open(args.at(1));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Database& db = *opened.value();

    JournalEntry blank; // as JournalView::newEntry
    blank.writtenOn = db.clock().today();
    blank.revisitOn = blank.writtenOn.addDays(14);
    auto started = startEntry(db, blank);
    if (!started) {
        std::fprintf(stderr, "%s\n", qPrintable(started.error().message));
        return 1;
    }
    say(QByteArray("created ") + QByteArray::number(started.value().id));

    TypingEditor editor(db, started.value());
    editor.autosaver().setDelay(3); // the editor waits 700 ms; the same path, many more times
    int done = 0;
    QObject::connect(&editor.autosaver(), &Autosaver::saveFailed, [](const QString& message) {
        std::fprintf(stderr, "save failed: %s\n", qPrintable(message));
    });
    QObject::connect(&editor.autosaver(), &Autosaver::saved, [&] {
        say(QByteArray("saved ") + QByteArray::number(editor.savedVersion()));
        if (++done >= saves) {
            say("done");
            QCoreApplication::quit();
        }
    });

    // Bursts of keystrokes a millisecond apart (folded into one save by the delay), pauses
    // longer than the delay, and now and then a step change, which saves at once.
    QTimer keys;
    keys.setSingleShot(true);
    QObject::connect(&keys, &QTimer::timeout, [&] {
        if (done >= saves)
            return;
        editor.type();
        const int version = editor.shownVersion();
        if (version % 7 == 0)
            editor.autosaver().flush();
        keys.start(version % 4 == 0 ? 10 : 1);
    });
    keys.start(0);
    return app.exec();
}

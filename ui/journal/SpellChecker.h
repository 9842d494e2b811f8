#pragma once

#include "Result.h"

#include <memory>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringConverter>
#include <QStringList>

class Hunspell;
class QThread;

namespace finalist {

// Hunspell with one of the system's dictionaries, plus the words the user added. Shared by the
// editors of one window, so a word added in one is accepted in all. Off (every word correct)
// while no language is set: the app runs without any dictionary installed. A dictionary takes
// several megabytes once read, so the journal reads it only when the user starts to write
// (Reading::WhenNeeded and prepare()), on a worker thread; until then no word is underlined.
class SpellChecker : public QObject
{
    Q_OBJECT
public:
    // personalWordsFile holds the user's own words, one a line; tests pass a temporary one.
    explicit SpellChecker(QString personalWordsFile = defaultPersonalWordsFile(),
                          QObject* parent = nullptr);
    ~SpellChecker() override;

    static QString defaultPersonalWordsFile(); // in QStandardPaths::AppDataLocation
    static QString dictionaryFolder() { return QStringLiteral("/usr/share/hunspell"); }
    // The languages with a dictionary (an .aff and a .dic) in the folder, as "en_US", sorted.
    static QStringList installedLanguages(const QString& folder = dictionaryFolder());
    // The language to start with: the system's when installed, else another dictionary of the
    // same language (en_GB for en_AU), else none, which leaves checking off.
    static QString defaultLanguage(const QString& folder = dictionaryFolder());
    // The language a stored choice means: empty is the default language, "off" is none.
    static QString languageForChoice(const QString& choice);
    static inline const QString kOff = QStringLiteral("off");

    enum class Reading
    {
        Now, // the dictionary is read before setLanguage returns
        WhenNeeded, // on a worker thread at prepare(), or at once if prepare() was called
    };
    // An empty language turns checking off. False, and checking off, when the language has no
    // dictionary in the folder.
    bool setLanguage(const QString& language, const QString& folder = dictionaryFolder(),
                     Reading reading = Reading::Now);
    QString language() const { return m_language; }
    // A dictionary is chosen (it may not be read yet).
    bool isEnabled() const { return !m_language.isEmpty(); }
    // The chosen dictionary is read: words are checked.
    bool isReady() const { return m_hunspell != nullptr; }
    // Someone is about to write: read the chosen dictionary on a worker thread if it is not read
    // yet, and from now on read every language chosen at once. changed() when it is in.
    void prepare();

    // True when checking is off. Answers are remembered, so retyping a paragraph costs little.
    bool isCorrect(const QString& word) const;
    QStringList suggestions(const QString& word, int limit = 6) const;
    // Accepts the word from now on, in this run and later ones.
    Status addToPersonal(const QString& word);

signals:
    // The language or the personal words changed: what was underlined needs checking again.
    void changed();

private:
    std::string encoded(const QString& word) const;
    void loadPersonalWords();
    void readInBackground();
    // Hunspell counts its dictionaries in a table shared by all of them, without a lock: they
    // are made and dropped one at a time, whichever thread does it.
    struct HunspellDeleter
    {
        void operator()(Hunspell* hunspell) const;
    };
    using HunspellPtr = std::unique_ptr<Hunspell, HunspellDeleter>;
    static HunspellPtr read(const QByteArray& affixFile, const QByteArray& dictionaryFile);
    void install(HunspellPtr hunspell);

    QString m_personalWordsFile;
    QSet<QString> m_personal;
    QString m_language;
    QString m_affixFile;
    QString m_dictionaryFile;
    bool m_prepared = false;
    QThread* m_reading = nullptr; // waited for by the destructor
    HunspellPtr m_hunspell;
    QStringConverter::Encoding m_encoding = QStringConverter::Utf8;
    mutable QHash<QString, bool> m_known;
};

} // namespace finalist

#include "SpellChecker.h"

#include <hunspell.hxx>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMutex>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QThread>

namespace finalist {

SpellChecker::SpellChecker(QString personalWordsFile, QObject* parent)
    : QObject(parent)
    , m_personalWordsFile(std::move(personalWordsFile))
{
    loadPersonalWords();
}

SpellChecker::~SpellChecker()
{
    if (m_reading) {
        m_reading->wait(); // a dictionary takes a fraction of a second to read
        delete m_reading;
    }
}

QString SpellChecker::defaultPersonalWordsFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("personal-dictionary.txt"));
}

QStringList SpellChecker::installedLanguages(const QString& folder)
{
    QStringList languages;
    const QDir dir(folder);
    for (const QFileInfo& dic : dir.entryInfoList({ QStringLiteral("*.dic") }, QDir::Files)) {
        if (dir.exists(dic.completeBaseName() + QStringLiteral(".aff")))
            languages << dic.completeBaseName();
    }
    languages.sort();
    return languages;
}

QString SpellChecker::defaultLanguage(const QString& folder)
{
    const QStringList installed = installedLanguages(folder);
    QString system = QLocale().name(); // "en_US"; "C" when the system names none
    if (system == QLatin1String("C") || system == QLatin1String("POSIX"))
        system = QStringLiteral("en_US");
    if (installed.contains(system))
        return system;
    const QString language = system.section(QLatin1Char('_'), 0, 0) + QLatin1Char('_');
    for (const QString& candidate : installed) {
        if (candidate.startsWith(language))
            return candidate;
    }
    return {};
}

QString SpellChecker::languageForChoice(const QString& choice)
{
    if (choice == kOff)
        return {};
    return choice.isEmpty() ? defaultLanguage() : choice;
}

bool SpellChecker::setLanguage(const QString& language, const QString& folder, Reading reading)
{
    const QDir dir(folder);
    const QString aff = dir.filePath(language + QStringLiteral(".aff"));
    const QString dic = dir.filePath(language + QStringLiteral(".dic"));
    const bool found = !language.isEmpty() && QFileInfo::exists(aff) && QFileInfo::exists(dic);
    const bool same = found ? aff == m_affixFile && dic == m_dictionaryFile : m_language.isEmpty();
    if (same && (m_hunspell || !found || reading == Reading::WhenNeeded)) {
        if (found && m_prepared)
            readInBackground(); // a read that is not finished yet goes on
        return found || language.isEmpty();
    }
    m_hunspell.reset();
    m_known.clear();
    m_language = found ? language : QString();
    m_affixFile = found ? aff : QString();
    m_dictionaryFile = found ? dic : QString();
    if (found && reading == Reading::Now) {
        install(read(QFile::encodeName(aff), QFile::encodeName(dic)));
        return true;
    }
    if (found && m_prepared)
        readInBackground();
    emit changed();
    return found || language.isEmpty();
}

void SpellChecker::prepare()
{
    m_prepared = true;
    readInBackground();
}

void SpellChecker::readInBackground()
{
    if (m_hunspell || m_reading || m_language.isEmpty())
        return;
    auto done = std::make_shared<HunspellPtr>();
    const QByteArray aff = QFile::encodeName(m_affixFile);
    const QByteArray dic = QFile::encodeName(m_dictionaryFile);
    m_reading = QThread::create([done, aff, dic] { *done = read(aff, dic); });
    // Queued to this object: when it goes first, the destructor waits and the call is dropped.
    connect(m_reading, &QThread::finished, this, [this, done, dic] {
        m_reading->wait(); // finished() comes just before the thread ends
        delete m_reading;
        m_reading = nullptr;
        if (QFile::encodeName(m_dictionaryFile) == dic && !m_hunspell) {
            install(std::move(*done));
            return;
        }
        done->reset(); // the language changed while this one was read: drop it first
        readInBackground();
    });
    m_reading->start(QThread::LowPriority);
}

namespace {

QMutex& hunspellLifetimes()
{
    static QMutex mutex;
    return mutex;
}

} // namespace

void SpellChecker::HunspellDeleter::operator()(Hunspell* hunspell) const
{
    const QMutexLocker lock(&hunspellLifetimes());
    delete hunspell;
}

SpellChecker::HunspellPtr SpellChecker::read(const QByteArray& affixFile,
                                             const QByteArray& dictionaryFile)
{
    const QMutexLocker lock(&hunspellLifetimes());
    return HunspellPtr(new Hunspell(affixFile.constData(), dictionaryFile.constData()));
}

void SpellChecker::install(HunspellPtr hunspell)
{
    m_hunspell = std::move(hunspell);
    m_known.clear();
    const QString encoding = QString::fromStdString(m_hunspell->get_dict_encoding());
    m_encoding = encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0
        ? QStringConverter::Utf8
        : QStringConverter::Latin1; // the ISO 8859 family, near enough
    for (const QString& word : std::as_const(m_personal))
        m_hunspell->add(encoded(word));
    emit changed();
}

std::string SpellChecker::encoded(const QString& word) const
{
    QString plain = word;
    plain.replace(QChar(0x2019), QLatin1Char('\'')); // dictionaries spell "don't" with '
    QStringEncoder encoder(m_encoding);
    return QByteArray(encoder(plain)).toStdString();
}

bool SpellChecker::isCorrect(const QString& word) const
{
    if (!m_hunspell || word.isEmpty())
        return true;
    if (const auto known = m_known.constFind(word); known != m_known.constEnd())
        return *known;
    const bool correct = m_personal.contains(word) || m_hunspell->spell(encoded(word));
    m_known.insert(word, correct);
    return correct;
}

QStringList SpellChecker::suggestions(const QString& word, int limit) const
{
    QStringList result;
    if (!m_hunspell)
        return result;
    QStringDecoder decoder(m_encoding);
    for (const std::string& suggestion : m_hunspell->suggest(encoded(word))) {
        if (result.size() == limit)
            break;
        result << QString(decoder(QByteArray::fromStdString(suggestion)));
    }
    return result;
}

void SpellChecker::loadPersonalWords()
{
    QFile file(m_personalWordsFile);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return; // none yet
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (const QString word = QString::fromUtf8(line).trimmed(); !word.isEmpty())
            m_personal.insert(word);
    }
}

Status SpellChecker::addToPersonal(const QString& word)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char('\n')))
        return Error::invalid(QStringLiteral("word"), tr("Only a single word can be added."));
    if (m_personal.contains(trimmed))
        return {};
    QStringList words(m_personal.begin(), m_personal.end());
    words << trimmed;
    words.sort(Qt::CaseInsensitive);
    QDir().mkpath(QFileInfo(m_personalWordsFile).absolutePath());
    QSaveFile file(m_personalWordsFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)
        || file.write((words.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8()) < 0
        || !file.commit()) {
        return Error{
            Error::Code::Io,
            tr("The word could not be added to your dictionary: %1").arg(file.errorString()),
            m_personalWordsFile, QString()
        };
    }
    m_personal.insert(trimmed);
    if (m_hunspell)
        m_hunspell->add(encoded(trimmed));
    m_known.remove(trimmed);
    emit changed();
    return {};
}

} // namespace finalist

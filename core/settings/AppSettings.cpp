#include "AppSettings.h"

#include <array>
#include <QFileInfo>
#include <QSize>

namespace finalist {

namespace {

struct Entry
{
    AppSettings::Key key;
    const char* name;
    QVariant fallback;
};

// Renaming a key here loses what users had under the old name: add a rename in migrate().
const std::array<Entry, AppSettings::KeyCount>& table()
{
    static const std::array<Entry, AppSettings::KeyCount> entries{ {
        { AppSettings::WindowGeometry, "window/geometry", QByteArray() },
        { AppSettings::WindowState, "window/state", QByteArray() },
        { AppSettings::WindowScreen, "window/screen", QSize() },
        { AppSettings::LastSection, "window/section", 0 },
        { AppSettings::LastDatabase, "database/last", QString() },
        { AppSettings::RecentDatabases, "database/recent", QStringList() },
        { AppSettings::LastEntry, "journal/entry", qint64(0) },
        { AppSettings::LastContact, "contacts/contact", qint64(0) },
        { AppSettings::LastOpportunity, "opportunities/opportunity", qint64(0) },
        { AppSettings::OpportunitiesAsList, "opportunities/list", false },
        { AppSettings::Appearance, "appearance/palette", QStringLiteral("system") },
        { AppSettings::EditorFontSize, "appearance/editorFontSize", 0 },
        { AppSettings::SpellLanguage, "appearance/spelling", QString() },
        { AppSettings::Language, "appearance/language", QString() },
        { AppSettings::PhoneRegion, "contacts/phone_region", QString() },
        { AppSettings::SyncMinutes, "sync/minutes", 15 },
    } };
    return entries;
}

} // namespace

AppSettings::AppSettings(std::unique_ptr<QSettings> backend, QObject* parent)
    : QObject(parent)
    , m_settings(backend ? std::move(backend)
                         : std::make_unique<QSettings>(
                             QSettings::NativeFormat, QSettings::UserScope,
                             QStringLiteral("Finalist"), QStringLiteral("Finalist")))
{
    for (std::size_t i = 0; i < table().size(); ++i)
        Q_ASSERT(table()[i].key == static_cast<Key>(i)); // the table follows the enum
}

AppSettings::~AppSettings() = default;

QString AppSettings::name(Key key)
{
    return QString::fromLatin1(table()[std::size_t(key)].name);
}

QVariant AppSettings::value(Key key) const
{
    const Entry& entry = table()[std::size_t(key)];
    QVariant stored = m_settings->value(QLatin1String(entry.name), entry.fallback);
    // A value that is not of its kind (a hand-edited file) falls back rather than reading as 0.
    if (entry.fallback.isValid() && !stored.convert(entry.fallback.metaType()))
        return entry.fallback;
    return stored;
}

void AppSettings::set(Key key, const QVariant& value)
{
    // Compared as read back: a list of one is stored as a plain string, and would otherwise
    // look changed and rewrite the file on every start.
    if (m_settings->contains(name(key)) && this->value(key) == value)
        return;
    if (!m_settings->contains(name(key)) && value == table()[std::size_t(key)].fallback)
        return;
    m_settings->setValue(name(key), value);
    emit changed(key);
}

QByteArray AppSettings::state(const QString& name) const
{
    return m_settings->value(QStringLiteral("state/") + name).toByteArray();
}

void AppSettings::setState(const QString& name, const QByteArray& state)
{
    m_settings->setValue(QStringLiteral("state/") + name, state);
}

void AppSettings::noteOpened(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = list(RecentDatabases);
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kRecent)
        recent.removeLast();
    set(RecentDatabases, recent);
    set(LastDatabase, absolute);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace finalist

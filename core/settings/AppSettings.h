#pragma once

#include <memory>
#include <QObject>
#include <QSettings>
#include <QVariant>

namespace finalist {

// What the app remembers on this computer between runs (window state, last section, recent
// files), in the platform's config location. Journal-wide settings that should travel with the
// file (the profile) live in the database instead (SettingsStore).
//
// One enum of keys indexes one table of names and defaults; typed getters; set() does nothing
// when the value is unchanged and otherwise emits changed(key). Tests pass their own QSettings.
class AppSettings : public QObject
{
    Q_OBJECT
public:
    enum Key
    {
        WindowGeometry,
        WindowState,
        WindowScreen, // the room the screen gave the window when it was saved
        LastSection,
        LastDatabase,
        RecentDatabases,
        LastEntry,
        LastContact,
        LastOpportunity,
        OpportunitiesAsList,
        Appearance, // "system", "light" or "dark"
        EditorFontSize, // points; 0: the system's
        SpellLanguage, // a dictionary's name ("en_US"); empty: the system's language; "off"
        Language, // the texts' language ("de"); empty: the system's
        PhoneRegion, // where numbers without a country code are ("DE"); empty: the locale's
        SyncMinutes, // how often sync runs by itself, once an account is set up; 0: only on demand
        KeyCount
    };

    // Takes the backend; with none, the platform's default for Finalist.
    explicit AppSettings(std::unique_ptr<QSettings> backend = {}, QObject* parent = nullptr);
    ~AppSettings() override;

    QVariant value(Key key) const;
    void set(Key key, const QVariant& value);
    QByteArray bytes(Key key) const { return value(key).toByteArray(); }
    QString text(Key key) const { return value(key).toString(); }
    QStringList list(Key key) const { return value(key).toStringList(); }
    qint64 id(Key key) const { return value(key).toLongLong(); }
    int number(Key key) const { return value(key).toInt(); }
    bool flag(Key key) const { return value(key).toBool(); }

    // Free-form state that belongs to one widget (a splitter, a table's header), by its name.
    QByteArray state(const QString& name) const;
    void setState(const QString& name, const QByteArray& state);

    // The databases opened last, newest first, at most kRecent, the given one put in front.
    void noteOpened(const QString& path);
    static constexpr int kRecent = 8;

    static QString name(Key key);
    void sync();

signals:
    void changed(finalist::AppSettings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace finalist

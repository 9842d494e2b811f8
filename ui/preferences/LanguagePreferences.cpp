#include "LanguagePreferences.h"

#include "formats/PhoneNumber.h"
#include "i18n/Translations.h"
#include "settings/AppSettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace finalist {

namespace {

QString nameOf(const QString& language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral("English"); // not "American English": the file is for everyone
    QString name = QLocale(language).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper(); // "français" heads a list item as "Français"
    return name;
}

} // namespace

LanguagePreferences::LanguagePreferences(AppSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
    , m_phoneRegion(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_started(settings.text(AppSettings::Language))
{
    const QStringList shipped = shippedLanguages();
    const QString system = QLocale().name().section(QLatin1Char('_'), 0, 0);
    const QString used = shipped.contains(system) ? system : QStringLiteral("en");
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("The system's language (%1)").arg(nameOf(used)), QString());
    for (const QString& language : shipped)
        m_language->addItem(nameOf(language), language);
    const int chosen = m_language->findData(m_started);
    m_language->setCurrentIndex(chosen < 0 ? 0 : chosen);

    auto* shippedNote
        = new QLabel(tr("Finalist is written in English; further languages appear here as they are "
                        "translated. Dates and numbers follow the system's regional settings."),
                     this);
    shippedNote->setWordWrap(true);
    shippedNote->setForegroundRole(QPalette::PlaceholderText);
    m_note->setObjectName(QStringLiteral("languageRestart"));
    m_note->setWordWrap(true);
    m_note->setText(tr("The new language is used from the next time Finalist starts."));
    m_note->setVisible(false);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_note->setVisible(m_language->currentData().toString() != m_started); });

    m_phoneRegion->setObjectName(QStringLiteral("phoneRegion"));
    m_phoneRegion->setToolTip(tr("Exported contacts carry every phone number with its country "
                                 "code; a number typed without one is taken to be from here."));
    const QString localeRegion = phone::localeRegion();
    QList<std::pair<QString, QString>> regions; // name, code
    for (const QString& code : phone::knownRegions()) {
        const auto territory = QLocale::codeToTerritory(code);
        regions.append(
            { territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory),
              code });
    }
    std::sort(regions.begin(), regions.end(),
              [](const auto& a, const auto& b) { return a.first.localeAwareCompare(b.first) < 0; });
    m_phoneRegion->addItem(
        phone::isKnownRegion(localeRegion)
            ? tr("The system's region (%1)")
                  .arg(QLocale::territoryToString(QLocale::codeToTerritory(localeRegion)))
            : tr("The system's region (none: numbers need their country code)"),
        QString());
    for (const auto& [name, code] : std::as_const(regions))
        m_phoneRegion->addItem(name, code);
    const int region = m_phoneRegion->findData(settings.text(AppSettings::PhoneRegion));
    m_phoneRegion->setCurrentIndex(region < 0 ? 0 : region);

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Phone numbers from:"), m_phoneRegion);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(shippedNote);
    layout->addWidget(m_note);
    layout->addStretch(1);
    // The note appears in room kept for it, so the page does not move.
    QSizePolicy keep = m_note->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_note->setSizePolicy(keep);
}

void LanguagePreferences::save()
{
    m_settings.set(AppSettings::Language, m_language->currentData());
    m_settings.set(AppSettings::PhoneRegion, m_phoneRegion->currentData());
}

} // namespace finalist

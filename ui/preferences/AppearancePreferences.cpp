#include "AppearancePreferences.h"

#include "common/Appearance.h"
#include "journal/SpellChecker.h"
#include "settings/AppSettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace finalist {

AppearancePreferences::AppearancePreferences(AppSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_palette(new QComboBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_spelling(new QComboBox(this))
{
    m_palette->setObjectName(QStringLiteral("palette"));
    m_palette->addItem(tr("Follow the system"), appearance::kSystem);
    m_palette->addItem(tr("Light"), appearance::kLight);
    m_palette->addItem(tr("Dark"), appearance::kDark);
    const int chosen = m_palette->findData(settings.text(AppSettings::Appearance));
    m_palette->setCurrentIndex(chosen < 0 ? 0 : chosen);
    m_fontSize->setObjectName(QStringLiteral("editorFontSize"));
    m_fontSize->setRange(0, 32);
    m_fontSize->setSpecialValueText(tr("As the system"));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(settings.number(AppSettings::EditorFontSize));
    m_spelling->setObjectName(QStringLiteral("spelling"));
    const QString automatic = SpellChecker::defaultLanguage();
    m_spelling->addItem(automatic.isEmpty()
                            ? tr("Automatic (no dictionary for your language is installed)")
                            : tr("Automatic (%1)").arg(QLocale(automatic).nativeLanguageName()),
                        QString());
    m_spelling->addItem(tr("Off"), SpellChecker::kOff);
    for (const QString& language : SpellChecker::installedLanguages()) {
        const QLocale locale(language);
        m_spelling->addItem(
            tr("%1 (%2)").arg(locale.nativeLanguageName(), locale.nativeTerritoryName()), language);
    }
    const int spelling = m_spelling->findData(settings.text(AppSettings::SpellLanguage));
    m_spelling->setCurrentIndex(spelling < 0 ? 0 : spelling);
    auto* form = new QFormLayout;
    form->addRow(tr("&Colours:"), m_palette);
    form->addRow(tr("&Editor text size:"), m_fontSize);
    form->addRow(tr("&Spell checking:"), m_spelling);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
}

void AppearancePreferences::save()
{
    m_settings.set(AppSettings::Appearance, m_palette->currentData());
    m_settings.set(AppSettings::EditorFontSize, m_fontSize->value());
    m_settings.set(AppSettings::SpellLanguage, m_spelling->currentData());
    appearance::apply(m_settings);
}

} // namespace finalist

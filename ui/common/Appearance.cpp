#include "Appearance.h"

#include "Palettes.h"
#include "settings/AppSettings.h"

#include <optional>
#include <QApplication>
#include <QFont>
#include <QStyle>

namespace finalist::appearance {

namespace {

// The palette and font the desktop gave the app, before any choice replaced them.
const QPalette& systemPalette()
{
    static const QPalette palette = QApplication::palette();
    return palette;
}

const QFont& systemFont()
{
    static const QFont font = QApplication::font();
    return font;
}

// The editor's class, as QApplication::setFont names a class.
constexpr char kEditorClass[] = "finalist::MarkdownEdit";

} // namespace

void applyPalette(const QString& mode)
{
    systemPalette(); // keep the desktop's before the first change
    if (mode == kDark)
        QApplication::setPalette(darkPalette());
    else if (mode == kLight)
        QApplication::setPalette(QApplication::style()->standardPalette());
    else
        QApplication::setPalette(systemPalette());
}

void applyEditorFontSize(int points)
{
    QFont font = systemFont();
    if (points > 0)
        font.setPointSize(points);
    QApplication::setFont(font, kEditorClass);
}

void apply(const AppSettings& settings)
{
    applyPalette(settings.text(AppSettings::Appearance));
    applyEditorFontSize(settings.number(AppSettings::EditorFontSize));
}

} // namespace finalist::appearance

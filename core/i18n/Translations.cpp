#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace finalist {

bool installTranslations(QCoreApplication& app)
{
    auto* translator = new QTranslator(&app);
    const QString folder = QStringLiteral(":/i18n");
    if (translator->load(QLocale(), QStringLiteral("finalist"), QStringLiteral("_"), folder)
        || translator->load(QStringLiteral("finalist_en"), folder)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace finalist

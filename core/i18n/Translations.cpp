#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace finalist {

namespace {
const QString kFolder = QStringLiteral(":/i18n");
} // namespace

bool installTranslations(QCoreApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto* translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("finalist"), QStringLiteral("_"), kFolder)
        || translator->load(QStringLiteral("finalist_en"), kFolder)) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator;
        return false;
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

QStringList shippedLanguages()
{
    QStringList languages;
    const QStringList files
        = QDir(kFolder).entryList({ QStringLiteral("finalist_*.qm") }, QDir::Files, QDir::Name);
    for (const QString& file : files)
        languages << file.mid(9, file.size() - 9 - 3); // finalist_XX.qm
    languages.removeAll(QStringLiteral("en"));
    languages.prepend(QStringLiteral("en"));
    return languages;
}

} // namespace finalist

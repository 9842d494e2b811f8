#include "Translations.h"

#include <map>
#include <memory>
#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMutex>
#include <QTranslator>

namespace finalist {

namespace {

const QString kBuiltIn = QStringLiteral(":/i18n");

// Where an installed Finalist keeps them (share/finalist/translations beside bin/), first,
// then the files built in.
QStringList folders()
{
    QStringList found;
    if (QCoreApplication::instance()) {
        const QString installed
            = QDir(QCoreApplication::applicationDirPath())
                  .absoluteFilePath(QStringLiteral("../share/finalist/translations"));
        if (QDir(installed).exists())
            found << QDir::cleanPath(installed);
    }
    return found << kBuiltIn;
}

bool loadFinalist(QTranslator& translator, const QLocale& locale)
{
    const QStringList places = folders();
    for (const QString& folder : places)
        if (translator.load(locale, QStringLiteral("finalist"), QStringLiteral("_"), folder))
            return true;
    for (const QString& folder : places)
        if (translator.load(QStringLiteral("finalist_en"), folder))
            return true;
    return false;
}

} // namespace

bool installTranslations(QCoreApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto* translator = new QTranslator(&app);
    if (loadFinalist(*translator, locale)) {
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
    for (const QString& folder : folders()) {
        const QStringList files
            = QDir(folder).entryList({ QStringLiteral("finalist_*.qm") }, QDir::Files, QDir::Name);
        for (const QString& file : files) {
            const QString language = file.mid(9, file.size() - 9 - 3); // finalist_XX.qm
            if (!languages.contains(language) && language != QLatin1String("en"))
                languages << language;
        }
    }
    languages.sort();
    languages.prepend(QStringLiteral("en"));
    return languages;
}

QString translatedIn(const QString& language, const char* context, const char* source)
{
    static QMutex guard;
    static std::map<QString, std::unique_ptr<QTranslator>> loaded;
    if (language == QLatin1String("en"))
        return QString::fromUtf8(source);
    QMutexLocker lock(&guard);
    auto& translator = loaded[language];
    if (!translator) {
        translator = std::make_unique<QTranslator>();
        for (const QString& folder : folders())
            if (translator->load(QStringLiteral("finalist_") + language, folder))
                break;
    }
    const QString text = translator->translate(context, source);
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

} // namespace finalist

// The translations Finalist ships are whole: each loads, none has a text left unfinished or
// one the code no longer has, and none misses a text the code has (lupdate, run here over the
// sources, finds no message the file lacks).
#include "i18n/Translations.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

const QString kFolder = QStringLiteral(FINALIST_SOURCE_DIR "/resources/translations");

struct Message
{
    QString key; // context, source and comment
    QString state; // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms;
};

std::vector<Message> messagesOf(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&file);
    std::vector<Message> messages;
    QString context, source, comment;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                source.clear(), comment.clear();
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("comment"))
                comment = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                Message m{ context + QChar(0x1f) + source + QChar(0x1f) + comment,
                           xml.attributes().value(QLatin1String("type")).toString(),
                           {} };
                messages.push_back(m);
            } else if (xml.name() == QLatin1String("numerusform") && !messages.empty()) {
                messages.back().forms << xml.readElementText();
            }
        } else if (xml.isCharacters() && !xml.isWhitespace() && !messages.empty()
                   && messages.back().forms.isEmpty()) {
            messages.back().forms << xml.text().toString();
        }
    }
    EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
    return messages;
}

QStringList translationSources()
{
    return QDir(kFolder).entryList({ QStringLiteral("finalist_*.ts") }, QDir::Files);
}

} // namespace

TEST(ShippedTranslations, EachLanguageLoadsFromTheBuiltInFiles)
{
    const QStringList languages = finalist::shippedLanguages();
    EXPECT_EQ(languages.first(), QStringLiteral("en"));
    EXPECT_TRUE(languages.contains(QStringLiteral("de")));
    EXPECT_EQ(languages.size(), translationSources().size());
    for (const QString& language : languages) {
        QTranslator translator;
        ASSERT_TRUE(
            translator.load(QStringLiteral("finalist_") + language, QStringLiteral(":/i18n")))
            << language.toStdString();
        EXPECT_FALSE(translator.isEmpty()) << language.toStdString();
        EXPECT_EQ(translator.language(), language);
    }
    QTranslator german;
    ASSERT_TRUE(german.load(QStringLiteral("finalist_de"), QStringLiteral(":/i18n")));
    EXPECT_EQ(german.translate("finalist::MainWindow", "Today"), QStringLiteral("Heute"));
    EXPECT_EQ(german.translate("ActivityReport", "Company"), QStringLiteral("Arbeitgeber"));
    EXPECT_EQ(german.translate("finalist::ActivityReportDialog", "Job-search activity"),
              QStringLiteral("Nachweis der Eigenbemühungen"));
    EXPECT_TRUE(
        german
            .translate("finalist::DataPreferences", "%n backup(s), the newest from %1.", nullptr, 1)
            .contains(QLatin1String("Sicherung")));
}

TEST(ShippedTranslations, NoTextIsLeftUnfinishedOrKeptAfterTheCodeDroppedIt)
{
    for (const QString& name : translationSources()) {
        for (const Message& m : messagesOf(kFolder + QLatin1Char('/') + name)) {
            const std::string where = name.toStdString() + ": " + m.key.toStdString();
            EXPECT_TRUE(m.state.isEmpty()) << where << " is " << m.state.toStdString();
            for (const QString& form : m.forms)
                EXPECT_FALSE(form.trimmed().isEmpty()) << where;
        }
    }
}

// Run script/translations, then translate what it marks unfinished, when this fails.
TEST(ShippedTranslations, EveryTextOfTheCodeIsInEveryLanguage)
{
    finalist::test::TempFolder folder;
    const QString fresh = folder.path(QStringLiteral("fresh_de.ts"));
    QString lupdate = QStringLiteral("/usr/lib/qt6/bin/lupdate");
    if (!QFile::exists(lupdate))
        lupdate = QStringLiteral("lupdate");
    QProcess process;
    process.setWorkingDirectory(QStringLiteral(FINALIST_SOURCE_DIR));
    process.start(lupdate,
                  { QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                    QStringLiteral("core"), QStringLiteral("sync"), QStringLiteral("ui"),
                    QStringLiteral("app"), QStringLiteral("-ts"), fresh });
    ASSERT_TRUE(process.waitForFinished(120000));
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    QSet<QString> inCode;
    for (const Message& m : messagesOf(fresh))
        inCode.insert(m.key);
    ASSERT_GT(inCode.size(), 1000);
    for (const QString& name : translationSources()) {
        if (name == QLatin1String("finalist_en.ts"))
            continue; // English holds the counted texts only (the code is English)
        QSet<QString> translated;
        for (const Message& m : messagesOf(kFolder + QLatin1Char('/') + name))
            translated.insert(m.key);
        for (const QString& key : std::as_const(inCode))
            EXPECT_TRUE(translated.contains(key))
                << name.toStdString() << " lacks "
                << QString(key).replace(QChar(0x1f), QLatin1String(" | ")).toStdString();
        for (const QString& key : std::as_const(translated))
            EXPECT_TRUE(inCode.contains(key))
                << name.toStdString() << " keeps "
                << QString(key).replace(QChar(0x1f), QLatin1String(" | ")).toStdString();
    }
}

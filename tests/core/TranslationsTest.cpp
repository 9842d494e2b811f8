// Counted texts read right in English ("1 backup", "3 backups"), and none is left out of the
// English translation that holds their plural forms.
#include <gtest/gtest.h>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct CountedText
{
    QString context;
    QString source;
    QStringList forms;
};

std::vector<CountedText> englishPlurals()
{
    QFile file(QStringLiteral(FINALIST_SOURCE_DIR "/resources/translations/finalist_en.ts"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    std::vector<CountedText> texts;
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            texts.push_back({ context, {}, {} });
        else if (xml.name() == QLatin1String("source") && !texts.empty())
            texts.back().source = xml.readElementText();
        else if (xml.name() == QLatin1String("numerusform") && !texts.empty())
            texts.back().forms << xml.readElementText();
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return texts;
}

} // namespace

TEST(Translations, CountedTextsHaveTheirSingularAndPlural)
{
    // The file installTranslations() loads, built into the core.
    QTranslator english;
    ASSERT_TRUE(english.load(QStringLiteral("finalist_en"), QStringLiteral(":/i18n")));
    const char* context = "finalist::DataPreferences";
    const char* text = "%n backup(s), the newest from %1.";
    EXPECT_EQ(english.translate(context, text, nullptr, 1),
              QStringLiteral("%Ln backup, the newest from %1."));
    EXPECT_EQ(english.translate(context, text, nullptr, 3),
              QStringLiteral("%Ln backups, the newest from %1."));
}

TEST(Translations, EveryCountedTextMarksItsPluralAndIsTranslated)
{
    const auto texts = englishPlurals();
    ASSERT_FALSE(texts.empty());
    static const QRegularExpression marker(QStringLiteral(R"(\w\((s|es)\)|\([^()|]*\|[^()|]*\))"));
    for (const CountedText& text : texts) {
        EXPECT_TRUE(marker.match(text.source).hasMatch())
            << text.context.toStdString() << ": \"" << text.source.toStdString()
            << "\" would read the same for one and for many; mark its plural as word(s)";
        ASSERT_EQ(text.forms.size(), 2) << text.source.toStdString();
        EXPECT_NE(text.forms[0], text.forms[1]) << text.source.toStdString();
        // "%Ln": 30,000 reads as the user's language writes it, not as 30000.
        for (const QString& form : text.forms)
            EXPECT_FALSE(form.contains(QLatin1String("%n"))) << form.toStdString();
    }
}

// Run script/translations when this fails: a counted text in the code is missing from the file.
TEST(Translations, NoCountedTextInTheCodeIsMissingFromTheEnglishFile)
{
    QSet<QString> known;
    for (const CountedText& text : englishPlurals())
        known.insert(text.source);
    // The text may be split over adjacent literals ("… %n " "…"), which the compiler joins.
    static const QRegularExpression literal(QStringLiteral(
        R"re(tr(?:anslate)?\(\s*(?:[^;"]*?,\s*|"(?:[^"\\]|\\.)*"\s*,\s*)?((?:"(?:[^"\\]|\\.)*"\s*)+))re"));
    static const QRegularExpression piece(QStringLiteral(R"re("((?:[^"\\]|\\.)*)")re"));
    for (const char* folder : { "core", "ui", "app" }) {
        QDirIterator files(QStringLiteral(FINALIST_SOURCE_DIR "/") + QLatin1String(folder),
                           { QStringLiteral("*.cpp") }, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            ASSERT_TRUE(file.open(QIODevice::ReadOnly));
            const QString code = QString::fromUtf8(file.readAll());
            auto matches = literal.globalMatch(code);
            while (matches.hasNext()) {
                QString source;
                auto pieces = piece.globalMatch(matches.next().captured(1));
                while (pieces.hasNext())
                    source += pieces.next().captured(1);
                if (!source.contains(QLatin1String("%n")) && !source.contains(QLatin1String("%Ln")))
                    continue;
                source.replace(QStringLiteral("\\\""), QStringLiteral("\""));
                source.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
                EXPECT_TRUE(known.contains(source))
                    << files.fileName().toStdString() << ": \"" << source.toStdString()
                    << "\" is not in resources/translations/finalist_en.ts (run "
                       "script/translations)";
            }
        }
    }
}

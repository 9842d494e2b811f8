// The man pages cannot drift from the programs: every command and option --help lists is in
// the page, and the page lists none the program does not know.
#include "Run.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace {

QString manPage(const QString& name)
{
    QFile file(QStringLiteral(FINALIST_SOURCE_DIR "/packaging/linux/man/") + name);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    return QString::fromUtf8(file.readAll());
}

// The page's section (from ".SH NAME" to the next .SH), as troff.
QString section(const QString& page, const QString& name)
{
    const qsizetype start = page.indexOf(QStringLiteral("\n.SH ") + name + QLatin1Char('\n'));
    if (start < 0)
        return {};
    const qsizetype end = page.indexOf(QStringLiteral("\n.SH "), start + 1);
    return page.mid(start, end < 0 ? -1 : end - start);
}

// troff to plain words: no macros, quotes, font escapes or escaped hyphens.
QString plain(QString line)
{
    static const QRegularExpression macro(QStringLiteral(R"(^\.[A-Z]+\s*)"));
    static const QRegularExpression font(QStringLiteral(R"(\\f[BIRP])"));
    line.remove(macro).remove(font).remove(QLatin1Char('"'));
    line.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    line.replace(QStringLiteral(" | "), QStringLiteral("|"));
    return line.simplified();
}

// "export markdown|html PATH" → {"export markdown", "export html"}: the leading lowercase
// words are the command, a word with "|" gives one command per choice.
QSet<QString> commandsIn(const QString& usage)
{
    QStringList words;
    for (const QString& word : usage.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        static const QRegularExpression commandWord(QStringLiteral(R"(^[a-z][a-z|-]*$)"));
        if (!commandWord.match(word).hasMatch())
            break;
        words << word;
    }
    QSet<QString> commands;
    if (words.isEmpty())
        return commands;
    const QString head = words.mid(0, words.size() - 1).join(QLatin1Char(' '));
    for (const QString& choice : words.last().split(QLatin1Char('|')))
        commands.insert(head.isEmpty() ? choice : head + QLatin1Char(' ') + choice);
    return commands;
}

QSet<QString> optionsIn(const QString& text)
{
    QSet<QString> options;
    static const QRegularExpression option(QStringLiteral(R"((?<![\w-])--[a-z][a-z-]*)"));
    for (auto found = option.globalMatch(text); found.hasNext();)
        options.insert(found.next().captured());
    return options;
}

QString help(const char* program)
{
    // The pages are English: so is the help they are compared with, whatever the machine's.
    QProcessEnvironment english = QProcessEnvironment::systemEnvironment();
    english.remove(QStringLiteral("LANGUAGE"));
    english.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    const Ran ran = run(QString::fromUtf8(program), { QStringLiteral("--help") }, english);
    EXPECT_EQ(ran.exitCode, 0) << ran.err.toStdString();
    return ran.out;
}

// The lines of --help between a heading ("Commands:") and the next blank line.
QStringList helpSection(const QString& text, const QString& heading)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    const qsizetype start = lines.indexOf(heading);
    QStringList found;
    for (qsizetype i = start + 1; start >= 0 && i < lines.size() && !lines[i].isEmpty(); ++i)
        found << lines[i];
    return found;
}

} // namespace

TEST(ManPages, TheCommandLinePageListsEveryCommandOfItsHelp)
{
    QSet<QString> inHelp;
    for (const QString& line : helpSection(help(FINALIST_CLI), QStringLiteral("Commands:")))
        if (line.startsWith(QLatin1String("  ")) && !line.startsWith(QLatin1String("   ")))
            inHelp.unite(commandsIn(line.trimmed().section(QStringLiteral("  "), 0, 0)));
    ASSERT_GE(inHelp.size(), 20) << "the help's command list was not found";

    const QStringList lines
        = section(manPage(QStringLiteral("finalist-cli.1")), QStringLiteral("COMMANDS"))
              .split(QLatin1Char('\n'));
    QSet<QString> inPage;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        if (lines[i] == QLatin1String(".TP"))
            inPage.unite(commandsIn(plain(lines[i + 1])));
    EXPECT_EQ(inPage, inHelp);
}

TEST(ManPages, EachPageListsEveryOptionOfItsProgram)
{
    for (const auto& [program, page] :
         { std::pair{ FINALIST_CLI, "finalist-cli.1" }, std::pair{ FINALIST_APP, "finalist.1" } }) {
        const QSet<QString> inHelp
            = optionsIn(helpSection(help(program), QStringLiteral("Options:"))
                            .filter(QRegularExpression(QStringLiteral(R"(^  -)")))
                            .join(QLatin1Char('\n')));
        ASSERT_GE(inHelp.size(), 3) << page;
        QString options = section(manPage(QString::fromLatin1(page)), QStringLiteral("OPTIONS"));
        options.replace(QStringLiteral("\\-"), QStringLiteral("-"));
        options.remove(QRegularExpression(QStringLiteral(R"(\\f[BIRP])")));
        QSet<QString> inPage;
        const QStringList lines = options.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            if (lines[i] == QLatin1String(".TP"))
                inPage.unite(optionsIn(lines[i + 1]));
        EXPECT_EQ(inPage, inHelp) << page;
    }
}

TEST(ManPages, TheWindowPageNamesTheFileArgumentOfItsHelp)
{
    const QString usage = help(FINALIST_APP).section(QLatin1Char('\n'), 0, 0);
    EXPECT_TRUE(usage.contains(QLatin1String("[FILE]"))) << usage.toStdString();
    EXPECT_TRUE(section(manPage(QStringLiteral("finalist.1")), QStringLiteral("ARGUMENTS"))
                    .contains(QLatin1String(".I FILE")));
}

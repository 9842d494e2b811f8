#include "Eventually.h"
#include "journal/JournalListModel.h"
#include "journal/MarkdownEdit.h"
#include "journal/SpellChecker.h"
#include "journal/SpellHighlighter.h"
#include "storage/JournalRepository.h"
#include "storage/JournalSearch.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QVBoxLayout>

using namespace finalist;

namespace {

// The editor between two other fields, so focus has somewhere to go.
class Editor : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto* layout = new QVBoxLayout(&window);
        before = new QLineEdit(&window);
        edit = new MarkdownEdit(&window);
        after = new QLineEdit(&window);
        layout->addWidget(before);
        layout->addWidget(edit);
        layout->addWidget(after);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        edit->setFocus();
        ASSERT_EVENTUALLY(QApplication::focusWidget() == edit, 2000);
    }

    void type(const QString& text) { QTest::keyClicks(edit, text); }
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), modifiers);
    }
    void bold() { press(Qt::Key_B, Qt::ControlModifier); }
    void italic() { press(Qt::Key_I, Qt::ControlModifier); }
    QString text() const { return edit->toPlainText(); }

    void setText(const QString& text, int caret)
    {
        edit->setPlainText(text);
        QTextCursor c = edit->textCursor();
        c.setPosition(caret);
        edit->setTextCursor(c);
    }
    void select(int from, int to)
    {
        QTextCursor c = edit->textCursor();
        c.setPosition(from);
        c.setPosition(to, QTextCursor::KeepAnchor);
        edit->setTextCursor(c);
    }

    QWidget window;
    QLineEdit* before = nullptr;
    MarkdownEdit* edit = nullptr;
    QLineEdit* after = nullptr;
};

} // namespace

TEST_F(Editor, BoldOrItalicPressedTwiceWithNothingTypedLeavesNothing)
{
    type(QStringLiteral("Met "));
    bold();
    EXPECT_EQ(text(), QStringLiteral("Met ****"));
    bold();
    EXPECT_EQ(text(), QStringLiteral("Met "));
    italic();
    italic();
    EXPECT_EQ(text(), QStringLiteral("Met "));
    bold();
    italic();
    italic();
    bold();
    EXPECT_EQ(text(), QStringLiteral("Met "));
    type(QStringLiteral("Priya"));
    EXPECT_EQ(text(), QStringLiteral("Met Priya"));
}

TEST_F(Editor, BoldStartsARunAndThePressAfterTheWordEndsIt)
{
    type(QStringLiteral("Met "));
    bold();
    type(QStringLiteral("Priya"));
    bold();
    type(QStringLiteral(" and "));
    italic();
    type(QStringLiteral("Sam"));
    italic();
    type(QStringLiteral("."));
    EXPECT_EQ(text(), QStringLiteral("Met **Priya** and *Sam*."));
}

TEST_F(Editor, ABoldSelectionWithOrWithoutItsMarkersBecomesPlain)
{
    const QString bolded = QStringLiteral("I met **Priya** today");
    setText(bolded, 0);
    select(8, 13); // "Priya"
    bold();
    EXPECT_EQ(text(), QStringLiteral("I met Priya today"));
    EXPECT_EQ(edit->textCursor().selectedText(), QStringLiteral("Priya"));
    bold(); // the same selection again: bold again
    EXPECT_EQ(text(), bolded);
    EXPECT_EQ(edit->textCursor().selectedText(), QStringLiteral("Priya"));

    select(6, 15); // "**Priya**"
    bold();
    EXPECT_EQ(text(), QStringLiteral("I met Priya today"));
}

TEST_F(Editor, ItalicOnABoldWordAddsItalicAndTakesItAwayAgain)
{
    setText(QStringLiteral("**Priya**"), 0);
    select(0, 9);
    italic();
    EXPECT_EQ(text(), QStringLiteral("***Priya***"));
    italic();
    EXPECT_EQ(text(), QStringLiteral("**Priya**")) << "not *Priya* with a star left over";
}

TEST_F(Editor, ASelectionKeepsItsEdgeSpacesOutsideTheMarkers)
{
    setText(QStringLiteral("said thanks to all"), 0);
    select(4, 12); // " thanks "
    bold();
    EXPECT_EQ(text(), QStringLiteral("said **thanks** to all"));
}

TEST_F(Editor, BoldInsideABoldWordMakesItPlain)
{
    setText(QStringLiteral("a **Priya** b"), 6); // after "Pr"
    bold();
    EXPECT_EQ(text(), QStringLiteral("a Priya b"));
    EXPECT_EQ(edit->textCursor().position(), 4);
}

TEST_F(Editor, EnterContinuesABulletListAndAnEmptyItemEndsIt)
{
    type(QStringLiteral("- one"));
    press(Qt::Key_Return);
    EXPECT_EQ(text(), QStringLiteral("- one\n- "));
    type(QStringLiteral("two"));
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    EXPECT_EQ(text(), QStringLiteral("- one\n- two\n"));
    type(QStringLiteral("After the list."));
    press(Qt::Key_Return);
    EXPECT_EQ(text(), QStringLiteral("- one\n- two\nAfter the list.\n"));

    edit->clear();
    type(QStringLiteral("* star"));
    press(Qt::Key_Return);
    EXPECT_EQ(text(), QStringLiteral("* star\n* "));
}

TEST_F(Editor, AnEmptyNestedItemMovesOutALevelAndATaskListGetsAnOpenBox)
{
    setText(QStringLiteral("- a\n  - b\n  - "), 14);
    press(Qt::Key_Return);
    EXPECT_EQ(text(), QStringLiteral("- a\n  - b\n- "));
    press(Qt::Key_Return);
    EXPECT_EQ(text(), QStringLiteral("- a\n  - b\n"));

    setText(QStringLiteral("- [x] call Priya"), 16);
    press(Qt::Key_Return);
    EXPECT_EQ(text(), QStringLiteral("- [x] call Priya\n- [ ] "));
}

TEST_F(Editor, EnterBeforeTheMarkerOrOutsideAListIsAPlainNewLine)
{
    setText(QStringLiteral("- item"), 0);
    press(Qt::Key_Return);
    EXPECT_EQ(text(), QStringLiteral("\n- item"));
    setText(QStringLiteral("-5 degrees"), 10);
    press(Qt::Key_Return);
    EXPECT_EQ(text(), QStringLiteral("-5 degrees\n"));
}

TEST_F(Editor, EnterInANumberedListTakesTheNextNumberAndRenumbersTheRest)
{
    setText(QStringLiteral("1. first\n2. second\n3. third"), 8); // end of "first"
    press(Qt::Key_Return);
    type(QStringLiteral("inserted"));
    EXPECT_EQ(text(), QStringLiteral("1. first\n2. inserted\n3. second\n4. third"));

    setText(QStringLiteral("7) seven"), 8);
    press(Qt::Key_Return);
    EXPECT_EQ(text(), QStringLiteral("7) seven\n8) "));
    press(Qt::Key_Return);
    EXPECT_EQ(text(), QStringLiteral("7) seven\n"));
}

TEST_F(Editor, EnterInTheMiddleOfAnItemSplitsIt)
{
    setText(QStringLiteral("- call Priya then Sam"), 12); // before " then"
    press(Qt::Key_Return);
    EXPECT_EQ(text(), QStringLiteral("- call Priya\n-  then Sam"));
}

TEST_F(Editor, ShiftEnterIsAPlainNewLineEvenInAList)
{
    type(QStringLiteral("- one"));
    press(Qt::Key_Return, Qt::ShiftModifier);
    EXPECT_FALSE(text().contains(QStringLiteral("\n- "))) << text().toStdString();
}

TEST_F(Editor, TabNestsAListItemAndShiftTabTakesItBack)
{
    setText(QStringLiteral("- one\n- two"), 9);
    press(Qt::Key_Tab);
    EXPECT_EQ(text(), QStringLiteral("- one\n  - two"));
    EXPECT_EQ(QApplication::focusWidget(), edit) << "Tab in a list item stays in the editor";
    press(Qt::Key_Backtab, Qt::ShiftModifier);
    EXPECT_EQ(text(), QStringLiteral("- one\n- two"));
    EXPECT_EQ(QApplication::focusWidget(), edit);
}

TEST_F(Editor, NestingANumberedItemRenumbersBothLevels)
{
    setText(QStringLiteral("1. a\n2. b\n3. c\n4. d"), 9); // in "b"
    press(Qt::Key_Tab);
    EXPECT_EQ(text(), QStringLiteral("1. a\n   1. b\n2. c\n3. d"));
    QTextCursor c = edit->textCursor();
    c.setPosition(edit->document()->findBlockByNumber(2).position() + 4);
    edit->setTextCursor(c);
    press(Qt::Key_Tab);
    EXPECT_EQ(text(), QStringLiteral("1. a\n   1. b\n   2. c\n2. d"));
    press(Qt::Key_Backtab, Qt::ShiftModifier);
    EXPECT_EQ(text(), QStringLiteral("1. a\n   1. b\n2. c\n3. d"));
    press(Qt::Key_Return);
    EXPECT_EQ(text(), QStringLiteral("1. a\n   1. b\n2. c\n3. \n4. d"));
}

TEST_F(Editor, TabOutsideAListMovesTheFocusOn)
{
    type(QStringLiteral("Plain words"));
    press(Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), after);
    EXPECT_EQ(text(), QStringLiteral("Plain words")) << "no tab character typed";
    edit->setFocus();
    ASSERT_EVENTUALLY(QApplication::focusWidget() == edit, 2000);
    press(Qt::Key_Backtab, Qt::ShiftModifier);
    EXPECT_EQ(QApplication::focusWidget(), before);
}

TEST_F(Editor, ShiftTabOnATopLevelItemLeavesTheEditor)
{
    type(QStringLiteral("- only item"));
    press(Qt::Key_Backtab, Qt::ShiftModifier);
    EXPECT_EQ(QApplication::focusWidget(), before) << "nothing to un-nest: no keyboard trap";
    EXPECT_EQ(text(), QStringLiteral("- only item"));
}

// Spelling ------------------------------------------------------------------------------------

namespace {

const QString kEnglish = QStringLiteral("/usr/share/hunspell/en_US.dic");

// The underline formats Qt laid over one line, as the words they cover.
QStringList underlined(const QTextBlock& block)
{
    QStringList words;
    for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
        if (range.format.underlineStyle() == QTextCharFormat::WaveUnderline)
            words << block.text().mid(range.start, range.length);
    }
    return words;
}

} // namespace

TEST(SpellCheck, WithoutADictionaryCheckingIsOffAndEveryWordPasses)
{
    test::TempFolder folder;
    SpellChecker checker(folder.path(QStringLiteral("words.txt")));
    EXPECT_TRUE(SpellChecker::installedLanguages(folder.root()).isEmpty());
    EXPECT_TRUE(SpellChecker::defaultLanguage(folder.root()).isEmpty());
    EXPECT_FALSE(checker.setLanguage(QStringLiteral("xx_XX"), folder.root()));
    EXPECT_FALSE(checker.isEnabled());
    EXPECT_TRUE(checker.isCorrect(QStringLiteral("intervew")));
    EXPECT_TRUE(checker.suggestions(QStringLiteral("intervew")).isEmpty());
    // A half-installed dictionary (no .aff) is not offered.
    QFile dic(folder.path(QStringLiteral("de_DE.dic")));
    ASSERT_TRUE(dic.open(QIODevice::WriteOnly));
    dic.close();
    EXPECT_TRUE(SpellChecker::installedLanguages(folder.root()).isEmpty());
    EXPECT_FALSE(checker.setLanguage(QStringLiteral("de_DE"), folder.root()));
}

TEST(SpellCheck, WordsWorthCheckingSkipMarkupLinksAndNumbers)
{
    QStringList words;
    const QString line = QStringLiteral(
        "- **Priya's** _team_ at [Acme](https://acme.exampel/intervew) www.wrng.example "
        "`codde` mail prya@acme.exampel Q3 2nd snake_case CEO it’s");
    for (const SpellHighlighter::Word& w : SpellHighlighter::checkableWords(line)) {
        words << w.text;
        EXPECT_EQ(line.mid(w.start, w.length), w.text);
    }
    EXPECT_EQ(
        words,
        QStringList({ QStringLiteral("Priya's"), QStringLiteral("team"), QStringLiteral("at"),
                      QStringLiteral("Acme"), QStringLiteral("mail"), QStringLiteral("it’s") }));
}

class Spelling : public Editor
{
protected:
    void SetUp() override
    {
        if (!QFile::exists(kEnglish))
            GTEST_SKIP() << "no English dictionary in /usr/share/hunspell (apt-get install "
                            "hunspell-en-us)";
        Editor::SetUp();
        checker = std::make_unique<SpellChecker>(folder.path(QStringLiteral("words.txt")));
        ASSERT_TRUE(checker->setLanguage(QStringLiteral("en_US")));
        edit->setSpellChecker(checker.get());
    }
    void TearDown() override
    {
        if (edit)
            edit->setSpellChecker(nullptr);
    }

    // Where the middle of a word is on screen, for the context menu.
    QPoint pointAt(const QString& word)
    {
        QTextCursor c(edit->document());
        c.setPosition(int(text().indexOf(word)) + 2);
        return edit->cursorRect(c).center();
    }

    test::TempFolder folder;
    std::unique_ptr<SpellChecker> checker;
};

TEST_F(Spelling, MisspeltWordsAreUnderlinedAndMarkupIsNot)
{
    edit->setPlainText(QStringLiteral(
        "I met **Sarah** at the intervew, see https://exampel.com/intervew and Q3plan"));
    const QTextBlock line = edit->document()->firstBlock();
    EXPECT_EVENTUALLY(underlined(line) == QStringList{ QStringLiteral("intervew") }, 2000);
    EXPECT_EQ(underlined(line), QStringList{ QStringLiteral("intervew") });

    edit->clear();
    type(QStringLiteral("Thnaks for the call"));
    EXPECT_EQ(underlined(edit->document()->firstBlock()), QStringList{ QStringLiteral("Thnaks") })
        << "checked as it is typed";
}

TEST_F(Spelling, ASuggestionFromTheContextMenuReplacesTheWord)
{
    edit->setPlainText(QStringLiteral("Thanks for the intervew today."));
    std::unique_ptr<QMenu> menu(edit->createContextMenu(pointAt(QStringLiteral("intervew"))));
    QAction* fix = nullptr;
    for (QAction* action : menu->actions()) {
        if (action->text() == QStringLiteral("interview"))
            fix = action;
    }
    ASSERT_NE(fix, nullptr);
    EXPECT_EQ(menu->actions().indexOf(fix), 0) << "suggestions come first";
    fix->trigger();
    EXPECT_EQ(text(), QStringLiteral("Thanks for the interview today."));
    EXPECT_TRUE(underlined(edit->document()->firstBlock()).isEmpty());
    EXPECT_TRUE(edit->document()->isUndoAvailable());

    // A correct word gets no spelling actions, only the usual menu.
    std::unique_ptr<QMenu> plain(edit->createContextMenu(pointAt(QStringLiteral("Thanks"))));
    for (QAction* action : plain->actions())
        EXPECT_FALSE(action->text().contains(QStringLiteral("Dictionary")));
}

TEST_F(Spelling, AWordAddedToTheDictionaryStaysAccepted)
{
    edit->setPlainText(QStringLiteral("Lunch with Priyanka"));
    const QTextBlock line = edit->document()->firstBlock();
    ASSERT_EVENTUALLY(underlined(line) == QStringList{ QStringLiteral("Priyanka") }, 2000);
    std::unique_ptr<QMenu> menu(edit->createContextMenu(pointAt(QStringLiteral("Priyanka"))));
    QAction* add = nullptr;
    for (QAction* action : menu->actions()) {
        if (action->text().contains(QStringLiteral("to Dictionary")))
            add = action;
    }
    ASSERT_NE(add, nullptr);
    add->trigger();
    EXPECT_TRUE(underlined(line).isEmpty());

    QFile words(folder.path(QStringLiteral("words.txt")));
    ASSERT_TRUE(words.open(QIODevice::ReadOnly));
    EXPECT_EQ(words.readAll(), QByteArray("Priyanka\n"));
    SpellChecker later(folder.path(QStringLiteral("words.txt")));
    ASSERT_TRUE(later.setLanguage(QStringLiteral("en_US")));
    EXPECT_TRUE(later.isCorrect(QStringLiteral("Priyanka"))) << "kept for the next run";
    EXPECT_FALSE(later.isCorrect(QStringLiteral("Priyankaa")));
}

TEST_F(Spelling, TurningCheckingOffTakesTheUnderlinesAway)
{
    edit->setPlainText(QStringLiteral("an intervew"));
    const QTextBlock line = edit->document()->firstBlock();
    ASSERT_EVENTUALLY(!underlined(line).isEmpty(), 2000);
    EXPECT_TRUE(checker->setLanguage(QString()));
    EXPECT_FALSE(checker->isEnabled());
    EXPECT_TRUE(underlined(line).isEmpty());
    EXPECT_TRUE(SpellChecker::installedLanguages().contains(QStringLiteral("en_US")));
}

// The dictionary takes megabytes once read: it waits until the user starts to write.
class SpellingWhenNeeded : public Editor
{
protected:
    void SetUp() override
    {
        if (!QFile::exists(kEnglish))
            GTEST_SKIP() << "no English dictionary in /usr/share/hunspell";
        Editor::SetUp();
        before->setFocus();
        ASSERT_EVENTUALLY(QApplication::focusWidget() == before, 2000);
        checker = std::make_unique<SpellChecker>(folder.path(QStringLiteral("words.txt")));
        ASSERT_TRUE(checker->setLanguage(QStringLiteral("en_US"), SpellChecker::dictionaryFolder(),
                                         SpellChecker::Reading::WhenNeeded));
        edit->setSpellChecker(checker.get());
    }
    void TearDown() override
    {
        if (edit)
            edit->setSpellChecker(nullptr);
    }

    test::TempFolder folder;
    std::unique_ptr<SpellChecker> checker;
};

TEST_F(SpellingWhenNeeded, NothingIsReadUntilTheCursorIsInTheText)
{
    EXPECT_TRUE(checker->isEnabled());
    EXPECT_FALSE(checker->isReady());
    edit->setPlainText(QStringLiteral("Thanks for the intervew"));
    QTest::qWait(300);
    EXPECT_FALSE(checker->isReady()) << "showing a text reads no dictionary";
    EXPECT_TRUE(underlined(edit->document()->firstBlock()).isEmpty());
    EXPECT_TRUE(checker->isCorrect(QStringLiteral("intervew"))) << "nothing checked yet";

    edit->setFocus();
    EXPECT_EVENTUALLY(checker->isReady(), 5000);
    EXPECT_EVENTUALLY(underlined(edit->document()->firstBlock())
                          == QStringList{ QStringLiteral("intervew") },
                      2000)
        << "the words already there are checked once it is in";
    edit->moveCursor(QTextCursor::End);
    type(QStringLiteral(" Thnaks"));
    QStringList marked = underlined(edit->document()->firstBlock());
    marked.sort();
    EXPECT_EQ(marked, QStringList({ QStringLiteral("Thnaks"), QStringLiteral("intervew") }));

    // Once someone writes, a language chosen later is read at once.
    ASSERT_TRUE(checker->setLanguage(QString()));
    EXPECT_TRUE(underlined(edit->document()->firstBlock()).isEmpty());
    ASSERT_TRUE(checker->setLanguage(QStringLiteral("en_US"), SpellChecker::dictionaryFolder(),
                                     SpellChecker::Reading::WhenNeeded));
    EXPECT_EVENTUALLY(checker->isReady(), 5000);
    EXPECT_EVENTUALLY(underlined(edit->document()->firstBlock()).size() == 2, 2000);
}

TEST_F(SpellingWhenNeeded, ALanguageTurnedOffDuringTheReadStaysOff)
{
    edit->setPlainText(QStringLiteral("an intervew"));
    checker->prepare();
    ASSERT_TRUE(checker->setLanguage(QString()));
    EXPECT_FALSE(checker->isEnabled());
    QTest::qWait(1500); // longer than the read takes
    EXPECT_FALSE(checker->isReady()) << "the read that finished late is not used";
    EXPECT_TRUE(checker->isCorrect(QStringLiteral("intervew")));
    EXPECT_TRUE(underlined(edit->document()->firstBlock()).isEmpty());
    // A missing language is refused and leaves checking off.
    EXPECT_FALSE(checker->setLanguage(QStringLiteral("xx_XX"), SpellChecker::dictionaryFolder(),
                                      SpellChecker::Reading::WhenNeeded));
    EXPECT_FALSE(checker->isEnabled());
}

TEST_F(SpellingWhenNeeded, ALanguageChosenDuringTheReadIsTheOneRead)
{
    // A second language: the English files under another name, in a folder of the test's.
    ASSERT_TRUE(QFile::copy(kEnglish, folder.path(QStringLiteral("en_XX.dic"))));
    ASSERT_TRUE(QFile::copy(QStringLiteral("/usr/share/hunspell/en_US.aff"),
                            folder.path(QStringLiteral("en_XX.aff"))));
    edit->setPlainText(QStringLiteral("an intervew"));
    checker->prepare(); // en_US is being read
    ASSERT_TRUE(checker->setLanguage(QStringLiteral("en_XX"), folder.root(),
                                     SpellChecker::Reading::WhenNeeded));
    EXPECT_EQ(checker->language(), QStringLiteral("en_XX"));
    EXPECT_EVENTUALLY(checker->isReady(), 5000);
    EXPECT_EQ(checker->language(), QStringLiteral("en_XX"));
    EXPECT_FALSE(checker->isCorrect(QStringLiteral("intervew")));
    EXPECT_TRUE(checker->isCorrect(QStringLiteral("interview")));
    EXPECT_EVENTUALLY(underlined(edit->document()->firstBlock())
                          == QStringList{ QStringLiteral("intervew") },
                      2000);
}

TEST_F(SpellingWhenNeeded, ACheckerClosedDuringTheReadWaitsForIt)
{
    checker->prepare();
    edit->setSpellChecker(nullptr);
    checker.reset(); // waits for the worker; its late answer goes nowhere
    QTest::qWait(200);
    SUCCEED();
}

TEST(SpellCheck, AddingToAnUnwritableDictionaryIsRefused)
{
    test::TempFolder folder;
    QFile blocker(folder.path(QStringLiteral("file")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    SpellChecker checker(folder.path(QStringLiteral("file/words.txt")));
    const Status added = checker.addToPersonal(QStringLiteral("Priyanka"));
    EXPECT_FALSE(added.ok());
    EXPECT_FALSE(added.error().message.isEmpty());
    EXPECT_FALSE(checker.addToPersonal(QStringLiteral("  ")).ok());
    EXPECT_FALSE(checker.addToPersonal(QStringLiteral("two\nlines")).ok());
}

// The journal list --------------------------------------------------------------------------

TEST(JournalExcerpts, ShowTextNotMarkdown)
{
    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    auto db = test::openOrFail(folder.path(QStringLiteral("j.sqlite")), clock);
    ASSERT_TRUE(db);
    JournalEntry e;
    e.title = QStringLiteral("Final round");
    e.writtenOn = QDate(2026, 3, 1);
    e.experience = QStringLiteral(
        "## The panel\n**Priya** liked the *audit*\n- thanked [her](https://x.example)");
    ASSERT_OK(JournalRepository(*db).add(e));

    JournalListModel model(*db);
    model.setFilter({});
    ASSERT_EQ(model.rowCount(), 1);
    const QString excerpt = model.index(0).data(JournalListModel::SnippetRole).toString();
    EXPECT_TRUE(excerpt.contains(QStringLiteral("Priya liked the audit"))) << excerpt.toStdString();
    for (const char* marker : { "**", "*", "##", "](", "https" })
        EXPECT_FALSE(excerpt.contains(QLatin1String(marker))) << excerpt.toStdString();

    JournalFilter search;
    search.text = QStringLiteral("Priya");
    model.setFilter(search);
    ASSERT_EQ(model.rowCount(), 1);
    const QString snippet = model.index(0).data(JournalListModel::SnippetRole).toString();
    EXPECT_TRUE(snippet.contains(QString(JournalSearch::kMatchStart) + QStringLiteral("Priya")
                                 + QString(JournalSearch::kMatchEnd)))
        << snippet.toStdString();
    EXPECT_FALSE(snippet.contains(QStringLiteral("**"))) << snippet.toStdString();
}

// With the German translation loaded, every section of the window speaks German: no text the
// translation has a German word for shows in English, and each section shows German ones.
// The core's texts (the activity report, stage names in sentences) follow the same file.
#include "contacts/ContactsView.h"
#include "DemoWindow.h"
#include "network/NetworkLegend.h"
#include "services/ActivityReport.h"
#include "services/DemoSample.h"
#include "services/TemplateLibrary.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "storage/ContactRepository.h"
#include "storage/TemplateRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace finalist;

namespace {

// Every source text of the German file with the German for it, as shown (no accelerators).
struct Texts
{
    QSet<QString> english; // only those whose German differs
    QSet<QString> german;
};

QString shown(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?=\\S)")));
    return text.trimmed();
}

Texts germanFile()
{
    QFile file(QStringLiteral(FINALIST_SOURCE_DIR "/resources/translations/finalist_de.ts"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    Texts texts;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = shown(xml.readElementText());
        } else if (xml.name() == QLatin1String("translation")) {
            const QString german
                = shown(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            // Short or placeholder-only texts ("%1 (%2)", "OK") prove nothing either way.
            if (german != source && source.size() >= 4 && !source.contains(QLatin1Char('%')))
                texts.english.insert(source);
            if (!german.contains(QLatin1Char('%')) && german.size() >= 4)
                texts.german.insert(german);
        }
    }
    return texts;
}

// What a person reads in a section: labels, buttons, group titles, placeholders, tabs,
// column headings and the choices of combo boxes, of the widgets shown.
QStringList visibleTexts(QWidget* section)
{
    QStringList texts;
    for (QWidget* w : section->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(section))
            continue;
        if (auto* label = qobject_cast<QLabel*>(w))
            texts << (Qt::mightBeRichText(label->text())
                          ? QTextDocumentFragment::fromHtml(label->text()).toPlainText()
                          : label->text());
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            texts << button->text();
        else if (auto* group = qobject_cast<QGroupBox*>(w))
            texts << group->title();
        else if (auto* edit = qobject_cast<QLineEdit*>(w))
            texts << edit->placeholderText();
        else if (auto* tabs = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        else if (auto* header = qobject_cast<QHeaderView*>(w); header && header->model())
            for (int i = 0; i < header->count(); ++i)
                texts << header->model()->headerData(i, header->orientation()).toString();
        else if (auto* box = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < box->count(); ++i)
                texts << box->itemText(i);
    }
    QStringList cleaned;
    for (const QString& text : std::as_const(texts))
        if (!shown(text).isEmpty())
            cleaned << shown(text);
    return cleaned;
}

class GermanWindow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(german.load(QStringLiteral("finalist_de"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&german); // searched before the English plurals
    }
    void TearDown() override { QCoreApplication::removeTranslator(&german); }

    QTranslator german;
};

} // namespace

TEST_F(GermanWindow, EverySectionShowsGermanAndNoEnglish)
{
    const Texts texts = germanFile();
    ASSERT_GT(texts.english.size(), 1000);

    test::DemoWindow demo(test::referenceNow());
    ASSERT_TRUE(demo.open());
    MainWindow& window = demo.window;

    QStringList menus;
    for (QAction* menu : window.menuBar()->actions())
        menus << shown(menu->text());
    EXPECT_TRUE(menus.contains(QStringLiteral("Datei"))) << menus.join(u',').toStdString();
    EXPECT_TRUE(menus.contains(QStringLiteral("Hilfe"))) << menus.join(u',').toStdString();

    for (int s = 0; s < MainWindow::SectionCount; ++s) {
        const auto section = MainWindow::Section(s);
        window.showSection(section);
        QTest::qWait(20);
        const QStringList seen = visibleTexts(window.sectionWidget(section));
        int inGerman = 0;
        for (const QString& text : seen) {
            // "Position" is English for Stelle and German for a contact's title: German wins.
            EXPECT_FALSE(texts.english.contains(text) && !texts.german.contains(text))
                << "section " << s << " shows “" << text.toStdString() << "” in English";
            inGerman += texts.german.contains(text) ? 1 : 0;
        }
        EXPECT_GE(inGerman, 3) << "section " << s << ": " << seen.join(u'|').toStdString();
    }
}

// German words are longer: the window still fits 1024 × 640 (900 pixels wide, as in English)
// and no page scrolls sideways (the board does by design, lists and tables may).
TEST_F(GermanWindow, EverySectionStillFitsASmallScreen)
{
    test::DemoWindow demo(test::referenceNow());
    ASSERT_TRUE(demo.open());
    MainWindow& window = demo.window;
    for (int s = 0; s < MainWindow::SectionCount; ++s) {
        const auto section = MainWindow::Section(s);
        window.showSection(section);
        const QSize needed = window.sectionWidget(section)->minimumSizeHint();
        EXPECT_LE(needed.width(), 900 - window.navigation()->width() - 20)
            << "section " << s << " needs " << needed.width() << " pixels";
    }
    EXPECT_LE(window.minimumSizeHint().width(), 900);
    window.resize(900, 640);
    for (int s = 0; s < MainWindow::SectionCount; ++s) {
        const auto section = MainWindow::Section(s);
        window.showSection(section);
        QTest::qWait(20);
        for (auto* area : window.sectionWidget(section)->findChildren<QScrollArea*>()) {
            // One that never scrolls sideways must not hide what is wider than it, either.
            if (area->isVisible() && area->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff
                && area->widget())
                EXPECT_LE(area->widget()->width(), area->viewport()->width())
                    << "section " << s << ": " << area->objectName().toStdString() << " cuts off "
                    << area->widget()->width() - area->viewport()->width() << " pixels";
            if (!area->isVisible() || area->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff
                || area->objectName() == QLatin1String("board"))
                continue;
            EXPECT_FALSE(area->horizontalScrollBar()->isVisible())
                << "section " << s << ": " << area->metaObject()->className() << " "
                << area->objectName().toStdString() << " scrolls sideways";
        }
    }
}

// A contact with more than one address and every detail shown: the pane, as wide as the form
// first needed, still shows all of it (the hint under the addresses wraps instead of widening
// the form past it, which cut its right edge off in German).
TEST_F(GermanWindow, TheContactsFormIsNeverCutOffByItsPane)
{
    test::DemoWindow demo(test::referenceNow());
    ASSERT_TRUE(demo.open());
    MainWindow& window = demo.window;
    Contact ana;
    ana.firstName = QStringLiteral("Ana");
    ana.lastName = QStringLiteral("Aziz");
    ana.company = QStringLiteral("Elmstead Bank");
    ana.details
        = { { DetailKind::Email, QStringLiteral("work"),
              QStringLiteral("ana-aziz.19@elmstead-bank.example"), true },
            { DetailKind::Email, QStringLiteral("home"), QStringLiteral("ana-aziz.19@mail.example"),
              false },
            { DetailKind::Phone, QStringLiteral("mobile"), QStringLiteral("+1 555 0128"), false } };
    ASSERT_OK(ContactRepository(*demo.session.database()).add(ana));
    window.resize(1024, 640);
    window.showSection(MainWindow::Section::Contacts);
    auto* view = qobject_cast<ContactsView*>(window.sectionWidget(MainWindow::Section::Contacts));
    ASSERT_NE(view, nullptr);
    view->reload();
    view->select(ana.id);
    QTest::qWait(50);
    auto* more = view->findChild<QToolButton*>(QStringLiteral("moreDetails"));
    if (more && !more->isChecked())
        more->click();
    QTest::qWait(50);
    int checked = 0;
    for (auto* area : view->findChildren<QScrollArea*>()) {
        if (!area->isVisible() || !area->widget())
            continue;
        ++checked;
        EXPECT_LE(area->widget()->width(), area->viewport()->width())
            << area->widget()->width() - area->viewport()->width() << " pixels cut off";
    }
    EXPECT_GE(checked, 1);
}

// The network's legend is drawn, not laid out: it measures its own texts.
TEST_F(GermanWindow, TheNetworkLegendIsAsWideAsItsLongestText)
{
    NetworkLegend legend;
    const QString longest
        = QCoreApplication::translate("finalist::NetworkLegend", "Met in a round");
    ASSERT_EQ(longest, QStringLiteral("In einer Runde kennengelernt"));
    EXPECT_GE(legend.sizeHint().width(), 28 + legend.fontMetrics().horizontalAdvance(longest));
}

TEST_F(GermanWindow, TheCoreSpeaksGermanToo)
{
    EXPECT_EQ(ActivityReport::headers(),
              (QStringList{ QStringLiteral("Datum"), QStringLiteral("Art der Kontaktaufnahme"),
                            QStringLiteral("Arbeitgeber"), QStringLiteral("Stelle"),
                            QStringLiteral("Ansprechpartner"), QStringLiteral("Einzelheiten"),
                            QStringLiteral("Ergebnis") }));
    // German nouns keep their capital inside a sentence; English lowers it.
    EXPECT_EQ(enumLabelInSentence(Stage::FinalRound), QStringLiteral("Finalrunde"));
    QCoreApplication::removeTranslator(&german);
    EXPECT_EQ(enumLabelInSentence(Stage::FinalRound), QStringLiteral("final round"));
    EXPECT_EQ(ActivityReport::headers().at(2), QStringLiteral("Company"));
}

// The built-in templates are content: German ones for a German user, written in German, and
// an unedited one follows the user from one language to the other; an edited one stays.
TEST_F(GermanWindow, TheBuiltInTemplatesFollowTheLanguageUnlessEdited)
{
    QCoreApplication::removeTranslator(&german);
    test::TempFolder data;
    FixedClock clock(test::referenceNow());
    auto db = test::openOrFail(data.path(QStringLiteral("templates.sqlite")), clock);
    ASSERT_TRUE(db);
    TemplateLibrary library(*db);
    auto english = library.choose(OutreachKind::ThankYou, Channel::Email, Tone::Formal);
    ASSERT_OK(english);
    EXPECT_TRUE(english.value().body.startsWith(QLatin1String("Dear ")))
        << english.value().body.toStdString();
    auto warm = library.choose(OutreachKind::ThankYou, Channel::Email, Tone::Warm);
    ASSERT_OK(warm);
    Template edited = warm.value();
    edited.body += QStringLiteral("P.S. My own words.\n");
    ASSERT_OK(TemplateRepository(*db).update(edited));

    QCoreApplication::installTranslator(&german);
    auto formal = library.choose(OutreachKind::ThankYou, Channel::Email, Tone::Formal);
    ASSERT_OK(formal);
    EXPECT_EQ(formal.value().id, english.value().id); // the same row, now in German
    EXPECT_TRUE(formal.value().body.startsWith(QLatin1String("Guten Tag ")))
        << formal.value().body.toStdString();
    EXPECT_TRUE(formal.value().name.contains(QStringLiteral("förmlich")))
        << formal.value().name.toStdString();
    EXPECT_EQ(TemplateRepository(*db).get(edited.id).value().body, edited.body);
    for (Tone tone : { Tone::Warm, Tone::Formal, Tone::Brief }) {
        auto reply = library.choose(OutreachKind::RejectionReply, Channel::Email, tone);
        ASSERT_OK(reply);
        EXPECT_FALSE(reply.value().body.contains(QLatin1String("Thank")))
            << reply.value().body.toStdString();
        EXPECT_TRUE(reply.value().body.contains(QLatin1String("Hallo {{contact.first_name}}"))
                    || reply.value().body.contains(QLatin1String("Guten Tag {{contact.name}}")))
            << reply.value().body.toStdString();
    }

    QCoreApplication::removeTranslator(&german);
    auto back = library.choose(OutreachKind::ThankYou, Channel::Email, Tone::Formal);
    ASSERT_OK(back);
    EXPECT_EQ(back.value().body, english.value().body);
}

// The contact pane's "More details": further emails and phones typed into the rows, the
// preferred one chosen by its box, name parts and a birthday, checked in the database.
#include "contacts/ContactDetailsEditor.h"

#include "common/InlineMessage.h"
#include "contacts/ContactDetail.h"
#include "contacts/ContactsView.h"
#include "RawSql.h"
#include "storage/ContactRepository.h"
#include "TestSupport.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

using namespace finalist;

namespace {

class DetailsEditorUi : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = folder.path(QStringLiteral("details.sqlite"));
        db = test::openOrFail(path, clock);
        ASSERT_TRUE(db);
        priya.firstName = QStringLiteral("Priya");
        priya.lastName = QStringLiteral("Raman");
        priya.email = QStringLiteral("priya@fjordline.example");
        ASSERT_OK(ContactRepository(*db).add(priya));
        view = std::make_unique<ContactsView>(*db);
        view->resize(1024, 640);
        view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
        view->select(priya.id);
        detail = view->detail();
        ASSERT_EQ(detail->contactId(), priya.id);
        auto* more = detail->findChild<QToolButton*>(QStringLiteral("moreDetails"));
        ASSERT_TRUE(more);
        if (!detail->detailsEditor()->isVisible())
            QTest::mouseClick(more, Qt::LeftButton);
        ASSERT_TRUE(detail->detailsEditor()->isVisible());
    }

    QString stored(const QString& column)
    {
        return test::rawSql(path,
                            QStringLiteral("SELECT %1 FROM contacts WHERE id = %2")
                                .arg(column)
                                .arg(priya.id))
            .toString();
    }

    Contact reread() { return ContactRepository(*db).get(priya.id).value(); }

    test::TempFolder folder;
    FixedClock clock{ test::referenceNow() };
    std::unique_ptr<Database> db;
    std::unique_ptr<ContactsView> view;
    ContactDetail* detail = nullptr;
    Contact priya;
    QString path;
};

} // namespace

TEST_F(DetailsEditorUi, AnotherEmailAndPhoneAreSavedBesideThePreferredOnes)
{
    ContactDetailsEditor* editor = detail->detailsEditor();
    EXPECT_EQ(editor->rowCount(), 0) << "the preferred email is in the form, not repeated";
    editor->addRow(DetailKind::Email);
    QTest::keyClicks(editor->valueEdit(0), QStringLiteral("priya@mailbox.example"));
    editor->addRow(DetailKind::Phone);
    QTest::keyClicks(editor->valueEdit(1), QStringLiteral("+47 912 34 567"));
    QTest::keyClicks(detail->middleNameEdit(), QStringLiteral("K."));
    QTest::keyClicks(detail->birthdayEdit(), QStringLiteral("--05-14"));
    QTest::mouseClick(detail->saveButton(), Qt::LeftButton);
    EXPECT_FALSE(detail->message()->isError()) << detail->message()->text().toStdString();

    const Contact saved = reread();
    EXPECT_EQ(saved.email, QStringLiteral("priya@fjordline.example"));
    EXPECT_EQ(saved.phone, QStringLiteral("+47 912 34 567"))
        << "the only phone is the preferred one";
    EXPECT_EQ(saved.middleName, QStringLiteral("K."));
    EXPECT_EQ(saved.birthday, QStringLiteral("--05-14"));
    EXPECT_EQ(saved.valuesOf(DetailKind::Email),
              (QStringList{ QStringLiteral("priya@fjordline.example"),
                            QStringLiteral("priya@mailbox.example") }));
    EXPECT_TRUE(stored(QStringLiteral("details")).contains(QStringLiteral("mailbox.example")));
}

TEST_F(DetailsEditorUi, TickingAnotherEmailMakesItTheOneInTheTable)
{
    ContactDetailsEditor* editor = detail->detailsEditor();
    editor->addRow(DetailKind::Email);
    QTest::keyClicks(editor->valueEdit(0), QStringLiteral("priya@mailbox.example"));
    QTest::mouseClick(detail->saveButton(), Qt::LeftButton);
    ASSERT_EQ(editor->rowCount(), 1);
    editor->preferredBox(0)->click();
    QTest::mouseClick(detail->saveButton(), Qt::LeftButton);
    EXPECT_FALSE(detail->message()->isError()) << detail->message()->text().toStdString();
    EXPECT_EQ(stored(QStringLiteral("email")), QStringLiteral("priya@mailbox.example"));
    EXPECT_EQ(detail->emailEdit()->text(), QStringLiteral("priya@mailbox.example"))
        << "the form shows the preferred one";
    ASSERT_EQ(editor->rowCount(), 1);
    EXPECT_EQ(editor->valueEdit(0)->text(), QStringLiteral("priya@fjordline.example"))
        << "and the other goes to the rows";
}

TEST_F(DetailsEditorUi, ABadEmailInARowOrABadBirthdayIsNamedAndNothingIsWritten)
{
    const QString before = stored(QStringLiteral("details"));
    ContactDetailsEditor* editor = detail->detailsEditor();
    editor->addRow(DetailKind::Email);
    QTest::keyClicks(editor->valueEdit(0), QStringLiteral("priya at home"));
    QTest::mouseClick(detail->saveButton(), Qt::LeftButton);
    EXPECT_TRUE(detail->message()->isError());
    EXPECT_TRUE(detail->message()->text().contains(QStringLiteral("priya at home")))
        << detail->message()->text().toStdString();
    EXPECT_EQ(editor->valueEdit(0)->text(), QStringLiteral("priya at home")) << "the text stays";
    EXPECT_EQ(stored(QStringLiteral("details")), before);

    editor->removeRow(0);
    QTest::keyClicks(detail->birthdayEdit(), QStringLiteral("14/05/1986"));
    QTest::mouseClick(detail->saveButton(), Qt::LeftButton);
    EXPECT_TRUE(detail->message()->isError());
    EXPECT_EQ(detail->birthdayEdit()->text(), QStringLiteral("14/05/1986"));
    EXPECT_EQ(stored(QStringLiteral("birthday")), QString());
}

TEST_F(DetailsEditorUi, TheWheelOverARowsLabelLeavesItAlone)
{
    ContactDetailsEditor* editor = detail->detailsEditor();
    editor->addRow(DetailKind::Phone);
    auto* label = editor->findChildren<QComboBox*>().value(0);
    ASSERT_TRUE(label);
    label->setCurrentText(QStringLiteral("work"));
    detail->firstNameEdit()->setFocus();
    ASSERT_FALSE(label->hasFocus());
    const QPointF at(label->width() / 2.0, label->height() / 2.0);
    QWheelEvent wheel(at, label->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(label, &wheel);
    EXPECT_EQ(label->currentText(), QStringLiteral("work"));
}

TEST_F(DetailsEditorUi, ALongAddressIsCutToItsButtonAndWholeInTheTooltip)
{
    Contact far = reread();
    far.addDetail({ DetailKind::Address, QStringLiteral("work"),
                    address::fromParts({ {},
                                         QStringLiteral("Building C, third floor"),
                                         QStringLiteral("1200 Harbour Exchange Square"),
                                         QStringLiteral("London"),
                                         QStringLiteral("Greater London"),
                                         QStringLiteral("E14 9GE"),
                                         QStringLiteral("United Kingdom") }),
                    false });
    ASSERT_OK(ContactRepository(*db).update(far));
    detail->showContact(0);
    detail->showContact(priya.id);
    ContactDetailsEditor* editor = detail->detailsEditor();
    QPushButton* button = nullptr;
    for (QPushButton* b : editor->findChildren<QPushButton*>())
        if (b->accessibleName() == QStringLiteral("Address"))
            button = b;
    ASSERT_TRUE(button);
    QCoreApplication::processEvents();
    const QString whole = address::oneLine(far.details.back().value);
    EXPECT_EQ(button->toolTip(), whole);
    EXPECT_TRUE(button->text().endsWith(QChar(0x2026))) << button->text().toStdString();
    EXPECT_LE(button->fontMetrics().horizontalAdvance(button->text()), button->width());
    EXPECT_TRUE(button->styleSheet().isEmpty()) << "a style sheet would ignore a dark palette";
    EXPECT_LE(detail->width(), view->width()) << "the pane stays inside the window";
}

// Tab follows the pane from top to bottom: the last name leads to the title, not into the
// folded section, and Notes leads on to "More details" rather than taking a tab character.
TEST_F(DetailsEditorUi, TabGoesThroughThePaneInTheOrderItIsRead)
{
    auto* more = detail->findChild<QToolButton*>(QStringLiteral("moreDetails"));
    QTest::mouseClick(more, Qt::LeftButton); // folded again
    ASSERT_FALSE(detail->detailsEditor()->isVisible());
    view->activateWindow();
    auto* last = detail->findChild<QLineEdit*>(QStringLiteral("lastName"));
    last->setFocus();
    ASSERT_TRUE(last->hasFocus());
    QTest::keyClick(last, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget()->objectName(), QStringLiteral("title"));
    auto* notes = detail->findChild<QPlainTextEdit*>();
    notes->setFocus();
    QTest::keyClick(notes, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), more);
    EXPECT_FALSE(notes->toPlainText().contains(QLatin1Char('\t')));
}

// A new contact is saved from the keyboard: Return in a field, or Ctrl+S, as the highlighted
// Save button promises; nothing is written before.
TEST_F(DetailsEditorUi, ReturnOrCtrlSSavesANewContact)
{
    view->activateWindow();
    QApplication::setActiveWindow(view.get());
    const auto people = [this] { return test::countRows(path, QStringLiteral("contacts")); };
    const qint64 before = people();
    detail->startNewContact(QString());
    auto* first = detail->firstNameEdit();
    first->setFocus();
    QTest::keyClicks(first, QStringLiteral("Jonah"));
    EXPECT_EQ(people(), before) << "typing writes nothing";
    QTest::keyClick(first, Qt::Key_Return);
    EXPECT_EQ(people(), before + 1);
    EXPECT_EQ(test::rawSql(path,
                           QStringLiteral("SELECT count(*) FROM contacts WHERE first_name "
                                          "= 'Jonah'"))
                  .toInt(),
              1);

    detail->startNewContact(QString());
    first->setFocus();
    QTest::keyClicks(first, QStringLiteral("Élise"));
    QTest::keyClick(first, Qt::Key_S, Qt::ControlModifier);
    EXPECT_EQ(people(), before + 2);

    // Return in a field of "More details" saves as well.
    detail->startNewContact(QString());
    first->setFocus();
    QTest::keyClicks(first, QStringLiteral("Sam"));
    QLineEdit* middle = detail->middleNameEdit();
    if (!middle->isVisible())
        QTest::mouseClick(detail->findChild<QToolButton*>(QStringLiteral("moreDetails")),
                          Qt::LeftButton);
    middle->setFocus();
    QTest::keyClicks(middle, QStringLiteral("K."));
    QTest::keyClick(middle, Qt::Key_Return);
    EXPECT_EQ(people(), before + 3);
    EXPECT_EQ(test::rawSql(path,
                           QStringLiteral("SELECT middle_name FROM contacts WHERE "
                                          "first_name = 'Sam'"))
                  .toString(),
              QStringLiteral("K."));
}

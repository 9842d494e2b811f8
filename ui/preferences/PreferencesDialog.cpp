#include "PreferencesDialog.h"

#include "AppearancePreferences.h"
#include "common/FieldMark.h"
#include "common/HintLabel.h"
#include "common/InlineMessage.h"
#include "DataPreferences.h"
#include "LanguagePreferences.h"
#include "storage/Database.h"
#include "storage/GoalRepository.h"
#include "storage/ProfileRepository.h"
#include "SyncPreferences.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace finalist {

PreferencesDialog::PreferencesDialog(Database& db, QWidget* parent, AppSettings* settings,
                                     SyncController* sync)
    : QDialog(parent)
    , m_db(db)
    , m_pages(new QTabWidget(this))
    , m_name(new QLineEdit(this))
    , m_signature(new QPlainTextEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_linkedIn(new QLineEdit(this))
    , m_reportName(new QLineEdit(this))
    , m_min(new QSpinBox(this))
    , m_max(new QSpinBox(this))
    , m_message(new InlineMessage(this))
    , m_data(new DataPreferences(db, this))
    , m_sync(new SyncPreferences(db, sync, settings, this))
{
    setWindowTitle(tr("Preferences"));
    // Every tab in sight, in every language: the dialog is as wide as they are.
    m_pages->setUsesScrollButtons(false);
    m_pages->addTab(buildYou(), tr("You"));
    m_pages->addTab(buildOutreach(), tr("Outreach"));
    m_pages->addTab(m_data, tr("Data"));
    if (settings) {
        m_appearance = new AppearancePreferences(*settings, this);
        m_pages->addTab(m_appearance, tr("Appearance"));
        m_language = new LanguagePreferences(*settings, this);
        m_pages->addTab(m_language, tr("Language"));
    }
    m_pages->addTab(m_sync, tr("Sync"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

QWidget* PreferencesDialog::buildYou()
{
    auto* page = new QWidget(this);
    const Profile me = ProfileRepository(m_db).load().value_or(Profile{});
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setPlaceholderText(tr("As you sign a letter"));
    m_name->setText(me.name);
    m_signature->setObjectName(QStringLiteral("profileSignature"));
    m_signature->setPlaceholderText(tr("Optional, several lines: your name, phone, profile…"));
    m_signature->setPlainText(me.signature);
    m_signature->setTabChangesFocus(true);
    m_signature->setFixedHeight(m_signature->fontMetrics().lineSpacing() * 4 + 14);
    m_email->setObjectName(QStringLiteral("profileEmail"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_email->setText(me.email);
    m_phone->setText(me.phone);
    m_linkedIn->setObjectName(QStringLiteral("profileLinkedIn"));
    m_linkedIn->setPlaceholderText(QStringLiteral("https://www.linkedin.com/in/…"));
    m_linkedIn->setText(me.linkedInUrl);
    m_reportName->setPlaceholderText(tr("Your name, unless the office knows you otherwise"));
    m_reportName->setText(me.reportName);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Signature"), m_signature);
    form->addRow(tr("&Email"), m_email);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("&LinkedIn"), m_linkedIn);
    form->addRow(tr("On the &report"), m_reportName);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(
        hintLabel(tr("Your notes are signed with the signature, or with your name when "
                     "there is none. The activity report is headed with your name, and "
                     "the calendar export names your email as the organizer. All of it "
                     "stays in this journal's file."),
                  page));
    layout->addStretch(1);
    for (QLineEdit* edit : { m_email, m_linkedIn })
        connect(edit, &QLineEdit::textEdited, edit, [edit] { clearMark(edit); });
    return page;
}

QWidget* PreferencesDialog::buildOutreach()
{
    auto* page = new QWidget(this);
    m_min->setRange(0, 20);
    m_max->setRange(1, 40);
    if (auto goal = GoalRepository(m_db).inForceOn(m_db.clock().today())) {
        m_min->setValue(goal.value().minPerWorkDay);
        m_max->setValue(goal.value().maxPerWorkDay);
    } else {
        m_min->setValue(2);
        m_max->setValue(4);
    }
    auto* target = new QHBoxLayout;
    target->addWidget(m_min);
    target->addWidget(new QLabel(tr("to"), page));
    target->addWidget(m_max);
    auto* notes = new QLabel(page);
    target->addWidget(notes);
    const auto name
        = [notes, this] { notes->setText(tr("note(s) per work day", nullptr, m_max->value())); };
    connect(m_max, &QSpinBox::valueChanged, this, name);
    name();
    target->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("Outreach target:"), target);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(hintLabel(tr("Thank-yous, check-ins and notes to people you met all count. "
                                   "Weekends and days you mark off in Today do not."),
                                page));
    layout->addStretch(1);
    return page;
}

void PreferencesDialog::showPage(Page page)
{
    // By page, not by index: without the app's settings two pages are missing.
    QWidget* const pages[] = { m_pages->widget(YouPage),
                               m_pages->widget(OutreachPage),
                               m_data,
                               m_appearance,
                               m_language,
                               m_sync };
    if (page >= 0 && page <= SyncPage && pages[page])
        m_pages->setCurrentWidget(pages[page]);
}

bool PreferencesDialog::save()
{
    Profile me;
    me.name = m_name->text();
    me.signature = m_signature->toPlainText();
    me.email = m_email->text();
    me.phone = m_phone->text();
    me.linkedInUrl = m_linkedIn->text();
    me.reportName = m_reportName->text();
    // Both checks before either write, so a refused value leaves everything as it was.
    if (auto valid = ProfileRepository::validate(me); !valid) {
        showPage(YouPage);
        m_message->showError(valid.error().message);
        QLineEdit* field = valid.error().field == QLatin1String("email") ? m_email : m_linkedIn;
        markRefused(field);
        return false;
    }
    if (m_min->value() > m_max->value()) {
        showPage(OutreachPage);
        m_message->showError(tr("The lower number of the target is above the higher one."));
        return false;
    }
    if (const QString refused = m_data->save(); !refused.isEmpty()) {
        showPage(DataPage);
        m_message->showError(refused);
        return false;
    }
    if (auto saved = ProfileRepository(m_db).save(me); !saved) {
        m_message->showError(saved.error().message);
        return false;
    }
    auto set = GoalRepository(m_db).setFrom(m_db.clock().today(), m_min->value(), m_max->value());
    if (!set) {
        m_message->showError(set.error().message);
        return false;
    }
    if (m_appearance)
        m_appearance->save();
    if (m_language)
        m_language->save();
    m_sync->save();
    return true;
}

} // namespace finalist

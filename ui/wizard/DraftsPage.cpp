#include "DraftsPage.h"

#include "common/InlineMessage.h"
#include "RejectionWizard.h"
#include "storage/ProfileRepository.h"
#include "templates/TemplateRenderer.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace finalist {

DraftsPage::DraftsPage(RejectionWizard* wizard)
    : WizardStep(wizard)
    , m_tone(new QComboBox(this))
    , m_list(new QListWidget(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_limit(new QLabel(this))
    , m_signRow(new QWidget(this))
    , m_signName(new QLineEdit(m_signRow))
{
    setTitle(tr("The Drafts"));
    setSubTitle(tr("Read each note and make it yours. Parts marked ⟦…⟧ had nothing to fill "
                   "them: write them in or take them out."));
    for (Tone tone : { Tone::Warm, Tone::Formal, Tone::Brief })
        m_tone->addItem(enumLabel(tone), enumKey(tone));
    m_subject->setPlaceholderText(tr("Subject"));
    m_limit->setAlignment(Qt::AlignRight);
    auto* editor = new QWidget(this);
    auto* form = new QVBoxLayout(editor);
    form->setContentsMargins(0, 0, 0, 0);
    form->addWidget(m_subject);
    form->addWidget(m_body, 1);
    form->addWidget(m_limit);
    auto* split = new QSplitter(this);
    split->addWidget(m_list);
    split->addWidget(editor);
    split->setStretchFactor(1, 1);
    split->setSizes({ 240, 560 });
    m_list->setSpacing(4);
    auto* toneRow = new QHBoxLayout;
    auto* toneLabel = new QLabel(tr("&Tone:"), this);
    toneLabel->setBuddy(m_tone);
    toneRow->addWidget(toneLabel);
    toneRow->addWidget(m_tone);
    toneRow->addStretch();
    body()->addLayout(toneRow);
    body()->addWidget(split, 1);

    auto* signLabel = new QLabel(tr("Your notes are not signed yet. Sign them as:"), m_signRow);
    signLabel->setBuddy(m_signName);
    m_signName->setObjectName(QStringLiteral("signName"));
    m_signName->setPlaceholderText(tr("Your name"));
    auto* sign = new QPushButton(tr("Sign Them"), m_signRow);
    sign->setObjectName(QStringLiteral("signThem"));
    sign->setToolTip(tr("Keeps the name in Preferences ▸ You for every note to come"));
    auto* signLayout = new QHBoxLayout(m_signRow);
    signLayout->setContentsMargins(0, 0, 0, 0);
    signLayout->addWidget(signLabel);
    signLayout->addWidget(m_signName, 1);
    signLayout->addWidget(sign);
    body()->addWidget(m_signRow);
    m_signRow->hide();
    connect(sign, &QPushButton::clicked, this, &DraftsPage::signWithName);
    connect(m_signName, &QLineEdit::returnPressed, this, &DraftsPage::signWithName);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        keepEdits();
        showDraft(row);
    });
    connect(m_tone, &QComboBox::currentIndexChanged, this, [this] {
        keepEdits();
        rejectionWizard()->noteTyping(); // words typed before the change count as typed
        answers().tone = enumFromKey<Tone>(m_tone->currentData().toString()).value_or(Tone::Warm);
        redraft();
        rejectionWizard()->takeBaseline(); // the new drafts were written for the user
    });
    connect(m_body, &QPlainTextEdit::textChanged, this, &DraftsPage::updateLimit);
}

QString DraftsPage::keyOf(const DraftNote& note)
{
    return QStringLiteral("%1/%2").arg(note.contactId).arg(enumKey(note.channel));
}

void DraftsPage::initializePage()
{
    const QSignalBlocker blocker(m_tone);
    m_tone->setCurrentIndex(std::max(0, m_tone->findData(enumKey(answers().tone))));
    redraft();
}

void DraftsPage::redraft()
{
    if (m_tooLongRow >= 0) { // the notes are made again: the next press checks them anew
        message()->clearMessage();
        m_tooLongRow = -1;
    }
    RejectionAnswers& a = answers();
    const QString basis = a.choicesSignature();
    // A resumed wizard brings its drafts: they stand as written.
    if (m_basis.isEmpty() && !a.drafts.empty()) {
        for (const DraftNote& note : a.drafts)
            m_edited.insert(keyOf(note));
    } else if (basis != m_basis) {
        auto made = rejectionWizard()->response().drafts(a);
        if (!made) {
            message()->showError(made.error().message);
            return;
        }
        std::vector<DraftNote> fresh = made.value();
        for (DraftNote& note : fresh)
            for (const DraftNote& old : a.drafts)
                if (keyOf(old) == keyOf(note) && m_edited.contains(keyOf(note)))
                    note = old;
        a.drafts = fresh;
    }
    m_basis = basis;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const DraftNote& note : a.drafts) {
        QString name;
        for (const Recipient& r : a.recipients)
            if (r.contactId == note.contactId)
                name = r.name;
        m_list->addItem(tr("%1\n%2 · %3").arg(name, enumLabel(note.channel), enumLabel(note.kind)));
    }
    m_shown = -1;
    m_list->setCurrentRow(a.drafts.empty() ? -1 : 0);
    showDraft(m_list->currentRow());
    if (a.drafts.empty())
        message()->showInfo(tr("Nobody is ticked on the previous page, so there is nothing to "
                               "draft. The follow-ups come next."));
    updateSignRow();
}

void DraftsPage::updateSignRow()
{
    const QString unsigned_ = TemplateRenderer::missingMarker(QStringLiteral("me.name"));
    bool anyUnsigned = false;
    for (const DraftNote& note : answers().drafts)
        anyUnsigned = anyUnsigned || note.body.contains(unsigned_);
    m_signRow->setVisible(anyUnsigned);
}

void DraftsPage::signWithName()
{
    const QString name = m_signName->text().simplified();
    if (name.isEmpty()) {
        message()->showError(tr("Type the name to sign with first."));
        m_signName->setFocus();
        return;
    }
    Database& db = rejectionWizard()->database();
    Profile me = ProfileRepository(db).load().value_or(Profile{});
    me.name = name;
    if (auto saved = ProfileRepository(db).save(me); !saved) {
        message()->showError(saved.error().message);
        return;
    }
    keepEdits();
    rejectionWizard()->noteTyping();
    // Draft again: the untouched notes take the signature; edited ones keep their words.
    m_basis = QStringLiteral("to be signed");
    redraft();
    rejectionWizard()->takeBaseline();
    message()->showInfo(tr("Signed as %1. Notes you had edited keep your words: sign those "
                           "by hand.")
                            .arg(name));
}

void DraftsPage::showDraft(int row)
{
    const auto& drafts = answers().drafts;
    const bool valid = row >= 0 && row < int(drafts.size());
    m_subject->setEnabled(valid);
    m_body->setEnabled(valid);
    m_shown = valid ? row : -1;
    const QSignalBlocker blockSubject(m_subject);
    const QSignalBlocker blockBody(m_body);
    m_subject->setText(valid ? drafts[std::size_t(row)].subject : QString());
    m_body->setPlainText(valid ? drafts[std::size_t(row)].body : QString());
    m_subject->setVisible(!valid || drafts[std::size_t(row)].channel == Channel::Email);
    updateLimit();
}

void DraftsPage::keepEdits()
{
    auto& drafts = answers().drafts;
    if (m_shown < 0 || m_shown >= int(drafts.size()))
        return;
    DraftNote& note = drafts[std::size_t(m_shown)];
    if (note.subject != m_subject->text() || note.body != m_body->toPlainText()) {
        note.subject = m_subject->text();
        note.body = m_body->toPlainText();
        m_edited.insert(keyOf(note));
    }
}

void DraftsPage::updateLimit()
{
    const auto& drafts = answers().drafts;
    const int limit = m_shown >= 0 && m_shown < int(drafts.size())
        ? RejectionResponse::characterLimit(drafts[std::size_t(m_shown)].channel)
        : 0;
    const int length = int(m_body->toPlainText().size());
    if (limit > 0) {
        m_limit->setText(tr("%1 of %n character(s)", nullptr, limit).arg(length));
        m_limit->setStyleSheet(length > limit ? QStringLiteral("color: #c62828; font-weight: bold")
                                              : QString());
    } else {
        m_limit->setText(tr("%n character(s)", nullptr, length));
        m_limit->setStyleSheet(QString());
    }
    // The "too long" message follows the text as it is cut, and goes once the note fits.
    if (m_tooLongRow >= 0 && m_tooLongRow == m_shown) {
        if (limit > 0 && length > limit) {
            message()->showError(tooLong(length, limit));
        } else {
            message()->clearMessage();
            m_tooLongRow = -1;
        }
    }
}

QString DraftsPage::tooLong(int length, int limit)
{
    return tr("This LinkedIn note is %n character(s); LinkedIn takes %1. Shorten it to go on.",
              nullptr, length)
        .arg(limit);
}

void DraftsPage::storeAnswers()
{
    keepEdits();
}

bool DraftsPage::check()
{
    for (std::size_t i = 0; i < answers().drafts.size(); ++i) {
        const DraftNote& note = answers().drafts[i];
        const int limit = RejectionResponse::characterLimit(note.channel);
        if (limit > 0 && note.body.size() > limit) {
            m_list->setCurrentRow(int(i));
            message()->showError(tooLong(int(note.body.size()), limit));
            m_tooLongRow = int(i);
            return false;
        }
        if (TemplateRenderer::hasMissingMarker(note.body + note.subject)) {
            m_list->setCurrentRow(int(i));
            message()->showError(tr("This note still has a part marked ⟦…⟧. Fill it in or take "
                                    "it out to go on."));
            m_tooLongRow = -1;
            return false;
        }
    }
    message()->clearMessage();
    m_tooLongRow = -1;
    return true;
}

} // namespace finalist

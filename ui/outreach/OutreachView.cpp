#include "OutreachView.h"

#include "common/ClearButton.h"
#include "common/FlowLayout.h"
#include "common/InlineMessage.h"
#include "common/OpportunityChoiceModel.h"
#include "formats/MailtoUrl.h"
#include "OutreachListModel.h"
#include "services/OutreachLog.h"
#include "ThankYouChecklist.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace finalist {

OutreachView::OutreachView(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_tabs(new QTabWidget(this))
    , m_status(new QComboBox(this))
    , m_opportunity(new QComboBox(this))
    , m_choices(new OpportunityChoiceModel(db, this))
    , m_person(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_model(new OutreachListModel(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("Save Draft"), this))
    , m_sent(new QPushButton(tr("Mark Sent"), this))
    , m_replied(new QPushButton(tr("They Replied"), this))
    , m_noReply(new QPushButton(tr("No Reply"), this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_mail(new QPushButton(tr("Open in Mail"), this))
    , m_message(new InlineMessage(this))
    , m_checklist(new ThankYouChecklist(db, this))
{
    m_choices->setLeadingRow(tr("Every opportunity"), qint64(0));
    m_opportunity->setModel(m_choices);
    m_status->addItem(tr("Every state"), QString());
    for (OutreachStatus s : { OutreachStatus::Draft, OutreachStatus::Sent, OutreachStatus::Replied,
                              OutreachStatus::NoReply })
        m_status->addItem(enumLabel(s), enumKey(s));
    // Each picker is as wide as its "Every …" choice, whatever the names in it: at 1024 pixels
    // the longest process's name squeezed the people's picker to "Every pe".
    const std::pair<QComboBox*, QString> pickers[] = { { m_status, tr("Every state") },
                                                       { m_opportunity, tr("Every opportunity") },
                                                       { m_person, tr("Every person") } };
    for (const auto& [box, every] : pickers) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(int(every.size()));
    }
    m_search->setPlaceholderText(tr("Search the notes"));
    offerClearButton(m_search);
    auto* answer = new QPushButton(tr("Answer a Rejection…"), this);
    auto* templates = new QPushButton(tr("Templates…"), this);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_opportunity, 1);
    filters->addWidget(m_person, 1);

    m_table->horizontalHeader()->setObjectName(QStringLiteral("outreachColumns"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Notes"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_subject->setPlaceholderText(tr("Subject"));
    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_subject);
    detailLayout->addWidget(m_body, 1);
    // The note's states on the left, where it goes on the right; each group wraps rather than
    // widen the window (German labels are half as long again).
    auto* states = new FlowLayout;
    for (QPushButton* b : { m_save, m_sent, m_replied, m_noReply })
        states->addWidget(b);
    auto* sending = new FlowLayout;
    sending->addWidget(m_copy);
    sending->addWidget(m_mail);
    auto* actions = new QHBoxLayout;
    actions->addLayout(states, 1);
    actions->addLayout(sending);
    detailLayout->addLayout(actions);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("outreachSplit"));
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* notes = new QWidget(this);
    auto* notesLayout = new QVBoxLayout(notes);
    notesLayout->addLayout(filters);
    notesLayout->addWidget(split, 1);
    notesLayout->addWidget(m_message);
    m_tabs->addTab(notes, tr("Notes"));
    m_tabs->addTab(m_checklist, tr("Thank-You Checklist"));
    // What starts new notes sits beside the tabs, leaving the filters' row to the filters.
    auto* starters = new QWidget(this);
    auto* startersLayout = new QHBoxLayout(starters);
    startersLayout->setContentsMargins(0, 0, 4, 2);
    startersLayout->addWidget(templates);
    startersLayout->addWidget(answer);
    m_tabs->setCornerWidget(starters, Qt::TopRightCorner);
    // The keyboard meets them where they used to be, after the filters.
    QWidget* const order[]
        = { m_search, m_status, m_opportunity, m_person, templates, answer, m_table };
    for (std::size_t i = 1; i < std::size(order); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    auto* searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, &OutreachView::reload);
    connect(m_status, &QComboBox::currentIndexChanged, this, &OutreachView::reload);
    connect(m_opportunity, &QComboBox::currentIndexChanged, this, &OutreachView::reload);
    connect(m_person, &QComboBox::currentIndexChanged, this, &OutreachView::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        flush(); // the words typed into the draft left behind are kept
        showNote();
    });
    connect(m_save, &QPushButton::clicked, this, &OutreachView::saveDraft);
    connect(m_sent, &QPushButton::clicked, this, [this] {
        step(QT_TR_NOOP("Marked sent."),
             [this] { return OutreachLog(m_db).markSent(currentNote()); });
    });
    connect(m_replied, &QPushButton::clicked, this, [this] {
        step(QT_TR_NOOP("Marked replied."),
             [this] { return OutreachLog(m_db).markReplied(currentNote()); });
    });
    connect(m_noReply, &QPushButton::clicked, this, [this] {
        step(QT_TR_NOOP("Marked as unanswered."),
             [this] { return OutreachLog(m_db).markNoReply(currentNote()); });
    });
    connect(m_copy, &QPushButton::clicked, this, &OutreachView::copyNote);
    connect(m_mail, &QPushButton::clicked, this, &OutreachView::openInMail);
    connect(answer, &QPushButton::clicked, this, &OutreachView::answerRejectionRequested);
    connect(templates, &QPushButton::clicked, this, &OutreachView::templatesRequested);
    connect(m_checklist, &ThankYouChecklist::drafted, this, [this](qint64 id) {
        reload();
        selectNote(id);
    });
    reload();
}

void OutreachView::fillOpportunities()
{
    m_choices->refreshKeepingChoice(*m_opportunity);

    // Everyone who has a note, by name.
    const qint64 keepPerson = m_person->currentData().toLongLong();
    const QSignalBlocker personBlocker(m_person);
    m_person->clear();
    m_person->addItem(tr("Every person"), qint64(0));
    QMap<QString, qint64> people;
    if (auto lines = OutreachLog(m_db).lines())
        for (const OutreachLine& line : lines.value())
            people.insert(line.contactName, line.note.contactId);
    for (auto it = people.cbegin(); it != people.cend(); ++it)
        m_person->addItem(it.key(), it.value());
    m_person->setCurrentIndex(std::max(0, m_person->findData(keepPerson)));
}

bool OutreachView::flush()
{
    if (m_shownDraft == 0
        || (m_subject->text() == m_storedSubject && m_body->toPlainText() == m_storedBody))
        return true;
    if (auto saved
        = OutreachLog(m_db).saveText(m_shownDraft, m_subject->text(), m_body->toPlainText());
        !saved) {
        m_message->showError(tr("The draft could not be saved: %1").arg(saved.error().message));
        return false;
    }
    m_storedSubject = m_subject->text();
    m_storedBody = m_body->toPlainText();
    return true;
}

void OutreachView::reload()
{
    if (!flush())
        return; // keep the unsaved words on screen rather than replace them
    const qint64 keep = currentNote();
    fillOpportunities();
    OutreachFilter filter;
    filter.status = enumFromKey<OutreachStatus>(m_status->currentData().toString());
    filter.opportunityId = m_opportunity->currentData().toLongLong();
    filter.contactId = m_person->currentData().toLongLong();
    filter.text = m_search->text();
    auto lines = OutreachLog(m_db).lines(filter);
    if (!lines) {
        m_message->showError(lines.error().message);
        return;
    }
    m_model->setLines(std::move(lines.value()));
    m_table->resizeColumnsToContents();
    if (keep && m_model->rowOf(keep) >= 0)
        selectNote(keep);
    else if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    showNote();
    m_checklist->reload();
}

void OutreachView::selectNote(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
}

qint64 OutreachView::currentNote() const
{
    const OutreachLine* line = m_model->lineAt(m_table->currentIndex().row());
    return line ? line->note.id : 0;
}

void OutreachView::showNote()
{
    const OutreachLine* line = m_model->lineAt(m_table->currentIndex().row());
    const bool draft = line && line->note.status == OutreachStatus::Draft;
    m_shownDraft = draft ? line->note.id : 0;
    m_storedSubject = line ? line->note.subject : QString();
    m_storedBody = line ? line->note.body : QString();
    m_subject->setText(m_storedSubject);
    m_body->setPlainText(m_storedBody);
    m_subject->setReadOnly(!draft);
    m_subject->setVisible(!line || line->note.channel == Channel::Email); // only mail has one
    m_body->setReadOnly(!draft);
    m_save->setEnabled(draft);
    m_sent->setEnabled(draft);
    m_replied->setEnabled(line && !draft && line->note.status != OutreachStatus::Replied);
    m_noReply->setEnabled(line && line->note.status == OutreachStatus::Sent);
    m_copy->setEnabled(line);
    m_mail->setEnabled(line && line->note.channel == Channel::Email);
    if (!line && m_model->rowCount() == 0)
        m_body->setPlaceholderText(tr("No notes here yet. “Answer a Rejection…” drafts them for "
                                      "everyone you met, and the journal drafts thank-yous."));
}

void OutreachView::saveDraft()
{
    if (flush())
        m_message->showInfo(tr("Draft saved."));
}

void OutreachView::step(const char* done, const std::function<Status()>& change)
{
    if (!flush()) // words typed into a draft are saved before its state moves on
        return;
    if (auto changed = change(); !changed) {
        m_message->showError(changed.error().message);
        return;
    }
    m_message->showInfo(tr(done));
    reload();
}

void OutreachView::copyNote()
{
    QString text = m_body->toPlainText();
    if (!m_subject->text().isEmpty())
        text = m_subject->text() + QStringLiteral("\n\n") + text;
    QApplication::clipboard()->setText(text);
    m_message->showInfo(tr("Copied."));
}

void OutreachView::openInMail()
{
    const OutreachLine* line = m_model->lineAt(m_table->currentIndex().row());
    if (!line)
        return;
    const QUrl url(mailtoUrl(line->contactEmail, m_subject->text(), m_body->toPlainText()));
    if (!QDesktopServices::openUrl(url))
        m_message->showError(tr("No mail program opened the note. Copy it instead."));
}

} // namespace finalist

#include "InvitationDialog.h"

#include "common/InlineMessage.h"
#include "i18n/DateText.h"
#include "storage/ContactRepository.h"
#include "storage/Database.h"
#include "storage/OpportunityRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace finalist {

namespace {

QString whenText(const InterviewInvitation& invite)
{
    if (invite.allDay)
        return dates::longDate(invite.day);
    const QLocale locale;
    QString text = dates::longDate(invite.start.date()) + QStringLiteral(", ")
        + locale.toString(invite.start.time(), QLocale::ShortFormat);
    if (invite.end.isValid())
        text += QStringLiteral("–") + locale.toString(invite.end.time(), QLocale::ShortFormat);
    return text;
}

} // namespace

InvitationDialog::InvitationDialog(Database& db, const QString& path, qint64 opportunityId,
                                   QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_summary(new QLabel(this))
    , m_reading(new QLabel(this))
    , m_warnings(new QListWidget(this))
    , m_existing(new QLabel(this))
    , m_opportunity(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_panel(new QTableWidget(0, ColumnCount, this))
    , m_message(new InlineMessage(this))
{
    setWindowTitle(tr("Add an Interview from an Invitation"));
    m_summary->setObjectName(QStringLiteral("invitationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // How the file's bytes became text, and what was left out on which line: nothing changes
    // unseen, even in a name.
    m_reading->setObjectName(QStringLiteral("invitationReading"));
    m_reading->setWordWrap(true);
    m_reading->hide();
    m_warnings->setObjectName(QStringLiteral("invitationWarnings"));
    m_warnings->setAccessibleName(tr("Characters left out"));
    m_warnings->setMaximumHeight(80);
    m_warnings->hide();
    m_existing->setWordWrap(true);
    m_existing->hide();
    m_opportunity->setObjectName(QStringLiteral("invitationOpportunity"));
    m_opportunity->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_opportunity->setMinimumContentsLength(24);
    for (const auto& entry : EnumTable<RoundKind>::entries())
        m_kind->addItem(enumLabel(entry.value), int(entry.value));
    m_panel->setObjectName(QStringLiteral("invitationPanel"));
    m_panel->setHorizontalHeaderLabels({ tr("Person"), tr("Email"), tr("What happens") });
    m_panel->verticalHeader()->hide();
    m_panel->setSelectionMode(QAbstractItemView::NoSelection);
    m_panel->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_panel->horizontalHeader()->setSectionResizeMode(Email, QHeaderView::ResizeToContents);
    m_panel->horizontalHeader()->setSectionResizeMode(What, QHeaderView::ResizeToContents);
    m_panel->setTabKeyNavigation(false);

    auto* form = new QFormLayout;
    form->addRow(tr("Opportunity"), m_opportunity);
    form->addRow(tr("Kind of round"), m_kind);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_add = buttons->button(QDialogButtonBox::Ok);
    m_add->setText(tr("Add Round"));
    m_add->setObjectName(QStringLiteral("addRound"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_reading);
    layout->addWidget(m_warnings);
    layout->addWidget(m_existing);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The panel (untick anyone to leave out):"), this));
    layout->addWidget(m_panel, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (commit())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_opportunity, &QComboBox::activated, this, &InvitationDialog::retarget);
    resize(640, 480);

    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    auto planned = file.open(QIODevice::ReadOnly)
        ? InvitationImport(db).plan(file.readAll(), opportunityId)
        : Result<InvitationPlan>(Error::invalid(
            QStringLiteral("file"), tr("“%1” cannot be read: %2").arg(name, file.errorString())));
    if (!planned) {
        m_summary->setText(tr("Nothing can be added from “%1”.").arg(name));
        m_message->showError(planned.error().message);
        for (QWidget* w : std::initializer_list<QWidget*>{ m_opportunity, m_kind, m_panel, m_add })
            w->setEnabled(false);
        return;
    }
    m_readable = true;
    m_plan = planned.value();
    const InterviewInvitation& invite = m_plan.invitation;
    QStringList lines{ invite.summary.isEmpty() ? tr("An interview") : invite.summary,
                       whenText(invite) };
    if (!invite.meetingUrl.isEmpty())
        lines << tr("Join: %1").arg(invite.meetingUrl);
    else if (!invite.location.isEmpty())
        lines << tr("Where: %1").arg(invite.location);
    m_summary->setText(lines.join(QLatin1Char('\n')));
    showReading(invite.reading);
    m_kind->setCurrentIndex(m_kind->findData(int(m_plan.kind)));
    fillOpportunities(m_plan.opportunityId);
    retarget();
    fillPanel();
}

void InvitationDialog::showReading(const TextReport& report)
{
    QString text = report.summary();
    if (!report.warnings.empty())
        text += QLatin1Char(' ')
            + tr("Characters that are not text were left out, on the lines below.");
    m_reading->setText(text);
    m_reading->show();
    m_warnings->clear();
    for (const TextWarning& warning : report.warnings)
        m_warnings->addItem(warning.message);
    m_warnings->setVisible(!report.warnings.empty());
}

void InvitationDialog::fillOpportunities(qint64 chosen)
{
    m_opportunity->clear();
    m_opportunity->addItem(tr("Choose the opportunity…"), qint64(0));
    for (const Opportunity& o : OpportunityRepository(m_db).list().value_or({})) {
        if (o.isArchived() && o.id != chosen)
            continue;
        m_opportunity->addItem(o.role.isEmpty() ? o.company : tr("%1 — %2").arg(o.company, o.role),
                               o.id);
    }
    m_opportunity->setCurrentIndex(std::max(0, m_opportunity->findData(chosen)));
}

void InvitationDialog::retarget()
{
    if (auto done
        = InvitationImport(m_db).retarget(m_plan, m_opportunity->currentData().toLongLong());
        !done)
        m_message->showError(done.error().message);
    m_existing->setVisible(m_plan.existing.has_value());
    if (m_plan.existing)
        m_existing->setText(tr("This invitation was added before: its round will be updated, "
                               "and anyone new joins its panel."));
    m_add->setEnabled(m_plan.opportunityId > 0);
    if (m_plan.opportunityId <= 0)
        m_message->showInfo(tr("Which process is this interview for? Choose it above."));
    else if (!m_message->isError())
        m_message->clearMessage();
}

void InvitationDialog::fillPanel()
{
    m_panel->setRowCount(int(m_plan.panel.size()));
    ContactRepository contacts(m_db);
    for (int row = 0; row < int(m_plan.panel.size()); ++row) {
        const PanelMember& member = m_plan.panel[std::size_t(row)];
        QString name = member.person.name;
        QString what;
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsUserCheckable;
        switch (member.match) {
        case PanelMember::Match::Known:
            if (auto c = contacts.get(member.contactId))
                name = c.value().displayName();
            what = tr("Already in your contacts");
            break;
        case PanelMember::Match::New:
            name = (member.firstName + QLatin1Char(' ') + member.lastName).trimmed();
            what = member.included ? tr("New contact")
                                   : tr("No name: left out unless you name them");
            flags |= Qt::ItemIsEditable;
            break;
        case PanelMember::Match::You:
            name = tr("You");
            what = tr("Left out");
            flags = Qt::NoItemFlags;
            break;
        }
        if (member.person.organizer)
            what += tr(" · organizer");
        auto* nameItem = new QTableWidgetItem(name);
        nameItem->setFlags(flags);
        nameItem->setCheckState(member.included ? Qt::Checked : Qt::Unchecked);
        m_panel->setItem(row, Name, nameItem);
        auto* email = new QTableWidgetItem(member.person.email);
        email->setFlags(Qt::ItemIsEnabled);
        m_panel->setItem(row, Email, email);
        auto* whatItem = new QTableWidgetItem(what);
        whatItem->setFlags(Qt::ItemIsEnabled);
        m_panel->setItem(row, What, whatItem);
    }
    if (m_plan.panel.empty())
        m_message->showInfo(tr("The invitation names nobody besides you; the round is added "
                               "without a panel."));
}

void InvitationDialog::collectPanel()
{
    for (int row = 0; row < m_panel->rowCount(); ++row) {
        PanelMember& member = m_plan.panel[std::size_t(row)];
        const QTableWidgetItem* item = m_panel->item(row, Name);
        member.included
            = item->checkState() == Qt::Checked && member.match != PanelMember::Match::You;
        if (member.match == PanelMember::Match::New) {
            InvitedPerson typed = member.person;
            typed.name = item->text();
            std::tie(member.firstName, member.lastName) = InvitationImport::nameParts(typed);
        }
    }
    m_plan.kind = static_cast<RoundKind>(m_kind->currentData().toInt());
}

bool InvitationDialog::commit()
{
    collectPanel();
    for (const PanelMember& member : m_plan.panel) {
        if (member.included && member.match == PanelMember::Match::New
            && member.firstName.isEmpty()) {
            m_message->showError(
                tr("%1 has no name yet: type one, or untick them.").arg(member.person.email));
            return false;
        }
    }
    auto round = InvitationImport(m_db).commit(m_plan);
    if (!round) {
        m_message->showError(round.error().message);
        return false;
    }
    m_roundId = round.value();
    return true;
}

qint64 InvitationDialog::importFile(Database& db, QWidget* parent, const QString& path,
                                    qint64 opportunityId)
{
    QString file = path;
    if (file.isEmpty())
        file = QFileDialog::getOpenFileName(parent, tr("Add an Interview from an Invitation"),
                                            QString(), tr("Calendar invitations (*.ics)"));
    if (file.isEmpty())
        return 0;
    InvitationDialog dialog(db, file, opportunityId, parent);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    return dialog.plan().opportunityId;
}

} // namespace finalist

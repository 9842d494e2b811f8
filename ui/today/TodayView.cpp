#include "TodayView.h"

#include "ActivityReportDialog.h"
#include "common/FlowLayout.h"
#include "DuePanel.h"
#include "formats/SafeFileWriter.h"
#include "GoalPanel.h"
#include "i18n/DateText.h"
#include "PipelinePanel.h"
#include "RadarPanel.h"
#include "services/FollowUpCalendar.h"
#include "storage/Database.h"
#include "WelcomePanel.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace finalist {

namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    label->setContentsMargins(0, 14, 0, 2);
    return label;
}

} // namespace

TodayView::TodayView(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_date(new QLabel(this))
    , m_due(new DuePanel(db, this))
    , m_goal(new GoalPanel(db, this))
    , m_radar(new RadarPanel(db, this))
    , m_pipeline(new PipelinePanel(db, this))
    , m_welcome(new WelcomePanel(this))
    , m_daily(new QWidget(this))
{
    QFont big = m_date->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setWeight(QFont::DemiBold);
    m_date->setFont(big);
    auto* answer = new QPushButton(tr("Answer a Rejection…"), this);
    auto* calendar = new QPushButton(tr("Export to Calendar"), this);
    calendar->setObjectName(QStringLiteral("calendar"));
    auto* asWhat = new QMenu(calendar);
    asWhat->addAction(tr("As Events with Reminders…"), this, [this] { askAndExport(false); });
    asWhat->addAction(tr("As To-Dos…"), this, [this] { askAndExport(true); });
    calendar->setMenu(asWhat);
    auto* report = new QPushButton(tr("Activity Report…"), this);
    // The buttons wrap under each other rather than make the page scroll sideways.
    auto* buttons = new FlowLayout;
    buttons->addWidget(calendar);
    buttons->addWidget(report);
    buttons->addWidget(answer);
    auto* top = new QHBoxLayout;
    top->addWidget(m_date, 1, Qt::AlignTop);
    top->addLayout(buttons);

    auto* page = new QWidget(this);
    auto* column = new QVBoxLayout(page);
    column->setContentsMargins(16, 8, 16, 16);
    column->addLayout(top);
    column->addWidget(m_welcome);
    auto* daily = new QVBoxLayout(m_daily);
    daily->setContentsMargins(0, 0, 0, 0);
    daily->addWidget(heading(tr("Due"), m_daily));
    daily->addWidget(m_due);
    daily->addWidget(heading(tr("Outreach Goal"), m_daily));
    daily->addWidget(m_goal);
    daily->addWidget(heading(tr("Second-Chance Radar"), m_daily));
    daily->addWidget(m_radar);
    daily->addWidget(heading(tr("Where Things Stand"), m_daily));
    daily->addWidget(m_pipeline);
    column->addWidget(m_daily);
    column->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(answer, &QPushButton::clicked, this, [this] { emit answerRejectionRequested(0); });
    connect(m_welcome, &WelcomePanel::recordProcessRequested, this,
            &TodayView::recordProcessRequested);
    connect(m_welcome, &WelcomePanel::importContactsRequested, this,
            &TodayView::importContactsRequested);
    connect(m_welcome, &WelcomePanel::demoRequested, this, &TodayView::demoRequested);
    connect(m_radar, &RadarPanel::planRequested, this, &TodayView::answerRejectionRequested);
    connect(m_due, &DuePanel::contactRequested, this, &TodayView::contactRequested);
    connect(m_due, &DuePanel::noteRequested, this, &TodayView::noteRequested);
    connect(m_due, &DuePanel::entryRequested, this, &TodayView::entryRequested);
    connect(m_due, &DuePanel::changed, m_radar, &RadarPanel::reload);
    connect(m_goal, &GoalPanel::preferencesRequested, this, &TodayView::preferencesRequested);
    connect(report, &QPushButton::clicked, this, [this] {
        ActivityReportDialog dialog(m_db, this);
        dialog.exec();
    });
    reload();
}

void TodayView::reload()
{
    m_date->setText(dates::longDate(m_db.clock().today()));
    const bool empty = WelcomePanel::isJournalEmpty(m_db);
    m_welcome->setVisible(empty);
    m_daily->setVisible(!empty);
    if (empty)
        return; // the panels are hidden: read when there is something to show
    m_due->reload();
    m_goal->reload();
    m_radar->reload();
    // Below the fold on most screens: built for the first time, the page shows without waiting
    // for it, and reads it when it comes into view.
    if (isVisible())
        m_pipeline->reload();
    else
        m_pipeline->reloadWhenSeen();
}

void TodayView::askAndExport(bool asTodos)
{
    const QString path = QFileDialog::getSaveFileName(
        this, asTodos ? tr("Export Follow-Ups as To-Dos") : tr("Export Follow-Ups as Events"),
        QStringLiteral("finalist-follow-ups.ics"), tr("Calendar files (*.ics)"));
    if (!path.isEmpty())
        exportCalendar(path, asTodos);
}

bool TodayView::exportCalendar(const QString& path, bool asTodos)
{
    auto items = followUpCalendar(m_db);
    Status written = items
        ? writeFileAtomically(path, followUpCalendarFile(m_db, items.value(), asTodos))
        : Status(items.error());
    if (!written) {
        QMessageBox::warning(this, tr("Calendar Not Exported"), written.error().message);
        return false;
    }
    return true;
}

} // namespace finalist

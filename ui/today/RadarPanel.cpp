#include "RadarPanel.h"

#include "common/ActionTable.h"
#include "i18n/DateText.h"
#include "storage/Database.h"
#include "storage/OpportunityRepository.h"
#include "storage/SharedReads.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace finalist {

namespace {

QString stateText(const RadarItem& item)
{
    const QString on = dates::dayMonth(item.checkInOn);
    switch (item.state) {
    case CheckInState::NotPlanned:
        return QCoreApplication::translate("RadarPanel", "Not planned");
    case CheckInState::Planned:
        return QCoreApplication::translate("RadarPanel", "Planned for %1").arg(on);
    case CheckInState::Sent:
        return item.checkInOn.isValid()
            ? QCoreApplication::translate("RadarPanel", "Sent %1").arg(on)
            : QCoreApplication::translate("RadarPanel", "Sent");
    case CheckInState::Replied:
        return QCoreApplication::translate("RadarPanel", "They replied");
    }
    return {};
}

} // namespace

RadarPanel::RadarPanel(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_table(new QTableWidget(0, 4, this))
    , m_empty(new QLabel(this))
    , m_more(new QPushButton(this))
{
    m_table->setAccessibleName(tr("Second-chance radar"));
    m_table->setHorizontalHeaderLabels(
        { tr("Opportunity"), tr("Ninety-day mark"), tr("Check-in"), QString() });
    setUpActionTable(m_table);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No process has ended with you as the runner-up. When one does, "
                        "“Answer a Rejection…” plans a check-in before the chosen hire's ninety "
                        "days are up."));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // as tall as its rows
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_more->setObjectName(QStringLiteral("radarShowAll"));
    m_more->setFlat(true);
    connect(m_more, &QPushButton::clicked, this, [this] { setShowAll(!m_showAll); });
    layout->addWidget(m_table);
    layout->addWidget(m_empty);
    layout->addWidget(m_more, 0, Qt::AlignLeft);
}

Result<std::vector<RadarItem>> RadarPanel::readFirstRows(Database& db)
{
    const QDate today = db.clock().today();
    return db.sharedReads().get<std::vector<RadarItem>>(
        QStringLiteral("radar's first rows on ") + today.toString(Qt::ISODate),
        [&db, today] { return secondChanceRadar(db, today, kRowsAtFirst); });
}

void RadarPanel::reload()
{
    auto radar = m_showAll ? secondChanceRadar(m_db, m_db.clock().today()) : readFirstRows(m_db);
    m_items = radar ? radar.value() : std::vector<RadarItem>();
    auto total = radar ? OpportunityRepository(m_db).countAt(Stage::RunnerUp) : Result<qint64>(0);
    m_total = total ? int(total.value()) : int(m_items.size());
    fill();
}

void RadarPanel::setShowAll(bool all)
{
    m_showAll = all;
    reload();
}

void RadarPanel::fill()
{
    const int rows = int(m_items.size());
    m_table->setRowCount(0); // with the buttons: a row may now hold another process
    m_table->setRowCount(rows);
    for (int row = 0; row < rows; ++row) {
        const RadarItem& item = m_items[std::size_t(row)];
        const Opportunity& o = item.opportunity;
        m_table->setItem(row, 0,
                         new QTableWidgetItem(
                             o.role.isEmpty() ? o.company : tr("%1, %2").arg(o.company, o.role)));
        QString mark = item.daysLeft >= 0
            ? tr("in %n day(s)", nullptr, int(item.daysLeft))
            : tr("passed %n day(s) ago", nullptr, int(-item.daysLeft));
        if (item.markEstimated)
            mark = tr("about %1 (start unknown)").arg(mark);
        auto* markItem = new QTableWidgetItem(mark);
        markItem->setToolTip(dates::longDate(item.mark));
        m_table->setItem(row, 1, markItem);
        m_table->setItem(row, 2, new QTableWidgetItem(stateText(item)));
        if (item.state == CheckInState::NotPlanned) {
            auto* plan = new QPushButton(tr("Plan a Check-In…"));
            plan->setObjectName(QStringLiteral("plan-%1").arg(o.id));
            connect(plan, &QPushButton::clicked, this,
                    [this, id = o.id] { emit planRequested(id); });
            setButtonCell(m_table, row, 3, { plan });
        }
    }
    m_table->setVisible(!m_items.empty());
    m_empty->setVisible(m_items.empty());
    m_more->setVisible(m_total > kRowsAtFirst);
    m_more->setText(m_showAll ? tr("Show the first %1 only").arg(kRowsAtFirst)
                              : tr("Show all %n process(es)", nullptr, m_total));
    fitTableToRows(m_table);
}

} // namespace finalist

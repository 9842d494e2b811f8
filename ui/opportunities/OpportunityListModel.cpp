#include "OpportunityListModel.h"

#include "i18n/DateText.h"
#include "storage/Database.h"
#include "storage/OpportunityBoard.h"
#include "storage/OpportunityRepository.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace finalist {

const char* const OpportunityListModel::kMimeType = "application/x-finalist-opportunity-ids";

OpportunityListModel::OpportunityListModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

Status OpportunityListModel::reload(const OpportunityFilter& filter)
{
    m_filter = filter;
    m_today = m_db.clock().today();
    auto cards = OpportunityBoard(m_db).cards(filter);
    beginResetModel();
    m_cards = cards ? std::move(cards).value() : std::vector<OpportunityCard>{};
    endResetModel();
    if (!cards)
        return cards.error();
    return {};
}

const OpportunityCard* OpportunityListModel::card(int row) const
{
    return row >= 0 && row < int(m_cards.size()) ? &m_cards[std::size_t(row)] : nullptr;
}

int OpportunityListModel::rowOf(qint64 id) const
{
    for (std::size_t i = 0; i < m_cards.size(); ++i)
        if (m_cards[i].id == id)
            return int(i);
    return -1;
}

Status OpportunityListModel::moveTo(qint64 id, finalist::Stage stage)
{
    if (auto moved = OpportunityRepository(m_db).moveTo(id, stage); !moved)
        return moved;
    const int row = rowOf(id);
    if (row < 0)
        return {};
    auto fresh = OpportunityBoard(m_db).card(id);
    if (!fresh)
        return fresh.error();
    m_cards[std::size_t(row)] = fresh.value();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return {};
}

int OpportunityListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

int OpportunityListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OpportunityListModel::daysSince(const QDate& date, const QDate& today)
{
    if (!date.isValid())
        return {};
    const qint64 days = date.daysTo(today);
    if (days <= 0)
        return tr("today");
    return tr("%n day(s)", nullptr, int(days));
}

QString OpportunityListModel::shortDate(const QDate& date)
{
    return dates::shortDate(date);
}

namespace {

// A card is narrow: the year only when it is not this one.
QString cardDate(const QDate& date, const QDate& today)
{
    return date.year() == today.year() ? dates::dayMonth(date) : dates::shortDate(date);
}

} // namespace

QString OpportunityListModel::cardText(const OpportunityCard& c) const
{
    const QDate& today = m_today;
    QStringList lines;
    lines << (c.role.isEmpty() ? tr("No role named yet") : c.role);
    QString when = c.stageSince == today ? tr("In stage since today")
                                         : tr("In stage %1").arg(daysSince(c.stageSince, today));
    if (c.lastActivity.isValid() && c.lastActivity != c.stageSince)
        when += tr(" · active %1").arg(cardDate(c.lastActivity, today));
    lines << when;
    if (c.nextRound == today)
        lines << tr("A round today");
    else if (c.nextRound.isValid())
        lines << tr("Next round %1").arg(cardDate(c.nextRound, today));
    else if (c.nextFollowUp.isValid() && c.nextFollowUp < today)
        lines << tr("Follow-up late since %1").arg(cardDate(c.nextFollowUp, today));
    else if (c.nextFollowUp.isValid())
        lines << tr("Follow up %1").arg(cardDate(c.nextFollowUp, today));
    else
        lines << tr("Nothing planned");
    return lines.join(QLatin1Char('\n'));
}

QVariant OpportunityListModel::data(const QModelIndex& index, int role) const
{
    const OpportunityCard* c = card(index.row());
    if (!c || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case IdRole:
        return c->id;
    case StageRole:
        return int(c->stage);
    case CardRole:
        return cardText(*c);
    case OverdueRole:
        return !c->nextRound.isValid() && c->nextFollowUp.isValid() && c->nextFollowUp < m_today;
    case Qt::ToolTipRole:
        return c->role.isEmpty() ? c->company : tr("%1 — %2").arg(c->company, c->role);
    default:
        break;
    }
    // Read once per reload: asking the clock costs a time-zone conversion, and sorting 5,000
    // rows asks for data a hundred thousand times.
    const QDate& today = m_today;
    if (role == SortRole) {
        switch (index.column()) {
        case Stage:
            return int(c->stage);
        case InStage:
            return c->stageSince.isValid() ? c->stageSince.daysTo(today) : -1;
        case LastActivity:
            return c->lastActivity;
        case NextFollowUp:
            return c->nextFollowUp.isValid() ? c->nextFollowUp : QDate(9999, 12, 31);
        case Applied:
            return c->appliedOn;
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Company:
        return c->archived ? tr("%1 (archived)").arg(c->company) : c->company;
    case Role:
        return c->role;
    case Stage:
        return enumLabel(c->stage);
    case InStage:
        return daysSince(c->stageSince, today);
    case LastActivity:
        return shortDate(c->lastActivity);
    case NextFollowUp:
        return shortDate(c->nextFollowUp);
    case Applied:
        return shortDate(c->appliedOn);
    case Source:
        return c->source;
    case Location:
        return c->location;
    default:
        return {};
    }
}

QVariant OpportunityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Company:
        return tr("Company");
    case Role:
        return tr("Role");
    case Stage:
        return tr("Stage");
    case InStage:
        return tr("In stage");
    case LastActivity:
        return tr("Last activity");
    case NextFollowUp:
        return tr("Next follow-up");
    case Applied:
        return tr("Applied");
    case Source:
        return tr("Source");
    case Location:
        return tr("Location");
    default:
        return {};
    }
}

Qt::ItemFlags OpportunityListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QStringList OpportunityListModel::mimeTypes() const
{
    return { QString::fromLatin1(kMimeType) };
}

QMimeData* OpportunityListModel::mimeData(const QModelIndexList& indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex& index : indexes) {
        const qint64 id = data(index, IdRole).toLongLong();
        if (id > 0 && !ids.contains(id))
            ids << id;
    }
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << ids;
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(kMimeType), bytes);
    return mime;
}

QList<qint64> OpportunityListModel::idsIn(const QMimeData* mime)
{
    QList<qint64> ids;
    if (!mime || !mime->hasFormat(QString::fromLatin1(kMimeType)))
        return ids;
    QDataStream stream(mime->data(QString::fromLatin1(kMimeType)));
    stream >> ids;
    return ids;
}

} // namespace finalist

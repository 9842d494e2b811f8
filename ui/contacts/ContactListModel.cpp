#include "ContactListModel.h"

#include "i18n/DateText.h"

namespace finalist {

namespace {

QString thankYouLabel(ThankYouState state)
{
    switch (state) {
    case ThankYouState::NotYet:
        return ContactListModel::tr("Not yet");
    case ThankYouState::Drafted:
        return ContactListModel::tr("Drafted");
    case ThankYouState::Sent:
        return ContactListModel::tr("Sent");
    }
    return {};
}

QString dateLabel(const QDate& date)
{
    return dates::shortDate(date);
}

} // namespace

ContactListModel::ContactListModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

void ContactListModel::setFilter(const ContactTable::Filter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_lastError.clear();
    auto total = ContactTable(m_db).count(filter);
    m_total = total ? total.value() : 0;
    if (!total)
        m_lastError = total.error().message;
    else
        readPage();
    endResetModel();
}

void ContactListModel::readPage()
{
    auto page = ContactTable(m_db).rows(m_filter, int(m_rows.size()), kPageSize);
    if (!page) {
        m_lastError = page.error().message;
        m_total = qint64(m_rows.size()); // no more to fetch
        return;
    }
    for (ContactTable::Row& row : page.value())
        m_rows.push_back(std::move(row));
}

qint64 ContactListModel::idAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[std::size_t(row)].id : 0;
}

int ContactListModel::rowOf(qint64 contactId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == contactId)
            return int(i);
    return -1;
}

int ContactListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ContactTable::ColumnCount;
}

QVariant ContactListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactTable::Row& row = m_rows[std::size_t(index.row())];
    if (role == IdRole)
        return row.id;
    if (role == Qt::ToolTipRole && index.column() == ContactTable::Name)
        return row.title.isEmpty() ? row.name : tr("%1, %2").arg(row.name, row.title);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ContactTable::Name:
        return row.name;
    case ContactTable::Title:
        return row.title;
    case ContactTable::Role:
        return enumLabel(row.role);
    case ContactTable::Company:
        return row.company;
    case ContactTable::LinkedIn:
        return enumLabel(row.linkedIn);
    case ContactTable::ThankYou:
        return thankYouLabel(row.thankYou);
    case ContactTable::LastContact:
        return dateLabel(row.lastContact);
    case ContactTable::NextFollowUp:
        return dateLabel(row.nextFollowUp);
    default:
        return {};
    }
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ContactTable::Name:
        return tr("Name");
    case ContactTable::Title:
        return tr("Title");
    case ContactTable::Role:
        return tr("Role");
    case ContactTable::Company:
        return tr("Company");
    case ContactTable::LinkedIn:
        return tr("LinkedIn");
    case ContactTable::ThankYou:
        return tr("Thank-you");
    case ContactTable::LastContact:
        return tr("Last contact");
    case ContactTable::NextFollowUp:
        return tr("Next follow-up");
    default:
        return {};
    }
}

bool ContactListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && qint64(m_rows.size()) < m_total;
}

void ContactListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const int first = int(m_rows.size());
    const std::size_t before = m_rows.size();
    auto page = ContactTable(m_db).rows(m_filter, first, kPageSize);
    if (!page || page.value().empty()) {
        m_lastError = page ? QString() : page.error().message;
        m_total = qint64(before);
        return;
    }
    beginInsertRows({}, first, first + int(page.value().size()) - 1);
    for (ContactTable::Row& row : page.value())
        m_rows.push_back(std::move(row));
    endInsertRows();
}

void ContactListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ContactTable::ColumnCount)
        return;
    ContactTable::Filter sorted = m_filter;
    sorted.sortBy = static_cast<ContactTable::Column>(column);
    sorted.descending = order == Qt::DescendingOrder;
    setFilter(sorted);
}

} // namespace finalist

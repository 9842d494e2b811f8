#include "OutreachListModel.h"

#include "i18n/DateText.h"

#include <QDateTime>

namespace finalist {

OutreachListModel::OutreachListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void OutreachListModel::setLines(std::vector<OutreachLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

const OutreachLine* OutreachListModel::lineAt(int row) const
{
    return row >= 0 && row < int(m_lines.size()) ? &m_lines[std::size_t(row)] : nullptr;
}

int OutreachListModel::rowOf(qint64 id) const
{
    for (std::size_t i = 0; i < m_lines.size(); ++i)
        if (m_lines[i].note.id == id)
            return int(i);
    return -1;
}

int OutreachListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int OutreachListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutreachListModel::data(const QModelIndex& index, int role) const
{
    const OutreachLine* line = index.isValid() ? lineAt(index.row()) : nullptr;
    if (!line)
        return {};
    const Outreach& note = line->note;
    if (role == IdRole)
        return note.id;
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && note.repliedOn.isValid())
        return tr("Replied %1").arg(dates::shortDate(note.repliedOn));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn: {
        const QDate when = note.sentOn.isValid()
            ? note.sentOn
            : QDateTime::fromString(note.createdAt, Qt::ISODate).toLocalTime().date();
        return dates::shortDate(when);
    }
    case ContactColumn:
        return line->contactName;
    case CompanyColumn:
        return line->company;
    case KindColumn:
        return tr("%1 · %2").arg(enumLabel(note.kind), enumLabel(note.channel));
    case StatusColumn:
        return enumLabel(note.status);
    case SubjectColumn:
        return note.subject.isEmpty() ? note.body.section(QLatin1Char('\n'), 0, 0).left(80)
                                      : note.subject;
    default:
        return {};
    }
}

QVariant OutreachListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ContactColumn:
        return tr("To");
    case CompanyColumn:
        return tr("Company");
    case KindColumn:
        return tr("Note");
    case StatusColumn:
        return tr("State");
    case SubjectColumn:
        return tr("Subject");
    default:
        return {};
    }
}

} // namespace finalist

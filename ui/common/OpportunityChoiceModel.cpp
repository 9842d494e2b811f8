#include "OpportunityChoiceModel.h"

#include "storage/OpportunityRepository.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace finalist {

OpportunityChoiceModel::OpportunityChoiceModel(Database& db, QObject* parent)
    : QAbstractListModel(parent)
    , m_db(db)
{
}

void OpportunityChoiceModel::setLeadingRow(const QString& label, const QVariant& value)
{
    beginResetModel();
    m_leading = std::make_pair(label, value);
    endResetModel();
}

QString OpportunityChoiceModel::refresh()
{
    auto read = OpportunityRepository(m_db).choices();
    if (!read)
        return read.error().message;
    if (read.value() == m_choices)
        return {};
    if (m_choices && *read.value() == *m_choices) {
        // Read again after a write elsewhere: the same rows, so nothing to show again; holding
        // the new read lets the old one go.
        m_choices = std::move(read).value();
        return {};
    }
    beginResetModel();
    m_choices = std::move(read).value();
    endResetModel();
    return {};
}

QString OpportunityChoiceModel::refreshKeepingChoice(QComboBox& box)
{
    Q_ASSERT(box.model() == this);
    const QVariant kept = box.currentData(IdRole);
    const QSignalBlocker blocker(box);
    const QString error = refresh();
    const int row = kept.isValid() ? rowOf(kept.toLongLong()) : -1;
    box.setCurrentIndex(row >= 0 ? row : 0);
    return error;
}

const OpportunityChoice* OpportunityChoiceModel::choiceAt(int row) const
{
    const int at = row - leadingRows();
    if (!m_choices || at < 0 || at >= int(m_choices->size()))
        return nullptr;
    return &(*m_choices)[std::size_t(at)];
}

int OpportunityChoiceModel::rowOf(qint64 id) const
{
    for (int row = leadingRows(); row < rowCount(); ++row)
        if (choiceAt(row)->id == id)
            return row;
    return -1;
}

int OpportunityChoiceModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return leadingRows() + (m_choices ? int(m_choices->size()) : 0);
}

QVariant OpportunityChoiceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (m_leading && index.row() == 0) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return m_leading->first;
        return role == IdRole ? m_leading->second : QVariant();
    }
    const OpportunityChoice* choice = choiceAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // Two lines even without a role: rows of one height let the list skip measuring each.
        if (m_roleOnItsOwnLine)
            return tr("%1\n%2").arg(choice->company, choice->role);
        return label(*choice);
    case Qt::ToolTipRole: // a narrow picker cuts long names short
        return label(*choice);
    case IdRole:
        return choice->id;
    default:
        return {};
    }
}

QString OpportunityChoiceModel::label(const OpportunityChoice& choice)
{
    return choice.role.isEmpty() ? choice.company : tr("%1 — %2").arg(choice.company, choice.role);
}

} // namespace finalist

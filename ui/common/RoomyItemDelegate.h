#pragma once

#include <QStyledItemDelegate>

namespace finalist {

// Rows with a little air above and below the text. A delegate rather than a style sheet: a
// style sheet fixes the colours at the moment it is applied, so a view styled that way stayed
// white when the app turned dark.
class RoomyItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 8);
    }
};

} // namespace finalist

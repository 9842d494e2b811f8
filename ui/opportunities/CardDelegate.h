#pragma once

#include <QStyledItemDelegate>

namespace finalist {

// Draws an opportunity as a card on the board: the company in bold, then the role, how long it
// has been in its stage and what comes next. Colours come from the palette, so it reads in
// light and dark.
class CardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace finalist

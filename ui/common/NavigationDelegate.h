#pragma once

#include <QStyledItemDelegate>

namespace finalist {

// Draws the navigation rows as calm, rounded pills: one even highlight for the selected row
// (the style's own drawing splits it at the icon), a faint one under the mouse.
class NavigationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace finalist

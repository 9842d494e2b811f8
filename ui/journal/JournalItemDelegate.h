#pragma once

#include <QStyledItemDelegate>

namespace finalist {

// Draws an entry as three lines: the title, its date and opportunity, and an excerpt in which
// search matches are bold.
class JournalItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The snippet as HTML: escaped, with the match markers turned into <b>.
    static QString snippetHtml(const QString& snippet);
};

} // namespace finalist

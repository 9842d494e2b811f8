#include "JournalItemDelegate.h"

#include "i18n/DateText.h"
#include "JournalListModel.h"
#include "storage/JournalSearch.h"

#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace finalist {

QString JournalItemDelegate::snippetHtml(const QString& snippet)
{
    return snippet.toHtmlEscaped()
        .replace(JournalSearch::kMatchStart, QStringLiteral("<b>"))
        .replace(JournalSearch::kMatchEnd, QStringLiteral("</b>"));
}

void JournalItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QRect area = opt.rect.adjusted(10, 6, -10, -6);
    const QFontMetrics metrics(opt.font);
    painter->save();
    QFont bold = opt.font;
    bold.setWeight(QFont::DemiBold);
    painter->setFont(bold);
    painter->setPen(opt.palette.color(textRole));
    painter->drawText(area.left(), area.top() + metrics.ascent(),
                      QFontMetrics(bold).elidedText(title, Qt::ElideRight, area.width()));
    painter->setFont(opt.font);
    QColor muted = opt.palette.color(textRole);
    muted.setAlphaF(selected ? 0.85f : 0.6f);
    painter->setPen(muted);
    QStringList facts{ dates::shortDate(index.data(JournalListModel::DateRole).toDate()) };
    if (const QString detail = index.data(JournalListModel::DetailRole).toString();
        !detail.isEmpty())
        facts << detail;
    painter->drawText(
        area.left(), area.top() + metrics.lineSpacing() + metrics.ascent(),
        metrics.elidedText(facts.join(QStringLiteral(" · ")), Qt::ElideRight, area.width()));

    QTextDocument snippet;
    snippet.setDefaultFont(opt.font);
    snippet.setDocumentMargin(0);
    snippet.setTextWidth(area.width());
    snippet.setHtml(QStringLiteral("<span style=\"color:%1\">%2</span>")
                        .arg(muted.name(QColor::HexArgb),
                             snippetHtml(index.data(JournalListModel::SnippetRole).toString())));
    painter->translate(area.left(), area.top() + 2 * metrics.lineSpacing() + 2);
    snippet.drawContents(painter, QRectF(0, 0, area.width(), 2 * metrics.lineSpacing()));
    painter->restore();
}

QSize JournalItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    return { 200, QFontMetrics(option.font).lineSpacing() * 4 + 14 };
}

} // namespace finalist

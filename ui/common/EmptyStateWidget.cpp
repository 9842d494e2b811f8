#include "EmptyStateWidget.h"

#include <QLabel>
#include <QVBoxLayout>

namespace finalist {

EmptyStateWidget::EmptyStateWidget(const QString& title, const QString& text, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_text(new QLabel(text, this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));

    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignHCenter);
    // A box layout does not ask an aligned item for its height-for-width, so a wrapped label
    // would keep one line's height: give it the height its text needs at this width.
    m_text->setFixedWidth(520);
    m_text->setMinimumHeight(m_text->heightForWidth(520));
    m_text->setForegroundRole(QPalette::PlaceholderText);
    m_text->setObjectName(QStringLiteral("emptyStateText"));

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

QString EmptyStateWidget::title() const
{
    return m_title->text();
}

QString EmptyStateWidget::text() const
{
    return m_text->text();
}

} // namespace finalist

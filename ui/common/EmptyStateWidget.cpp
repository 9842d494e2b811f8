#include "EmptyStateWidget.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace finalist {

namespace {
constexpr int kTextWidth = 480;
constexpr int kGlyphSize = 56;
} // namespace

EmptyStateWidget::EmptyStateWidget(const QString& title, const QString& text, QWidget* parent)
    : QWidget(parent)
    , m_picture(new QLabel(this))
    , m_title(new QLabel(title, this))
    , m_text(new QLabel(text, this))
{
    m_picture->setVisible(false);
    m_picture->setAlignment(Qt::AlignCenter);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));

    QFont textFont = m_text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.08);
    m_text->setFont(textFont);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignHCenter);
    // A box layout does not ask an aligned item for its height-for-width, so a wrapped label
    // would keep one line's height: give it the height its text needs at this width.
    m_text->setFixedWidth(kTextWidth);
    m_text->setMinimumHeight(m_text->heightForWidth(kTextWidth));
    m_text->setObjectName(QStringLiteral("emptyStateText"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addStretch(2);
    layout->addWidget(m_picture, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addSpacing(10);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    applyPalette();
}

void EmptyStateWidget::setGlyph(Glyph glyph)
{
    m_glyph = glyph;
    m_picture->setVisible(true);
    applyPalette();
}

QString EmptyStateWidget::title() const
{
    return m_title->text();
}

QString EmptyStateWidget::text() const
{
    return m_text->text();
}

void EmptyStateWidget::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

// The sentence is quieter than the title but must stay readable: a blend of text and
// background with enough contrast in light and dark palettes (placeholder grey was too faint).
void EmptyStateWidget::applyPalette()
{
    const QColor text = palette().color(QPalette::WindowText);
    const QColor background = palette().color(QPalette::Window);
    QPalette quiet = m_text->palette();
    quiet.setColor(QPalette::WindowText, blend(text, background, 0.7));
    m_text->setPalette(quiet);
    if (m_glyph)
        m_picture->setPixmap(
            glyphPixmap(*m_glyph, blend(text, background, 0.35), kGlyphSize, devicePixelRatioF()));
}

} // namespace finalist

#include "GlyphIconEngine.h"

#include <QPaintDevice>
#include <QPainter>

namespace finalist {

GlyphIconEngine::GlyphIconEngine(Glyph glyph, const Colors& colors, int size)
    : m_glyph(glyph)
    , m_colors(colors)
    , m_size(size)
{
}

void GlyphIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode,
                            QIcon::State state)
{
    const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const int side = std::min(rect.width(), rect.height());
    QPixmap drawn = pixmap(QSize(side, side) * scale, mode, state);
    drawn.setDevicePixelRatio(scale);
    painter->drawPixmap(QRect(rect.x() + (rect.width() - side) / 2,
                              rect.y() + (rect.height() - side) / 2, side, side),
                        drawn);
}

// The size is in device pixels (QIcon asks for its size times the screen's scale, and sets the
// pixmap's ratio itself), so the glyph is drawn at that many pixels, unscaled.
QPixmap GlyphIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State)
{
    const int side = std::max(1, std::min(size.width(), size.height()));
    const quint64 key = (quint64(mode) << 32) | quint64(side);
    auto found = m_drawn.constFind(key);
    if (found != m_drawn.constEnd())
        return found.value();
    const QPixmap drawn = glyphPixmap(m_glyph, colorFor(mode), side);
    m_drawn.insert(key, drawn);
    return drawn;
}

QList<QSize> GlyphIconEngine::availableSizes(QIcon::Mode, QIcon::State)
{
    return { QSize(m_size, m_size) };
}

QIconEngine* GlyphIconEngine::clone() const
{
    return new GlyphIconEngine(m_glyph, m_colors, m_size);
}

QString GlyphIconEngine::key() const
{
    return QStringLiteral("finalist-glyph");
}

const QColor& GlyphIconEngine::colorFor(QIcon::Mode mode) const
{
    switch (mode) {
    case QIcon::Selected:
        return m_colors.selected;
    case QIcon::Disabled:
        return m_colors.disabled;
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return m_colors.normal;
}

} // namespace finalist

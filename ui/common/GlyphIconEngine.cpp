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
    painter->drawPixmap(QRect(rect.x() + (rect.width() - side) / 2,
                              rect.y() + (rect.height() - side) / 2, side, side),
                        scaledPixmap(QSize(side, side) * scale, mode, state, scale));
}

QPixmap GlyphIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

// The size is in device pixels (QIcon asks for its size times the screen's scale): the glyph
// is drawn at that many pixels and kept with the scale as its ratio, the ratio QIcon gives it,
// so that handing it out copies nothing.
QPixmap GlyphIconEngine::scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State,
                                      qreal scale)
{
    const int side = std::max(1, std::min(size.width(), size.height()));
    const Key key{ mode, side, scale };
    auto found = m_drawn.constFind(key);
    if (found != m_drawn.constEnd())
        return found.value();
    QPixmap drawn = glyphPixmap(m_glyph, colorFor(mode), side);
    drawn.setDevicePixelRatio(scale);
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

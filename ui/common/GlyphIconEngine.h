#pragma once

#include "Glyph.h"

#include <QHash>
#include <QIconEngine>

namespace finalist {

// Draws a glyph only at the size, scale and mode it is asked for, and keeps what it drew.
// Drawing every mode at every scale up front cost the window a millisecond and a half of its
// start, for pixmaps most screens never show.
class GlyphIconEngine : public QIconEngine
{
public:
    struct Colors
    {
        QColor normal;
        QColor selected;
        QColor disabled;
    };

    GlyphIconEngine(Glyph glyph, const Colors& colors, int size);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QIconEngine* clone() const override;
    QString key() const override;
    bool isNull() override { return false; }

private:
    const QColor& colorFor(QIcon::Mode mode) const;

    Glyph m_glyph;
    Colors m_colors;
    int m_size;
    QHash<quint64, QPixmap> m_drawn; // by mode and side in device pixels
};

} // namespace finalist

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
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QIconEngine* clone() const override;
    QString key() const override;
    bool isNull() override { return false; }

private:
    const QColor& colorFor(QIcon::Mode mode) const;

    Glyph m_glyph;
    Colors m_colors;
    int m_size;
    struct Key
    {
        QIcon::Mode mode;
        int side; // in device pixels
        qreal scale;
        bool operator==(const Key&) const = default;
    };
    friend size_t qHash(const Key& key, size_t seed = 0)
    {
        return qHashMulti(seed, int(key.mode), key.side, key.scale);
    }
    QHash<Key, QPixmap> m_drawn;
};

} // namespace finalist

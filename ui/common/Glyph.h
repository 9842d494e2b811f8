#pragma once

#include <QColor>
#include <QIcon>
#include <QPixmap>

class QPalette;

namespace finalist {

// Simple line drawings for the sections, painted in the palette's colours rather than taken
// from the style, so they match each other and stay legible in light and dark palettes.
enum class Glyph
{
    Today,
    Opportunities,
    Journal,
    Wins,
    Lessons,
    Contacts,
    Network,
    Outreach
};

QPixmap glyphPixmap(Glyph glyph, const QColor& color, int size, qreal devicePixelRatio = 1.0);

// An item icon: muted text colour normally, the highlighted-text colour when selected.
QIcon glyphIcon(Glyph glyph, const QPalette& palette, int size);

// A colour between two others; weight is the share of the first.
QColor blend(const QColor& a, const QColor& b, qreal weight);

} // namespace finalist

// The sections' icons are drawn when a size and mode is first asked for, in the palette's
// colours, sharp at a scale of two, and drawn once.
#include "common/Glyph.h"

#include <gtest/gtest.h>
#include <QImage>
#include <QPainter>
#include <QPalette>

using namespace finalist;

namespace {

// How many pixels of the image are, within a little, of this colour (and mostly opaque).
int pixelsOf(const QImage& image, const QColor& color)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    int count = 0;
    for (int y = 0; y < argb.height(); ++y)
        for (int x = 0; x < argb.width(); ++x) {
            const QColor pixel = argb.pixelColor(x, y);
            if (pixel.alpha() > 200 && std::abs(pixel.red() - color.red()) < 12
                && std::abs(pixel.green() - color.green()) < 12
                && std::abs(pixel.blue() - color.blue()) < 12)
                ++count;
        }
    return count;
}

QPalette testPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Text, QColor(20, 20, 20));
    palette.setColor(QPalette::Base, QColor(250, 250, 250));
    palette.setColor(QPalette::HighlightedText, QColor(255, 0, 0));
    return palette;
}

} // namespace

TEST(GlyphIcon, EachModeInItsColour)
{
    const QPalette palette = testPalette();
    const QColor muted = blend(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.75);
    const QIcon icon = glyphIcon(Glyph::Journal, palette, 20);
    ASSERT_FALSE(icon.isNull());
    const QImage normal = icon.pixmap(QSize(20, 20), 1.0, QIcon::Normal).toImage();
    const QImage selected = icon.pixmap(QSize(20, 20), 1.0, QIcon::Selected).toImage();
    EXPECT_EQ(normal.size(), QSize(20, 20));
    EXPECT_GT(pixelsOf(normal, muted), 10);
    EXPECT_EQ(pixelsOf(normal, palette.color(QPalette::HighlightedText)), 0);
    EXPECT_GT(pixelsOf(selected, palette.color(QPalette::HighlightedText)), 10);
    EXPECT_EQ(pixelsOf(selected, muted), 0);
}

TEST(GlyphIcon, DrawnAtTheScaleOfTheScreen)
{
    const QIcon icon = glyphIcon(Glyph::Today, testPalette(), 20);
    const QPixmap sharp = icon.pixmap(QSize(20, 20), 2.0);
    EXPECT_EQ(sharp.size(), QSize(40, 40)); // device pixels, not a 20-pixel one scaled up
    EXPECT_DOUBLE_EQ(sharp.devicePixelRatio(), 2.0);

    // Painted by a view into a scaled paint device, as on a high-density screen.
    QImage target(QSize(40, 40), QImage::Format_ARGB32_Premultiplied);
    target.setDevicePixelRatio(2.0);
    target.fill(Qt::transparent);
    QPainter painter(&target);
    icon.paint(&painter, QRect(0, 0, 20, 20), Qt::AlignCenter, QIcon::Selected);
    painter.end();
    // The pixels drawn at full resolution, not a 20-pixel icon scaled up.
    const QImage drawn = icon.pixmap(QSize(20, 20), 2.0, QIcon::Selected)
                             .toImage()
                             .convertToFormat(QImage::Format_ARGB32_Premultiplied);
    EXPECT_GT(pixelsOf(target, QColor(255, 0, 0)), 40);
    EXPECT_TRUE(target.convertToFormat(QImage::Format_ARGB32_Premultiplied) == drawn);
}

TEST(GlyphIcon, EachSizeAndModeIsDrawnOnce)
{
    const QIcon icon = glyphIcon(Glyph::Network, testPalette(), 20);
    const QPixmap first = icon.pixmap(QSize(20, 20), 1.0, QIcon::Normal);
    EXPECT_EQ(icon.pixmap(QSize(20, 20), 1.0, QIcon::Normal).cacheKey(), first.cacheKey());
    EXPECT_NE(icon.pixmap(QSize(20, 20), 1.0, QIcon::Selected).cacheKey(), first.cacheKey());
    EXPECT_NE(icon.pixmap(QSize(32, 32), 1.0, QIcon::Normal).cacheKey(), first.cacheKey());
    const QPixmap sharp = icon.pixmap(QSize(20, 20), 2.0, QIcon::Normal); // a scale of two
    EXPECT_EQ(icon.pixmap(QSize(20, 20), 2.0, QIcon::Normal).cacheKey(), sharp.cacheKey());
}

#pragma once

#include <QApplication>
#include <QImage>
#include <QScreen>
#include <QWidget>

namespace finalist::test {

// Pixels that differ between two pictures of one size by more than smoothing's rounding: a
// level or two apart where a line was drawn in parts is rounding, a line left behind or
// missing is a hundred levels off. -1 when the sizes differ or a picture is missing.
inline int differingPixels(const QImage& a, const QImage& b)
{
    if (a.isNull() || b.isNull() || a.size() != b.size())
        return -1;
    int differing = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QColor p = a.pixelColor(x, y), q = b.pixelColor(x, y);
            differing += std::abs(p.red() - q.red()) + std::abs(p.green() - q.green())
                    + std::abs(p.blue() - q.blue())
                > 60;
        }
    return differing;
}

// Pixels of a window as it stands on screen (its backing store, what partial repaints left)
// that differ from a whole repaint of `repainted`. -1 when the screen cannot be read.
inline int stalePixels(QWidget& window, QWidget& repainted)
{
    // A scene's change takes a few turns of the event loop to reach the screen: the item is
    // marked, the scene tells its views what changed, the view asks for a repaint.
    for (int turn = 0; turn < 4; ++turn)
        QApplication::processEvents();
    const QImage shown = window.screen()->grabWindow(window.winId()).toImage();
    repainted.repaint();
    return differingPixels(shown, window.screen()->grabWindow(window.winId()).toImage());
}

} // namespace finalist::test

#pragma once

#include <QApplication>
#include <QImage>
#include <QScreen>
#include <QWidget>

namespace finalist::test {

// Pixels of a window as it stands on screen (its backing store, what partial repaints left)
// that differ from a whole repaint of `repainted` by more than smoothing's rounding: a level
// or two apart where a line was drawn in parts is rounding, a line left behind or missing is a
// hundred levels off. -1 when the screen cannot be read.
inline int stalePixels(QWidget& window, QWidget& repainted)
{
    QApplication::processEvents();
    const QImage shown = window.screen()->grabWindow(window.winId()).toImage();
    repainted.repaint();
    const QImage whole = window.screen()->grabWindow(window.winId()).toImage();
    if (whole.isNull() || shown.size() != whole.size())
        return -1;
    int stale = 0;
    for (int y = 0; y < whole.height(); ++y)
        for (int x = 0; x < whole.width(); ++x) {
            const QColor a = shown.pixelColor(x, y), b = whole.pixelColor(x, y);
            stale += std::abs(a.red() - b.red()) + std::abs(a.green() - b.green())
                    + std::abs(a.blue() - b.blue())
                > 60;
        }
    return stale;
}

} // namespace finalist::test

#include "NetworkLabelPlacer.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace finalist {

namespace {

constexpr qreal kGap = 3; // between a dot and its name, in pixels
constexpr qreal kMargin = 1; // kept clear around every placed name
constexpr qreal kCell = 64; // the grid that keeps collision tests to near neighbours

// The rectangles taken so far, filed by the grid cells they touch, so that testing a place
// looks at a handful of rectangles instead of all of them (a network has up to 2,000 dots).
class TakenRects
{
public:
    void add(const QRectF& rect)
    {
        const int index = int(m_rects.size());
        m_rects.push_back(rect);
        forEachCell(rect, [&](qint64 cell) { m_cells[cell].push_back(index); });
    }

    bool isFree(const QRectF& rect) const
    {
        bool free = true;
        forEachCell(rect, [&](qint64 cell) {
            if (!free)
                return;
            const auto found = m_cells.find(cell);
            if (found == m_cells.end())
                return;
            for (int index : found->second)
                if (m_rects[std::size_t(index)].intersects(rect)) {
                    free = false;
                    return;
                }
        });
        return free;
    }

private:
    template <typename Visit> static void forEachCell(const QRectF& rect, Visit visit)
    {
        const auto first = [](qreal v) { return qint64(std::floor(v / kCell)); };
        for (qint64 y = first(rect.top()); y <= first(rect.bottom()); ++y)
            for (qint64 x = first(rect.left()); x <= first(rect.right()); ++x)
                visit((y << 32) ^ (x & 0xffffffff));
    }

    std::vector<QRectF> m_rects;
    std::unordered_map<qint64, std::vector<int>> m_cells;
};

} // namespace

std::vector<std::optional<QPointF>> findLabelPlaces(const std::vector<LabelRequest>& requests)
{
    std::vector<std::optional<QPointF>> placed(requests.size());
    TakenRects taken;
    // Every dot is an obstacle, whether its own name is shown or not.
    for (const LabelRequest& request : requests)
        taken.add(request.dot);
    std::vector<std::size_t> order(requests.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return requests[a].importance > requests[b].importance;
    });
    for (std::size_t i : order) {
        const LabelRequest& request = requests[i];
        if (!request.wanted || request.label.isEmpty())
            continue;
        const QRectF& dot = request.dot;
        const QSizeF& size = request.label;
        const QPointF centre = dot.center();
        const QPointF corners[] = {
            { dot.right() + kGap, centre.y() - size.height() / 2 }, // right
            { dot.left() - kGap - size.width(), centre.y() - size.height() / 2 }, // left
            { centre.x() - size.width() / 2, dot.top() - kGap - size.height() }, // above
            { centre.x() - size.width() / 2, dot.bottom() + kGap }, // below
            // then the corners, a name off to one side being better than none
            { dot.right(), dot.top() - size.height() },
            { dot.right(), dot.bottom() },
            { dot.left() - size.width(), dot.top() - size.height() },
            { dot.left() - size.width(), dot.bottom() },
        };
        for (const QPointF& corner : corners) {
            const QRectF rect(corner, size);
            const QRectF clearance = rect.adjusted(-kMargin, -kMargin, kMargin, kMargin);
            if (taken.isFree(clearance)) {
                taken.add(rect);
                placed[i] = corner - centre;
                break;
            }
        }
    }
    return placed;
}

} // namespace finalist

#pragma once

#include <optional>
#include <QRectF>
#include <vector>

namespace finalist {

// One node asking for room for its name, in screen pixels: the dot as drawn at the current
// zoom and the size of the name, which does not scale.
struct LabelRequest
{
    QRectF dot;
    QSizeF label;
    int importance = 0; // the more important names are placed first
    bool wanted = true; // false: the dot is only an obstacle for the others
};

// Finds a place for each name where it covers no dot and no name placed before it: to the
// right of its dot, else to the left, above, below, then at its corners. Names are placed in order
// of importance; one that finds no free place is hidden (its dot keeps its tooltip). Returns, per
// request, the name's top-left corner relative to the dot's centre, or nothing when it is hidden.
std::vector<std::optional<QPointF>> findLabelPlaces(const std::vector<LabelRequest>& requests);

} // namespace finalist

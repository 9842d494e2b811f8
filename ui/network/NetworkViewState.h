#pragma once

#include <optional>
#include <QByteArray>
#include <QPointF>

namespace finalist {

// What the Network section looked like when it was left: the focus, the zoom, the place in the
// middle of the screen and the chosen person. Kept as bytes in the settings.
struct NetworkViewState
{
    qint64 opportunityId = 0; // the focus: 0 is everyone
    int hops = 0;
    qreal zoom = 1.0;
    QPointF centre; // in scene units
    qint64 selectedContact = 0;

    QByteArray toBytes() const;
    // Nothing for bytes from another version or damaged ones: the view then opens as new.
    static std::optional<NetworkViewState> fromBytes(const QByteArray& bytes);
};

} // namespace finalist

#include "NetworkViewState.h"

#include <cmath>
#include <QDataStream>
#include <QIODevice>

namespace finalist {

namespace {
constexpr quint32 kMagic = 0x4e657456; // "NetV": not some other view's bytes
constexpr quint8 kVersion = 1;
} // namespace

QByteArray NetworkViewState::toBytes() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << kMagic << kVersion << opportunityId << qint32(hops) << double(zoom) << centre
        << selectedContact;
    return bytes;
}

std::optional<NetworkViewState> NetworkViewState::fromBytes(const QByteArray& bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_0);
    quint32 magic = 0;
    quint8 version = 0;
    qint32 hops = 0;
    double zoom = 0;
    NetworkViewState state;
    in >> magic >> version;
    if (in.status() != QDataStream::Ok || magic != kMagic || version != kVersion)
        return std::nullopt;
    in >> state.opportunityId >> hops >> zoom >> state.centre >> state.selectedContact;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    if (hops < 0 || hops > 2 || !std::isfinite(zoom) || zoom <= 0 || state.opportunityId < 0
        || !std::isfinite(state.centre.x()) || !std::isfinite(state.centre.y()))
        return std::nullopt;
    state.hops = hops;
    state.zoom = zoom;
    return state;
}

} // namespace finalist

// A Secret Service that never answers: it takes the name org.freedesktop.secrets on the session
// bus and leaves every call without a reply, as a keychain waiting on an unlock prompt nobody
// sees would. The tests run Finalist against it to check that a sync gives up and says why.
#include <cstdio>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusVirtualObject>

namespace {

class Silence : public QDBusVirtualObject
{
public:
    QString introspect(const QString&) const override { return {}; }
    bool handleMessage(const QDBusMessage&, const QDBusConnection&) override
    {
        return true; // taken, never answered
    }
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QDBusConnection bus = QDBusConnection::sessionBus();
    Silence silence;
    if (!bus.registerVirtualObject(QStringLiteral("/"), &silence, QDBusConnection::SubPath)
        || !bus.registerService(QStringLiteral("org.freedesktop.secrets"))) {
        std::fprintf(stderr, "silent-secrets: could not take the name on the session bus\n");
        return 1;
    }
    std::puts("ready");
    std::fflush(stdout);
    return app.exec();
}

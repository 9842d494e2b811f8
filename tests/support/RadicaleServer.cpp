#include "RadicaleServer.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <QDeadlineTimer>
#include <QFile>
#include <QStandardPaths>
#include <QThread>
#include <sys/socket.h>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace finalist::test {

namespace {

sockaddr_in loopback(int port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(quint16(port));
    return address;
}

bool accepts(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    const sockaddr_in address = loopback(port);
    const bool connected
        = ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    return connected;
}

Error startError(const QString& message, const QString& detail)
{
    return Error{ Error::Code::Io, message, detail, {} };
}

} // namespace

RadicaleServer::~RadicaleServer()
{
    stop();
}

QString RadicaleServer::executable()
{
    return QStandardPaths::findExecutable(QStringLiteral("radicale"));
}

Status RadicaleServer::start(const Options& options)
{
    stop();
    const QString program = executable();
    if (program.isEmpty())
        return startError(QStringLiteral("radicale is not installed"), {});
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return startError(QStringLiteral("no temporary folder"), m_dir->errorString());
    m_port = freePort();

    // --config with no file: neither /etc/radicale/config nor the user's is read.
    QStringList arguments{ QStringLiteral("--config"),
                           QStringLiteral("--server-hosts"),
                           QStringLiteral("127.0.0.1:%1").arg(m_port),
                           QStringLiteral("--storage-filesystem-folder"),
                           storageFolder(),
                           QStringLiteral("--rights-type"),
                           QStringLiteral("owner_only"),
                           QStringLiteral("--logging-level"),
                           QStringLiteral("warning") };
    if (options.user.isEmpty()) {
        arguments << QStringLiteral("--auth-type") << QStringLiteral("none");
    } else {
        const QString users = m_dir->filePath(QStringLiteral("users"));
        QFile file(users);
        if (!file.open(QIODevice::WriteOnly)
            || file.write((options.user + QLatin1Char(':') + options.password + QLatin1Char('\n'))
                              .toUtf8())
                < 0) {
            return startError(QStringLiteral("cannot write the htpasswd file"), users);
        }
        file.close();
        // No delay after a wrong password: the tests try one on purpose.
        arguments << QStringLiteral("--auth-type") << QStringLiteral("htpasswd")
                  << QStringLiteral("--auth-htpasswd-filename") << users
                  << QStringLiteral("--auth-htpasswd-encryption") << QStringLiteral("plain")
                  << QStringLiteral("--auth-delay") << QStringLiteral("0");
    }

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(logPath());
#ifdef Q_OS_LINUX
    // A test that crashes skips the destructor: the server goes with it instead of lingering.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process->start(program, arguments);
    if (!m_process->waitForStarted(5000))
        return startError(QStringLiteral("radicale did not start"), m_process->errorString());
    if (!waitForPort(m_port, 15000, m_process.get())) {
        QFile log(logPath());
        const QString output
            = log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
        stop();
        return startError(QStringLiteral("radicale did not accept connections"), output);
    }
    return {};
}

void RadicaleServer::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

QUrl RadicaleServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port));
}

QString RadicaleServer::storageFolder() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("collections")) : QString();
}

QString RadicaleServer::logPath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("radicale.log")) : QString();
}

int RadicaleServer::freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address = loopback(0);
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0) {
        port = ntohs(address.sin_port);
    }
    ::close(fd);
    return port;
}

bool RadicaleServer::waitForPort(int port, int timeoutMs, QProcess* process)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (accepts(port))
            return true;
        // Waiting on the process also notices when it died (a bad option, a taken port).
        if (process) {
            if (process->state() == QProcess::NotRunning || process->waitForFinished(50))
                return false;
        } else {
            QThread::msleep(50);
        }
    }
    return accepts(port);
}

} // namespace finalist::test

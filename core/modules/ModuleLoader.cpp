#include "ModuleLoader.h"

#include <map>
#include <mutex>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace finalist::modules {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(ModuleLoader)
};

QString programFolder()
{
    // Core tests and tools may run without a QCoreApplication; the kernel knows the program.
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
    return QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget()).absolutePath();
}

bool isInside(const QString& path, const QString& folder)
{
    return path == folder || path.startsWith(folder + QLatin1Char('/'));
}

} // namespace

QString folder()
{
    const QString chosen = qEnvironmentVariable("FINALIST_MODULE_DIR");
    if (!chosen.isEmpty())
        return chosen;
    const QString program = programFolder();
    const QString buildTree = QStringLiteral(FINALIST_BUILD_DIR);
    if (isInside(program, buildTree))
        return QStringLiteral(FINALIST_BUILD_MODULE_DIR);
    return QDir::cleanPath(program + QStringLiteral("/../" FINALIST_INSTALL_MODULE_DIR));
}

Result<void*> entryPoint(const QString& module, const char* entry)
{
    // Several threads may ask at once (a sync thread and the window's); each entry point is
    // looked for once, and the answer, found or not, kept.
    static std::mutex guard;
    static std::map<QString, Result<void*>> loaded;
    const std::lock_guard lock(guard);
    const QString key = module + QLatin1Char('/') + QLatin1String(entry);
    if (const auto known = loaded.find(key); known != loaded.end())
        return known->second;

    QLibrary library(QDir(folder()).filePath(module));
    // Never unloaded: its code may be running on another thread when the process ends.
    library.setLoadHints(QLibrary::PreventUnloadHint);
    Result<void*> found = Error{};
    if (!library.load()) {
        found = Error{ Error::Code::NotFound,
                       Texts::tr("A part of Finalist is missing (%1), so this cannot be done. "
                                 "Installing Finalist again brings it back.")
                           .arg(module),
                       library.errorString(),
                       {} };
    } else if (QFunctionPointer function = library.resolve(entry)) {
        found = reinterpret_cast<void*>(function);
    } else {
        found = Error{ Error::Code::Invalid,
                       Texts::tr("A part of Finalist (%1) belongs to another version, so this "
                                 "cannot be done. Installing Finalist again puts it right.")
                           .arg(module),
                       library.errorString(),
                       {} };
    }
    return loaded.emplace(key, found).first->second;
}

} // namespace finalist::modules

#include "SafeFileWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace finalist {

Status writeFileAtomically(const QString& path, const QByteArray& content)
{
    const auto fail = [&](const QString& why) {
        return Error{ Error::Code::Io,
                      QCoreApplication::translate("Export",
                                                  "“%1” could not be written: %2. "
                                                  "Nothing was saved there.")
                          .arg(path, why),
                      {},
                      {} };
    };
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(QCoreApplication::translate("Export", "its folder cannot be created"));
    const bool isNew = !QFileInfo::exists(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    // A journal or an address book is private: a new file is the owner's alone. A file that
    // was there keeps the permissions its owner gave it (a folder shared on purpose).
    if (isNew && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return fail(file.errorString());
    }
    if (file.write(content) != content.size()) {
        file.cancelWriting();
        return fail(file.errorString());
    }
    if (!file.commit())
        return fail(file.errorString());
    return {};
}

} // namespace finalist

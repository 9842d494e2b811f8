#pragma once

// The import dialog reads files on a worker thread; a test waits for the reading to end as a
// user waits for the preview.
#include "contacts/ImportDialog.h"

#include <functional>
#include <QSignalSpy>

namespace finalist::test {

// Does what starts a reading (load, a new encoding, Preview after the mapping) and waits for it
// to finish: true when the file was read and the next page is shown. False also when it never
// finished within the time, so a hang fails the test instead of blocking it.
inline bool afterReading(ImportDialog& dialog, const std::function<void()>& start,
                         int milliseconds = 20000)
{
    QSignalSpy finished(&dialog, &ImportDialog::readingFinished);
    start();
    if (finished.isEmpty() && !finished.wait(milliseconds))
        return false;
    return finished.constFirst().constFirst().toBool();
}

inline bool loadAndWait(ImportDialog& dialog, const QString& path, ImportDialog::Kind kind)
{
    return afterReading(dialog, [&] { dialog.load(path, kind); });
}

} // namespace finalist::test

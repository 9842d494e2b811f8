// The Import button's side of the import dialog: writing what the preview showed, the file
// read again as it goes. Reading the file and the preview are in ImportDialog.cpp.
#include "ContactFileReader.h"
#include "ImportDialog.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProgressDialog>

namespace finalist {

bool ImportDialog::runImport()
{
    ContactImport import(m_db);
    if (m_kind == Kind::LinkedInInvitations) {
        auto applied = import.applyInvitations(m_invitations, QFileInfo(m_path).fileName());
        if (!applied) {
            fail(applied.error().message);
            return false;
        }
        m_outcome = applied.value();
        return true;
    }
    return importPeople();
}

// The file is read again as it is written, the rows unticked in the preview left out: it is
// never held whole. It must be the file the preview showed.
bool ImportDialog::importPeople()
{
    const QFileInfo info(m_path);
    QFile file(m_path);
    if (info.size() != m_readSize || info.lastModified() != m_readModified
        || !file.open(QIODevice::ReadOnly)) {
        showStopped(tr("Read “%1” again to see what it holds now.").arg(info.fileName()));
        fail(tr("“%1” changed or went away since it was read. Nothing was imported.")
                 .arg(info.fileName()));
        return false;
    }
    ImportRunOptions options;
    for (const ImportCandidate& candidate : m_plan.candidates)
        options.leftOut.push_back(
            !(candidate.match == ImportMatch::New ? candidate.include : candidate.merge));
    QProgressDialog progress(tr("Importing contacts…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400); // only long imports show it
    options.progress = [&](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
        QApplication::processEvents();
        return !progress.wasCanceled();
    };
    // The encoding the preview was read in, found or chosen: the same text both times.
    ContactFileRequest request;
    request.kind = m_kind;
    request.encoding = m_readReport.encoding;
    request.mapping = m_fields;
    auto reader = contactReader(file, request);
    auto summary = ContactImport(m_db).run(*reader, m_plan.source, m_plan.fileName, options);
    progress.reset();
    if (!summary && summary.error().code == Error::Code::Cancelled) {
        // The user stopped it: the preview stays as it was, ticks included, and Import runs it
        // again.
        showSummary();
        m_summary->setText(tr("The import was cancelled; nothing was added. Import starts it "
                              "again.\n")
                           + m_summary->text());
        return false;
    }
    if (!summary) {
        fail(summary.error().message);
        return false;
    }
    m_outcome = summary.value().outcome;
    return true;
}

} // namespace finalist

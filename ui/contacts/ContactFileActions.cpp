#include "ContactFileActions.h"

#include "common/DocumentsFolder.h"
#include "formats/ContactCsv.h"
#include "formats/SafeFileWriter.h"
#include "formats/VCard.h"
#include "i18n/DateText.h"
#include "ImportDialog.h"
#include "services/ContactImport.h"
#include "settings/AppSettings.h"
#include "storage/ContactRepository.h"
#include "storage/ImportLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace finalist::ContactFileActions {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(ContactFileActions)
};

} // namespace

std::optional<FinishedImport> importContacts(Database& db, QWidget* parent)
{
    const QString path = QFileDialog::getOpenFileName(
        parent, Texts::tr("Import Contacts"), documentsFolder(),
        Texts::tr("Contacts (*.csv *.vcf *.vcard);;LinkedIn export (*.csv);;vCard (*.vcf *.vcard);;"
                  "All files (*)"));
    if (path.isEmpty())
        return std::nullopt;
    return importFile(db, path, parent);
}

std::optional<FinishedImport> importFile(Database& db, const QString& path, QWidget* parent)
{
    QFile file(path);
    const QByteArray start = file.open(QIODevice::ReadOnly) ? file.read(4096) : QByteArray();
    ImportDialog dialog(db, parent);
    dialog.load(path, ImportDialog::guessKind(path, start)); // a failure is shown in the dialog
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return FinishedImport{ dialog.outcome(), QFileInfo(path).fileName() };
}

void exportContacts(Database& db, QWidget* parent)
{
    QString filter;
    const QString vcard3 = Texts::tr("vCard 3.0, for older address books (*.vcf)");
    const QString path = QFileDialog::getSaveFileName(
        parent, Texts::tr("Export Contacts"), documentsFolder() + QStringLiteral("/contacts.vcf"),
        Texts::tr("vCard 4.0 (*.vcf)") + QStringLiteral(";;") + vcard3 + QStringLiteral(";;")
            + Texts::tr("CSV spreadsheet (*.csv)"),
        &filter);
    if (path.isEmpty())
        return;
    auto contacts = ContactRepository(db).list();
    if (!contacts) {
        QMessageBox::warning(parent, Texts::tr("Export Contacts"), contacts.error().message);
        return;
    }
    const bool csv = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    const QByteArray bytes = csv
        ? ContactCsv::write(contacts.value())
        : VCard::write(contacts.value(),
                       filter == vcard3 ? VCard::Version::V30 : VCard::Version::V40,
                       AppSettings().text(AppSettings::PhoneRegion));
    if (auto written = writeFileAtomically(path, bytes); !written)
        QMessageBox::warning(parent, Texts::tr("Export Contacts"), written.error().message);
}

bool undoImport(Database& db, QWidget* parent)
{
    auto imports = ImportLog(db).list();
    if (!imports) {
        QMessageBox::warning(parent, Texts::tr("Undo an Import"), imports.error().message);
        return false;
    }
    QStringList labels;
    std::vector<qint64> ids;
    for (const ImportRecord& record : imports.value()) {
        if (record.undoneAt.isValid())
            continue;
        labels << Texts::tr("%1, %2: %3 (%4 added, %5 merged)")
                      .arg(dates::dateTime(record.importedAt.toLocalTime()), record.source,
                           record.fileName)
                      .arg(record.created)
                      .arg(record.merged);
        ids.push_back(record.id);
    }
    if (ids.empty()) {
        QMessageBox::information(parent, Texts::tr("Undo an Import"),
                                 Texts::tr("There is no import to undo."));
        return false;
    }
    bool chosen = false;
    const QString label = QInputDialog::getItem(
        parent, Texts::tr("Undo an Import"),
        Texts::tr("The contacts it added are removed, and those it merged into go back to how they "
                  "were."),
        labels, 0, false, &chosen);
    if (!chosen)
        return false;
    if (auto undone = ContactImport(db).undo(ids[std::size_t(labels.indexOf(label))]); !undone) {
        QMessageBox::warning(parent, Texts::tr("Undo an Import"), undone.error().message);
        return false;
    }
    return true;
}

} // namespace finalist::ContactFileActions

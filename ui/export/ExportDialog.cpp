#include "ExportDialog.h"

#include "common/DocumentsFolder.h"
#include "formats/HtmlJournalFormat.h"
#include "formats/MarkdownJournalFormat.h"
#include "services/JournalExport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

namespace finalist {

ExportDialog::ExportDialog(Database& db, std::optional<qint64> entryId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_entryId(entryId)
{
    setWindowTitle(tr("Export journal"));
    m_thisEntry = new QRadioButton(tr("This entry"), this);
    m_wholeJournal = new QRadioButton(tr("Whole journal"), this);
    m_thisEntry->setEnabled(entryId.has_value());
    (entryId ? m_thisEntry : m_wholeJournal)->setChecked(true);
    auto* scope = new QHBoxLayout;
    scope->addWidget(m_thisEntry);
    scope->addWidget(m_wholeJournal);
    scope->addStretch();

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("Markdown, one file"), MarkdownFile);
    m_format->addItem(tr("Markdown, a folder with one file per entry"), MarkdownFolder);
    m_format->addItem(tr("HTML"), Html);
    m_format->addItem(tr("PDF"), Pdf);

    m_destination = new QLineEdit(this);
    m_destination->setObjectName(QStringLiteral("exportDestination"));
    auto* browse = new QPushButton(tr("Choose…"), this);
    auto* destination = new QHBoxLayout;
    destination->addWidget(m_destination, 1);
    destination->addWidget(browse);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("exportError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Export:"), scope);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Save to:"), destination);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* exportButton = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);
    QPushButton* printButton = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("printButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseDestination);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::suggestDestination);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::exportNow);
    connect(printButton, &QPushButton::clicked, this, [this] {
        QPrinter printer;
        QPrintDialog choose(&printer, this);
        if (choose.exec() == QDialog::Accepted && printTo(printer))
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    suggestDestination();
}

void ExportDialog::setFormat(Format format)
{
    m_format->setCurrentIndex(m_format->findData(format));
}

void ExportDialog::setDestination(const QString& path)
{
    m_destination->setText(path);
}

void ExportDialog::setWholeJournal(bool whole)
{
    (whole || !m_entryId ? m_wholeJournal : m_thisEntry)->setChecked(true);
}

QString ExportDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void ExportDialog::suggestDestination()
{
    static const QStringList extensions
        = { QStringLiteral(".md"), QString(), QStringLiteral(".html"), QStringLiteral(".pdf") };
    const QString folder = documentsFolder();
    const QString name = tr("Finalist journal") + extensions.value(m_format->currentIndex());
    m_destination->setText(QDir(folder).filePath(name));
}

void ExportDialog::chooseDestination()
{
    const QString current = m_destination->text();
    const QString chosen = m_format->currentData().toInt() == MarkdownFolder
        ? QFileDialog::getExistingDirectory(this, tr("Export to folder"), current)
        : QFileDialog::getSaveFileName(this, tr("Export to file"), current);
    if (!chosen.isEmpty())
        m_destination->setText(chosen);
}

bool ExportDialog::printTo(QPrinter& printer)
{
    auto document
        = JournalExport(m_db).load(m_thisEntry->isChecked() ? m_entryId : std::optional<qint64>());
    if (!document) {
        m_error->setText(document.error().message);
        m_error->show();
        return false;
    }
    QTextDocument text;
    text.setHtml(QString::fromUtf8(HtmlJournalFormat().render(document.value())));
    text.print(&printer);
    return true;
}

void ExportDialog::exportNow()
{
    m_error->clear();
    m_error->hide();
    const auto show = [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
    };
    const QString path = m_destination->text().trimmed();
    if (path.isEmpty())
        return show(tr("Choose where to save the export."));
    auto document
        = JournalExport(m_db).load(m_thisEntry->isChecked() ? m_entryId : std::optional<qint64>());
    if (!document)
        return show(document.error().message);

    const int format = m_format->currentData().toInt();
    Status written;
    if (format == MarkdownFolder) {
        QProgressDialog progress(tr("Exporting entries…"), tr("Cancel"), 0,
                                 int(document.value().size()), this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(500); // only long exports show it
        written = JournalExport::writeFolder(document.value(), MarkdownJournalFormat(), path,
                                             [&](int done, int) {
                                                 progress.setValue(done);
                                                 return !progress.wasCanceled();
                                             });
    } else if (format == Pdf) {
        QTextDocument text;
        text.setHtml(QString::fromUtf8(HtmlJournalFormat().render(document.value())));
        QSaveFile file(path); // a failed PDF leaves no partial file
        if (!file.open(QIODevice::WriteOnly))
            return show(tr("“%1” could not be written: %2").arg(path, file.errorString()));
        {
            QPdfWriter writer(&file);
            writer.setTitle(tr("Finalist journal"));
            text.print(&writer);
        }
        if (!file.commit())
            return show(tr("“%1” could not be written: %2").arg(path, file.errorString()));
    } else {
        const MarkdownJournalFormat markdown;
        const HtmlJournalFormat html;
        written = JournalExport::writeFile(
            document.value(), format == Html ? static_cast<const JournalFormat&>(html) : markdown,
            path);
    }
    if (!written)
        return show(written.error().message);
    accept();
}

} // namespace finalist

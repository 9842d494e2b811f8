#pragma once

#include <optional>
#include <QDialog>

class QComboBox;
class QPrinter;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace finalist {

class Database;

// Exports one entry or the whole journal as Markdown (one file or a folder), HTML or PDF.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum Format
    {
        MarkdownFile,
        MarkdownFolder,
        Html,
        Pdf
    };

    ExportDialog(Database& db, std::optional<qint64> entryId, QWidget* parent = nullptr);

    // For tests and callers that already know where to write, without the native file dialog.
    void setFormat(Format format);
    void setDestination(const QString& path);
    void setWholeJournal(bool whole);
    QString errorText() const;
    // The same pages the PDF has, sent to a printer (or a printer writing to a file).
    bool printTo(QPrinter& printer);

private:
    void chooseDestination();
    void suggestDestination();
    void exportNow();

    Database& m_db;
    std::optional<qint64> m_entryId;
    QRadioButton* m_thisEntry = nullptr;
    QRadioButton* m_wholeJournal = nullptr;
    QComboBox* m_format = nullptr;
    QLineEdit* m_destination = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace finalist

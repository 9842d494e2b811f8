#pragma once

#include "ContactFileReading.h"
#include "formats/ContactCsv.h"
#include "services/ContactImport.h"

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTableWidgetItem;

namespace finalist {

class ContactFileReader;
class Database;

// Imports contacts from a file in two steps: a preview that writes nothing (a tick per person:
// a new one is added or left out, a match is merged or skipped; and the rows with problems),
// then one transaction with a progress bar. A generic CSV first asks which column holds what.
// The file is read on a worker thread, with a progress bar and a way to stop, and its people are
// matched there with the stored contacts (a read-only connection): only the rows the preview
// shows are held, and the import reads the file again. The line
// that says how the file was read has a box to read it again in another encoding.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    using Kind = ContactFileKind;

    // The preview's columns.
    enum Column
    {
        TakeColumn, // ticked: imported (new) or merged (match)
        PersonColumn,
        TitleColumn,
        RoleColumn,
        CompanyColumn,
        EmailColumn,
        LinkedInColumn,
        MatchColumn,
        ColumnCount
    };

    ImportDialog(Database& db, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Starts reading the file; the preview (or the column mapping for a generic CSV) follows,
    // and readingFinished() tells whether the file could be read as that kind (when not, the
    // reason is on screen).
    void load(const QString& path, Kind kind);
    static Kind guessKind(const QString& path, const QByteArray& start);

    // Reads the file again in this encoding; a generic CSV keeps the columns the user mapped.
    void chooseEncoding(TextEncoding encoding);
    void cancelReading(); // nothing is written; the dialog stays open and says so
    bool isReading() const;

    QTableWidget* preview() const { return m_preview; }
    QTableWidget* mapping() const { return m_mapping; }
    QListWidget* problems() const { return m_problems; }
    QLabel* summary() const { return m_summary; }
    QLabel* readingLine() const { return m_reading; }
    QComboBox* encodingBox() const { return m_encoding; }
    QComboBox* kindBox() const { return m_kindBox; }
    QProgressBar* progressBar() const { return m_progressBar; }
    QPushButton* cancelReadingButton() const { return m_cancelReading; }
    QPushButton* readAgainButton() const { return m_readAgain; }
    QPushButton* importButton() const { return m_import; }
    const ImportPlan& plan() const { return m_plan; }
    const ImportOutcome& outcome() const { return m_outcome; }

    bool runImport(); // false when it failed or was cancelled; nothing is written then
    void showPreviewFromMapping();

public slots:
    void reject() override; // also stops a reading, and waits for it

signals:
    void readingFinished(bool ok);

private:
    void startReading();
    void showProgress(ReadingStep step, qint64 done, qint64 total);
    void readingEnded();
    void showStopped(const QString& text);
    bool showReading(ContactFileReading& reading);
    void showReadingLine(const TextReport& report);
    void showInvitations();
    void showPlan();
    void showProblems(const std::vector<ImportProblem>& problems);
    void showSummary();
    void takeRow(QTableWidgetItem* item);
    void showMapping(const QStringList& headers, const QStringList& firstRow);
    std::vector<ContactCsv::Field> mappedFields() const;
    void fail(const QString& message);
    bool importPeople();

    Database& m_db;
    QString m_path;
    Kind m_kind = Kind::Csv;
    std::optional<TextEncoding> m_chosenEncoding; // the user's; detected while empty
    // A generic CSV's columns as the user mapped them; empty until the preview is asked for.
    std::vector<ContactCsv::Field> m_fields;
    bool m_mapped = false; // the user confirmed m_fields: the file is read through them
    ContactFileReader* m_reader;
    TextReport m_readReport;
    // The preview's first rows (kPreviewRows), the whole file's counts beside them.
    ImportPlan m_plan;
    int m_fileNew = 0;
    int m_fileMatched = 0;
    qint64 m_readSize = -1; // the file as it was when read, so the import reads the same one
    QDateTime m_readModified;
    std::vector<LinkedInInvitation> m_invitations;
    ImportOutcome m_outcome;

    QStackedWidget* m_pages;
    QTableWidget* m_mapping;
    QTableWidget* m_preview;
    QListWidget* m_problems;
    QLabel* m_summary;
    QWidget* m_readingRow;
    QLabel* m_reading;
    QComboBox* m_encoding;
    QComboBox* m_kindBox; // what the file is read as: the guess, changeable
    QLabel* m_progressText;
    QProgressBar* m_progressBar;
    QPushButton* m_cancelReading;
    QPushButton* m_readAgain;
    QPushButton* m_import;
    QPushButton* m_next;
};

} // namespace finalist

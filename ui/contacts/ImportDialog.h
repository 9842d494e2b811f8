#pragma once

#include "formats/ContactCsv.h"
#include "services/ContactImport.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTableWidgetItem;

namespace finalist {

class Database;

// Imports contacts from a file in two steps: a preview that writes nothing (a tick per person:
// a new one is added or left out, a match is merged or skipped; and the rows with problems),
// then one transaction with a progress bar. A generic CSV first asks which column holds what.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        LinkedInConnections,
        LinkedInInvitations,
        VCard,
        Csv
    };

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

    // Reads the file and shows its preview (or the column mapping for a generic CSV). False,
    // with the reason on screen, when the file cannot be read as that kind.
    bool load(const QString& path, Kind kind);
    static Kind guessKind(const QString& path, const QByteArray& start);

    QTableWidget* preview() const { return m_preview; }
    QTableWidget* mapping() const { return m_mapping; }
    QListWidget* problems() const { return m_problems; }
    QLabel* summary() const { return m_summary; }
    QPushButton* importButton() const { return m_import; }
    const ImportPlan& plan() const { return m_plan; }
    const ImportOutcome& outcome() const { return m_outcome; }

    bool runImport(); // false when it failed or was cancelled; nothing is written then
    void showPreviewFromMapping();

private:
    void showPlan();
    void showSummary();
    void takeRow(QTableWidgetItem* item);
    void showMapping(const QStringList& headers);
    void fail(const QString& message);

    Database& m_db;
    QString m_path;
    Kind m_kind = Kind::Csv;
    QByteArray m_bytes;
    ImportPlan m_plan;
    std::vector<LinkedInInvitation> m_invitations;
    ImportOutcome m_outcome;

    QStackedWidget* m_pages;
    QTableWidget* m_mapping;
    QTableWidget* m_preview;
    QListWidget* m_problems;
    QLabel* m_summary;
    QPushButton* m_import;
    QPushButton* m_next;
};

} // namespace finalist

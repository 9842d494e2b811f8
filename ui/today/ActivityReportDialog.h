#pragma once

#include "services/ActivityReport.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QTableWidget;

namespace finalist {

class Database;
class InlineMessage;

// The activity report for a date range, shown and saved as CSV or PDF: every note sent and
// every interview round, with date, company, person and channel.
class ActivityReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ActivityReportDialog(Database& db, QWidget* parent = nullptr);

    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QTableWidget* table() const { return m_table; }
    InlineMessage* message() const { return m_message; }

    bool saveCsv(const QString& path);
    bool savePdf(const QString& path);
    // The printed report: a heading with the user's name (from the profile) and the dates,
    // then the table.
    QString reportHtml() const;

public slots:
    void refresh();

private:
    QString chooseFile(const QString& filter, const QString& suffix);

    Database& m_db;
    std::vector<ActivityLine> m_lines;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTableWidget* m_table;
    InlineMessage* m_message;
};

} // namespace finalist

#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

namespace finalist {

class Database;

// Preferences ▸ Data: the file in use, where its backups go, how many are kept, and a backup
// made at once.
class DataPreferences : public QWidget
{
    Q_OBJECT
public:
    explicit DataPreferences(Database& db, QWidget* parent = nullptr);

    QSpinBox* dailyBox() const { return m_daily; }
    QSpinBox* weeklyBox() const { return m_weekly; }
    QPushButton* backupNowButton() const { return m_backupNow; }
    QLabel* backupState() const { return m_state; }
    // Writes the numbers kept; the error's message when they are refused (nothing written).
    QString save();

public slots:
    void backUpNow();

private:
    void showBackups();

    Database& m_db;
    QSpinBox* m_daily;
    QSpinBox* m_weekly;
    QPushButton* m_backupNow;
    QLabel* m_state;
};

} // namespace finalist

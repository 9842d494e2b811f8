#pragma once

#include "storage/StageFunnel.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace finalist {

class Database;

// The board's header: how many processes reached each stage in the last 90 days, this year or
// ever, and how many final rounds ended as runner-up.
class FunnelBar : public QWidget
{
    Q_OBJECT
public:
    enum class Window
    {
        Last90Days,
        ThisYear,
        AllTime
    };

    explicit FunnelBar(Database& db, QWidget* parent = nullptr);
    QComboBox* windowBox() const { return m_window; }
    QLabel* label() const { return m_label; }

    // The first day of a window, invalid for all time.
    static QDate since(Window window, const QDate& today);
    // "Applied 10 → Screening 6 → … · 3 final rounds, 2 as runner-up"
    static QString sentence(const FunnelCounts& counts);

public slots:
    void reload();

private:
    Database& m_db;
    QComboBox* m_window;
    QLabel* m_label;
};

} // namespace finalist

#pragma once

#include "domain/ContactDetails.h"

#include <QWidget>
#include <vector>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace finalist {

// A contact's further emails, phones, addresses, web pages and handles, one row each: its kind,
// its label (work, home, mobile, other or the user's word), the value, whether it is the one to
// use first, and a button that removes it. "Add…" offers each kind; an address opens a dialog
// with its parts.
class ContactDetailsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ContactDetailsEditor(QWidget* parent = nullptr);

    void setDetails(const std::vector<ContactPoint>& details);
    std::vector<ContactPoint> details() const; // blank rows left out
    int rowCount() const { return int(m_rows.size()); }
    // A new empty row of that kind, its value focused.
    void addRow(DetailKind kind);
    void removeRow(int row);
    QLineEdit* valueEdit(int row) const; // none for an address
    QCheckBox* preferredBox(int row) const;

signals:
    void edited();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Row
    {
        DetailKind kind;
        QString address; // an address's parts, one per line
        QWidget* kindLabel;
        QComboBox* label;
        QLineEdit* value = nullptr; // or, for an address:
        QPushButton* addressButton = nullptr;
        QCheckBox* preferred;
        QToolButton* remove;
    };
    Row& appendRow(const ContactPoint& detail);
    void relayout();
    void editAddress(QPushButton* button);
    void showAddress(const Row& row);

    std::vector<Row> m_rows;
    QGridLayout* m_grid;
    QLabel* m_empty;
    QPushButton* m_add;
};

} // namespace finalist

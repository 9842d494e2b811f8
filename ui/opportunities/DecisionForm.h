#pragma once

#include "domain/Opportunity.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace finalist {

class Database;
class OptionalDateEdit;

// How a process ended: when, the reason they gave, what they praised, who told you, and when
// the chosen hire starts (the second-chance radar counts ninety days from it).
class DecisionForm : public QWidget
{
    Q_OBJECT
public:
    explicit DecisionForm(Database& db, QWidget* parent = nullptr);

    void fill(const Opportunity& opportunity);
    void collectInto(Opportunity& opportunity) const;
    bool markInvalid(const QString& field);

    OptionalDateEdit* decidedEdit() const { return m_decided; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QPlainTextEdit* praiseEdit() const { return m_praise; }
    QComboBox* toldByBox() const { return m_toldBy; }
    OptionalDateEdit* hireStartEdit() const { return m_hireStart; }

signals:
    void changed();

private:
    Database& m_db;
    OptionalDateEdit* m_decided;
    QLineEdit* m_reason;
    QPlainTextEdit* m_praise;
    QComboBox* m_toldBy;
    OptionalDateEdit* m_hireStart;
};

} // namespace finalist

#pragma once

#include "domain/Opportunity.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;

namespace finalist {

class OptionalDateEdit;

// The fields that describe a process, shared by New Opportunity and the opportunity's page:
// company, role, where it came from, the posting's link and text, when you applied, salary and
// location (free text). A field the store refuses is marked until it is edited again.
class OpportunityForm : public QWidget
{
    Q_OBJECT
public:
    explicit OpportunityForm(QWidget* parent = nullptr);

    void fill(const Opportunity& opportunity, const QDate& today);
    void collectInto(Opportunity& opportunity) const;
    // Marks the field an error names and moves the focus there; false when it is not one here.
    bool markInvalid(const QString& field);
    void clearMarks();
    // A link typed without its scheme gets https://; anything else is left for the store to judge.
    static QString withScheme(const QString& link);
    QFormLayout* formLayout() const { return m_form; }

    QLineEdit* companyEdit() const { return m_company; }
    QLineEdit* roleEdit() const { return m_role; }
    QComboBox* sourceBox() const { return m_source; }
    QLineEdit* postingUrlEdit() const { return m_postingUrl; }
    QPlainTextEdit* postingTextEdit() const { return m_postingText; }
    OptionalDateEdit* appliedEdit() const { return m_applied; }
    QLineEdit* salaryEdit() const { return m_salary; }
    QLineEdit* locationEdit() const { return m_location; }

signals:
    void changed();

private:
    QFormLayout* m_form;
    QLineEdit* m_company;
    QLineEdit* m_role;
    QComboBox* m_source;
    QLineEdit* m_postingUrl;
    OptionalDateEdit* m_applied;
    QLineEdit* m_salary;
    QLineEdit* m_location;
    QPlainTextEdit* m_postingText;
};

} // namespace finalist

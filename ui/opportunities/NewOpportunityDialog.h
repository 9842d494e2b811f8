#pragma once

#include "domain/Enums.h"

#include <QDialog>

class QComboBox;

namespace finalist {

class Database;
class InlineMessage;
class OpportunityForm;

// File ▸ New Opportunity… (and from the Journal, the rejection wizard, a contact): the fields
// of a new hiring process and the stage it starts in. Nothing is written until Create; a field
// the store refuses is named and marked, and what was typed stays.
class NewOpportunityDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewOpportunityDialog(Database& db, QWidget* parent = nullptr);

    void setCompany(const QString& company);
    void setStage(Stage stage);
    OpportunityForm* form() const { return m_form; }
    QComboBox* stageBox() const { return m_stage; }
    InlineMessage* message() const { return m_message; }
    qint64 createdId() const { return m_created; }
    // Creates it; false, with the reason shown, when it cannot be.
    bool create();

    // Opens the dialog; the new opportunity's id, or 0 when cancelled.
    static qint64 ask(Database& db, QWidget* parent, const QString& company = {},
                      Stage stage = Stage::Applied);

private:
    Database& m_db;
    OpportunityForm* m_form;
    QComboBox* m_stage;
    InlineMessage* m_message;
    qint64 m_created = 0;
};

} // namespace finalist

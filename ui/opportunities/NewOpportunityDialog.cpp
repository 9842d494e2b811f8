#include "NewOpportunityDialog.h"

#include "common/InlineMessage.h"
#include "domain/Stages.h"
#include "OpportunityForm.h"
#include "storage/Database.h"
#include "storage/OpportunityRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace finalist {

NewOpportunityDialog::NewOpportunityDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_form(new OpportunityForm(this))
    , m_stage(new QComboBox(this))
    , m_message(new InlineMessage(this))
{
    setWindowTitle(tr("New Opportunity"));
    m_stage->setObjectName(QStringLiteral("stage"));
    for (const Stage stage : stages::all())
        m_stage->addItem(enumLabel(stage), int(stage));
    m_form->formLayout()->insertRow(2, tr("S&tage"), m_stage);
    // The stage sits between role and source on screen, so it does for Tab too.
    QWidget::setTabOrder(m_form->roleEdit(), m_stage);
    QWidget::setTabOrder(m_stage, m_form->sourceBox());
    Opportunity blank;
    blank.appliedOn = db.clock().today();
    m_form->fill(blank, db.clock().today());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("create"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (create())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
    m_form->companyEdit()->setFocus();
}

void NewOpportunityDialog::setCompany(const QString& company)
{
    m_form->companyEdit()->setText(company);
    if (!company.isEmpty())
        m_form->roleEdit()->setFocus();
}

bool NewOpportunityDialog::create()
{
    Opportunity o;
    m_form->collectInto(o);
    o.stage = static_cast<Stage>(m_stage->currentData().toInt());
    if (auto added = OpportunityRepository(m_db).add(o); !added) {
        m_message->showError(added.error().message);
        m_form->markInvalid(added.error().field);
        return false;
    }
    m_created = o.id;
    return true;
}

void NewOpportunityDialog::setStage(Stage stage)
{
    m_stage->setCurrentIndex(m_stage->findData(int(stage)));
}

qint64 NewOpportunityDialog::ask(Database& db, QWidget* parent, const QString& company, Stage stage)
{
    NewOpportunityDialog dialog(db, parent);
    dialog.setCompany(company);
    dialog.setStage(stage);
    return dialog.exec() == QDialog::Accepted ? dialog.createdId() : 0;
}

} // namespace finalist

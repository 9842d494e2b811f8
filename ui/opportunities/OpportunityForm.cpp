#include "OpportunityForm.h"

#include "common/FieldMark.h"
#include "common/OptionalDateEdit.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace finalist {

OpportunityForm::OpportunityForm(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_company(new QLineEdit(this))
    , m_role(new QLineEdit(this))
    , m_source(new QComboBox(this))
    , m_postingUrl(new QLineEdit(this))
    , m_applied(new OptionalDateEdit(tr("Applied on"), this))
    , m_salary(new QLineEdit(this))
    , m_location(new QLineEdit(this))
    , m_postingText(new QPlainTextEdit(this))
{
    m_company->setObjectName(QStringLiteral("company"));
    m_company->setPlaceholderText(tr("Who is hiring (required)"));
    m_role->setObjectName(QStringLiteral("role"));
    m_role->setPlaceholderText(tr("The job title, as they wrote it"));
    m_source->setObjectName(QStringLiteral("source"));
    m_source->setEditable(true);
    m_source->setInsertPolicy(QComboBox::NoInsert);
    m_source->addItems({ QString(), tr("Referral"), tr("Recruiter"), tr("Job board"),
                         tr("Company website"), tr("LinkedIn"), tr("Former colleague") });
    m_source->lineEdit()->setPlaceholderText(tr("Where it came from"));
    m_postingUrl->setObjectName(QStringLiteral("postingUrl"));
    m_postingUrl->setPlaceholderText(QStringLiteral("https://…"));
    m_salary->setPlaceholderText(tr("As they put it, e.g. 70–80k, DOE"));
    m_location->setPlaceholderText(tr("City, remote, hybrid…"));
    m_postingText->setObjectName(QStringLiteral("postingText"));
    m_postingText->setPlaceholderText(
        tr("Paste the job posting here: postings disappear once the role is filled, and you "
           "will want to read what they asked for."));
    m_postingText->setTabChangesFocus(true);
    m_postingText->setMinimumHeight(90);

    auto* open = new QToolButton(this);
    open->setText(tr("Open"));
    open->setToolTip(tr("Open the posting in your browser"));
    auto* link = new QHBoxLayout;
    link->addWidget(m_postingUrl, 1);
    link->addWidget(open);
    auto* money = new QHBoxLayout;
    money->addWidget(m_salary, 1);
    money->addWidget(m_location, 1);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("&Company"), m_company);
    m_form->addRow(tr("&Role"), m_role);
    m_form->addRow(tr("&Source"), m_source);
    auto* linkLabel = new QLabel(tr("Posting &link"), this);
    linkLabel->setBuddy(m_postingUrl);
    m_form->addRow(linkLabel, link);
    m_form->addRow(QString(), m_applied);
    auto* moneyLabel = new QLabel(tr("Salar&y, place"), this);
    moneyLabel->setBuddy(m_salary);
    m_form->addRow(moneyLabel, money);
    m_form->addRow(tr("The &posting"), m_postingText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);

    connect(open, &QToolButton::clicked, this, [this] {
        const QUrl url(m_postingUrl->text().trimmed(), QUrl::StrictMode);
        if (url.isValid() && !url.host().isEmpty())
            QDesktopServices::openUrl(url);
    });
    for (QLineEdit* edit : { m_company, m_role, m_postingUrl, m_salary, m_location }) {
        connect(edit, &QLineEdit::textEdited, this, &OpportunityForm::changed);
        connect(edit, &QLineEdit::textEdited, edit, [edit] { clearMark(edit); });
    }
    connect(m_source, &QComboBox::currentTextChanged, this, &OpportunityForm::changed);
    connect(m_postingText, &QPlainTextEdit::textChanged, this, &OpportunityForm::changed);
    connect(m_applied, &OptionalDateEdit::changed, this, &OpportunityForm::changed);
}

QString OpportunityForm::withScheme(const QString& link)
{
    // "jobs.example.com/42", as copied from an address bar that hides the scheme.
    static const QRegularExpression bare(QStringLiteral("^[\\w-]+(\\.[\\w-]+)+(/\\S*)?$"));
    if (!link.contains(QStringLiteral("://")) && bare.match(link).hasMatch())
        return QStringLiteral("https://") + link;
    return link;
}

void OpportunityForm::fill(const Opportunity& o, const QDate& today)
{
    const QSignalBlocker blocker(this);
    m_company->setText(o.company);
    m_role->setText(o.role);
    m_source->setCurrentText(o.source);
    m_postingUrl->setText(o.postingUrl);
    m_applied->setDate(o.appliedOn, today);
    m_salary->setText(o.salary);
    m_location->setText(o.location);
    if (m_postingText->toPlainText() != o.postingText)
        m_postingText->setPlainText(o.postingText);
    for (QLineEdit* edit : { m_company, m_role, m_postingUrl, m_salary, m_location })
        edit->setCursorPosition(0);
    clearMarks();
}

void OpportunityForm::collectInto(Opportunity& o) const
{
    o.company = m_company->text().trimmed();
    o.role = m_role->text().trimmed();
    o.source = m_source->currentText().trimmed();
    o.postingUrl = withScheme(m_postingUrl->text().trimmed());
    o.appliedOn = m_applied->date();
    o.salary = m_salary->text().trimmed();
    o.location = m_location->text().trimmed();
    o.postingText = m_postingText->toPlainText();
}

bool OpportunityForm::markInvalid(const QString& field)
{
    QWidget* edit = field == QLatin1String("company") ? m_company
        : field == QLatin1String("posting_url")       ? m_postingUrl
                                                      : nullptr;
    if (!edit)
        return false;
    markRefused(edit);
    return true;
}

void OpportunityForm::clearMarks()
{
    for (QLineEdit* edit : { m_company, m_postingUrl })
        clearMark(edit);
}

} // namespace finalist

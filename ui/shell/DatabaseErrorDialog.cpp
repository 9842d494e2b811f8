#include "DatabaseErrorDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace finalist {

namespace {

QString headline(Error::Code code)
{
    switch (code) {
    case Error::Code::Locked:
        return DatabaseErrorDialog::tr("This database is already open");
    case Error::Code::ReadOnly:
        return DatabaseErrorDialog::tr("This database is read-only");
    case Error::Code::NewerSchema:
        return DatabaseErrorDialog::tr("This database is from a newer Finalist");
    case Error::Code::Corrupted:
        return DatabaseErrorDialog::tr("This database is damaged");
    case Error::Code::NotADatabase:
        return DatabaseErrorDialog::tr("This is not a Finalist database");
    default:
        return DatabaseErrorDialog::tr("The database could not be opened");
    }
}

} // namespace

DatabaseErrorDialog::DatabaseErrorDialog(const Error& error, bool canRestore,
                                         const QString& dismissText, QWidget* parent)
    : QDialog(parent)
    , m_message(new QLabel(error.message, this))
    , m_details(new QPlainTextEdit(error.detail, this))
{
    setWindowTitle(tr("Finalist"));
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(40, 40));
    auto* title = new QLabel(headline(error.code), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setWeight(QFont::DemiBold);
    title->setFont(font);
    m_message->setWordWrap(true);
    m_message->setMinimumWidth(440);
    m_message->setObjectName(QStringLiteral("errorMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setReadOnly(true);
    m_details->setVisible(false);
    m_details->setMaximumHeight(90);

    auto* buttons = new QDialogButtonBox(this);
    const bool locked = error.code == Error::Code::Locked;
    m_buttons[int(Choice::OpenAnother)]
        = buttons->addButton(tr("Open Another File…"), QDialogButtonBox::AcceptRole);
    if (canRestore && !locked)
        m_buttons[int(Choice::RestoreBackup)]
            = buttons->addButton(tr("Restore a Backup…"), QDialogButtonBox::AcceptRole);
    if (!locked)
        m_buttons[int(Choice::CreateNew)]
            = buttons->addButton(tr("Create a New Database…"), QDialogButtonBox::AcceptRole);
    m_buttons[int(Choice::Dismiss)] = buttons->addButton(dismissText, QDialogButtonBox::RejectRole);
    for (Choice c :
         { Choice::OpenAnother, Choice::RestoreBackup, Choice::CreateNew, Choice::Dismiss }) {
        if (QPushButton* b = m_buttons[int(c)])
            connect(b, &QPushButton::clicked, this, [this, c] { choose(c); });
    }
    if (!error.detail.isEmpty()) {
        QPushButton* details = buttons->addButton(tr("Show Details"), QDialogButtonBox::HelpRole);
        connect(details, &QPushButton::clicked, this, [this, details] {
            m_details->setVisible(!m_details->isVisible());
            details->setText(m_details->isVisible() ? tr("Hide Details") : tr("Show Details"));
        });
    }

    auto* text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(m_message);
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addSpacing(8);
    top->addLayout(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_details);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // never narrower than its buttons
}

QString DatabaseErrorDialog::message() const
{
    return m_message->text();
}

QPushButton* DatabaseErrorDialog::button(Choice choice) const
{
    return m_buttons[int(choice)];
}

void DatabaseErrorDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::Dismiss)
        reject();
    else
        accept();
}

} // namespace finalist

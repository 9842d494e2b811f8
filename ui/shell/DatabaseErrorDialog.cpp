#include "DatabaseErrorDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace finalist {

namespace {

QString headlineFor(Error::Code code)
{
    switch (code) {
    case Error::Code::Locked:
        return DatabaseErrorDialog::tr("This database is already open");
    case Error::Code::LockedElsewhere:
        return DatabaseErrorDialog::tr("This database is open on another computer");
    case Error::Code::EmptyFile:
        return DatabaseErrorDialog::tr("This file is empty");
    case Error::Code::ReadOnly:
        return DatabaseErrorDialog::tr("This database is read-only");
    case Error::Code::NewerSchema:
        return DatabaseErrorDialog::tr("This database is from a newer Finalist");
    case Error::Code::Corrupted:
        return DatabaseErrorDialog::tr("This database is damaged");
    case Error::Code::NotADatabase:
        return DatabaseErrorDialog::tr("This is not a Finalist database");
    case Error::Code::CannotCreate:
        return DatabaseErrorDialog::tr("The database could not be created");
    default:
        return DatabaseErrorDialog::tr("The database could not be opened");
    }
}

} // namespace

DatabaseErrorDialog::DatabaseErrorDialog(const Error& error, bool canRestore,
                                         const QString& dismissText, QWidget* parent)
    : QDialog(parent)
    , m_headline(new QLabel(headlineFor(error.code), this))
    , m_message(new QLabel(error.message, this))
    , m_details(new QPlainTextEdit(error.detail, this))
{
    setWindowTitle(tr("Finalist"));
    auto* icon = new QLabel(this);
    const bool locked
        = error.code == Error::Code::Locked || error.code == Error::Code::LockedElsewhere;
    const QStyle::StandardPixmap iconKind
        = locked ? QStyle::SP_MessageBoxInformation : QStyle::SP_MessageBoxWarning;
    icon->setPixmap(style()->standardIcon(iconKind).pixmap(40, 40));
    QFont font = m_headline->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setWeight(QFont::DemiBold);
    m_headline->setFont(font);
    m_headline->setObjectName(QStringLiteral("errorHeadline"));
    m_message->setWordWrap(true);
    m_message->setMinimumWidth(460);
    m_message->setObjectName(QStringLiteral("errorMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setReadOnly(true);
    m_details->setVisible(false);
    m_details->setMaximumHeight(96);
    m_details->setObjectName(QStringLiteral("errorDetails"));

    // A database another Finalist holds is never touched, so the only ways out are elsewhere.
    auto* buttons = new QDialogButtonBox(this);
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
    // Enter takes the most likely way out: the backup when there is one.
    QPushButton* preferred = m_buttons[int(Choice::RestoreBackup)]
        ? m_buttons[int(Choice::RestoreBackup)]
        : m_buttons[int(Choice::OpenAnother)];
    preferred->setDefault(true);
    preferred->setFocus();

    auto* text = new QVBoxLayout;
    text->setSpacing(8);
    text->addWidget(m_headline);
    text->addWidget(m_message);
    if (!error.detail.isEmpty()) {
        m_detailsToggle = new QToolButton(this);
        m_detailsToggle->setObjectName(QStringLiteral("detailsToggle"));
        m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_detailsToggle->setAutoRaise(true);
        m_detailsToggle->setArrowType(Qt::RightArrow);
        m_detailsToggle->setText(tr("Show Details"));
        connect(m_detailsToggle, &QToolButton::clicked, this, &DatabaseErrorDialog::toggleDetails);
        text->addWidget(m_detailsToggle, 0, Qt::AlignLeft);
    }
    text->addWidget(m_details);

    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addSpacing(12);
    top->addLayout(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->addLayout(top);
    layout->addSpacing(14);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // never narrower than its buttons
}

QString DatabaseErrorDialog::headline() const
{
    return m_headline->text();
}

QString DatabaseErrorDialog::message() const
{
    return m_message->text();
}

QPushButton* DatabaseErrorDialog::button(Choice choice) const
{
    return m_buttons[int(choice)];
}

bool DatabaseErrorDialog::detailsShown() const
{
    return m_details->isVisibleTo(this);
}

void DatabaseErrorDialog::toggleDetails()
{
    const bool show = !detailsShown();
    m_details->setVisible(show);
    m_detailsToggle->setArrowType(show ? Qt::DownArrow : Qt::RightArrow);
    m_detailsToggle->setText(show ? tr("Hide Details") : tr("Show Details"));
    adjustSize();
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

#include "ContactMoreDetails.h"

#include "ContactDetailsEditor.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace finalist {

ContactMoreDetails::ContactMoreDetails(QWidget* parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_section(new QWidget(this))
    , m_prefix(new QLineEdit(this))
    , m_middle(new QLineEdit(this))
    , m_suffix(new QLineEdit(this))
    , m_nickname(new QLineEdit(this))
    , m_department(new QLineEdit(this))
    , m_birthday(new QLineEdit(this))
    , m_otherDetails(new ContactDetailsEditor(this))
{
    m_toggle->setObjectName(QStringLiteral("moreDetails"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    m_middle->setObjectName(QStringLiteral("middleName"));
    m_birthday->setObjectName(QStringLiteral("birthday"));
    m_prefix->setPlaceholderText(tr("Prefix (Dr.)"));
    m_middle->setPlaceholderText(tr("Middle name"));
    m_suffix->setPlaceholderText(tr("Suffix (Jr.)"));
    m_birthday->setPlaceholderText(tr("1984-04-15, or --04-15 without the year"));
    auto* nameParts = new QHBoxLayout;
    nameParts->addWidget(m_prefix);
    nameParts->addWidget(m_middle);
    nameParts->addWidget(m_suffix);
    auto* form = new QFormLayout(m_section);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Name parts"), nameParts);
    form->addRow(tr("Nickname"), m_nickname);
    form->addRow(tr("Department"), m_department);
    form->addRow(tr("Birthday"), m_birthday);
    form->addRow(tr("Also"), m_otherDetails);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_section);
    connect(m_toggle, &QToolButton::toggled, this, &ContactMoreDetails::setUnfolded);
    setUnfolded(false);
}

void ContactMoreDetails::setUnfolded(bool unfolded)
{
    m_toggle->setChecked(unfolded);
    m_toggle->setArrowType(unfolded ? Qt::DownArrow : Qt::RightArrow);
    m_toggle->setText(unfolded ? tr("Fewer details") : tr("More details"));
    m_section->setVisible(unfolded);
}

void ContactMoreDetails::fill(const Contact& c)
{
    m_prefix->setText(c.namePrefix);
    m_middle->setText(c.middleName);
    m_suffix->setText(c.nameSuffix);
    m_nickname->setText(c.nickname);
    m_department->setText(c.department);
    m_birthday->setText(c.birthday);
    // The preferred email and phone are fields of the form above; the rest are listed here.
    std::vector<ContactPoint> others;
    for (const ContactPoint& d : c.details)
        if (!d.preferred || (d.kind != DetailKind::Email && d.kind != DetailKind::Phone))
            others.push_back(d);
    m_otherDetails->setDetails(others);
    bool any = !others.empty();
    for (const QString* part :
         { &c.namePrefix, &c.middleName, &c.nameSuffix, &c.nickname, &c.department, &c.birthday })
        any = any || !part->isEmpty();
    setUnfolded(any);
}

void ContactMoreDetails::collectInto(Contact& c) const
{
    c.namePrefix = m_prefix->text().trimmed();
    c.middleName = m_middle->text().trimmed();
    c.nameSuffix = m_suffix->text().trimmed();
    c.nickname = m_nickname->text().trimmed();
    c.department = m_department->text().trimmed();
    c.birthday = m_birthday->text().trimmed();
    c.details = m_otherDetails->details();
}

} // namespace finalist

#include "AddressDialog.h"

#include "domain/ContactDetails.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace finalist {

AddressDialog::AddressDialog(const QString& value, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Address"));
    const QStringList parts = address::parts(value);
    for (int i = 0; i < address::PartCount; ++i) {
        auto* edit = new QLineEdit(parts[i], this);
        edit->setMinimumWidth(fontMetrics().averageCharWidth() * 44);
        m_parts << edit;
    }
    auto* form = new QFormLayout;
    // The order people fill an address in, not the order vCard stores it.
    form->addRow(tr("Street"), m_parts[address::Street]);
    form->addRow(tr("Apartment, floor"), m_parts[address::Extended]);
    form->addRow(tr("PO box"), m_parts[address::PostOfficeBox]);
    form->addRow(tr("Postal code"), m_parts[address::PostalCode]);
    form->addRow(tr("City"), m_parts[address::Locality]);
    form->addRow(tr("Region"), m_parts[address::Region]);
    form->addRow(tr("Country"), m_parts[address::Country]);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_parts[address::Street]->setFocus();
}

QString AddressDialog::address() const
{
    QStringList parts;
    for (const QLineEdit* edit : m_parts)
        parts << edit->text();
    return address::fromParts(parts);
}

} // namespace finalist

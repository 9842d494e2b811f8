#pragma once

#include <QDialog>

class QLineEdit;

namespace finalist {

// One postal address, part by part, as vCards keep it: street, extended (apartment, floor),
// post office box, postal code, city, region, country.
class AddressDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddressDialog(const QString& address, QWidget* parent = nullptr);
    QString address() const; // the parts, one per line (domain/ContactDetail.h)

private:
    QList<QLineEdit*> m_parts; // in the order of address::Part
};

} // namespace finalist

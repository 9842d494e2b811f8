#pragma once

#include "domain/Contact.h"

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace finalist {

class ContactDetailsEditor;

// The part of a contact most never need, folded away behind "More details": the parts of a
// name, the nickname, the department, the birthday and every further way to reach them. It
// unfolds by itself for a contact that has any of them.
class ContactMoreDetails : public QWidget
{
    Q_OBJECT
public:
    explicit ContactMoreDetails(QWidget* parent = nullptr);

    void fill(const Contact& contact);
    // Writes these fields of the form into contact; its preferred email and phone are not here.
    void collectInto(Contact& contact) const;
    void setUnfolded(bool unfolded);

    // The one-line fields, for the pane to give them what its own fields do (Return saves).
    QList<QLineEdit*> lineEdits() const
    {
        return { m_prefix, m_middle, m_suffix, m_nickname, m_department, m_birthday };
    }
    QLineEdit* middleNameEdit() const { return m_middle; }
    QLineEdit* birthdayEdit() const { return m_birthday; }
    QWidget* section() const { return m_section; }
    ContactDetailsEditor* detailsEditor() const { return m_otherDetails; }

private:
    QToolButton* m_toggle;
    QWidget* m_section;
    QLineEdit* m_prefix;
    QLineEdit* m_middle;
    QLineEdit* m_suffix;
    QLineEdit* m_nickname;
    QLineEdit* m_department;
    QLineEdit* m_birthday;
    ContactDetailsEditor* m_otherDetails;
};

} // namespace finalist

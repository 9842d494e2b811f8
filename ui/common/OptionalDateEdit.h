#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace finalist {

// A date that may be unknown: a box to tick, and the date beside it.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT
public:
    // text labels the box ("Applied on"); suggested is shown while the box is unticked.
    explicit OptionalDateEdit(const QString& text, QWidget* parent = nullptr);

    QDate date() const; // invalid when unticked
    void setDate(const QDate& date, const QDate& suggested);
    QCheckBox* checkBox() const { return m_known; }
    QDateEdit* dateEdit() const { return m_date; }

signals:
    void changed();

private:
    QCheckBox* m_known;
    QDateEdit* m_date;
};

} // namespace finalist

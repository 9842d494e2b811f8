#pragma once

#include "Result.h"

#include <functional>
#include <QWidget>

class QLabel;
class QPushButton;

namespace finalist {

// The line that follows a delete: what went, and Undo (also Ctrl+Z while it shows). A failed
// undo says why and keeps what it holds, so it can be tried again.
class UndoBar : public QWidget
{
    Q_OBJECT
public:
    explicit UndoBar(QWidget* parent = nullptr);

    // Shows the line; undo puts things back and says whether it could.
    void offer(const QString& text, std::function<Status()> undo);
    void dismiss();
    bool isOffering() const { return bool(m_undo); }
    QLabel* label() const { return m_text; }
    QPushButton* button() const { return m_button; }

public slots:
    bool undo();

signals:
    void undone();

private:
    QLabel* m_text;
    QPushButton* m_button;
    std::function<Status()> m_undo;
};

} // namespace finalist

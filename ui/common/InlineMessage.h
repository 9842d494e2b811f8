#pragma once

#include <QLabel>

namespace finalist {

// A line under a form that says what just happened or what went wrong, in words, and stays
// until the next action: errors never hide in a tooltip or a log.
class InlineMessage : public QLabel
{
    Q_OBJECT
public:
    explicit InlineMessage(QWidget* parent = nullptr);
    void showError(const QString& text);
    void showInfo(const QString& text);
    void clearMessage();
    // Keeps room for this many lines while nothing is said (one unless told), so a message
    // appearing under a row of controls does not move them from under the pointer.
    void reserveLines(int lines);
    bool isError() const { return m_error; }

private:
    bool m_error = false;
};

} // namespace finalist

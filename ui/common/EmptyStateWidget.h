#pragma once

#include <QWidget>

class QLabel;

namespace finalist {

// A calm, centred message for a section with nothing to show yet: a title and a sentence or two.
class EmptyStateWidget : public QWidget
{
    Q_OBJECT
public:
    EmptyStateWidget(const QString& title, const QString& text, QWidget* parent = nullptr);

    QString title() const;
    QString text() const;

private:
    QLabel* m_title;
    QLabel* m_text;
};

} // namespace finalist

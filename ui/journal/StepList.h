#pragma once

#include <QListWidget>

namespace finalist {

// The reflection's steps down the side of the editor. Given room it shows their titles; in a
// narrow window it gives way to the text and shows only their numbers (the title as tooltip),
// so the editor keeps its width on a small screen.
class StepList : public QListWidget
{
    Q_OBJECT
public:
    explicit StepList(QWidget* parent = nullptr);

    void addStep(const QString& title);
    // A tick beside a written step, and a tooltip that says it.
    void setStepDone(int row, bool done);
    bool isCompact() const { return m_compact; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void setCompact(bool compact);
    void showStep(int row);
    int compactWidth() const;
    static QString shortLabel(const QString& title); // "1. The experience" → "1"

    QStringList m_titles;
    QList<bool> m_done;
    bool m_compact = false;
};

} // namespace finalist

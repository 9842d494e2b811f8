#pragma once

#include <QLayout>
#include <QList>

namespace finalist {

// Buttons side by side while there is room, wrapping onto the next line when the pane is narrow,
// so a row of actions never forces its pane wider than its widest button.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem* itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem* takeAt(int index) override;

    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    QSize sizeHint() const override;
    QSize minimumSize() const override;
    void setGeometry(const QRect& rect) override;

private:
    // Lays the items out in rect (or only measures); returns the height they take.
    int arrange(const QRect& rect, bool place) const;
    int horizontalGap() const;
    int verticalGap() const;
    int styleGap(int metric) const;

    QList<QLayoutItem*> m_items;
};

} // namespace finalist

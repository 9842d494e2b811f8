#pragma once

#include <QWidget>

namespace finalist {

// What the colours, sizes and lines of the network mean, drawn in the current palette.
class NetworkLegend : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkLegend(QWidget* parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace finalist

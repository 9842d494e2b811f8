#pragma once

#include "Glyph.h"

#include <optional>
#include <QWidget>

class QLabel;

namespace finalist {

// A calm, centred message for a section with nothing to show yet: a faint drawing, a title and
// a sentence or two.
class EmptyStateWidget : public QWidget
{
    Q_OBJECT
public:
    EmptyStateWidget(const QString& title, const QString& text, QWidget* parent = nullptr);

    void setGlyph(Glyph glyph);
    QString title() const;
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();

    QLabel* m_picture;
    QLabel* m_title;
    QLabel* m_text;
    std::optional<Glyph> m_glyph;
};

} // namespace finalist

#include "Palettes.h"

#include <QColor>

namespace finalist {

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe6, 0xe6, 0xe6);
    QPalette p(window, window); // derives Light, Mid, Dark and Shadow from the window colour
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x25, 0x27, 0x2b));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x36, 0x39, 0x3e));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xf0));
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x90, 0x97));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    const QColor disabled(0x7a, 0x7d, 0x83);
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    // Dimmer than disabled text: in a form waiting for a record, a hint must not look like a
    // value.
    p.setColor(QPalette::Disabled, QPalette::PlaceholderText, QColor(0x5c, 0x5f, 0x65));
    return p;
}

} // namespace finalist

#pragma once

#include <QPlainTextEdit>

namespace finalist {

// Plain text holding Markdown, with the usual shortcuts: Ctrl+B bold, Ctrl+I italic, Ctrl+H
// heading, Ctrl+Shift+8 bullet list, Ctrl+Shift+7 numbered list, Ctrl+K link.
class MarkdownEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit MarkdownEdit(QWidget* parent = nullptr);

    int wordCount() const;

public slots:
    void toggleBold() { wrapSelection(QStringLiteral("**")); }
    void toggleItalic() { wrapSelection(QStringLiteral("*")); }
    void makeHeading() { prefixLines(QStringLiteral("## "), false); }
    void makeBulletList() { prefixLines(QStringLiteral("- "), false); }
    void makeNumberedList() { prefixLines(QString(), true); }
    void insertLink();

signals:
    void focusLost();

protected:
    void focusOutEvent(QFocusEvent* event) override;

private:
    void wrapSelection(const QString& marker);
    void prefixLines(const QString& prefix, bool numbered);
};

} // namespace finalist

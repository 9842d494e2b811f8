#pragma once

#include <QPlainTextEdit>

class QMenu;

namespace finalist {

class SpellChecker;
class SpellHighlighter;

// Plain text holding Markdown, with the usual shortcuts: Ctrl+B bold, Ctrl+I italic, Ctrl+H
// heading, Ctrl+Shift+8 bullet list, Ctrl+Shift+7 numbered list, Ctrl+K link. Bold and italic
// toggle; lists continue on Enter and nest with Tab and Shift+Tab. Outside a list item Tab
// moves the focus on, as in every other field.
class MarkdownEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit MarkdownEdit(QWidget* parent = nullptr);

    int wordCount() const;
    // Underlines misspelt words and offers corrections in the context menu; null turns it off.
    // The checker is shared and must outlive the edit.
    void setSpellChecker(SpellChecker* checker);
    // The context menu for a point in the viewport: the spelling suggestions for the word there
    // first, then the usual editing actions. The caller owns it.
    QMenu* createContextMenu(const QPoint& viewportPos);
    // The narrowest the edit may become, in average characters of its font (0: no floor), so a
    // small window squeezes what is around the text rather than the text.
    void setMinimumColumns(int columns);
    QSize minimumSizeHint() const override;

public slots:
    void toggleBold() { toggleEmphasis(2); }
    void toggleItalic() { toggleEmphasis(1); }
    void makeHeading() { prefixLines(QStringLiteral("## "), false); }
    void makeBulletList() { prefixLines(QStringLiteral("- "), false); }
    void makeNumberedList() { prefixLines(QString(), true); }
    void insertLink();

signals:
    void focusLost();
    // Something the user asked for could not be done (the personal dictionary not writable).
    void problem(const QString& message);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void toggleEmphasis(int markerLength);
    void prefixLines(const QString& prefix, bool numbered);
    void addSpellingActions(QMenu* menu, const QPoint& viewportPos);

    int m_minimumColumns = 0;
    SpellChecker* m_spellChecker = nullptr;
    SpellHighlighter* m_highlighter = nullptr;
};

} // namespace finalist

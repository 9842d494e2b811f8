#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace finalist {

// Help ▸ Finalist Help (F1): the user guide that ships inside the app, a page per section, with
// its contents on the left and a search over every page. Nothing is fetched from the network.
class HelpWindow : public QWidget
{
    Q_OBJECT
public:
    explicit HelpWindow(QWidget* parent = nullptr);

    // The guide's pages, in the order of the contents: their file names under :/help.
    static QStringList pageNames();
    void showPage(const QString& name);
    // A page made on the spot (the keyboard shortcuts, read from the menus themselves).
    void showGenerated(const QString& title, const QString& html);
    QString currentPage() const { return m_current; }

    QLineEdit* searchBox() const { return m_search; }
    QListWidget* contents() const { return m_contents; }
    QTextBrowser* browser() const { return m_browser; }

private:
    void filter(const QString& words);

    QLineEdit* m_search;
    QListWidget* m_contents;
    QTextBrowser* m_browser;
    QString m_current;
    QStringList m_plainTexts; // each page as text, for the search
};

} // namespace finalist

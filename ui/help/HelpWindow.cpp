#include "HelpWindow.h"

#include "common/ClearButton.h"
#include "common/Resources.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace finalist {

namespace {

constexpr int kNameRole = Qt::UserRole;

QString readPage(const QString& name)
{
    loadUiResources();
    QFile file(QStringLiteral(":/help/%1.html").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString titleOf(const QString& html)
{
    static const QRegularExpression title(QStringLiteral("<title>(.*?)</title>"));
    return title.match(html).captured(1);
}

} // namespace

QStringList HelpWindow::pageNames()
{
    return { QStringLiteral("index"),         QStringLiteral("today"),
             QStringLiteral("opportunities"), QStringLiteral("journal"),
             QStringLiteral("wins"),          QStringLiteral("lessons"),
             QStringLiteral("contacts"),      QStringLiteral("network"),
             QStringLiteral("outreach"),      QStringLiteral("rejection"),
             QStringLiteral("data") };
}

HelpWindow::HelpWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_search(new QLineEdit(this))
    , m_contents(new QListWidget(this))
    , m_browser(new QTextBrowser(this))
{
    loadUiResources();
    setWindowTitle(tr("Finalist Help"));
    setObjectName(QStringLiteral("helpWindow"));
    m_search->setObjectName(QStringLiteral("helpSearch"));
    m_search->setPlaceholderText(tr("Search the guide"));
    m_search->setAccessibleName(tr("Search the guide"));
    offerClearButton(m_search);
    m_contents->setObjectName(QStringLiteral("helpContents"));
    m_contents->setAccessibleName(tr("Contents of the guide"));
    m_browser->setObjectName(QStringLiteral("helpPage"));
    m_browser->setAccessibleName(tr("Help page"));
    m_browser->setSearchPaths({ QStringLiteral(":/help") });
    m_browser->setOpenExternalLinks(false);
    m_browser->setOpenLinks(true);

    for (const QString& name : pageNames()) {
        const QString html = readPage(name);
        auto* item = new QListWidgetItem(titleOf(html), m_contents);
        item->setData(kNameRole, name);
        QTextDocument text;
        text.setHtml(html);
        m_plainTexts << text.toPlainText();
    }

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_search);
    sideLayout->addWidget(m_contents, 1);
    auto* split = new QSplitter(this);
    split->setObjectName(QStringLiteral("helpSplit"));
    split->addWidget(side);
    split->addWidget(m_browser);
    split->setStretchFactor(1, 1);
    split->setSizes({ 200, 560 });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);
    resize(800, 560);

    connect(m_contents, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item && item->data(kNameRole).toString() != m_current)
            showPage(item->data(kNameRole).toString());
    });
    connect(m_search, &QLineEdit::textChanged, this, &HelpWindow::filter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        for (int i = 0; i < m_contents->count(); ++i)
            if (!m_contents->item(i)->isHidden()) {
                m_contents->setCurrentRow(i);
                m_browser->find(
                    m_search->text().split(QLatin1Char(' '), Qt::SkipEmptyParts).value(0));
                return;
            }
    });
    // A link to another page of the guide keeps the contents in step.
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this](const QUrl& url) {
        const QString name = url.fileName().section(QLatin1Char('.'), 0, 0);
        if (!pageNames().contains(name))
            return;
        m_current = name;
        for (int i = 0; i < m_contents->count(); ++i)
            if (m_contents->item(i)->data(kNameRole).toString() == name)
                m_contents->setCurrentRow(i);
    });
    // Esc and the platform's close key put the guide away, as in other help windows.
    for (const QKeySequence& key :
         QList<QKeySequence>{ QKeySequence(Qt::Key_Escape), QKeySequence(QKeySequence::Close),
                              QKeySequence(Qt::CTRL | Qt::Key_W) })
        connect(new QShortcut(key, this), &QShortcut::activated, this, &QWidget::close);
    showPage(QStringLiteral("index"));
}

void HelpWindow::showPage(const QString& name)
{
    const QString known = pageNames().contains(name) ? name : QStringLiteral("index");
    m_current = known;
    m_browser->setSource(QUrl(QStringLiteral("qrc:/help/%1.html").arg(known)));
}

void HelpWindow::showGenerated(const QString& title, const QString& html)
{
    m_current.clear();
    m_contents->setCurrentRow(-1);
    m_browser->setHtml(QStringLiteral("<h1>%1</h1>%2").arg(title.toHtmlEscaped(), html));
}

// Pages holding every word typed stay in the contents; the rest are hidden.
void HelpWindow::filter(const QString& words)
{
    const QStringList wanted = words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < m_contents->count(); ++i) {
        bool all = true;
        for (const QString& word : wanted)
            all = all && m_plainTexts.value(i).contains(word, Qt::CaseInsensitive);
        m_contents->item(i)->setHidden(!all);
    }
}

} // namespace finalist

#include "WelcomePanel.h"

#include "storage/RecordCounts.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace finalist {

WelcomePanel::WelcomePanel(QWidget* parent)
    : QWidget(parent)
    , m_record(new QPushButton(tr("&Record the Process You Just Finished…"), this))
    , m_import(new QPushButton(tr("&Import Your LinkedIn Connections…"), this))
    , m_demo(new QPushButton(tr("Look Around a &Demo Journal"), this))
{
    setObjectName(QStringLiteral("welcome"));
    auto* title = new QLabel(tr("Welcome to Finalist"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setWeight(QFont::DemiBold);
    title->setFont(big);
    auto* text = new QLabel(
        tr("You made it to the last round and someone else got the offer. That is closer than "
           "most candidates ever get, and the people you met there are worth keeping.\n\n"
           "Finalist keeps the whole process in one private file on this computer: the rounds and "
           "the panel, a five-step reflection written while it is fresh, the thank-you notes you "
           "owe, and the follow-ups that keep you in mind for the next opening."),
        this);
    text->setWordWrap(true);
    m_record->setObjectName(QStringLiteral("welcomeRecord"));
    m_import->setObjectName(QStringLiteral("welcomeImport"));
    m_demo->setObjectName(QStringLiteral("welcomeDemo"));
    m_demo->setToolTip(tr("Opens a separate journal filled with an invented search, so nothing "
                          "mixes with yours. File ▸ Open Recent brings you back."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 12);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(8);
    for (QPushButton* button : { m_record, m_import, m_demo }) {
        auto* row = new QHBoxLayout;
        row->addWidget(button);
        row->addStretch();
        layout->addLayout(row);
    }
    m_record->setDefault(true);
    connect(m_record, &QPushButton::clicked, this, &WelcomePanel::recordProcessRequested);
    connect(m_import, &QPushButton::clicked, this, &WelcomePanel::importContactsRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePanel::demoRequested);
}

bool WelcomePanel::isJournalEmpty(Database& db)
{
    auto empty = finalist::isJournalEmpty(db);
    return empty && empty.value(); // unknown: the usual page rather than a greeting
}

} // namespace finalist

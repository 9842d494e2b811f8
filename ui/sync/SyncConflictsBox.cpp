#include "SyncConflictsBox.h"

#include "engine/ConflictChoice.h"
#include "storage/Database.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace finalist {

SyncConflictsBox::SyncConflictsBox(Database& db, SyncKind kind, QWidget* parent)
    : QFrame(parent)
    , m_db(db)
    , m_kind(kind)
    , m_rows(new QVBoxLayout)
{
    setObjectName(QStringLiteral("syncConflicts"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(tr("<b>Changed here and on another device.</b> Both versions "
                              "are kept until you choose."),
                           this);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    layout->addLayout(m_rows);
    hide();
}

void SyncConflictsBox::setHeadingVisible(bool visible)
{
    m_heading->setVisible(visible);
}

void SyncConflictsBox::showRecord(SyncKind kind, qint64 localId)
{
    m_kind = kind;
    showRecord(localId);
}

void SyncConflictsBox::showRecord(qint64 localId)
{
    m_id = localId;
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        if (QWidget* w = item->widget())
            w->deleteLater();
        delete item;
    }
    m_count = 0;
    m_choices.clear();
    auto conflicts = localId > 0
        ? sync::conflictsOf(m_db, m_kind, localId)
        : Result<std::vector<sync::ConflictShown>>(std::vector<sync::ConflictShown>{});
    if (!conflicts || conflicts.value().empty()) {
        hide();
        return;
    }
    for (const sync::ConflictShown& c : conflicts.value()) {
        auto* row = new QWidget(this);
        auto* grid = new QGridLayout(row);
        grid->setContentsMargins(0, 4, 0, 0);
        auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(c.label.toHtmlEscaped()), row);
        const auto value = [row](const QString& text) {
            auto* shown = new QLabel(text.isEmpty() ? SyncConflictsBox::tr("(empty)") : text, row);
            shown->setWordWrap(true);
            shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
            return shown;
        };
        auto* keep = new QPushButton(tr("Keep This One"), row);
        keep->setObjectName(QStringLiteral("keepHere_") + c.field);
        auto* take = new QPushButton(tr("Use This One"), row);
        take->setObjectName(QStringLiteral("takeServers_") + c.field);
        grid->addWidget(label, 0, 0, 1, 3);
        grid->addWidget(new QLabel(tr("Here:"), row), 1, 0, Qt::AlignTop);
        grid->addWidget(value(c.here), 1, 1);
        grid->addWidget(keep, 1, 2, Qt::AlignTop);
        grid->addWidget(new QLabel(tr("On the server:"), row), 2, 0, Qt::AlignTop);
        grid->addWidget(value(c.onServer), 2, 1);
        grid->addWidget(take, 2, 2, Qt::AlignTop);
        grid->setColumnStretch(1, 1);
        const QString field = c.field;
        connect(keep, &QPushButton::clicked, this, [this, field] { choose(field, false); });
        connect(take, &QPushButton::clicked, this, [this, field] { choose(field, true); });
        m_rows->addWidget(row);
        // In a dialog Enter would press the first of them: a choice is made on purpose only.
        keep->setAutoDefault(false);
        take->setAutoDefault(false);
        m_choices << keep << take;
        ++m_count;
    }
    // Made now, the buttons would come last in the window's tab order: they go where the box is.
    if (QWidget* before = m_tabAfter) {
        for (QPushButton* choice : std::as_const(m_choices)) {
            QWidget::setTabOrder(before, choice);
            before = choice;
        }
    }
    show();
}

void SyncConflictsBox::choose(const QString& field, bool takeServers)
{
    const qint64 id = m_id;
    if (m_ready && !m_ready())
        return;
    if (auto settled = sync::settleConflict(m_db, m_kind, id, field, takeServers); !settled) {
        emit failed(settled.error().message);
        return;
    }
    showRecord(id);
    emit settled(id);
}

} // namespace finalist

#include "SyncHistoryLabel.h"

#include "engine/SyncHistoryText.h"
#include "i18n/DateText.h"
#include "storage/SyncState.h"

namespace finalist {

SyncHistoryLabel::SyncHistoryLabel(Database& db, SyncKind kind, QWidget* parent)
    : QLabel(parent)
    , m_db(db)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("syncHistory"));
    setWordWrap(true);
    setForegroundRole(QPalette::PlaceholderText);
    hide();
}

QString SyncHistoryLabel::changeText(SyncKind kind, const SyncHistoryLine& line)
{
    return sync::history::text(kind, line.change).replace(QLatin1Char('\n'), QStringLiteral("; "));
}

QDateTime SyncHistoryLabel::syncedAt(const SyncHistoryLine& line)
{
    return QDateTime::fromString(line.syncedAt, Qt::ISODate).toLocalTime();
}

namespace {

std::vector<SyncHistoryLine> historyOf(Database& db, SyncKind kind, qint64 localId)
{
    if (localId <= 0)
        return {};
    return SyncState(db).history(kind, localId).value_or(std::vector<SyncHistoryLine>{});
}

QString said(SyncKind kind, const SyncHistoryLine& line)
{
    return SyncHistoryLabel::tr("Sync, %1: %2")
        .arg(dates::dateTime(SyncHistoryLabel::syncedAt(line)),
             SyncHistoryLabel::changeText(kind, line));
}

} // namespace

QString SyncHistoryLabel::lastChange(Database& db, SyncKind kind, qint64 localId)
{
    const auto lines = historyOf(db, kind, localId);
    return lines.empty() ? QString() : said(kind, lines.front());
}

void SyncHistoryLabel::showRecord(qint64 localId)
{
    const std::vector<SyncHistoryLine> lines = historyOf(m_db, m_kind, localId);
    if (lines.empty()) {
        clear();
        setToolTip(QString());
        hide();
        return;
    }
    setText(said(m_kind, lines.front())); // newest first
    QStringList all;
    for (const SyncHistoryLine& line : lines)
        all << said(m_kind, line).toHtmlEscaped();
    setToolTip(all.size() > 1 ? all.join(QStringLiteral("<br>")) : QString());
    show();
}

} // namespace finalist

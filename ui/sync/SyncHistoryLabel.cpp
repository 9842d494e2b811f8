#include "SyncHistoryLabel.h"

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

QString SyncHistoryLabel::changeText(const SyncHistoryLine& line)
{
    return QString(line.change).replace(QLatin1Char('\n'), QStringLiteral("; "));
}

QDateTime SyncHistoryLabel::syncedAt(const SyncHistoryLine& line)
{
    return QDateTime::fromString(line.syncedAt, Qt::ISODate).toLocalTime();
}

void SyncHistoryLabel::showRecord(qint64 localId)
{
    std::vector<SyncHistoryLine> lines;
    if (localId > 0) {
        if (auto history = SyncState(m_db).history(m_kind, localId))
            lines = std::move(history).value();
    }
    if (lines.empty()) {
        clear();
        setToolTip(QString());
        hide();
        return;
    }
    const auto said = [](const SyncHistoryLine& line) {
        return tr("Sync, %1: %2").arg(dates::dateTime(syncedAt(line)), changeText(line));
    };
    setText(said(lines.front())); // newest first
    QStringList all;
    for (const SyncHistoryLine& line : lines)
        all << said(line).toHtmlEscaped();
    setToolTip(all.size() > 1 ? all.join(QStringLiteral("<br>")) : QString());
    show();
}

} // namespace finalist

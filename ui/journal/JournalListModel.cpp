#include "JournalListModel.h"

#include "formats/JournalDocument.h"
#include "formats/MarkdownText.h"
#include "storage/FtsQuery.h"
#include "storage/JournalSearch.h"

namespace finalist {

namespace {

QString detailOf(const QString& opportunity, int mood)
{
    QStringList parts;
    if (!opportunity.isEmpty())
        parts << opportunity;
    if (mood > 0)
        parts << JournalListModel::tr("mood %1/5").arg(mood);
    return parts.join(QStringLiteral(" · "));
}

// Entries are written in Markdown; the list shows what it says, not its markers. Search
// snippets keep their match markers (private-use characters the conversion leaves alone).
QString excerptOf(const QString& markdown)
{
    return MarkdownText::toPlainText(markdown).simplified();
}

} // namespace

JournalListModel::JournalListModel(Database& db, QObject* parent)
    : QAbstractListModel(parent)
    , m_db(db)
{
}

void JournalListModel::setFilter(const JournalFilter& filter)
{
    // The first page is read inside the reset, so views and testers see one consistent change.
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_lastError.clear();
    m_more = !hasSearchWords(filter.text);
    if (m_more) {
        m_rows = nextPage();
    } else {
        auto hits = JournalSearch(m_db).search(filter.text, kSearchPageSize, filter);
        if (!hits)
            m_lastError = hits.error().message;
        else {
            for (const JournalHit& hit : hits.value()) {
                JournalEntry titled;
                titled.title = hit.title;
                titled.writtenOn = hit.writtenOn;
                m_rows.push_back({ hit.entryId, titleOf(titled), hit.writtenOn, QString(),
                                   excerptOf(hit.snippet) });
            }
        }
    }
    endResetModel();
}

std::vector<JournalListModel::Row> JournalListModel::nextPage()
{
    JournalFilter page = m_filter;
    page.text.clear();
    page.limit = kPageSize;
    page.offset = static_cast<int>(m_rows.size());
    auto summaries = JournalRepository(m_db).summaries(page);
    std::vector<Row> rows;
    if (!summaries) {
        m_lastError = summaries.error().message;
        m_more = false;
        return rows;
    }
    m_more = static_cast<int>(summaries.value().size()) == kPageSize;
    for (const JournalSummary& s : summaries.value()) {
        JournalEntry titled;
        titled.title = s.title;
        titled.writtenOn = s.writtenOn;
        rows.push_back({ s.id, titleOf(titled), s.writtenOn, detailOf(s.opportunity, s.mood),
                         excerptOf(s.excerpt) });
    }
    return rows;
}

bool JournalListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void JournalListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_more)
        return;
    std::vector<Row> rows = nextPage();
    if (rows.empty())
        return;
    beginInsertRows({}, rowCount(), rowCount() + static_cast<int>(rows.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(rows.begin()),
                  std::make_move_iterator(rows.end()));
    endInsertRows();
}

int JournalListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant JournalListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return row.title;
    case Qt::ToolTipRole:
        return row.title;
    case IdRole:
        return row.id;
    case DateRole:
        return row.writtenOn;
    case DetailRole:
        return row.detail;
    case SnippetRole:
        return row.snippet;
    default:
        return {};
    }
}

int JournalListModel::rowOf(qint64 entryId) const
{
    for (int i = 0; i < rowCount(); ++i) {
        if (m_rows[i].id == entryId)
            return i;
    }
    return -1;
}

void JournalListModel::updateRow(qint64 entryId, const QString& title, const QDate& writtenOn)
{
    const int row = rowOf(entryId);
    if (row < 0)
        return;
    JournalEntry titled;
    titled.title = title;
    titled.writtenOn = writtenOn;
    m_rows[row].title = titleOf(titled);
    m_rows[row].writtenOn = writtenOn;
    emit dataChanged(index(row), index(row));
}

qint64 JournalListModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[row].id : 0;
}

} // namespace finalist

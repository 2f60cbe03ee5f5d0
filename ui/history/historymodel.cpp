#include "history/historymodel.h"

#include "history/historystore.h"
#include "plaintext.h"

#include <QLocale>
#include <iterator>

namespace fc::ui {

HistoryModel::HistoryModel(HistoryStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&store, &HistoryStore::entryAdded, this, &HistoryModel::reload);
    connect(&store, &HistoryStore::entryRemoved, this, &HistoryModel::reload);
    connect(&store, &HistoryStore::entryRestored, this, &HistoryModel::reload);
    connect(&store, &HistoryStore::entryChanged, this, &HistoryModel::refreshEntry);
    reload();
}

void HistoryModel::setQuery(const HistoryQuery &query)
{
    m_query = query;
    reload();
}

void HistoryModel::reload()
{
    beginResetModel();
    m_entries = m_store.list(m_query);
    endResetModel();
}

void HistoryModel::refreshEntry(qint64 id)
{
    const int row = rowOf(id);
    const auto entry = m_store.entry(id);
    if (row < 0 || !entry) {
        reload(); // a star may take it into or out of a "starred only" list
        return;
    }
    if (m_query.starredOnly && !entry->starred) {
        reload();
        return;
    }
    m_entries[row] = *entry;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int HistoryModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return i;
    }
    return -1;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::syncText(const HistoryEntry &e)
{
    switch (e.syncState) {
    case SyncState::Local:
        return e.isDownloaded() ? tr("downloaded") : tr("local");
    case SyncState::Queued:
        if (e.attempts == 0)
            return tr("queued");
        return tr("queued, retry at %1: %2")
            .arg(QLocale().toString(e.nextAttemptAt.time(), QLocale::ShortFormat), e.syncError);
    case SyncState::Uploaded:
        return tr("uploaded: %1").arg(e.permalink);
    case SyncState::Failed:
        return tr("failed: %1").arg(e.syncError);
    }
    return {};
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const HistoryEntry &e = m_entries.at(index.row());
    switch (role) {
    case EntryIdRole:
        return e.id;
    case StarredRole:
        return e.starred;
    case SyncStateRole:
        return int(e.syncState);
    case PermalinkRole:
        return e.permalink;
    case DownloadedRole:
        return e.isDownloaded();
    case Qt::DisplayRole:
        switch (index.column()) {
        case StarColumn:
            return e.starred ? QStringLiteral("★") : QString();
        case DateColumn:
            return QLocale().toString(e.savedAt, QLocale::ShortFormat);
        case LanguagesColumn:
            return tr("%1 vs %2").arg(e.langA, e.langB);
        case TitleColumn:
            return e.title;
        case VerdictColumn:
            return e.verdictText;
        case SyncColumn:
            return syncText(e);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SyncColumn:
            return plainToolTip(e.permalink.isEmpty() ? syncText(e) : e.permalink);
        case TitleColumn:
            return plainToolTip(e.isDownloaded() ? tr("Downloaded from %1").arg(e.sourceUrl)
                                                 : e.title);
        case VerdictColumn:
            return plainToolTip(e.verdictText);
        }
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == StarColumn)
            return e.starred ? tr("starred") : tr("not starred");
        break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return {};
    if (section == StarColumn)
        return QStringLiteral("★");
    static const char *const titles[] = {nullptr, // the star column: the symbol above
                                         QT_TR_NOOP("Date"),
                                         QT_TR_NOOP("Languages"),
                                         QT_TR_NOOP("Title"),
                                         QT_TR_NOOP("Verdict"),
                                         QT_TR_NOOP("Sync")};
    static_assert(std::size(titles) == ColumnCount, "one title per column, in the order of Column");
    return tr(titles[section]);
}

} // namespace fc::ui

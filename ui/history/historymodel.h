#pragma once

#include "history/historyentry.h"
#include "history/historyquery.h"

#include <QAbstractTableModel>

namespace fc {
class HistoryStore;
}

namespace fc::ui {

/// The history list for a view: newest first, filtered by a query, following the store's
/// changes (saves, stars, deletions, sync states).
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StarColumn,
        DateColumn,
        LanguagesColumn,
        TitleColumn,
        VerdictColumn,
        SyncColumn,
        ColumnCount
    };
    enum Role
    {
        EntryIdRole = Qt::UserRole + 1,
        StarredRole,
        SyncStateRole,
        PermalinkRole,
        DownloadedRole
    };

    explicit HistoryModel(fc::HistoryStore &store, QObject *parent = nullptr);

    void setQuery(const fc::HistoryQuery &query);
    const fc::HistoryQuery &query() const { return m_query; }
    /// Reads the list again from the store.
    void reload();

    const fc::HistoryEntry &entryAt(int row) const { return m_entries.at(row); }
    /// The row of an entry, -1 if it is not shown.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "local", "queued, retry at 14:02: …", "uploaded: <link>", "failed: …" in words.
    static QString syncText(const fc::HistoryEntry &entry);

private:
    void refreshEntry(qint64 id);

    fc::HistoryStore &m_store;
    fc::HistoryQuery m_query;
    QList<fc::HistoryEntry> m_entries;
};

} // namespace fc::ui

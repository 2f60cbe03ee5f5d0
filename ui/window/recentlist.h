#pragma once

#include <QObject>

class QMenu;

namespace fc::ui {

/// A "recent" submenu (File ▸ Open Recent, File ▸ Recent Comparisons): the last files used,
/// newest first, capped, remembered in QSettings under one key (so every window sees the
/// same list). The menu is filled each time it opens. Choosing a file that is gone removes it
/// and says so through missing(); nothing is pruned behind the user's back (a file on a
/// drive that is not mounted now may come back).
class RecentList : public QObject
{
    Q_OBJECT
public:
    static constexpr int kCapacity = 10;

    RecentList(const QString &settingsKey, QMenu *menu, QObject *parent = nullptr);

    /// Puts `path` first (once: an older entry of the same file goes).
    void add(const QString &path);
    void remove(const QString &path);
    void clear();
    QStringList paths() const;

signals:
    /// An entry was chosen and its file exists.
    void chosen(const QString &path);
    /// An entry was chosen whose file is gone; it was removed from the list.
    void missing(const QString &path);

private:
    void fill();
    void choose(const QString &path);
    void store(const QStringList &paths);

    QString m_key;
    QMenu *m_menu;
};

} // namespace fc::ui

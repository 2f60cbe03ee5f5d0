#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace fc {

/// What version commands printed, keyed by the program's canonical path, modification time and
/// size and the command's arguments: an upgrade (new mtime) or a switch of alternatives (new
/// canonical path) misses the cache, anything else answers without starting a process.
class VersionCache
{
public:
    /// The key for a program file and its version arguments; nullopt if the file is gone.
    struct Key
    {
        QString canonicalPath;
        qint64 mtimeMs = 0;
        qint64 size = 0;
        QStringList arguments;
        QString toString() const;
    };
    static std::optional<Key> keyFor(const QString &program, const QStringList &arguments);

    /// <CacheLocation>/toolchain-versions.json
    static QString defaultPath();

    /// Loads a cache file; a missing or unreadable file gives an empty cache (never an error).
    void load(const QString &path);
    /// Writes the cache atomically; false when it cannot be written. Entries whose program
    /// file no longer matches are dropped.
    bool save(const QString &path) const;

    std::optional<QString> lookup(const Key &key) const;
    void insert(const Key &key, const QString &output);
    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype size() const { return m_entries.size(); }

private:
    struct Entry
    {
        Key key;
        QString output;
    };
    QHash<QString, Entry> m_entries;
};

} // namespace fc

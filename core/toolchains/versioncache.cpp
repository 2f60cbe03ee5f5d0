#include "toolchains/versioncache.h"

#include "export/atomicwrite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace fc {

namespace {

const QString formatTag = QStringLiteral("fastercodes.toolchain-versions/1");
constexpr qint64 maxCacheFileSize = 4 * 1024 * 1024;

} // namespace

QString VersionCache::Key::toString() const
{
    // U+001F cannot appear in a path or (sensibly) in an argument.
    return QStringList{canonicalPath, QString::number(mtimeMs), QString::number(size),
                       arguments.join(QChar(0x1f))}
        .join(QChar(0x1f));
}

std::optional<VersionCache::Key> VersionCache::keyFor(const QString &program,
                                                      const QStringList &arguments)
{
    const QFileInfo info(program);
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty())
        return std::nullopt;
    const QFileInfo target(canonical);
    return Key{canonical, target.lastModified().toMSecsSinceEpoch(), target.size(), arguments};
}

QString VersionCache::defaultPath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return base.isEmpty() ? QString()
                          : QDir(base).filePath(QStringLiteral("toolchain-versions.json"));
}

void VersionCache::load(const QString &path)
{
    m_entries.clear();
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly) || file.size() > maxCacheFileSize)
        return;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QStringLiteral("format")).toString() != formatTag)
        return; // another format or a corrupt file: start afresh
    const QJsonArray entries = root.value(QStringLiteral("entries")).toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject object = value.toObject();
        Key key;
        key.canonicalPath = object.value(QStringLiteral("path")).toString();
        key.mtimeMs = qint64(object.value(QStringLiteral("mtimeMs")).toDouble(-1));
        key.size = qint64(object.value(QStringLiteral("size")).toDouble(-1));
        for (const QJsonValue &argument : object.value(QStringLiteral("arguments")).toArray())
            key.arguments << argument.toString();
        const QJsonValue output = object.value(QStringLiteral("output"));
        if (key.canonicalPath.isEmpty() || key.mtimeMs < 0 || key.size < 0 || !output.isString())
            continue;
        m_entries.insert(key.toString(), Entry{key, output.toString()});
    }
}

bool VersionCache::save(const QString &path) const
{
    if (path.isEmpty())
        return false;
    QJsonArray entries;
    for (const Entry &entry : m_entries) {
        const std::optional<Key> current = keyFor(entry.key.canonicalPath, entry.key.arguments);
        if (!current || current->toString() != entry.key.toString())
            continue; // the program was upgraded or removed since
        entries.append(QJsonObject{
            {QStringLiteral("path"), entry.key.canonicalPath},
            {QStringLiteral("mtimeMs"), double(entry.key.mtimeMs)},
            {QStringLiteral("size"), double(entry.key.size)},
            {QStringLiteral("arguments"), QJsonArray::fromStringList(entry.key.arguments)},
            {QStringLiteral("output"), entry.output},
        });
    }
    const QJsonObject root{{QStringLiteral("format"), formatTag},
                           {QStringLiteral("entries"), entries}};
    QDir().mkpath(QFileInfo(path).absolutePath());
    return writeAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

std::optional<QString> VersionCache::lookup(const Key &key) const
{
    const auto it = m_entries.constFind(key.toString());
    if (it == m_entries.cend())
        return std::nullopt;
    return it->output;
}

void VersionCache::insert(const Key &key, const QString &output)
{
    m_entries.insert(key.toString(), Entry{key, output});
}

} // namespace fc

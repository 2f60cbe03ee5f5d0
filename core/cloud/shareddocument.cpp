#include "cloud/shareddocument.h"

#include "model/comparisonjson.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace fc {

namespace {

// Fields of a side that the user wrote: sent exactly as written.
bool userWritten(const QString &key)
{
    static const QSet<QString> keys{QStringLiteral("code"),  QStringLiteral("stdin"),
                                    QStringLiteral("flags"), QStringLiteral("args"),
                                    QStringLiteral("lang"),  QStringLiteral("id")};
    return keys.contains(key);
}

QString trimmedDir(QString dir)
{
    dir = QDir::fromNativeSeparators(dir);
    while (dir.size() > 1 && dir.endsWith(QLatin1Char('/')))
        dir.chop(1);
    return dir;
}

class Scrubber
{
public:
    Scrubber(const PrivatePaths &paths, const QJsonArray &sides)
    {
        const QString home = trimmedDir(paths.homeDir);
        if (home.size() > 1) // "/" as a home folder names nobody
            m_home = QRegularExpression(QStringLiteral("(?<![\\w./~-])") +
                                        QRegularExpression::escape(home) +
                                        QStringLiteral("(?=[/\\s\"':;,)]|$)"));
        const QString temp = trimmedDir(paths.tempDir);
        if (temp.isEmpty() || temp == QLatin1String("/"))
            return;
        // The runner's work folders (QTemporaryDir: "<app name>-XXXXXX"), and any folder right
        // under the temporary folder that a compile command names (documents of older versions).
        const QString prefix = QRegularExpression::escape(temp + QLatin1Char('/'));
        const QRegularExpression named(prefix +
                                       QStringLiteral("fastercodes[A-Za-z0-9_.-]*-[A-Za-z0-9]{6}"));
        const QRegularExpression anyDir(prefix + QStringLiteral("[^/\\s\"'=:;,]+(?=/)"));
        QSet<QString> dirs;
        auto collect = [&dirs](const QString &text, const QRegularExpression &re) {
            for (auto it = re.globalMatch(text); it.hasNext();)
                dirs.insert(it.next().captured());
        };
        for (const QJsonValue &side : sides) {
            const QJsonObject compile = side.toObject().value(QStringLiteral("compile")).toObject();
            for (const QJsonValue &arg : compile.value(QStringLiteral("command")).toArray())
                collect(arg.toString(), anyDir);
        }
        m_named = named;
        m_dirs = QStringList(dirs.begin(), dirs.end());
        // Longest first: a folder inside another is replaced before its parent.
        std::sort(m_dirs.begin(), m_dirs.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
    }

    QString scrub(QString text) const
    {
        if (!m_named.pattern().isEmpty()) {
            for (auto it = m_named.globalMatch(text); it.hasNext();) {
                const QString dir = it.next().captured();
                text = relative(text, dir);
            }
        }
        for (const QString &dir : m_dirs)
            text = relative(text, dir);
        if (!m_home.pattern().isEmpty())
            text.replace(m_home, QStringLiteral("~"));
        return text;
    }

    QJsonValue walk(const QJsonValue &value, bool inSide) const
    {
        if (value.isString())
            return scrub(value.toString());
        if (value.isArray()) {
            QJsonArray out;
            for (const QJsonValue &v : value.toArray())
                out.append(walk(v, false));
            return out;
        }
        if (value.isObject()) {
            QJsonObject o = value.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (inSide && userWritten(it.key()))
                    continue;
                it.value() = walk(it.value(), false);
            }
            return o;
        }
        return value;
    }

private:
    static QString relative(QString text, const QString &dir)
    {
        text.replace(dir + QLatin1Char('/'), QString());
        text.replace(QRegularExpression(QRegularExpression::escape(dir) +
                                        QStringLiteral("(?=[\\s\"':;,)]|$)")),
                     QStringLiteral("."));
        return text;
    }

    QRegularExpression m_home;
    QRegularExpression m_named;
    QStringList m_dirs;
};

} // namespace

PrivatePaths PrivatePaths::ofThisMachine()
{
    return {QDir::tempPath(), QDir::homePath()};
}

QJsonObject withoutPrivateDetails(QJsonObject document, const PrivatePaths &paths)
{
    QJsonObject environment = document.value(QStringLiteral("environment")).toObject();
    if (environment.contains(QStringLiteral("hostname"))) {
        environment.remove(QStringLiteral("hostname"));
        document.insert(QStringLiteral("environment"), environment);
    }
    const QJsonArray sides = document.value(QStringLiteral("codeRuns")).toArray();
    const Scrubber scrubber(paths, sides);
    for (auto it = document.begin(); it != document.end(); ++it) {
        if (it.key() == QLatin1String("title"))
            continue; // the user's words
        if (it.key() == QLatin1String("codeRuns")) {
            QJsonArray out;
            for (const QJsonValue &side : sides)
                out.append(scrubber.walk(side, true));
            it.value() = out;
            continue;
        }
        it.value() = scrubber.walk(it.value(), false);
    }
    return document;
}

QJsonObject sharedProgressDocument(const Comparison &comparison)
{
    return withoutPrivateDetails(comparisonToJson(comparison));
}

QJsonObject sharedDocument(const Comparison &comparison)
{
    return withoutPrivateDetails(comparisonDocument(comparison));
}

QJsonObject sharedDocument(const Comparison &comparison, const Analysis &analysis)
{
    return withoutPrivateDetails(comparisonDocument(comparison, analysis));
}

} // namespace fc

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

// Both separators, whatever the platform: a document made on Windows names its folders with
// backslashes (compilers, error messages) and slashes (Qt) alike, and is cleaned up on any system.
const QString kSep = QStringLiteral("[/\\\\]");

QString trimmedDir(QString dir)
{
    dir.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (dir.size() > 1 && dir.endsWith(QLatin1Char('/')))
        dir.chop(1);
    return dir;
}

// "C:/..." or "//server/...": compared without regard to case, as Windows does.
bool isWindowsPath(const QString &dir)
{
    static const QRegularExpression drive(QStringLiteral("^([A-Za-z]:|//[^/])"));
    return drive.match(dir).hasMatch();
}

// A folder that names nobody and nothing: "/", "C:" ("C:/" trimmed), "//".
bool isRoot(const QString &dir)
{
    static const QRegularExpression root(QStringLiteral("^(/*|[A-Za-z]:/?)$"));
    return root.match(dir).hasMatch();
}

// The regular expression of a folder (as trimmedDir gives it) with either separator.
QString pathPattern(const QString &dir)
{
    QStringList parts = dir.split(QLatin1Char('/'));
    for (QString &part : parts)
        part = QRegularExpression::escape(part);
    return parts.join(kSep);
}

QRegularExpression::PatternOptions optionsFor(const QString &dir)
{
    return isWindowsPath(dir) ? QRegularExpression::CaseInsensitiveOption
                              : QRegularExpression::NoPatternOption;
}

class Scrubber
{
public:
    Scrubber(const PrivatePaths &paths, const QJsonArray &sides)
    {
        const QString home = trimmedDir(paths.homeDir);
        if (!home.isEmpty() && !isRoot(home)) // "/" as a home folder names nobody
            m_home = QRegularExpression(QStringLiteral("(?<![\\w./\\\\~-])") + pathPattern(home) +
                                            QStringLiteral("(?=[/\\\\\\s\"':;,)]|$)"),
                                        optionsFor(home));
        const QString temp = trimmedDir(paths.tempDir);
        if (temp.isEmpty() || isRoot(temp))
            return;
        // The runner's work folders (QTemporaryDir: "<app name>-XXXXXX"), and any folder right
        // under the temporary folder that a compile command names (documents of older versions).
        const QString prefix = pathPattern(temp) + kSep;
        const QRegularExpression named(
            prefix + QStringLiteral("fastercodes[A-Za-z0-9_.-]*-[A-Za-z0-9]{6}"), optionsFor(temp));
        const QRegularExpression anyDir(prefix + QStringLiteral("[^/\\\\\\s\"'=:;,]+(?=[/\\\\])"),
                                        optionsFor(temp));
        QSet<QString> dirs;
        auto collect = [&dirs](const QString &text, const QRegularExpression &re) {
            for (auto it = re.globalMatch(text); it.hasNext();)
                dirs.insert(trimmedDir(it.next().captured()));
        };
        for (const QJsonValue &side : sides) {
            const QJsonObject compile = side.toObject().value(QStringLiteral("compile")).toObject();
            for (const QJsonValue &arg : compile.value(QStringLiteral("command")).toArray())
                collect(arg.toString(), anyDir);
        }
        m_named = named;
        QStringList found(dirs.begin(), dirs.end());
        // Longest first: a folder inside another is replaced before its parent.
        std::sort(found.begin(), found.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &dir : std::as_const(found))
            m_dirs << Relative(dir);
    }

    QString scrub(QString text) const
    {
        if (!m_named.pattern().isEmpty()) {
            for (auto it = m_named.globalMatch(text); it.hasNext();) {
                const QString dir = it.next().captured();
                text = Relative(trimmedDir(dir)).apply(text);
            }
        }
        for (const Relative &dir : m_dirs)
            text = dir.apply(text);
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
    // A work folder: "<dir>/x" becomes "x", "<dir>" alone becomes ".".
    struct Relative
    {
        explicit Relative(const QString &dir)
            : inside(pathPattern(dir) + kSep, optionsFor(dir))
            , itself(pathPattern(dir) + QStringLiteral("(?=[\\s\"':;,)]|$)"), optionsFor(dir))
        {}
        QString apply(QString text) const
        {
            text.replace(inside, QString());
            text.replace(itself, QStringLiteral("."));
            return text;
        }
        QRegularExpression inside;
        QRegularExpression itself;
    };

    QRegularExpression m_home;
    QRegularExpression m_named;
    QList<Relative> m_dirs;
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

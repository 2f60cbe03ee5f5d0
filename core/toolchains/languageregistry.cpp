#include "toolchains/languageregistry.h"

#include "installdata.h"
#include "toolchains/languageparser.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <algorithm>

namespace fc {

namespace {

// Translation context "LanguageRecipe": what is wrong with a language recipe (JSON).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LanguageRecipe)
};

constexpr qint64 maxFileSize = 1024 * 1024; // a recipe is a few KiB

} // namespace

LanguageRegistry::LanguageRegistry(Platform platform)
    : m_platform(platform)
{}

LanguageRegistry LanguageRegistry::createDefault()
{
    LanguageRegistry registry;
    registry.loadBuiltins();
    registry.loadDirectory(userDirectory());
    return registry;
}

QString LanguageRegistry::builtinDirectory()
{
    // An installed app reads the recipes its package installed (share/fastercodes/languages),
    // which an administrator can read and patch; elsewhere the copy compiled into the program.
    const QString installed = installedDataDirectory(QStringLiteral("languages"));
    if (!installed.isEmpty() &&
        !QDir(installed).entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty())
        return installed;
    return QStringLiteral(":/languages");
}

QString LanguageRegistry::userDirectory()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return base.isEmpty() ? QString() : QDir(base).filePath(QStringLiteral("languages"));
}

void LanguageRegistry::loadBuiltins()
{
    const QDir dir(builtinDirectory());
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (names.isEmpty()) {
        m_errors.append({builtinDirectory(), QString(),
                         Text::tr("no built-in language recipes (the resources were not "
                                  "linked into the program)"),
                         LanguageError::Severity::Error});
    }
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            m_errors.append(
                {file.fileName(), QString(), file.errorString(), LanguageError::Severity::Error});
            continue;
        }
        addJson(file.readAll(), file.fileName(), Language::Origin::BuiltIn);
    }
}

void LanguageRegistry::loadDirectory(const QString &path)
{
    if (path.isEmpty())
        return;
    const QDir dir(path);
    if (!dir.exists())
        return;
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        loadFile(dir.filePath(name));
}

bool LanguageRegistry::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errors.append({path, QString(), Text::tr("cannot read: %1").arg(file.errorString()),
                         LanguageError::Severity::Error});
        return false;
    }
    if (file.size() > maxFileSize) {
        m_errors.append({path, QString(),
                         Text::tr("too large for a language recipe (%1 bytes)").arg(file.size()),
                         LanguageError::Severity::Error});
        return false;
    }
    return addJson(file.readAll(), path, Language::Origin::User);
}

bool LanguageRegistry::addJson(const QByteArray &json, const QString &file, Language::Origin origin)
{
    std::optional<QJsonObject> object = readLanguageObject(json, file, &m_errors);
    if (!object)
        return false;
    const QString idKey = QStringLiteral("id");
    if (!object->contains(idKey))
        object->insert(idKey, QFileInfo(file).completeBaseName().toLower());
    const QString id = object->value(idKey).toString();

    const auto existing = m_entries.constFind(id);
    const bool overriding = existing != m_entries.cend();
    if (overriding && origin == Language::Origin::BuiltIn) {
        m_errors.append({file, idKey,
                         QStringLiteral("\"%1\" is already defined by %2")
                             .arg(id, existing->language.files.join(QStringLiteral(", "))),
                         LanguageError::Severity::Error});
        return false;
    }

    const QJsonObject merged = overriding ? mergeLanguageObjects(existing->json, *object) : *object;
    std::optional<Language> language = parseLanguage(merged, file, m_platform, &m_errors);
    if (!language)
        return false;
    if (overriding) {
        language->files = existing->language.files + QStringList{file};
        language->origin = existing->language.origin == Language::Origin::User
                               ? Language::Origin::User
                               : Language::Origin::UserOverride;
    } else {
        language->origin = origin;
    }
    m_entries.insert(id, Entry{*language, merged});
    return true;
}

QList<Language> LanguageRegistry::languages() const
{
    QList<Language> result;
    result.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        result << entry.language;
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(result.begin(), result.end(), [&](const Language &a, const Language &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return result;
}

std::optional<Language> LanguageRegistry::language(const QString &id) const
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.cend())
        return std::nullopt;
    return it->language;
}

std::optional<Language> LanguageRegistry::guessFromFileName(const QString &fileName) const
{
    const QString name = QFileInfo(fileName).fileName();
    const Entry *best = nullptr;
    int bestLength = 0;
    for (const Entry &entry : m_entries) {
        const int length = entry.language.matchFileName(name);
        if (length > bestLength) {
            best = &entry;
            bestLength = length;
        }
    }
    if (!best)
        return std::nullopt;
    return best->language;
}

} // namespace fc

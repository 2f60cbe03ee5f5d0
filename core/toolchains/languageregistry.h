#pragma once

#include "toolchains/language.h"
#include "toolchains/languageerror.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace fc {

/// The languages the app knows: the built-in recipes (compiled in from toolchains/languages)
/// and the user's own files, which add languages or override built-in ones by id.
///
/// A user file whose id is already known only needs the fields it changes (objects such as
/// "env" and "install" are merged key by key). A bad user file is reported in errors() and
/// otherwise ignored: the recipe it would have changed stays as it was.
class LanguageRegistry
{
public:
    explicit LanguageRegistry(Platform platform = currentPlatform());

    /// The built-ins, then the user directory: what the app and the command line use.
    static LanguageRegistry createDefault();
    /// ":/languages", where the built-in recipes are.
    static QString builtinDirectory();
    /// <AppConfigLocation>/languages, where users put their own recipes.
    static QString userDirectory();

    void loadBuiltins();
    /// Loads every *.json in dir, in file name order. A missing directory is not an error.
    void loadDirectory(const QString &dir);
    /// Loads one user file; false (with errors() telling why) when it was not used.
    bool loadFile(const QString &path);
    /// Adds or overrides a recipe from JSON text; `file` names it in errors and, when the
    /// text has no "id", gives it (the file's base name).
    bool addJson(const QByteArray &json, const QString &file,
                 Language::Origin origin = Language::Origin::User);

    /// All languages, ordered by display name.
    QList<Language> languages() const;
    /// All ids, in order.
    QStringList ids() const { return m_entries.keys(); }
    std::optional<Language> language(const QString &id) const;
    bool contains(const QString &id) const { return m_entries.contains(id); }
    qsizetype size() const { return m_entries.size(); }
    /// The language whose extension matches the file name (the longest match wins), if any.
    std::optional<Language> guessFromFileName(const QString &fileName) const;

    /// Problems found while loading, in the order found.
    const QList<LanguageError> &errors() const { return m_errors; }
    Platform platform() const { return m_platform; }

private:
    struct Entry
    {
        Language language;
        QJsonObject json; // the merged recipe, for later overrides
    };

    Platform m_platform;
    QMap<QString, Entry> m_entries;
    QList<LanguageError> m_errors;
};

} // namespace fc

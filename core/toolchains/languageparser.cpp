#include "toolchains/languageparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace fc {

namespace {

// Translation context "LanguageRecipe": what is wrong with a language recipe (JSON).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LanguageRecipe)
};

using Severity = LanguageError::Severity;

const QStringList &platformKeys()
{
    static const QStringList keys{platformKey(Platform::Linux), platformKey(Platform::MacOS),
                                  platformKey(Platform::Windows)};
    return keys;
}

// Reads the fields of one recipe object (the base object, or one platform's override) into a
// Language, reporting every problem. Fields that are absent (or null) are left untouched.
class FieldReader
{
public:
    FieldReader(QString file, QString prefix, QList<LanguageError> *errors)
        : m_file(std::move(file))
        , m_prefix(std::move(prefix))
        , m_errors(errors)
    {}

    bool failed() const { return m_failed; }

    void read(const QJsonObject &object, Language *language, bool isPlatformOverride)
    {
        static const QStringList fields{
            QStringLiteral("id"),
            QStringLiteral("name"),
            QStringLiteral("syntax"),
            QStringLiteral("source"),
            QStringLiteral("extensions"),
            QStringLiteral("compile"),
            QStringLiteral("run"),
            QStringLiteral("version"),
            QStringLiteral("defaultFlags"),
            QStringLiteral("defaultRunFlags"),
            QStringLiteral("env"),
            QStringLiteral("template"),
            QStringLiteral("templateOutput"),
            QStringLiteral("install"),
            QStringLiteral("platforms"),
        };
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString &key = it.key();
            if (key.startsWith(u'$') || key.startsWith(u'_'))
                continue; // "$schema", "_comment": for people and editors
            if (!fields.contains(key)) {
                warn(key, Text::tr("unknown field (ignored)"));
            } else if (isPlatformOverride &&
                       (key == QLatin1String("id") || key == QLatin1String("platforms"))) {
                error(key, Text::tr("cannot be set per platform"));
            }
        }

        if (!isPlatformOverride)
            readId(object, language);
        readText(object, QStringLiteral("name"), &language->name);
        readText(object, QStringLiteral("syntax"), &language->syntax);
        readSource(object, language);
        readExtensions(object, language);
        readCommand(object, QStringLiteral("compile"), &language->compile, true);
        readCommand(object, QStringLiteral("run"), &language->run, false);
        readVersion(object, language);
        readWords(object, QStringLiteral("defaultFlags"), &language->defaultFlags);
        readWords(object, QStringLiteral("defaultRunFlags"), &language->defaultRunFlags);
        readEnv(object, language);
        readLines(object, QStringLiteral("template"), &language->templateCode);
        readLines(object, QStringLiteral("templateOutput"), &language->templateOutput);
        readInstall(object, language);
    }

    void error(const QString &field, const QString &message)
    {
        m_errors->append({m_file, m_prefix + field, message, Severity::Error});
        m_failed = true;
    }

    void warn(const QString &field, const QString &message)
    {
        m_errors->append({m_file, m_prefix + field, message, Severity::Warning});
    }

private:
    static bool present(const QJsonObject &object, const QString &key)
    {
        return object.contains(key) && !object.value(key).isNull();
    }

    // The object at `key` into `out`; false when it is absent, or (reported as `notAnObject`)
    // something else.
    bool readObject(const QJsonObject &object, const QString &key, const QString &notAnObject,
                    QJsonObject *out)
    {
        if (!present(object, key))
            return false;
        const QJsonValue value = object.value(key);
        if (!value.isObject()) {
            error(key, notAnObject);
            return false;
        }
        *out = value.toObject();
        return true;
    }

    void readId(const QJsonObject &object, Language *language)
    {
        const QString key = QStringLiteral("id");
        if (!present(object, key))
            return;
        static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_.+-]*$"));
        const QJsonValue value = object.value(key);
        if (!value.isString())
            error(key, Text::tr("must be a string"));
        else if (!pattern.match(value.toString()).hasMatch())
            error(key, Text::tr("must be lower-case letters, digits and _ . + - "
                                "(starting with a letter or digit), not \"%1\"")
                           .arg(value.toString()));
        else
            language->id = value.toString();
    }

    void readText(const QJsonObject &object, const QString &key, QString *out)
    {
        if (!present(object, key))
            return;
        const QJsonValue value = object.value(key);
        if (!value.isString())
            error(key, Text::tr("must be a string"));
        else if (value.toString().trimmed().isEmpty())
            error(key, Text::tr("must not be empty"));
        else
            *out = value.toString();
    }

    void readSource(const QJsonObject &object, Language *language)
    {
        const QString key = QStringLiteral("source");
        QString name;
        readText(object, key, &name);
        if (name.isEmpty())
            return;
        if (name.contains(u'/') || name.contains(u'\\') || name == QLatin1String(".") ||
            name == QLatin1String("..")) {
            error(
                key,
                Text::tr("must be a plain file name such as \"Main.java\", not \"%1\"").arg(name));
            return;
        }
        language->sourceFile = name;
    }

    // An array of strings; false (with an error) for anything else.
    bool readStrings(const QJsonObject &object, const QString &key, QStringList *out)
    {
        const QJsonValue value = object.value(key);
        if (!value.isArray()) {
            error(key, Text::tr("must be an array of strings"));
            return false;
        }
        QStringList strings;
        const QJsonArray array = value.toArray();
        bool ok = true;
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString()) {
                error(QStringLiteral("%1[%2]").arg(key).arg(i), Text::tr("must be a string"));
                ok = false;
                continue;
            }
            strings << array.at(i).toString();
        }
        if (ok)
            *out = strings;
        return ok;
    }

    void readWords(const QJsonObject &object, const QString &key, QStringList *out)
    {
        if (present(object, key))
            readStrings(object, key, out);
    }

    void readExtensions(const QJsonObject &object, Language *language)
    {
        const QString key = QStringLiteral("extensions");
        QStringList raw;
        if (!present(object, key) || !readStrings(object, key, &raw))
            return;
        QStringList extensions;
        bool ok = true;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            QString extension = raw[i].trimmed().toLower();
            while (extension.startsWith(u'.'))
                extension.remove(0, 1);
            if (extension.isEmpty() || extension.contains(u'/') || extension.contains(u'\\')) {
                error(QStringLiteral("%1[%2]").arg(key).arg(i),
                      Text::tr("must be a file name extension such as \"java\", not \"%1\"")
                          .arg(raw[i]));
                ok = false;
            } else if (!extensions.contains(extension)) {
                extensions << extension;
            }
        }
        if (ok)
            language->extensions = extensions;
    }

    void checkPlaceholders(const QString &field, const QString &text)
    {
        for (const QString &name : Placeholders::namesIn(text)) {
            if (!Placeholders::known().contains(name)) {
                QStringList known;
                for (const QString &k : Placeholders::known())
                    known << u'{' + k + u'}';
                error(field, Text::tr("unknown placeholder {%1} (known: %2; write {{ for a "
                                      "literal brace)")
                                 .arg(name, known.join(QStringLiteral(", "))));
            }
        }
    }

    void readCommand(const QJsonObject &object, const QString &key, QStringList *out,
                     bool mayBeEmpty)
    {
        if (!present(object, key))
            return;
        QStringList words;
        if (!readStrings(object, key, &words))
            return;
        if (words.isEmpty()) {
            if (!mayBeEmpty)
                error(key, Text::tr("must not be empty"));
            else
                out->clear();
            return;
        }
        if (words.front().trimmed().isEmpty()) {
            error(key + QStringLiteral("[0]"), Text::tr("must name the program to start"));
            return;
        }
        const qsizetype before = m_errors->size();
        for (qsizetype i = 0; i < words.size(); ++i)
            checkPlaceholders(QStringLiteral("%1[%2]").arg(key).arg(i), words[i]);
        if (m_errors->size() == before)
            *out = words;
    }

    void readVersion(const QJsonObject &object, Language *language)
    {
        const QString key = QStringLiteral("version");
        QJsonObject version;
        if (!readObject(object, key, Text::tr("must be an object with \"command\" and \"regex\""),
                        &version))
            return;
        for (auto it = version.begin(); it != version.end(); ++it) {
            if (it.key() != QLatin1String("command") && it.key() != QLatin1String("regex"))
                warn(key + u'.' + it.key(), Text::tr("unknown field (ignored)"));
        }
        FieldReader inner(m_file, m_prefix + key + u'.', m_errors);
        inner.readCommand(version, QStringLiteral("command"), &language->version.command, false);
        const QString regexKey = QStringLiteral("regex");
        if (present(version, regexKey)) {
            const QJsonValue regex = version.value(regexKey);
            if (!regex.isString()) {
                inner.error(regexKey, Text::tr("must be a string"));
            } else {
                const QRegularExpression re(regex.toString());
                if (!re.isValid())
                    inner.error(regexKey, Text::tr("not a valid regular expression: %1 "
                                                   "(at offset %2)")
                                              .arg(re.errorString())
                                              .arg(re.patternErrorOffset()));
                else
                    language->version.pattern = regex.toString();
            }
        }
        m_failed = m_failed || inner.failed();
    }

    void readEnv(const QJsonObject &object, Language *language)
    {
        const QString key = QStringLiteral("env");
        QJsonObject env;
        if (!readObject(object, key,
                        Text::tr("must be an object of variable names to strings or null"), &env))
            return;
        for (auto it = env.begin(); it != env.end(); ++it) {
            const QString field = key + u'.' + it.key();
            if (it.key().isEmpty() || it.key().contains(u'=')) {
                error(field, Text::tr("is not a valid variable name"));
                continue;
            }
            EnvVariable variable{it.key(), std::nullopt};
            if (it.value().isString()) {
                checkPlaceholders(field, it.value().toString());
                variable.value = it.value().toString();
            } else if (!it.value().isNull()) {
                error(field, Text::tr("must be a string, or null to remove the variable"));
                continue;
            }
            // Platform overrides and user files change single variables.
            auto existing = std::find_if(language->env.begin(), language->env.end(),
                                         [&](const EnvVariable &v) { return v.name == it.key(); });
            if (existing != language->env.end())
                *existing = variable;
            else
                language->env << variable;
        }
    }

    void readLines(const QJsonObject &object, const QString &key, QString *out)
    {
        if (!present(object, key))
            return;
        const QJsonValue value = object.value(key);
        if (value.isString()) {
            *out = value.toString();
            return;
        }
        QStringList lines;
        if (!value.isArray()) {
            error(key, Text::tr("must be a string or an array of lines"));
            return;
        }
        if (readStrings(object, key, &lines))
            *out = lines.isEmpty() ? QString() : lines.join(u'\n') + u'\n';
    }

    void readInstall(const QJsonObject &object, Language *language)
    {
        const QString key = QStringLiteral("install");
        QJsonObject install;
        if (!readObject(object, key, Text::tr("must be an object such as {\"debian\": \"gcc\"}"),
                        &install))
            return;
        const std::pair<QLatin1String, QString InstallHints::*> targets[] = {
            {QLatin1String("debian"), &InstallHints::debian},
            {QLatin1String("fedora"), &InstallHints::fedora},
            {QLatin1String("homebrew"), &InstallHints::homebrew},
            {QLatin1String("winget"), &InstallHints::winget},
            {QLatin1String("url"), &InstallHints::url},
        };
        for (auto it = install.begin(); it != install.end(); ++it) {
            const QString field = key + u'.' + it.key();
            const auto slot = std::find_if(std::begin(targets), std::end(targets),
                                           [&](const auto &s) { return s.first == it.key(); });
            if (slot == std::end(targets)) {
                warn(field, Text::tr("unknown package manager (ignored; known: debian, "
                                     "fedora, homebrew, winget, url)"));
            } else if (it.value().isNull()) {
                language->install.*(slot->second) = QString();
            } else if (!it.value().isString()) {
                error(field, Text::tr("must be a string"));
            } else {
                language->install.*(slot->second) = it.value().toString().trimmed();
            }
        }
    }

    QString m_file;
    QString m_prefix;
    QList<LanguageError> *m_errors;
    bool m_failed = false;
};

void requireField(FieldReader &reader, bool present, const QString &field, const QString &what)
{
    if (!present)
        reader.error(field, Text::tr("missing: %1").arg(what));
}

} // namespace

std::optional<QJsonObject> readLanguageObject(const QByteArray &data, const QString &file,
                                              QList<LanguageError> *errors)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = data.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        errors->append({file, QString(),
                        Text::tr("not valid JSON at line %1, column %2: %3")
                            .arg(line)
                            .arg(column)
                            .arg(parseError.errorString()),
                        Severity::Error});
        return std::nullopt;
    }
    if (!document.isObject()) {
        errors->append({file, QString(), Text::tr("must hold one JSON object ({\"id\": ..., ...})"),
                        Severity::Error});
        return std::nullopt;
    }
    return document.object();
}

QJsonObject mergeLanguageObjects(const QJsonObject &base, const QJsonObject &over)
{
    QJsonObject merged = base;
    for (auto it = over.begin(); it != over.end(); ++it) {
        const QJsonValue old = merged.value(it.key());
        if (old.isObject() && it.value().isObject())
            merged.insert(it.key(), mergeLanguageObjects(old.toObject(), it.value().toObject()));
        else
            merged.insert(it.key(), it.value());
    }
    return merged;
}

std::optional<Language> parseLanguage(const QJsonObject &object, const QString &file,
                                      Platform platform, QList<LanguageError> *errors)
{
    Language language;
    language.platform = platform;
    language.files = QStringList{file};

    // Every part is checked on its own first (the overrides of other platforms too, so that a
    // broken Windows override is reported on Linux), then the parts for this platform are read.
    FieldReader base(file, QString(), errors);
    Language scratch;
    base.read(object, &scratch, false);
    bool failed = base.failed();

    QJsonObject override;
    const QString platformsKey = QStringLiteral("platforms");
    if (object.contains(platformsKey) && !object.value(platformsKey).isNull()) {
        if (!object.value(platformsKey).isObject()) {
            base.error(platformsKey, Text::tr("must be an object keyed by platform "
                                              "(linux, macos, windows)"));
            failed = true;
        } else {
            const QJsonObject platforms = object.value(platformsKey).toObject();
            for (auto it = platforms.begin(); it != platforms.end(); ++it) {
                const QString prefix = platformsKey + u'.' + it.key();
                if (!platformKeys().contains(it.key())) {
                    base.warn(prefix, Text::tr("unknown platform (ignored; known: linux, "
                                               "macos, windows)"));
                    continue;
                }
                if (!it.value().isObject()) {
                    base.error(prefix, Text::tr("must be an object"));
                    failed = true;
                    continue;
                }
                FieldReader reader(file, prefix + u'.', errors);
                Language ignored;
                reader.read(it.value().toObject(), &ignored, true);
                failed = failed || reader.failed();
                if (it.key() == platformKey(platform))
                    override = it.value().toObject();
            }
        }
    }
    if (failed)
        return std::nullopt;

    QJsonObject resolved = object;
    resolved.remove(platformsKey);
    resolved = mergeLanguageObjects(resolved, override);
    QList<LanguageError> ignored; // already reported above
    FieldReader reader(file, QString(), &ignored);
    reader.read(resolved, &language, false);

    FieldReader required(file, QString(), errors);
    requireField(required, !language.id.isEmpty(), QStringLiteral("id"),
                 Text::tr("a short lower-case id such as \"java\""));
    requireField(required, !language.name.isEmpty(), QStringLiteral("name"),
                 Text::tr("the name shown to people, such as \"Java\""));
    requireField(required, !language.syntax.isEmpty(), QStringLiteral("syntax"),
                 Text::tr("the KSyntaxHighlighting definition name, such as \"Java\""));
    requireField(required, !language.sourceFile.isEmpty(), QStringLiteral("source"),
                 Text::tr("the source file name, such as \"Main.java\""));
    requireField(required, !language.run.isEmpty(), QStringLiteral("run"),
                 Text::tr("the command that runs the program"));
    if (!language.version.pattern.isEmpty() && language.version.command.isEmpty())
        required.error(QStringLiteral("version.command"),
                       Text::tr("missing: a regex needs the command whose output it reads"));
    if (required.failed())
        return std::nullopt;

    if (!resolved.contains(QStringLiteral("extensions"))) {
        const qsizetype dot = language.sourceFile.lastIndexOf(u'.');
        if (dot > 0)
            language.extensions = QStringList{language.sourceFile.mid(dot + 1).toLower()};
    }
    return language;
}

} // namespace fc

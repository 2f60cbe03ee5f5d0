// The built-in recipes (compiled in from toolchains/languages) and the user's override folder.
#include "toolchains/languageregistry.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;
using namespace Qt::StringLiterals;

namespace {

// The languages the issue requires, with what their recipes must hold.
const QStringList requiredIds{u"c"_s,    u"cpp"_s,    u"rust"_s,       u"go"_s,
                              u"java"_s, u"python"_s, u"javascript"_s, u"bash"_s};

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(file.write(content), content.size());
}

QString errorText(const QList<LanguageError> &errors)
{
    QStringList lines;
    for (const LanguageError &e : errors)
        lines << e.toString();
    return lines.join(u'\n');
}

} // namespace

class TestToolchainRegistry : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // User files go to <home>/.qttest/config/<app>/languages in test mode; the home is a
        // temporary dir so that nothing real is read or left behind.
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qunsetenv("XDG_CONFIG_HOME");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(u"fastercodes-tst"_s);
        QVERIFY2(LanguageRegistry::userDirectory().startsWith(m_home.path()),
                 qPrintable(LanguageRegistry::userDirectory()));
    }

    void builtinsLoadWithoutErrors()
    {
        LanguageRegistry registry;
        registry.loadBuiltins();
        QVERIFY2(registry.errors().isEmpty(), qPrintable(errorText(registry.errors())));
        for (const QString &id : requiredIds)
            QVERIFY2(registry.contains(id), qPrintable(id));
        QVERIFY(registry.size() >= requiredIds.size());
    }

    void builtinsLoadForEveryPlatform_data()
    {
        QTest::addColumn<int>("platform");
        QTest::newRow("linux") << int(Platform::Linux);
        QTest::newRow("macos") << int(Platform::MacOS);
        QTest::newRow("windows") << int(Platform::Windows);
    }

    void builtinsLoadForEveryPlatform()
    {
        QFETCH(int, platform);
        LanguageRegistry registry{Platform(platform)};
        registry.loadBuiltins();
        QVERIFY2(registry.errors().isEmpty(), qPrintable(errorText(registry.errors())));
        const Language python = registry.language(u"python"_s).value();
        QCOMPARE(python.run.front(),
                 Platform(platform) == Platform::Windows ? u"python"_s : u"python3"_s);
        QCOMPARE(python.version.pattern, u"Python (\\S+)"_s); // kept from the base recipe
    }

    void everyRecipeFileIsCompiledIn()
    {
        const QDir sources(QStringLiteral(FC_SOURCE_DIR "/toolchains/languages"));
        const QStringList onDisk = sources.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        const QStringList compiledIn = QDir(LanguageRegistry::builtinDirectory())
                                           .entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        QVERIFY(!onDisk.isEmpty());
        QCOMPARE(compiledIn, onDisk);
    }

    void builtinRecipesAreComplete_data()
    {
        QTest::addColumn<QString>("id");
        LanguageRegistry registry;
        registry.loadBuiltins();
        for (const QString &id : registry.ids())
            QTest::newRow(qPrintable(id)) << id;
    }

    void builtinRecipesAreComplete()
    {
        QFETCH(QString, id);
        LanguageRegistry registry;
        registry.loadBuiltins();
        const Language language = registry.language(id).value();

        QCOMPARE(language.origin, Language::Origin::BuiltIn);
        QCOMPARE(language.files, QStringList{u":/languages/"_s + id + u".json"_s});
        QVERIFY(!language.name.isEmpty());
        QVERIFY2(!language.templateCode.isEmpty(), "a starter template");
        QVERIFY2(language.templateOutput.endsWith(u'\n'), "what the template prints");
        QVERIFY2(!language.version.command.isEmpty() && !language.version.pattern.isEmpty(),
                 "a version command and its regex");
        QVERIFY2(!language.install.debian.isEmpty(), "the Debian package");
        QVERIFY2(!language.install.homebrew.isEmpty(), "the Homebrew formula");
        QVERIFY2(!language.install.url.isEmpty(), "where to read more");
        QVERIFY2(!language.extensions.isEmpty(), "extensions to guess it from file names");
        // The source file's own name is recognised as this language.
        QCOMPARE(registry.guessFromFileName(language.sourceFile).value_or(Language{}).id, id);
        // Commands start with a program, and compiled languages run what they built.
        QVERIFY(!language.run.isEmpty());
        QVERIFY(!language.requiredPrograms().isEmpty());
    }

    void syntaxDefinitionsExist()
    {
        // The editor looks the definition up by this exact name (KF6 SyntaxHighlighting).
        KSyntaxHighlighting::Repository repository;
        LanguageRegistry registry;
        registry.loadBuiltins();
        for (const Language &language : registry.languages()) {
            const KSyntaxHighlighting::Definition definition =
                repository.definitionForName(language.syntax);
            QVERIFY2(
                definition.isValid(),
                qPrintable(language.id + u": no syntax definition named "_s + language.syntax));
        }
    }

    void javaAndGoRecipesMatchTheSeedExamples()
    {
        LanguageRegistry registry;
        registry.loadBuiltins();
        const Language java = registry.language(u"java"_s).value();
        QCOMPARE(java.sourceFile, u"Main.java"_s);
        QVERIFY(java.run.contains(u"Main"_s));
        QVERIFY(java.templateCode.contains(u"public class Main"_s));
        const Language go = registry.language(u"go"_s).value();
        QCOMPARE(go.sourceFile, u"main.go"_s);
        QVERIFY(go.templateCode.startsWith(u"package main\n"_s));
        // Go's caches must not depend on HOME (a temporary or sandboxed HOME breaks `go build`).
        QStringList names;
        for (const EnvVariable &variable : go.env)
            names << variable.name;
        QVERIFY(names.contains(u"GOCACHE"_s));
        QVERIFY(names.contains(u"GOFLAGS"_s));
    }

    void noTwoLanguagesShareAnExtension()
    {
        LanguageRegistry registry;
        registry.loadBuiltins();
        QHash<QString, QString> owner;
        for (const Language &language : registry.languages()) {
            for (const QString &extension : language.extensions) {
                QVERIFY2(!owner.contains(extension),
                         qPrintable(extension + u" is claimed by "_s + owner.value(extension) +
                                    u" and "_s + language.id));
                owner.insert(extension, language.id);
            }
        }
    }

    void guessesBuiltinLanguages_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("id");
        QTest::newRow("c") << u"/tmp/x/main.c"_s << u"c"_s;
        QTest::newRow("cpp") << u"bench.cpp"_s << u"cpp"_s;
        QTest::newRow("cc upper") << u"BENCH.CC"_s << u"cpp"_s;
        QTest::newRow("rust") << u"a.rs"_s << u"rust"_s;
        QTest::newRow("go") << u"a.go"_s << u"go"_s;
        QTest::newRow("java") << u"Main.java"_s << u"java"_s;
        QTest::newRow("python") << u"script.py"_s << u"python"_s;
        QTest::newRow("javascript") << u"app.js"_s << u"javascript"_s;
        QTest::newRow("bash") << u"run.sh"_s << u"bash"_s;
        QTest::newRow("header") << u"x.h"_s << QString();
        QTest::newRow("no extension") << u"Makefile"_s << QString();
    }

    void guessesBuiltinLanguages()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, id);
        LanguageRegistry registry;
        registry.loadBuiltins();
        QCOMPARE(registry.guessFromFileName(fileName).value_or(Language{}).id, id);
    }

    void listsLanguagesByName()
    {
        LanguageRegistry registry;
        registry.loadBuiltins();
        const QList<Language> languages = registry.languages();
        QCOMPARE(languages.size(), registry.size());
        for (qsizetype i = 1; i < languages.size(); ++i)
            QVERIFY2(languages[i - 1].name.compare(languages[i].name, Qt::CaseInsensitive) <= 0,
                     qPrintable(languages[i - 1].name + u" before "_s + languages[i].name));
    }

    void userFilesOverrideAndAdd()
    {
        const QString dir = LanguageRegistry::userDirectory();
        QVERIFY(QDir().mkpath(dir));
        // Only the changed field; the id comes from the file name.
        writeFile(dir + u"/cpp.json"_s, R"_({"defaultFlags": ["-O3", "-march=native"]})_");
        // Objects are merged key by key: Java keeps its own environment changes.
        writeFile(dir + u"/my-java.json"_s, R"_({"id": "java", "env": {"EXTRA": "1"}})_");
        // A new language.
        writeFile(dir + u"/zig.json"_s, R"_({"id": "zig", "name": "Zig", "syntax": "Zig",
            "source": "main.zig", "compile": ["zig", "build-exe", "{src}"], "run": ["{out}"]})_");
        writeFile(dir + u"/notes.txt"_s, "not a recipe");

        const LanguageRegistry registry = LanguageRegistry::createDefault();
        QVERIFY2(registry.errors().isEmpty(), qPrintable(errorText(registry.errors())));

        const Language cpp = registry.language(u"cpp"_s).value();
        QCOMPARE(cpp.origin, Language::Origin::UserOverride);
        QCOMPARE(cpp.defaultFlags, (QStringList{u"-O3"_s, u"-march=native"_s}));
        QCOMPARE(cpp.syntax, u"C++"_s); // untouched fields stay
        QCOMPARE(cpp.files, (QStringList{u":/languages/cpp.json"_s, dir + u"/cpp.json"_s}));

        const Language java = registry.language(u"java"_s).value();
        QStringList envNames;
        for (const EnvVariable &variable : java.env)
            envNames << variable.name;
        QVERIFY2(envNames.contains(u"EXTRA"_s) && envNames.contains(u"JAVA_TOOL_OPTIONS"_s),
                 qPrintable(envNames.join(u',')));

        const Language zig = registry.language(u"zig"_s).value();
        QCOMPARE(zig.origin, Language::Origin::User);
        QCOMPARE(zig.extensions, QStringList{u"zig"_s});
        QCOMPARE(registry.guessFromFileName(u"a.zig"_s).value_or(Language{}).id, u"zig"_s);

        QVERIFY(QDir(dir).removeRecursively());
    }

    void badUserFilesAreReportedNotFatal()
    {
        const QString dir = LanguageRegistry::userDirectory();
        QVERIFY(QDir().mkpath(dir));
        writeFile(dir + u"/a-malformed.json"_s, "{\"id\": \"x\",\n  \"name\" \"X\"}");
        writeFile(dir + u"/b-bad-field.json"_s, R"_({"id": "python", "run": "python3 main.py"})_");
        writeFile(dir + u"/c-incomplete.json"_s, R"_({"id": "newlang", "name": "New"})_");
        writeFile(dir + u"/d-empty.json"_s, "");
        writeFile(dir + u"/e-array.json"_s, "[]");
        writeFile(dir + u"/f-placeholder.json"_s,
                  R"_({"id": "go", "compile": ["go", "build", "{sorce}"]})_");

        const LanguageRegistry registry = LanguageRegistry::createDefault();
        const QList<LanguageError> &errors = registry.errors();
        const auto errorFor = [&](const QString &file, const QString &field) {
            return std::any_of(errors.cbegin(), errors.cend(), [&](const LanguageError &e) {
                return e.isError() && e.file == dir + u'/' + file && e.field == field;
            });
        };
        QVERIFY2(errorFor(u"a-malformed.json"_s, QString()), qPrintable(errorText(errors)));
        QVERIFY2(errorFor(u"b-bad-field.json"_s, u"run"_s), qPrintable(errorText(errors)));
        QVERIFY2(errorFor(u"c-incomplete.json"_s, u"syntax"_s), qPrintable(errorText(errors)));
        QVERIFY2(errorFor(u"c-incomplete.json"_s, u"source"_s), qPrintable(errorText(errors)));
        QVERIFY2(errorFor(u"c-incomplete.json"_s, u"run"_s), qPrintable(errorText(errors)));
        QVERIFY2(errorFor(u"d-empty.json"_s, QString()), qPrintable(errorText(errors)));
        QVERIFY2(errorFor(u"e-array.json"_s, QString()), qPrintable(errorText(errors)));
        QVERIFY2(errorFor(u"f-placeholder.json"_s, u"compile[2]"_s), qPrintable(errorText(errors)));
        QVERIFY(errorText(errors).contains(u"line 2"_s)); // where the JSON broke

        // What the bad files would have changed is as it was; nothing else is lost.
        QCOMPARE(registry.language(u"python"_s).value().origin, Language::Origin::BuiltIn);
        QCOMPARE(registry.language(u"go"_s).value().compile.last(), u"{src}"_s);
        QVERIFY(!registry.contains(u"newlang"_s));
        for (const QString &id : requiredIds)
            QVERIFY(registry.contains(id));

        QVERIFY(QDir(dir).removeRecursively());
    }

    void documentedExamplesLoad()
    {
        // docs/languages.md shows user recipes as ```json blocks headed by a "// <path>" line;
        // each must load cleanly over the built-ins under that file name.
        QFile doc(QStringLiteral(FC_SOURCE_DIR "/docs/languages.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        int examples = 0;
        qsizetype from = 0;
        while ((from = text.indexOf(u"```json\n"_s, from)) >= 0) {
            from += 8;
            const qsizetype end = text.indexOf(u"```"_s, from);
            QVERIFY(end > from);
            QStringList lines = text.mid(from, end - from).split(u'\n');
            from = end + 3;
            if (lines.isEmpty() || !lines.front().startsWith(u"// "_s))
                continue; // a fragment of a recipe, not a file
            const QString fileName = lines.takeFirst().section(u' ', 1, 1).section(u'/', -1);
            LanguageRegistry registry;
            registry.loadBuiltins();
            const bool loaded = registry.addJson(lines.join(u'\n').toUtf8(), fileName);
            QVERIFY2(loaded && registry.errors().isEmpty(),
                     qPrintable(fileName + u": "_s + errorText(registry.errors())));
            ++examples;
        }
        QCOMPARE(examples, 2);
    }

    void missingUserDirectoryIsFine()
    {
        QVERIFY(!QFileInfo::exists(LanguageRegistry::userDirectory()));
        const LanguageRegistry registry = LanguageRegistry::createDefault();
        QVERIFY(registry.errors().isEmpty());
        QVERIFY(registry.contains(u"java"_s));
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestToolchainRegistry)
#include "tst_toolchain_registry.moc"

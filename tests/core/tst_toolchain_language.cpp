// Language recipes: JSON reading and field-by-field validation, placeholders, command lines,
// shell-like splitting of flags, version extraction, install hints.
#include "toolchains/commandline.h"
#include "toolchains/language.h"
#include "toolchains/languageparser.h"
#include "toolchains/languageregistry.h"
#include "toolchains/packagemanager.h"
#include "toolchains/placeholders.h"
#include "toolchains/versionprobe.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;
using namespace Qt::StringLiterals;

namespace {

// JSON written with single quotes, to keep the literals below readable.
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

// A complete, valid recipe; tests change one field at a time.
QJsonObject validRecipe()
{
    return QJsonDocument::fromJson(
               json("{'id': 'toy', 'name': 'Toy', 'syntax': 'C', 'source': 'main.toy',"
                    " 'extensions': ['toy', '.TY'],"
                    " 'compile': ['toyc', '{flags}', '-o', '{out}', '{src}'],"
                    " 'run': ['{out}', '{args}'],"
                    " 'version': {'command': ['toyc', '--version'], 'regex': 'toyc (\\\\S+)'},"
                    " 'defaultFlags': ['-O2'],"
                    " 'env': {'TOYCACHE': '{cache}/toy', 'TOYFLAGS': null},"
                    " 'template': ['line 1', 'line 2'],"
                    " 'templateOutput': 'hello\\n',"
                    " 'install': {'debian': 'toy-compiler', 'fedora': 'toyc', 'homebrew': 'toy',"
                    "             'winget': 'Toy.Toy', 'url': 'https://toy.example'},"
                    " 'platforms': {'windows': {'run': ['{out}', '--windows', '{args}'],"
                    "                           'version': {'command': ['toyc.exe', "
                    "'--version']}}}}"))
        .object();
}

std::optional<Language> parse(const QJsonObject &object, QList<LanguageError> *errors,
                              Platform platform = Platform::Linux)
{
    return parseLanguage(object, QStringLiteral("toy.json"), platform, errors);
}

CommandContext contextFor(const QString &workDir)
{
    CommandContext context;
    context.workDir = workDir;
    return context;
}

QString errorText(const QList<LanguageError> &errors)
{
    QStringList lines;
    for (const LanguageError &e : errors)
        lines << e.toString();
    return lines.join(u'\n');
}

} // namespace

class TestToolchainLanguage : public QObject
{
    Q_OBJECT
private slots:
    void parsesAValidRecipe()
    {
        QList<LanguageError> errors;
        const std::optional<Language> language = parse(validRecipe(), &errors);
        QVERIFY2(language, qPrintable(errorText(errors)));
        QVERIFY2(errors.isEmpty(), qPrintable(errorText(errors)));
        QCOMPARE(language->id, QStringLiteral("toy"));
        QCOMPARE(language->name, QStringLiteral("Toy"));
        QCOMPARE(language->sourceFile, QStringLiteral("main.toy"));
        // Extensions are normalised: lower case, without the dot.
        QCOMPARE(language->extensions, (QStringList{QStringLiteral("toy"), QStringLiteral("ty")}));
        QCOMPARE(language->compile.size(), 5);
        QCOMPARE(language->version.pattern, QStringLiteral("toyc (\\S+)"));
        QCOMPARE(language->defaultFlags, QStringList{QStringLiteral("-O2")});
        QCOMPARE(language->templateCode, QStringLiteral("line 1\nline 2\n"));
        QCOMPARE(language->templateOutput, QStringLiteral("hello\n"));
        QCOMPARE(language->install.debian, QStringLiteral("toy-compiler"));
        QCOMPARE(language->install.winget, QStringLiteral("Toy.Toy"));
        QCOMPARE(language->env.size(), 2);
        QCOMPARE(language->env[1].name, QStringLiteral("TOYFLAGS"));
        QVERIFY(!language->env[1].value.has_value());
        QVERIFY(language->isCompiled());
        QCOMPARE(language->requiredPrograms(), QStringList{QStringLiteral("toyc")});
        // On Linux the Windows override is not applied.
        QCOMPARE(language->run, (QStringList{QStringLiteral("{out}"), QStringLiteral("{args}")}));
    }

    void appliesThePlatformOverride()
    {
        QList<LanguageError> errors;
        const std::optional<Language> language = parse(validRecipe(), &errors, Platform::Windows);
        QVERIFY2(language, qPrintable(errorText(errors)));
        QCOMPARE(language->run.at(1), QStringLiteral("--windows"));
        // Objects are merged key by key: the override's command, the base's regex.
        QCOMPARE(language->version.command.front(), QStringLiteral("toyc.exe"));
        QCOMPARE(language->version.pattern, QStringLiteral("toyc (\\S+)"));
        QCOMPARE(language->outputPath(QStringLiteral("/w")), QStringLiteral("/w/main.exe"));
    }

    void rejectsBadFields_data()
    {
        QTest::addColumn<QByteArray>("patch"); // JSON object laid over the valid recipe
        QTest::addColumn<QString>("field");    // the field the error must name
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("id not a string") << json("{'id': 5}") << u"id"_s << u"string"_s;
        QTest::newRow("id with capitals") << json("{'id': 'Toy'}") << u"id"_s << u"lower-case"_s;
        QTest::newRow("name empty") << json("{'name': '  '}") << u"name"_s << u"empty"_s;
        QTest::newRow("name missing") << json("{'name': null}") << u"name"_s << u"missing"_s;
        QTest::newRow("syntax number") << json("{'syntax': 3}") << u"syntax"_s << u"string"_s;
        QTest::newRow("source with a path")
            << json("{'source': '../main.toy'}") << u"source"_s << u"plain file name"_s;
        QTest::newRow("source missing") << json("{'source': null}") << u"source"_s << u"missing"_s;
        QTest::newRow("extensions not array")
            << json("{'extensions': 'toy'}") << u"extensions"_s << u"array of strings"_s;
        QTest::newRow("extension empty")
            << json("{'extensions': ['toy', '.']}") << u"extensions[1]"_s << u"extension"_s;
        QTest::newRow("run a string")
            << json("{'run': 'toy main.toy'}") << u"run"_s << u"array of strings"_s;
        QTest::newRow("run empty") << json("{'run': []}") << u"run"_s << u"must not be empty"_s;
        QTest::newRow("run missing") << json("{'run': null}") << u"run"_s << u"missing"_s;
        QTest::newRow("run element not string")
            << json("{'run': ['toy', 1]}") << u"run[1]"_s << u"must be a string"_s;
        QTest::newRow("run without program")
            << json("{'run': ['', 'x']}") << u"run[0]"_s << u"program"_s;
        QTest::newRow("unknown placeholder")
            << json("{'compile': ['toyc', '{sourc}']}") << u"compile[1]"_s << u"{sourc}"_s;
        QTest::newRow("unknown placeholder inside an argument")
            << json("{'compile': ['toyc', '-o={outt}']}") << u"compile[1]"_s << u"{outt}"_s;
        QTest::newRow("version not object")
            << json("{'version': ['toyc', '-v']}") << u"version"_s << u"object"_s;
        QTest::newRow("version bad regex") << json("{'version': {'regex': 'toyc (\\\\S+'}}")
                                           << u"version.regex"_s << u"regular expression"_s;
        QTest::newRow("version command empty")
            << json("{'version': {'command': []}}") << u"version.command"_s << u"empty"_s;
        QTest::newRow("regex without command")
            << json("{'version': {'command': null}}") << u"version.command"_s << u"missing"_s;
        QTest::newRow("flags not strings")
            << json("{'defaultFlags': [1, 2]}") << u"defaultFlags[0]"_s << u"string"_s;
        QTest::newRow("env not object") << json("{'env': ['A=B']}") << u"env"_s << u"object"_s;
        QTest::newRow("env value number")
            << json("{'env': {'A': 1}}") << u"env.A"_s << u"null to remove"_s;
        QTest::newRow("env name with =")
            << json("{'env': {'A=B': 'x'}}") << u"env.A=B"_s << u"variable name"_s;
        QTest::newRow("env unknown placeholder")
            << json("{'env': {'A': '{home}/x'}}") << u"env.A"_s << u"{home}"_s;
        QTest::newRow("template number")
            << json("{'template': 42}") << u"template"_s << u"array of lines"_s;
        QTest::newRow("template line number")
            << json("{'template': ['a', 2]}") << u"template[1]"_s << u"string"_s;
        QTest::newRow("install not object")
            << json("{'install': 'gcc'}") << u"install"_s << u"object"_s;
        QTest::newRow("install value number")
            << json("{'install': {'debian': 1}}") << u"install.debian"_s << u"string"_s;
        QTest::newRow("platforms not object")
            << json("{'platforms': []}") << u"platforms"_s << u"object"_s;
        QTest::newRow("other platform's override is checked too")
            << json("{'platforms': {'macos': {'run': 'x'}}}") << u"platforms.macos.run"_s
            << u"array of strings"_s;
        QTest::newRow("id per platform") << json("{'platforms': {'linux': {'id': 'x'}}}")
                                         << u"platforms.linux.id"_s << u"per platform"_s;
    }

    void rejectsBadFields()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QString, field);
        QFETCH(QString, messagePart);
        const QJsonObject recipe =
            mergeLanguageObjects(validRecipe(), QJsonDocument::fromJson(patch).object());
        QList<LanguageError> errors;
        const std::optional<Language> language = parse(recipe, &errors);
        QVERIFY2(!language, qPrintable(QStringLiteral("accepted: ") + QString::fromUtf8(patch)));
        const auto found =
            std::find_if(errors.cbegin(), errors.cend(), [&](const LanguageError &e) {
                return e.isError() && e.field == field && e.message.contains(messagePart);
            });
        QVERIFY2(found != errors.cend(), qPrintable(errorText(errors)));
        QCOMPARE(found->file, QStringLiteral("toy.json"));
        QVERIFY(found->toString().startsWith(QStringLiteral("toy.json: ") + field + u':'));
    }

    void warnsAboutUnknownFieldsButLoads()
    {
        QJsonObject recipe = validRecipe();
        recipe.insert(QStringLiteral("compiel"), QJsonArray{QStringLiteral("x")});
        recipe.insert(QStringLiteral("_comment"), QStringLiteral("for people"));
        recipe.insert(QStringLiteral("$schema"), QStringLiteral("x"));
        QJsonObject install = recipe.value(QStringLiteral("install")).toObject();
        install.insert(QStringLiteral("pacman"), QStringLiteral("toy"));
        recipe.insert(QStringLiteral("install"), install);
        QList<LanguageError> errors;
        QVERIFY(parse(recipe, &errors));
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors[0].field, QStringLiteral("compiel"));
        QCOMPARE(errors[0].severity, LanguageError::Severity::Warning);
        QCOMPARE(errors[1].field, QStringLiteral("install.pacman"));
        QVERIFY(errors[1].toString().contains(QStringLiteral("warning")));
    }

    void interpretedLanguagesNeedNoCompileStep()
    {
        QJsonObject recipe = validRecipe();
        recipe.remove(QStringLiteral("compile"));
        recipe.remove(QStringLiteral("extensions"));
        recipe.insert(QStringLiteral("run"),
                      QJsonArray{QStringLiteral("toy"), QStringLiteral("{src}")});
        QList<LanguageError> errors;
        const std::optional<Language> language = parse(recipe, &errors);
        QVERIFY2(language, qPrintable(errorText(errors)));
        QVERIFY(!language->isCompiled());
        QVERIFY(language->compileCommand(contextFor(QStringLiteral("/w"))).isEmpty());
        // Without "extensions" the source file's own extension is used.
        QCOMPARE(language->extensions, QStringList{QStringLiteral("toy")});
        QCOMPARE(language->requiredPrograms(),
                 (QStringList{QStringLiteral("toy"), QStringLiteral("toyc")}));
    }

    void reportsMalformedJsonWithItsLine()
    {
        QList<LanguageError> errors;
        QVERIFY(!readLanguageObject("{\n  \"id\": \"x\",\n  \"name\": \n}",
                                    QStringLiteral("x.json"), &errors));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].file, QStringLiteral("x.json"));
        QVERIFY2(errors[0].message.contains(QStringLiteral("line 4")),
                 qPrintable(errors[0].message));

        errors.clear();
        QVERIFY(!readLanguageObject("[1, 2]", QStringLiteral("y.json"), &errors));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors[0].message.contains(QStringLiteral("object")));

        errors.clear();
        QVERIFY(!readLanguageObject("", QStringLiteral("z.json"), &errors));
        QCOMPARE(errors.size(), 1);
    }

    void expandsPlaceholders()
    {
        Placeholders values;
        values.set(QStringLiteral("src"), QStringLiteral("/w/a b.c"));
        values.setList(QStringLiteral("flags"), {QStringLiteral("-O2"), QStringLiteral("-g")});
        values.setList(QStringLiteral("args"), {});

        // A whole-argument list splices; a scalar keeps its spaces in one argument.
        QCOMPARE(values.expandArguments({QStringLiteral("cc"), QStringLiteral("{flags}"),
                                         QStringLiteral("{src}"), QStringLiteral("{args}")}),
                 (QStringList{QStringLiteral("cc"), QStringLiteral("-O2"), QStringLiteral("-g"),
                              QStringLiteral("/w/a b.c")}));
        // Inside a longer argument a list is joined with spaces.
        QCOMPARE(values.expandArgument(QStringLiteral("--opts={flags}!")),
                 QStringList{QStringLiteral("--opts=-O2 -g!")});
        // "{{" is a literal brace; unknown names and stray braces stay as written.
        QCOMPARE(values.expandText(QStringLiteral("{{src} {nope} { } {src")),
                 QStringLiteral("{src} {nope} { } {src"));
        QCOMPARE(values.expandArgument(QStringLiteral("{{flags}")),
                 QStringList{QStringLiteral("{flags}")});
        QCOMPARE(Placeholders::namesIn(QStringLiteral("{a}-{{b}-{c_1}{}")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("c_1")}));
    }

    void buildsCommandLinesForASide()
    {
        QList<LanguageError> errors;
        std::optional<Language> language = parse(validRecipe(), &errors);
        QVERIFY(language);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        CommandContext context;
        context.workDir = dir.path();
        context.cacheDir = QStringLiteral("/cache");
        context.args = {QStringLiteral("one"), QStringLiteral("two words")};
        context.environment.insert(QStringLiteral("TOYFLAGS"), QStringLiteral("-bad"));

        const CommandLine compile = language->compileCommand(context);
        QCOMPARE(compile.program, QStringLiteral("toyc")); // not installed: left as written
        QCOMPARE(compile.arguments,
                 (QStringList{QStringLiteral("-O2"), QStringLiteral("-o"), dir.filePath(u"main"_s),
                              dir.filePath(u"main.toy"_s)}));
        QCOMPARE(compile.workingDirectory, dir.path());
        QCOMPARE(compile.environment.value(QStringLiteral("TOYCACHE")),
                 QStringLiteral("/cache/toy"));
        QVERIFY(!compile.environment.contains(QStringLiteral("TOYFLAGS")));

        const CommandLine run = language->runCommand(context);
        QCOMPARE(run.program, dir.filePath(u"main"_s));
        QCOMPARE(run.arguments, (QStringList{QStringLiteral("one"), QStringLiteral("two words")}));

        // The side's flags replace the defaults; an empty list means none at all.
        context.flags = QStringList{QStringLiteral("-O3"), QStringLiteral("-march=native")};
        QCOMPARE(language->compileCommand(context).arguments.mid(0, 3),
                 (QStringList{QStringLiteral("-O3"), QStringLiteral("-march=native"),
                              QStringLiteral("-o")}));
        context.flags = QStringList{};
        QCOMPARE(language->compileCommand(context).arguments.front(), QStringLiteral("-o"));

        // Programs are resolved on the environment's PATH.
        const CommandLine sh = expand(
            {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("true")}, Placeholders());
        QVERIFY2(QDir::isAbsolutePath(sh.program), qPrintable(sh.program));
        Placeholders none;
        none.setList(QStringLiteral("args"), {});
        QVERIFY(expand({QStringLiteral("{args}")}, none).isEmpty());

        // The source file is written where {src} points.
        QString error;
        QVERIFY2(language->writeSource(dir.path(), QStringLiteral("código\n"), &error),
                 qPrintable(error));
        QFile written(dir.filePath(u"main.toy"_s));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written.readAll()), QStringLiteral("código\n"));
        QVERIFY(
            !language->writeSource(dir.filePath(u"no/such/dir"_s), QStringLiteral("x"), &error));
        QVERIFY(error.contains(QStringLiteral("main.toy")));
    }

    void defaultsTheCacheDir()
    {
        QList<LanguageError> errors;
        std::optional<Language> language = parse(validRecipe(), &errors);
        QVERIFY(language);
        const CommandLine compile = language->compileCommand(contextFor(QStringLiteral("/w")));
        const QString cache = compile.environment.value(QStringLiteral("TOYCACHE"));
        QVERIFY2(cache.endsWith(QStringLiteral("/toy")) && cache != QStringLiteral("/toy"),
                 qPrintable(cache));
    }

    void splitsShellWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("spaces") << QStringLiteral("  -O2   -g ") << QStringList{u"-O2"_s, u"-g"_s};
        QTest::newRow("double quotes")
            << QStringLiteral("-DNAME=\"a b\" x") << QStringList{u"-DNAME=a b"_s, u"x"_s};
        QTest::newRow("single quotes")
            << QStringLiteral("'-Wl,-z,now' 'it''s'") << QStringList{u"-Wl,-z,now"_s, u"its"_s};
        QTest::newRow("backslash")
            << QStringLiteral("a\\ b c\\\"d") << QStringList{u"a b"_s, u"c\"d"_s};
        QTest::newRow("escapes in double quotes")
            << QStringLiteral("\"a\\\"b\\\\c\\d\"") << QStringList{u"a\"b\\c\\d"_s};
        QTest::newRow("empty quoted word")
            << QStringLiteral("a \"\" b") << QStringList{u"a"_s, u""_s, u"b"_s};
        QTest::newRow("tabs and newlines")
            << QStringLiteral("a\tb\nc") << QStringList{u"a"_s, u"b"_s, u"c"_s};
    }

    void splitsShellWords()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QString error;
        const std::optional<QStringList> split = splitShellWords(text, &error);
        QVERIFY2(split, qPrintable(error));
        QCOMPARE(*split, words);
        // Joining quotes where needed, so that splitting again gives the same words.
        QCOMPARE(splitShellWords(joinShellWords(words)).value_or(QStringList{u"<failed>"_s}),
                 words);
    }

    void rejectsUnterminatedQuotes()
    {
        QString error;
        QVERIFY(!splitShellWords(QStringLiteral("-D\"a b"), &error));
        QVERIFY(error.contains(QStringLiteral("double quote")));
        QVERIFY(!splitShellWords(QStringLiteral("'x"), &error));
        QVERIFY(error.contains(QStringLiteral("single quote")));
        QVERIFY(!splitShellWords(QStringLiteral("x\\"), &error));
        QVERIFY(error.contains(QStringLiteral("backslash")));
    }

    void extractsVersions_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("version");
        const QString gcc = QStringLiteral("(?:\\) |version )(\\d+\\.\\d+(?:\\.\\d+)?)");
        QTest::newRow("gcc debian")
            << gcc << u"gcc (Debian 14.2.0-19) 14.2.0\nCopyright"_s << u"14.2.0"_s;
        QTest::newRow("gcc fedora")
            << gcc << u"gcc (GCC) 14.2.1 20240912 (Red Hat 14.2.1-3)"_s << u"14.2.1"_s;
        QTest::newRow("apple clang")
            << gcc << u"Apple clang version 15.0.0 (clang-1500.1.0.2.5)"_s << u"15.0.0"_s;
        QTest::newRow("javac") << QStringLiteral("javac (\\S+)") << u"javac 21.0.13\n"_s
                               << u"21.0.13"_s;
        QTest::newRow("named group")
            << QStringLiteral("(\\w+) (?<version>\\d+)") << u"x 42"_s << u"42"_s;
        QTest::newRow("no group") << QStringLiteral("\\d+\\.\\d+") << u"v 1.2"_s << u"1.2"_s;
        QTest::newRow("no pattern: first line")
            << QString() << u"\n  tool 1.0  \nmore"_s << u"tool 1.0"_s;
        QTest::newRow("no match") << QStringLiteral("javac (\\S+)") << u"java 21"_s << u""_s;
        QTest::newRow("multi-line anchor")
            << QStringLiteral("^version: (\\S+)$") << u"tool\nversion: 3.1\n"_s << u"3.1"_s;
    }

    void extractsVersions()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, output);
        QFETCH(QString, version);
        QCOMPARE((VersionProbe{{}, pattern}.extract(output)), version);
    }

    void guessesPackageManagers_data()
    {
        QTest::addColumn<QByteArray>("osRelease");
        QTest::addColumn<int>("manager");
        QTest::newRow("debian") << QByteArray("PRETTY_NAME='Debian GNU/Linux 13'\nID=debian\n")
                                << int(PackageManager::Apt);
        QTest::newRow("ubuntu") << QByteArray("ID=ubuntu\nID_LIKE=debian\n")
                                << int(PackageManager::Apt);
        QTest::newRow("mint") << QByteArray("ID=linuxmint\nID_LIKE='ubuntu debian'\n")
                              << int(PackageManager::Apt);
        QTest::newRow("fedora") << QByteArray("ID=fedora\n") << int(PackageManager::Dnf);
        QTest::newRow("rocky") << QByteArray("ID='rocky'\nID_LIKE='rhel centos fedora'\n")
                               << int(PackageManager::Dnf);
        QTest::newRow("arch") << QByteArray("ID=arch\n") << int(PackageManager::Unknown);
        QTest::newRow("empty") << QByteArray() << int(PackageManager::Unknown);
    }

    void guessesPackageManagers()
    {
        QFETCH(QByteArray, osRelease);
        QFETCH(int, manager);
        QCOMPARE(int(packageManagerFromOsRelease(osRelease)), manager);
    }

    void thisSystemIsDebian()
    {
        // The test root is Debian 13; a failure here means os-release was not read.
        QFile osRelease(QStringLiteral("/etc/os-release"));
        if (!osRelease.open(QIODevice::ReadOnly) || !osRelease.readAll().contains("debian"))
            QSKIP("not a Debian system");
        QCOMPARE(currentPackageManager(), PackageManager::Apt);
    }

    void quotesInstallCommands()
    {
        QCOMPARE(installCommand(PackageManager::Apt, QStringLiteral("gcc")),
                 QStringLiteral("sudo apt install gcc"));
        QCOMPARE(installCommand(PackageManager::Dnf, QStringLiteral("gcc")),
                 QStringLiteral("sudo dnf install gcc"));
        QCOMPARE(installCommand(PackageManager::Homebrew, QStringLiteral("go")),
                 QStringLiteral("brew install go"));
        QCOMPARE(installCommand(PackageManager::Winget, QStringLiteral("GoLang.Go")),
                 QStringLiteral("winget install -e --id GoLang.Go"));
        QVERIFY(installCommand(PackageManager::Apt, QString()).isEmpty());
        QVERIFY(installCommand(PackageManager::Unknown, QStringLiteral("gcc")).isEmpty());
    }

    void guessesLanguagesFromFileNames_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("id");
        QTest::newRow("simple") << QStringLiteral("a.toy") << QStringLiteral("toy");
        QTest::newRow("upper case") << QStringLiteral("/x/y/A.TOY") << QStringLiteral("toy");
        QTest::newRow("longest wins") << QStringLiteral("b.d.toy") << QStringLiteral("dtoy");
        QTest::newRow("directory with a dot") << QStringLiteral("/p.toy/readme") << QString();
        QTest::newRow("no extension") << QStringLiteral("toy") << QString();
        QTest::newRow("only the extension") << QStringLiteral(".toy") << QString();
        QTest::newRow("unknown") << QStringLiteral("main.zzz") << QString();
    }

    void guessesLanguagesFromFileNames()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, id);
        LanguageRegistry registry(Platform::Linux);
        QVERIFY(
            registry.addJson(QJsonDocument(validRecipe()).toJson(), QStringLiteral("toy.json")));
        QJsonObject dtoy = validRecipe();
        dtoy.insert(QStringLiteral("id"), QStringLiteral("dtoy"));
        dtoy.insert(QStringLiteral("extensions"), QJsonArray{QStringLiteral("d.toy")});
        QVERIFY(registry.addJson(QJsonDocument(dtoy).toJson(), QStringLiteral("dtoy.json")));
        const std::optional<Language> guess = registry.guessFromFileName(fileName);
        QCOMPARE(guess ? guess->id : QString(), id);
    }
};

QTEST_GUILESS_MAIN(TestToolchainLanguage)
#include "tst_toolchain_language.moc"

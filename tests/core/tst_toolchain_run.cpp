// Every shipped recipe, for real: its starter template is compiled and run with the recipe's
// own commands (plain QProcess, no runner), and the seed's Java examples work as typed.
#include "toolchains/languageregistry.h"
#include "toolchains/toolchaindetector.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
    bool ok = false; // finished normally in time
};

Result execute(const CommandLine &command)
{
    QProcess process;
    process.setProgram(command.program);
    process.setArguments(command.arguments);
    process.setWorkingDirectory(command.workingDirectory);
    process.setProcessEnvironment(command.environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    Result result;
    if (!process.waitForStarted(30000)) {
        result.err = process.errorString();
        return result;
    }
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        result.err = u"timed out: "_s + command.toDisplayString();
        return result;
    }
    result.ok = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString describe(const CommandLine &command, const Result &result)
{
    return command.toDisplayString() + u"\nexit "_s + QString::number(result.exitCode) +
           u"\nstdout: "_s + result.out.left(4000) + u"\nstderr: "_s + result.err.left(4000);
}

const char *seedForLoop = "import java.util.stream.IntStream;\n"
                          "public class Main {\n"
                          "    public static void main(String[] args) {\n"
                          "        long sum = 0;\n"
                          "        for (int i = 0; i < 10_000_000; i++) sum += i;\n"
                          "        System.out.println(sum);\n"
                          "    }\n"
                          "}\n";

const char *seedParallelStream =
    "import java.util.stream.IntStream;\n"
    "public class Main {\n"
    "    public static void main(String[] args) {\n"
    "        System.out.println(IntStream.range(0, 10_000_000).parallel().asLongStream().sum());\n"
    "    }\n"
    "}\n";

} // namespace

class TestToolchainRun : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_registry.loadBuiltins();
        QVERIFY(m_registry.errors().isEmpty());
        ToolchainDetector detector;
        detector.setCacheFile(m_cacheDir + u"/toolchain-versions.json"_s);
        detector.detect(m_registry.languages());
        QVERIFY(detector.waitForFinished(120s));
        for (const ToolchainStatus &status : detector.statuses()) {
            m_status.insert(status.languageId, status);
            qInfo("%-12s %s", qPrintable(status.languageId),
                  qPrintable(status.isInstalled()
                                 ? status.version + u" ("_s + status.versionText + u')'
                                 : status.message));
        }
    }

    void requiredToolchainsAreInstalledHere_data()
    {
        QTest::addColumn<QString>("id");
        for (const char *id : {"c", "cpp", "rust", "go", "java", "python", "javascript", "bash"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }

    void requiredToolchainsAreInstalledHere()
    {
        // The build root installs these (toolchains/root-packages.txt): the rows below must
        // run for them, not be skipped.
        QFETCH(QString, id);
        QVERIFY2(m_status.value(id).isInstalled(), qPrintable(m_status.value(id).message));
    }

    void templateCompilesAndRuns_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : m_registry.ids())
            QTest::newRow(qPrintable(id)) << id;
    }

    void templateCompilesAndRuns()
    {
        QFETCH(QString, id);
        const Language language = m_registry.language(id).value();
        if (!m_status.value(id).isInstalled())
            QSKIP(qPrintable(m_status.value(id).message));
        const Result run = compileAndRun(language, language.templateCode);
        QCOMPARE(run.out, language.templateOutput);
        // Nothing on stderr either: no warnings from the template, no "Picked up ..." noise.
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    }

    void javaSeedExamplesRunAsTyped_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("for loop") << QString::fromUtf8(seedForLoop);
        QTest::newRow("parallel stream") << QString::fromUtf8(seedParallelStream);
    }

    void javaSeedExamplesRunAsTyped()
    {
        QFETCH(QString, code);
        const Language java = m_registry.language(u"java"_s).value();
        QVERIFY2(m_status.value(u"java"_s).isInstalled(), "Java must be installed here");
        // sum of 0 .. 9,999,999 = 9,999,999 * 10,000,000 / 2
        QCOMPARE(compileAndRun(java, code).out, u"49999995000000\n"_s);
    }

    void goBuildsWithoutAHomeAndIgnoresUserGoFlags()
    {
        if (!m_status.value(u"go"_s).isInstalled())
            QSKIP("Go is not installed");
        const Language go = m_registry.language(u"go"_s).value();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"HOME"_s);
        environment.remove(u"XDG_CACHE_HOME"_s);
        environment.remove(u"GOCACHE"_s);
        // A user setting that breaks every build unless the recipe removes it.
        environment.insert(u"GOFLAGS"_s, u"-toolexec=/bin/false"_s);
        QCOMPARE(compileAndRun(go, go.templateCode, environment).out, go.templateOutput);
    }

    void sideFlagsReachTheCompiler()
    {
        // The side's flags replace the defaults and are passed as separate words.
        const Language c = m_registry.language(u"c"_s).value();
        const QString code = u"#include <stdio.h>\n"
                             "int main(void) { printf(\"%s %d\\n\", GREETING, __OPTIMIZE__); }\n"_s;
        const QStringList flags = splitShellWords(u"-O1 '-DGREETING=\"hi there\"'"_s).value();
        QCOMPARE(compileAndRun(c, code, {}, flags).out, u"hi there 1\n"_s);
    }

    void interpreterFlagsAndArgumentsReachTheProgram()
    {
        const Language python = m_registry.language(u"python"_s).value();
        const QString code = u"import sys\nprint(__debug__, '|'.join(sys.argv[1:]))\n"_s;
        const QStringList args{u"a b"_s, QString(), u"c'd"_s, u"{src}"_s};
        const Result run = compileAndRun(python, code, {}, QStringList{u"-O"_s}, args);
        // -O turns __debug__ off; arguments arrive one by one, unexpanded and unsplit.
        QCOMPARE(run.out, u"False a b||c'd|{src}\n"_s);
    }

private:
    Result compileAndRun(const Language &language, const QString &code,
                         const QProcessEnvironment &environment = {},
                         const std::optional<QStringList> &flags = std::nullopt,
                         const QStringList &args = {})
    {
        QTemporaryDir dir;
        Result failed;
        if (!dir.isValid()) {
            failed.err = u"no temporary dir"_s;
            return failed;
        }
        CommandContext context;
        context.workDir = dir.path();
        context.cacheDir = m_cacheDir;
        context.flags = flags;
        context.args = args;
        if (!environment.isEmpty())
            context.environment = environment;

        QString error;
        [&] {
            QVERIFY2(language.writeSource(dir.path(), code, &error), qPrintable(error));
        }();
        if (QTest::currentTestFailed())
            return failed;

        QElapsedTimer timer;
        timer.start();
        if (language.isCompiled()) {
            const CommandLine compile = language.compileCommand(context);
            const Result result = execute(compile);
            [&] {
                QVERIFY2(result.ok && result.exitCode == 0, qPrintable(describe(compile, result)));
            }();
            if (QTest::currentTestFailed())
                return failed;
        }
        const qint64 compileMs = timer.restart();
        const CommandLine run = language.runCommand(context);
        const Result result = execute(run);
        [&] {
            QVERIFY2(result.ok && result.exitCode == 0, qPrintable(describe(run, result)));
        }();
        qInfo("%s: compile %lld ms, run %lld ms", qPrintable(language.id), compileMs,
              timer.elapsed());
        return result;
    }

    LanguageRegistry m_registry;
    QHash<QString, ToolchainStatus> m_status;
    // Persistent across test runs (Go's build cache lives here), inside the build tree.
    const QString m_cacheDir = QStringLiteral(FC_BIN_DIR "/../toolchain-test-cache");
};

QTEST_GUILESS_MAIN(TestToolchainRun)
#include "tst_toolchain_run.moc"

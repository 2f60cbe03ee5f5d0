// Toolchain detection: real toolchains of the build root, and small fake ones whose behaviour
// (version, exit code, hanging, invocation count) the test controls.
#include "toolchains/languageparser.h"
#include "toolchains/languageregistry.h"
#include "toolchains/toolchaindetector.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/types.h>

using namespace fc;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

Language makeLanguage(const QByteArray &json)
{
    QList<LanguageError> errors;
    const std::optional<QJsonObject> object = readLanguageObject(json, u"test.json"_s, &errors);
    std::optional<Language> language;
    if (object)
        language = parseLanguage(*object, u"test.json"_s, currentPlatform(), &errors);
    if (!language) {
        for (const LanguageError &e : errors)
            qWarning("%s", qPrintable(e.toString()));
        qFatal("bad test recipe");
    }
    return *language;
}

// A recipe whose only program is `tool` (a fake in the test's bin dir).
Language fakeLanguage(const QString &id, const QString &tool, bool withVersion = true)
{
    QByteArray json = "{\"id\": \"" + id.toUtf8() + "\", \"name\": \"Fake " + id.toUtf8() +
                      "\", \"syntax\": \"C\", \"source\": \"main.fake\", \"run\": [\"" +
                      tool.toUtf8() + "\", \"{src}\"]";
    if (withVersion)
        json += ", \"version\": {\"command\": [\"" + tool.toUtf8() +
                "\", \"--version\"], \"regex\": \"version (\\\\S+)\"}";
    json += ", \"install\": {\"debian\": \"fake-" + id.toUtf8() + "\"}}";
    return makeLanguage(json);
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

int countLines(const QString &path)
{
    return int(readAll(path).count(u'\n'));
}

bool processExists(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

} // namespace

class TestToolchainDetector : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(binDir()));
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"PATH"_s, binDir() + u':' + m_env.value(u"PATH"_s));

        // The real toolchains of this machine, detected once in parallel for the rows below.
        m_registry.loadBuiltins();
        QVERIFY(m_registry.errors().isEmpty());
        ToolchainDetector detector;
        detector.setCacheFile(m_dir.filePath(u"real-cache.json"_s));
        QSignalSpy detected(&detector, &ToolchainDetector::detected);
        QSignalSpy finished(&detector, &ToolchainDetector::finished);
        detector.detect(m_registry.languages());
        QVERIFY(detector.waitForFinished(120s));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(detected.size(), m_registry.size()); // one result per language, none twice
        for (const ToolchainStatus &status : detector.statuses())
            m_real.insert(status.languageId, status);
    }

    void findsTheInstalledToolchains_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("versionPattern");
        QTest::addColumn<QStringList>("crossCheck"); // another command whose output holds it
        QTest::newRow("c") << u"c"_s << u"^\\d+\\.\\d+\\.\\d+$"_s
                           << QStringList{u"gcc"_s, u"-dumpfullversion"_s};
        QTest::newRow("cpp") << u"cpp"_s << u"^\\d+\\.\\d+\\.\\d+$"_s
                             << QStringList{u"g++"_s, u"-dumpfullversion"_s};
        QTest::newRow("rust") << u"rust"_s << u"^1\\.\\d+\\.\\d+$"_s
                              << QStringList{u"rustc"_s, u"-vV"_s};
        QTest::newRow("go") << u"go"_s << u"^1\\.\\d+(\\.\\d+)?$"_s
                            << QStringList{u"go"_s, u"env"_s, u"GOVERSION"_s};
        QTest::newRow("java") << u"java"_s << u"^\\d+(\\.\\d+)*$"_s
                              << QStringList{u"java"_s, u"-XshowSettings:properties"_s,
                                             u"-version"_s};
        QTest::newRow("python") << u"python"_s << u"^3\\.\\d+\\.\\d+$"_s
                                << QStringList{
                                       u"python3"_s, u"-c"_s,
                                       u"import platform; print(platform.python_version())"_s};
        QTest::newRow("javascript") << u"javascript"_s << u"^\\d+\\.\\d+\\.\\d+$"_s
                                    << QStringList{u"node"_s, u"-p"_s, u"process.versions.node"_s};
        QTest::newRow("bash") << u"bash"_s << u"^\\d+\\.\\d+\\.\\d+$"_s
                              << QStringList{u"bash"_s, u"-c"_s, u"echo $BASH_VERSION"_s};
    }

    void findsTheInstalledToolchains()
    {
        QFETCH(QString, id);
        QFETCH(QString, versionPattern);
        QFETCH(QStringList, crossCheck);
        const ToolchainStatus status = m_real.value(id);
        QVERIFY2(status.isInstalled(), qPrintable(status.message));
        QVERIFY2(status.message.isEmpty(), qPrintable(status.message));
        QVERIFY2(QRegularExpression(versionPattern).match(status.version).hasMatch(),
                 qPrintable(status.version + u" from "_s + status.versionText));
        QVERIFY(!status.fromCache);
        for (const QString &path : status.programs)
            QVERIFY2(QDir::isAbsolutePath(path), qPrintable(path));

        QProcess check;
        check.setProcessChannelMode(QProcess::MergedChannels);
        check.start(crossCheck.front(), crossCheck.mid(1));
        QVERIFY(check.waitForFinished(60000));
        const QString output = QString::fromUtf8(check.readAll());
        QVERIFY2(output.contains(status.version),
                 qPrintable(status.version + u" not in: "_s + output.left(2000)));
    }

    void namesThePackageOfAMissingToolchain()
    {
        const Language nolang = makeLanguage(R"_({"id": "nolang", "name": "Nolang",
            "syntax": "C", "source": "main.no",
            "compile": ["fastercodes-no-such-compiler", "{src}"], "run": ["{out}"],
            "install": {"debian": "nolang-tools", "fedora": "nolang-devel",
                        "homebrew": "nolang", "winget": "No.Lang"}})_");
        ToolchainDetector detector;
        detector.setCacheFile(QString());
        QSignalSpy detected(&detector, &ToolchainDetector::detected);
        QSignalSpy finished(&detector, &ToolchainDetector::finished);
        detector.detect(nolang);
        // Known at once (no process is needed to find out), reported from the event loop.
        ToolchainStatus status = detector.status(u"nolang"_s);
        QCOMPARE(status.state, ToolchainStatus::State::Missing);
        QCOMPARE(detected.size(), 0);
        QVERIFY(finished.wait(5000));
        QCOMPARE(detected.size(), 1);
        status = detected.at(0).at(0).value<ToolchainStatus>();
        QCOMPARE(status.languageId, u"nolang"_s);
        QVERIFY(!status.isAvailable());
        QCOMPARE(status.missingProgram, u"fastercodes-no-such-compiler"_s);
        // This machine is Debian: the message names the Debian package.
        QCOMPARE(status.message, u"Nolang is not installed (no fastercodes-no-such-compiler on "
                                 u"the PATH) — install nolang-tools"_s);
        QCOMPARE(status.installHint(), u"install nolang-tools"_s);
        QCOMPARE(status.installCommand, u"sudo apt install nolang-tools"_s);

        QCOMPARE(missingToolchain(nolang, u"x"_s, PackageManager::Dnf).package, u"nolang-devel"_s);
        QCOMPARE(missingToolchain(nolang, u"x"_s, PackageManager::Homebrew).installCommand,
                 u"brew install nolang"_s);
        QCOMPARE(missingToolchain(nolang, u"x"_s, PackageManager::Winget).installCommand,
                 u"winget install -e --id No.Lang"_s);
        QVERIFY(missingToolchain(nolang, u"x"_s, PackageManager::Unknown)
                    .message.contains(u"install nolang-tools (the Debian package"_s));

        // Without any hint the message still says what is missing.
        const Language bare = makeLanguage(R"_({"id": "bare", "name": "Bare", "syntax": "C",
            "source": "x.bare", "run": ["fastercodes-no-such-runner"]})_");
        const ToolchainStatus bareStatus = missingToolchain(bare, u"fastercodes-no-such-runner"_s);
        QVERIFY(bareStatus.message.startsWith(u"Bare is not installed"_s));
        QCOMPARE(bareStatus.installHint(),
                 u"install a toolchain that provides fastercodes-no-such-runner"_s);
    }

    void missingRuntimeCountsToo()
    {
        // Compiler present, runtime missing (like javac without java): not installed.
        const Language half = makeLanguage(R"_({"id": "half", "name": "Half", "syntax": "C",
            "source": "x.half", "compile": ["sh", "-c", "true"],
            "run": ["fastercodes-no-such-runtime", "{src}"], "install": {"debian": "half-rt"}})_");
        ToolchainDetector detector;
        detector.setCacheFile(QString());
        detector.detect(half);
        QVERIFY(detector.waitForFinished(10s));
        const ToolchainStatus status = detector.status(u"half"_s);
        QCOMPARE(status.state, ToolchainStatus::State::Missing);
        QCOMPARE(status.missingProgram, u"fastercodes-no-such-runtime"_s);
    }

    void cacheMakesTheSecondStartInstant()
    {
        const QString counter = m_dir.filePath(u"fakec.count"_s);
        writeTool(u"fakec"_s, u"echo run >> '%1'\necho 'fakec version 1.2.3'\n"_s.arg(counter));
        const Language fake = fakeLanguage(u"fakec"_s, u"fakec"_s);
        const QString cacheFile = m_dir.filePath(u"cache/versions.json"_s);

        {
            ToolchainDetector first;
            configure(first, cacheFile);
            first.detect(fake);
            QCOMPARE(first.status(u"fakec"_s).state, ToolchainStatus::State::Unknown);
            QVERIFY(first.waitForFinished(10s));
            const ToolchainStatus status = first.status(u"fakec"_s);
            QCOMPARE(status.state, ToolchainStatus::State::Installed);
            QCOMPARE(status.version, u"1.2.3"_s);
            QCOMPARE(status.versionText, u"fakec version 1.2.3"_s);
            QVERIFY(!status.fromCache);
            QCOMPARE(countLines(counter), 1);
            QVERIFY(QFile::exists(cacheFile));
        }
        {
            // A new detector (the next start of the app): answered from the file at once.
            ToolchainDetector second;
            configure(second, cacheFile);
            QSignalSpy finished(&second, &ToolchainDetector::finished);
            second.detect(fake);
            const ToolchainStatus status = second.status(u"fakec"_s);
            QCOMPARE(status.state, ToolchainStatus::State::Installed);
            QCOMPARE(status.version, u"1.2.3"_s);
            QVERIFY(status.fromCache);
            QVERIFY(finished.wait(5000));
            QCOMPARE(countLines(counter), 1); // no process was started
        }
        {
            // An upgrade changes the program's mtime: the cache misses.
            writeTool(u"fakec"_s, u"echo run >> '%1'\necho 'fakec version 1.2.4'\n"_s.arg(counter));
            QFile tool(binDir() + u"/fakec"_s);
            QVERIFY(tool.open(QIODevice::ReadWrite));
            QVERIFY(tool.setFileTime(QDateTime::currentDateTime().addSecs(60),
                                     QFileDevice::FileModificationTime));
            tool.close();
            ToolchainDetector third;
            configure(third, cacheFile);
            third.detect(fake);
            QVERIFY(third.waitForFinished(10s));
            QCOMPARE(third.status(u"fakec"_s).version, u"1.2.4"_s);
            QVERIFY(!third.status(u"fakec"_s).fromCache);
            QCOMPARE(countLines(counter), 2);

            // Refresh runs it again whatever the cache says.
            third.detect(fake, ToolchainDetector::CachePolicy::Refresh);
            QVERIFY(third.waitForFinished(10s));
            QCOMPARE(countLines(counter), 3);
        }
    }

    void corruptCacheFileIsIgnored()
    {
        writeTool(u"fakeok"_s, u"echo 'fakeok version 7.0'\n"_s);
        const QString cacheFile = m_dir.filePath(u"corrupt.json"_s);
        QFile file(cacheFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"fastercodes.toolchain-versions/1\", \"entries\": [{\"pa");
        file.close();
        ToolchainDetector detector;
        configure(detector, cacheFile);
        detector.detect(fakeLanguage(u"fakeok"_s, u"fakeok"_s));
        QVERIFY(detector.waitForFinished(10s));
        QCOMPARE(detector.status(u"fakeok"_s).version, u"7.0"_s);
        // ... and rewritten whole.
        QVERIFY(readAll(cacheFile).contains(u"fakeok version 7.0"_s));
    }

    void hangingVersionCommandTimesOut()
    {
        const QString pidFile = m_dir.filePath(u"hang.pid"_s);
        writeTool(u"fakehang"_s, u"echo $$ > '%1'\nexec sleep 30\n"_s.arg(pidFile));
        ToolchainDetector detector;
        configure(detector, m_dir.filePath(u"hang-cache.json"_s));
        detector.setTimeout(300ms);
        detector.detect(fakeLanguage(u"fakehang"_s, u"fakehang"_s));
        QVERIFY(detector.waitForFinished(20s));
        const ToolchainStatus status = detector.status(u"fakehang"_s);
        QCOMPARE(status.state, ToolchainStatus::State::Broken);
        QVERIFY(status.isAvailable());
        QVERIFY2(status.message.contains(u"did not answer within"_s), qPrintable(status.message));
        QVERIFY2(status.message.contains(u"fakehang --version"_s), qPrintable(status.message));
        // On a saturated machine the 300 ms can pass before the shell has written its pid (seen
        // at load 11 under ASan): it was killed before it got that far, and nothing is left.
        const qint64 pid = readAll(pidFile).trimmed().toLongLong();
        if (pid > 0)
            QTRY_VERIFY_WITH_TIMEOUT(!processExists(pid), 5000); // killed, not left behind
        // A timeout is not cached.
        QVERIFY(!readAll(m_dir.filePath(u"hang-cache.json"_s)).contains(u"fakehang"_s));
    }

    void failingVersionCommandIsReported()
    {
        const QString counter = m_dir.filePath(u"fakefail.count"_s);
        writeTool(
            u"fakefail"_s,
            u"echo run >> '%1'\necho 'fakefail: licence expired' >&2\nexit 3\n"_s.arg(counter));
        const QString cacheFile = m_dir.filePath(u"fail-cache.json"_s);
        for (int round = 1; round <= 2; ++round) {
            ToolchainDetector detector;
            configure(detector, cacheFile);
            detector.detect(fakeLanguage(u"fakefail"_s, u"fakefail"_s));
            QVERIFY(detector.waitForFinished(10s));
            const ToolchainStatus status = detector.status(u"fakefail"_s);
            QCOMPARE(status.state, ToolchainStatus::State::Broken);
            QVERIFY2(status.message.contains(u"exit code 3"_s), qPrintable(status.message));
            QVERIFY2(status.message.contains(u"licence expired"_s), qPrintable(status.message));
            QCOMPARE(countLines(counter), round); // failures are asked again next time
        }
    }

    void programWithoutVersionCommand()
    {
        writeTool(u"fakenover"_s, u"exit 0\n"_s);
        ToolchainDetector detector;
        configure(detector, QString());
        detector.detect(fakeLanguage(u"fakenover"_s, u"fakenover"_s, false));
        QVERIFY(detector.waitForFinished(10s));
        const ToolchainStatus status = detector.status(u"fakenover"_s);
        QCOMPARE(status.state, ToolchainStatus::State::Installed);
        QVERIFY(status.version.isEmpty());
        QCOMPARE(status.programs.value(u"fakenover"_s), binDir() + u"/fakenover"_s);
    }

    void detectsManyInParallelAndSkipsDuplicates()
    {
        QList<Language> languages;
        for (int i = 0; i < 6; ++i) {
            const QString name = u"fakepar%1"_s.arg(i);
            writeTool(name, u"sleep 0.2\necho '%1 version %2.0'\n"_s.arg(name).arg(i));
            languages << fakeLanguage(name, name);
        }
        ToolchainDetector detector;
        configure(detector, QString());
        detector.setMaxParallel(3);
        QSignalSpy detected(&detector, &ToolchainDetector::detected);
        QSignalSpy finished(&detector, &ToolchainDetector::finished);
        detector.detect(languages);
        detector.detect(languages.first()); // already under way: not started twice
        QVERIFY(detector.isRunning());
        QVERIFY(detector.waitForFinished(30s));
        QCOMPARE(detected.size(), 6);
        QCOMPARE(finished.size(), 1);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(detector.status(u"fakepar%1"_s.arg(i)).version, u"%1.0"_s.arg(i));
    }

    void destroyingTheDetectorKillsWhatRuns()
    {
        const QString pidFile = m_dir.filePath(u"orphan.pid"_s);
        writeTool(u"fakeslow"_s, u"echo $$ > '%1'\nexec sleep 30\n"_s.arg(pidFile));
        auto detector = std::make_unique<ToolchainDetector>();
        configure(*detector, QString());
        detector->detect(fakeLanguage(u"fakeslow"_s, u"fakeslow"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!readAll(pidFile).trimmed().isEmpty(), 10000);
        const qint64 pid = readAll(pidFile).trimmed().toLongLong();
        QVERIFY(processExists(pid));
        detector.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!processExists(pid), 5000);
    }

private:
    QString binDir() const { return m_dir.filePath(u"bin"_s); }

    void writeTool(const QString &name, const QString &body)
    {
        QFile file(binDir() + u'/' + name);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("#!/bin/sh\n" + body.toUtf8());
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    void configure(ToolchainDetector &detector, const QString &cacheFile)
    {
        detector.setCacheFile(cacheFile);
        detector.setEnvironment(m_env);
        detector.setPackageManager(PackageManager::Apt);
    }

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    LanguageRegistry m_registry;
    QHash<QString, ToolchainStatus> m_real;
};

QTEST_GUILESS_MAIN(TestToolchainDetector)
#include "tst_toolchain_detector.moc"

// Hostile code against the runner: what one side's program (or its compile) tries against the
// user and against the other side, with the real launcher, bubblewrap, compilers and files.
// Every attack is also run where it must work (outside the sandbox), so that a pass proves
// the sandbox stopped it, not that the attack was broken.
#include "runner/comparisonrunner.h"
#include "runner/sandbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <unistd.h>

using namespace fc;

namespace {

const QByteArray kPrecious = "the user's own file, which no run may touch\n";

ComparisonRequest request(const QString &langA, const QString &codeA, const QString &langB,
                          const QString &codeB, bool sandbox)
{
    ComparisonRequest r;
    r.sides[0] = SideInput{langA, codeA, std::nullopt, {}, {}};
    r.sides[1] = SideInput{langB, codeB, std::nullopt, {}, {}};
    r.plan.mode = RunPlan::Mode::Fixed;
    r.plan.runs = 1;
    r.plan.warmup = 1;
    r.plan.timeoutS = 20;
    r.plan.sandbox = sandbox;
    return r;
}

Comparison runToEnd(ComparisonRunner &runner, const ComparisonRequest &r)
{
    QSignalSpy finished(&runner, &ComparisonRunner::finished);
    if (!runner.start(r))
        qFatal("runner refused to start");
    if (!finished.wait(120000))
        qFatal("comparison did not finish in time (a hang?)");
    return finished.first().first().value<Comparison>();
}

QString errors(const Comparison &c)
{
    return QStringLiteral("A: %1 | B: %2 | A stderr: %3")
        .arg(c.a().error ? c.a().error->message : QString(),
             c.b().error ? c.b().error->message : QString(), c.a().stderrText);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// A language recipe of the test's own: a "compiler" and a run command, both bash.
QByteArray recipe(const QString &id, const QStringList &compile, const QStringList &run,
                  const QJsonObject &env = {})
{
    QJsonObject install;
    for (const char *key : {"debian", "fedora", "homebrew", "winget"})
        install.insert(QLatin1String(key), QStringLiteral("bash"));
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), id},
                  {QStringLiteral("syntax"), QStringLiteral("Bash")},
                  {QStringLiteral("source"), QStringLiteral("main.sh")},
                  {QStringLiteral("extensions"), QJsonArray{id}},
                  {QStringLiteral("compile"), QJsonArray::fromStringList(compile)},
                  {QStringLiteral("run"), QJsonArray::fromStringList(run)},
                  {QStringLiteral("template"), QJsonArray{QString()}},
                  {QStringLiteral("install"), install}};
    if (!env.isEmpty())
        o.insert(QStringLiteral("env"), env);
    return QJsonDocument(o).toJson();
}

// A template for a QTemporaryDir outside the temporary folder and /tmp, which every sandbox hides
// whatever else it does: beside the test binary, or in /var/tmp when the build itself lies under
// /tmp (a CI checkout there); empty when neither is usable.
QString outsideTemp(const char *what)
{
    const auto hidden = [](const QString &dir) {
        for (const QString &h : {QDir::tempPath(), QStringLiteral("/tmp")}) {
            if (dir == h || dir.startsWith(h + u'/'))
                return true;
        }
        return false;
    };
    for (const QString &dir :
         {QCoreApplication::applicationDirPath(), QStringLiteral("/var/tmp")}) {
        const QFileInfo info(dir);
        if (!hidden(QDir::cleanPath(info.canonicalFilePath())) && info.isDir() && info.isWritable())
            return dir + QStringLiteral("/fc-") + QLatin1String(what) + QStringLiteral("-XXXXXX");
    }
    return {};
}

// Whether any process's command line holds `marker`.
bool processWithMarker(const QByteArray &marker)
{
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        if (pid.isEmpty() || !pid.at(0).isDigit())
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(marker))
            return true;
    }
    return false;
}

// Sets an environment variable for one test, restoring it after.
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const QByteArray &value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

    bool m_works = false;
    QString m_why;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_works = sandboxWorks(&m_why);
    }

    // Side A plants, in every folder it can reach under the temporary folder but its own, a
    // symlink to a file of the user's where output is captured (old and new names) and FIFOs
    // where it is read back and where standard input is taken from. Nothing of the user's is
    // touched, nothing hangs, and side B either ran as usual or failed saying why.
    void sideACannotPlantInSideB_data()
    {
        QTest::addColumn<bool>("sandbox");
        QTest::newRow("not sandboxed") << false;
        QTest::newRow("sandboxed") << true;
    }

    void sideACannotPlantInSideB()
    {
        QFETCH(bool, sandbox);
        if (sandbox && !m_works)
            QSKIP(qPrintable(m_why));
        QTemporaryDir tmp;  // the temporary folder both sides' work dirs are made in
        QTemporaryDir home; // stands for the user's home
        const ScopedEnv tmpdir("TMPDIR", QFile::encodeName(tmp.path()));
        const QString precious = home.filePath(QStringLiteral("notes.txt"));
        QVERIFY(writeFile(precious, kPrecious));
        const QString attack =
            QStringLiteral("n=0\n"
                           "for d in $(find '%1' -mindepth 1 -maxdepth 2 -type d 2>/dev/null); do\n"
                           "  [ \"$d\" = \"$PWD\" ] && continue\n"
                           "  for f in .stdout b.stdout; do ln -sf '%2' \"$d/$f\" 2>/dev/null && "
                           "n=$((n+1)); done\n"
                           "  ln -sf '%2' \"$d/b.stdin\" 2>/dev/null\n"
                           "  for f in .stderr b.stderr; do mkfifo \"$d/$f\" 2>/dev/null; done\n"
                           "done\n"
                           "echo planted $n\n")
                .arg(tmp.path(), precious);
        ComparisonRunner runner(LanguageRegistry::createDefault());
        const Comparison c =
            runToEnd(runner, request(QStringLiteral("bash"), attack, QStringLiteral("bash"),
                                     QStringLiteral("cat; echo B ran\n"), sandbox));
        QFile target(precious);
        QVERIFY(target.open(QIODevice::ReadOnly));
        QCOMPARE(target.readAll(), kPrecious);
        QVERIFY2(c.a().status == Side::Status::Success, qPrintable(errors(c)));
        if (sandbox) {
            // B's work dir and the captures are out of A's sight.
            QCOMPARE(c.a().stdoutText, QStringLiteral("planted 0\n"));
            QVERIFY2(c.b().status == Side::Status::Success, qPrintable(errors(c)));
            QCOMPARE(c.b().stdoutText, QStringLiteral("B ran\n"));
        } else if (c.b().status != Side::Status::Success) {
            // With the user's rights A reaches the captures: B is refused, saying why.
            QVERIFY2(c.b().error &&
                         (c.b().error->message.contains(QLatin1String("symbolic link")) ||
                          c.b().error->message.contains(QLatin1String("regular file"))),
                     qPrintable(errors(c)));
        }
    }

    // From inside: a private key in the home, a secret in the environment, a socket under
    // $XDG_RUNTIME_DIR (session bus, ssh-agent). Outside, all three are reached.
    void secretsStayOutside_data()
    {
        QTest::addColumn<bool>("sandbox");
        QTest::newRow("not sandboxed: all reached") << false;
        QTest::newRow("sandboxed: none reached") << true;
    }

    void secretsStayOutside()
    {
        QFETCH(bool, sandbox);
        if (sandbox && !m_works)
            QSKIP(qPrintable(m_why));
        // Outside the temporary folder, which the sandbox hides as a whole: only the tmpfs over
        // $HOME and over $XDG_RUNTIME_DIR can hide these.
        if (outsideTemp("home").isEmpty())
            QSKIP("no writable folder outside the temporary folder (the test binary's and /var/tmp "
                  "are both under it or read-only)");
        QTemporaryDir home(outsideTemp("home"));
        QTemporaryDir runtime(outsideTemp("run"));
        QVERIFY(home.isValid() && runtime.isValid());
        QVERIFY(writeFile(home.filePath(QStringLiteral(".ssh/id_ed25519")), "PRIVATE-KEY-42\n"));
        const ScopedEnv homeVar("HOME", QFile::encodeName(home.path()));
        const ScopedEnv secret("FC_TEST_SECRET", "token-1234");
        const ScopedEnv runtimeVar("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
        QLocalServer bus;
        QLocalServer::removeServer(runtime.filePath(QStringLiteral("bus")));
        QVERIFY(bus.listen(runtime.filePath(QStringLiteral("bus"))));
        const QString probe =
            QStringLiteral("import os, socket\n"
                           "try:\n"
                           "    key = open('%1/.ssh/id_ed25519').read().strip()\n"
                           "except OSError:\n"
                           "    key = 'no'\n"
                           "print('key', key)\n"
                           "print('env', os.environ.get('FC_TEST_SECRET', 'no'))\n"
                           "s = socket.socket(socket.AF_UNIX)\n"
                           "try:\n"
                           "    s.connect('%2')\n"
                           "    print('socket yes')\n"
                           "except OSError:\n"
                           "    print('socket no')\n")
                .arg(home.path(), runtime.filePath(QStringLiteral("bus")));
        ComparisonRunner runner(LanguageRegistry::createDefault());
        const Comparison c =
            runToEnd(runner, request(QStringLiteral("python"), probe, QStringLiteral("bash"),
                                     QStringLiteral("echo ~; ls -A ~ | wc -l\n"), sandbox));
        QVERIFY2(c.status == Comparison::Status::Success, qPrintable(errors(c)));
        const QString expected = sandbox ? QStringLiteral("key no\nenv no\nsocket no\n")
                                         : QStringLiteral("key PRIVATE-KEY-42\nenv token-1234\n"
                                                          "socket yes\n");
        QCOMPARE(c.a().stdoutText, expected);
        // The home is where it was, and empty.
        if (sandbox)
            QCOMPARE(c.b().stdoutText, home.path() + QStringLiteral("\n0\n"));
    }

    // The real /run/user/UID (session bus, ssh-agent, keyring) with $XDG_RUNTIME_DIR unset:
    // the tmpfs over /run/user alone must hide a socket there.
    void runUserSocketIsHidden_data()
    {
        QTest::addColumn<bool>("sandbox");
        QTest::newRow("not sandboxed: connects") << false;
        QTest::newRow("sandboxed: hidden") << true;
    }

    void runUserSocketIsHidden()
    {
        QFETCH(bool, sandbox);
        if (sandbox && !m_works)
            QSKIP(qPrintable(m_why));
        const QString runUser = QStringLiteral("/run/user/%1").arg(getuid());
        const QFileInfo dir(runUser);
        if (!dir.isDir() || !dir.isWritable())
            QSKIP(qPrintable(runUser + QStringLiteral(" is not a writable folder here")));
        const ScopedEnv noRuntime("XDG_RUNTIME_DIR", QByteArray()); // set, but empty
        const QString path =
            runUser + QStringLiteral("/fc-test-") + QUuid::createUuid().toString(QUuid::Id128);
        QLocalServer agent;
        QVERIFY2(agent.listen(path), qPrintable(agent.errorString()));
        const QString probe = QStringLiteral("import socket\n"
                                             "s = socket.socket(socket.AF_UNIX)\n"
                                             "try:\n"
                                             "    s.connect('%1')\n"
                                             "    print('socket yes')\n"
                                             "except OSError:\n"
                                             "    print('socket no')\n")
                                  .arg(path);
        ComparisonRunner runner(LanguageRegistry::createDefault());
        const Comparison c =
            runToEnd(runner, request(QStringLiteral("python"), probe, QStringLiteral("bash"),
                                     QStringLiteral("ls /run/user | wc -l\n"), sandbox));
        agent.close();
        QVERIFY2(c.status == Comparison::Status::Success, qPrintable(errors(c)));
        QCOMPARE(c.a().stdoutText,
                 sandbox ? QStringLiteral("socket no\n") : QStringLiteral("socket yes\n"));
        if (sandbox)
            QCOMPARE(c.b().stdoutText, QStringLiteral("0\n"));
    }

    // The network namespace is the sandbox's own (only lo) unless the user allows the network.
    void networkOnlyWhenAllowed_data()
    {
        QTest::addColumn<bool>("allow");
        QTest::newRow("default: only loopback") << false;
        QTest::newRow("allowed: the host's devices") << true;
    }

    void networkOnlyWhenAllowed()
    {
        QFETCH(bool, allow);
        if (!m_works)
            QSKIP(qPrintable(m_why));
        QFile dev(QStringLiteral("/proc/net/dev"));
        QVERIFY(dev.open(QIODevice::ReadOnly));
        QStringList host;
        const QList<QByteArray> lines = dev.readAll().split('\n');
        for (qsizetype i = 2; i < lines.size(); ++i) {
            if (lines[i].contains(':'))
                host << QString::fromLatin1(lines[i].split(':').first().trimmed());
        }
        const QString list = QStringLiteral("tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' '\n");
        auto r = request(QStringLiteral("bash"), list, QStringLiteral("bash"), list, true);
        r.allowNetwork = allow;
        ComparisonRunner runner(LanguageRegistry::createDefault());
        const Comparison c = runToEnd(runner, r);
        QVERIFY2(c.status == Comparison::Status::Success, qPrintable(errors(c)));
        const QString seen = c.a().stdoutText;
        if (!allow) {
            QCOMPARE(seen, QStringLiteral("lo\n"));
        } else {
            if (host == QStringList{QStringLiteral("lo")})
                QSKIP("this machine has only a loopback device: allowed and not are alike here");
            QCOMPARE(seen.split(u'\n', Qt::SkipEmptyParts), host);
        }
    }

    // A sandboxed compile gets a throw-away cache in its own work dir, never the shared one
    // that later unsandboxed builds use.
    void sandboxedCompileCacheIsThrownAway_data()
    {
        QTest::addColumn<bool>("sandbox");
        QTest::newRow("not sandboxed: the shared cache") << false;
        QTest::newRow("sandboxed: its own") << true;
    }

    void sandboxedCompileCacheIsThrownAway()
    {
        QFETCH(bool, sandbox);
        if (sandbox && !m_works)
            QSKIP(qPrintable(m_why));
        LanguageRegistry registry = LanguageRegistry::createDefault();
        QVERIFY(registry.addJson(
            recipe(QStringLiteral("cachy"),
                   {QStringLiteral("bash"), QStringLiteral("-c"),
                    QStringLiteral("echo \"cache=$FC_CACHY\"; mkdir -p \"$FC_CACHY\" && "
                                   "touch \"$FC_CACHY/poison\" && cp \"$1\" \"$2\""),
                    QStringLiteral("cachy"), QStringLiteral("{src}"), QStringLiteral("{out}")},
                   {QStringLiteral("bash"), QStringLiteral("{out}")},
                   {{QStringLiteral("FC_CACHY"), QStringLiteral("{cache}/cachy")}}),
            QStringLiteral("cachy.json")));
        const QString shared = QDir(Language::defaultCacheDir()).filePath(QStringLiteral("cachy"));
        QDir(shared).removeRecursively();
        ComparisonRunner runner(registry);
        const Comparison c =
            runToEnd(runner, request(QStringLiteral("cachy"), QStringLiteral("echo a\n"),
                                     QStringLiteral("bash"), QStringLiteral("echo b\n"), sandbox));
        QVERIFY2(c.status == Comparison::Status::Success,
                 qPrintable(errors(c) + c.a().compile.output));
        QVERIFY2(c.a().compile.output.startsWith(QLatin1String("cache=")),
                 qPrintable(c.a().compile.output));
        QCOMPARE(QFile::exists(shared + QStringLiteral("/poison")), !sandbox);
        QCOMPARE(c.a().compile.output.contains(shared), !sandbox);
        QDir(shared).removeRecursively();
    }

    // A "compiler" that leaves a grandchild sleeping (marked in its command line): a cancel or
    // the compile timeout ends the whole tree, not just the compiler's driver.
    void slowCompileLeavesNoProcess_data()
    {
        QTest::addColumn<bool>("timeout");
        QTest::addColumn<bool>("sandbox");
        QTest::newRow("cancel") << false << false;
        QTest::newRow("compile timeout") << true << false;
        QTest::newRow("sandboxed, cancel") << false << true;
        QTest::newRow("sandboxed, compile timeout") << true << true;
    }

    void slowCompileLeavesNoProcess()
    {
        QFETCH(bool, timeout);
        QFETCH(bool, sandbox);
        if (sandbox && !m_works)
            QSKIP(qPrintable(m_why));
        LanguageRegistry registry = LanguageRegistry::createDefault();
        QVERIFY(registry.addJson(recipe(QStringLiteral("slowc"),
                                        {QStringLiteral("bash"), QStringLiteral("{src}")},
                                        {QStringLiteral("true")}),
                                 QStringLiteral("slowc.json")));
        // A compile timeout that fires before the grandchild exists proves nothing: then the
        // same attack runs again with a longer one, so that a slow machine cannot fail the test.
        bool proven = false;
        for (qint64 timeoutMs = 1500; !proven && timeoutMs <= 96000; timeoutMs *= 4) {
            const QByteArray marker =
                "fc-slow-compile-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
            // The grandchild leaves the compiler's process group too (setsid), as a build
            // tool's server would.
            const QString compiler =
                QStringLiteral("bash -c 'setsid bash -c \"exec -a %1 sleep 300\" & wait' &\nwait\n")
                    .arg(QLatin1String(marker));
            ComparisonRunner runner(registry);
            runner.setCompileTimeoutMs(timeout ? timeoutMs : 600000);
            QSignalSpy finished(&runner, &ComparisonRunner::finished);
            QVERIFY(runner.start(request(QStringLiteral("slowc"), compiler, QStringLiteral("bash"),
                                         QStringLiteral("echo b\n"), sandbox)));
            QTRY_VERIFY_WITH_TIMEOUT(processWithMarker(marker) || !finished.isEmpty(), 120000);
            proven = processWithMarker(marker);
            QVERIFY2(proven || timeout, "the compiler ended before its grandchild started");
            if (!timeout)
                runner.cancel();
            QVERIFY(!finished.isEmpty() || finished.wait(120000));
            const Comparison c = finished.first().first().value<Comparison>();
            QCOMPARE(c.status, Comparison::Status::Failed);
            QVERIFY(c.a().error);
            QCOMPARE(c.a().error->kind,
                     timeout ? QStringLiteral("compile") : QStringLiteral("cancelled"));
            // The launcher's kill is done within a second of the cancel or timeout; the wait
            // is generous so that a busy machine cannot fail it, and any survivor fails it.
            QTRY_VERIFY_WITH_TIMEOUT(!processWithMarker(marker), 30000);
        }
        QVERIFY2(proven, "the grandchild never started before the compile timeout");
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"

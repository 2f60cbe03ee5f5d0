// Hostile capture paths: what a sandboxed side could plant where the launcher writes a run's
// output and where the app reads it back. The real launcher, real symlinks and FIFOs.
#include "probe/measuredprocess.h"
#include "probetesthelpers.h"
#include "runner/capturefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using fc::MeasuredProcess;
using fc::MeasuredRunSpec;
using fc::ProbeResult;
using fctest::describe;
using fctest::kLauncher;
using fctest::spec;

namespace {

const QByteArray kPrecious = "the user's own file, which no run may touch\n";

ProbeResult measure(const MeasuredRunSpec &s)
{
    MeasuredProcess process;
    process.setLauncherPath(kLauncher);
    QSignalSpy finished(&process, &MeasuredProcess::finished);
    if (!process.start(s) || !finished.wait(60000))
        return {};
    return finished.first().first().value<ProbeResult>();
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

} // namespace

class TestCapture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(kLauncher), FC_BIN_DIR); }

    // What side A can leave at B's capture path (a test home stands for the user's).
    void plantedCapturePath_data()
    {
        QTest::addColumn<QString>("plant");
        QTest::addColumn<QString>("says");
        QTest::newRow("symlink to a home file") << "symlink" << "symbolic link";
        QTest::newRow("FIFO, nobody reading") << "fifo" << "not a regular file";
        QTest::newRow("FIFO, someone reading") << "fifo-read" << "not a regular file";
        QTest::newRow("hard link to a home file") << "hardlink" << "more than one name";
        QTest::newRow("directory") << "dir" << "";
    }

    void plantedCapturePath()
    {
        QFETCH(QString, plant);
        QFETCH(QString, says);
        QTemporaryDir home;
        QTemporaryDir work;
        const QString precious = home.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(precious);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kPrecious);
        }
        const QString path = work.filePath(QStringLiteral("b.stdout"));
        int reader = -1;
        if (plant == QLatin1String("symlink")) {
            QVERIFY(QFile::link(precious, path));
        } else if (plant == QLatin1String("hardlink")) {
            QVERIFY(::link(QFile::encodeName(precious), QFile::encodeName(path)) == 0);
        } else if (plant == QLatin1String("dir")) {
            QVERIFY(QDir().mkdir(path));
        } else {
            QVERIFY(::mkfifo(QFile::encodeName(path), 0600) == 0);
            if (plant == QLatin1String("fifo-read"))
                reader = ::open(QFile::encodeName(path), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        }
        MeasuredRunSpec s = spec("flood", {QStringLiteral("1000")});
        s.stdoutFile = path;
        const ProbeResult r = measure(s); // before the fix: truncated the target, or hung
        if (reader >= 0)
            ::close(reader);
        QCOMPARE(r.outcome, ProbeResult::Outcome::Failed);
        QCOMPARE(r.errorCode, QStringLiteral("stdout"));
        QVERIFY2(r.errorMessage.contains(path) && r.errorMessage.contains(says),
                 qPrintable(describe(r)));
        QCOMPARE(contents(precious), kPrecious);
    }

    // The control: a capture path that is a plain file is written (and truncated) as before.
    void regularCaptureIsWritten()
    {
        QTemporaryDir work;
        const QString path = work.filePath(QStringLiteral("a.stdout"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(5000, 'y'));
        }
        MeasuredRunSpec s = spec("flood", {QStringLiteral("1000")});
        s.stdoutFile = path;
        const ProbeResult r = measure(s);
        QVERIFY2(r.succeeded(), qPrintable(describe(r)));
        QCOMPARE(QFileInfo(path).size(), 1000);
        QVERIFY(!contents(path).contains('y'));
    }

    // A FIFO as the program's standard input, nobody writing: the run gets end-of-file.
    void fifoAsStandardInputDoesNotHang()
    {
        QTemporaryDir work;
        const QString path = work.filePath(QStringLiteral("a.stdin"));
        QVERIFY(::mkfifo(QFile::encodeName(path), 0600) == 0);
        MeasuredRunSpec s;
        s.program = QStringLiteral("cat");
        s.stdinFile = path;
        s.timeoutMs = 20000;
        const ProbeResult r = measure(s);
        QVERIFY2(r.succeeded(), qPrintable(describe(r)));
        QVERIFY2(!r.timedOut, qPrintable(describe(r)));
    }

    // The app reads captures on its own thread: a planted FIFO or symlink is refused at once,
    // with words, never waited on nor followed.
    void readingRefusesWhatIsNotAFile_data()
    {
        QTest::addColumn<QString>("plant");
        QTest::newRow("FIFO") << "fifo";
        QTest::newRow("symlink to a home file") << "symlink";
    }

    void readingRefusesWhatIsNotAFile()
    {
        QFETCH(QString, plant);
        QTemporaryDir home;
        QTemporaryDir work;
        const QString precious = home.filePath(QStringLiteral("id_ed25519"));
        {
            QFile f(precious);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kPrecious);
        }
        const QString path = work.filePath(QStringLiteral("b.stderr"));
        if (plant == QLatin1String("fifo"))
            QVERIFY(::mkfifo(QFile::encodeName(path), 0600) == 0);
        else
            QVERIFY(QFile::link(precious, path));
        QString error;
        const QString text = fc::readCapture(path, 1 << 20, &error);
        QVERIFY(text.isEmpty());
        QVERIFY2(error.contains(path), qPrintable(error));

        const QString plain = work.filePath(QStringLiteral("a.stderr"));
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("12345");
        f.close();
        QCOMPARE(fc::readCapture(plain, 3, &error), QStringLiteral("123"));
        QVERIFY(error.isEmpty());
        QCOMPARE(fc::readCapture(work.filePath(QStringLiteral("none")), 3, &error), QString());
        QVERIFY(error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCapture)
#include "tst_capture.moc"

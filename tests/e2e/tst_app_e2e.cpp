// The real app binary, started as a user starts it (offscreen): it shows its window, and what
// was typed survives the process being killed.

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString app = QStringLiteral(FC_BIN_DIR "/fastercodes");

QProcessEnvironment environmentFor(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

QString settingsFile(const QTemporaryDir &home)
{
    return home.filePath(QStringLiteral("config/faster.codes/fastercodes.conf"));
}

// Runs the app until its startup probe reports; returns the report.
QJsonObject probe(const QTemporaryDir &home)
{
    QProcess process;
    QProcessEnvironment env = environmentFor(home);
    env.insert(QStringLiteral("FASTERCODES_STARTUP_PROBE"), QStringLiteral("quit"));
    process.setProcessEnvironment(env);
    process.start(app, {});
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    const QList<QByteArray> lines = process.readAllStandardError().split('\n');
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.contains(QStringLiteral("shownMs")))
            return o;
    }
    return {};
}

QString sha1(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace

class TestAppE2e : public QObject
{
    Q_OBJECT
private slots:
    void showsTheWindowWithTheClassicPair()
    {
        QTemporaryDir home;
        const QJsonObject report = probe(home);
        QVERIFY2(!report.isEmpty(), "the app did not report its window");
        QVERIFY(report.value(QStringLiteral("title"))
                    .toString()
                    .contains(QLatin1String("faster.codes")));
        QCOMPARE(report.value(QStringLiteral("a"))
                     .toObject()
                     .value(QStringLiteral("language"))
                     .toString(),
                 QStringLiteral("java"));
        QVERIFY(report.value(QStringLiteral("rssKiB")).toInteger() > 0);
        qInfo("window shown %lld ms after the process started, RSS %lld KiB",
              report.value(QStringLiteral("shownMs")).toInteger(),
              report.value(QStringLiteral("rssKiB")).toInteger());
        // The first start saved the session at once.
        QVERIFY(QFile::exists(settingsFile(home)));
    }

    void typedCodeSurvivesAKill()
    {
        QTemporaryDir home;
        QProcess process;
        process.setProcessEnvironment(environmentFor(home));
        process.start(app, {});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(settingsFile(home)), 30000);
        process.kill(); // SIGKILL: no close event, no chance to save
        QVERIFY(process.waitForFinished());

        // What the user had typed, as the debounced save wrote it before the crash.
        const QString typed = QStringLiteral("print('typed before the crash')\n");
        {
            QSettings settings(settingsFile(home), QSettings::IniFormat);
            settings.setValue(QStringLiteral("session/b/language"), QStringLiteral("python"));
            settings.setValue(QStringLiteral("session/b/code"), typed);
            settings.setValue(QStringLiteral("session/b/touched"), true);
        }
        const QJsonObject report = probe(home);
        QVERIFY(!report.isEmpty());
        const QJsonObject b = report.value(QStringLiteral("b")).toObject();
        QCOMPARE(b.value(QStringLiteral("language")).toString(), QStringLiteral("python"));
        QCOMPARE(b.value(QStringLiteral("codeSha1")).toString(), sha1(typed));
        QVERIFY(b.value(QStringLiteral("touched")).toBool());
        QCOMPARE(report.value(QStringLiteral("a"))
                     .toObject()
                     .value(QStringLiteral("language"))
                     .toString(),
                 QStringLiteral("java"));
    }
};

QTEST_GUILESS_MAIN(TestAppE2e)
#include "tst_app_e2e.moc"

#include "model/comparisonjson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome fastercodes(const QStringList &arguments, const QString &home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home); // history and settings stay in the test's folder
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FC_BIN_DIR "/fastercodes"), arguments);
    if (!p.waitForFinished(300000))
        qFatal("fastercodes did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString data(const char *name)
{
    return QStringLiteral(FC_TEST_DATA_DIR "/cli/") + QLatin1String(name);
}

} // namespace

class TestCliCompare : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void compareWritesReportAndFiles()
    {
        const QString json = m_home.filePath(QStringLiteral("out.json"));
        const QString md = m_home.filePath(QStringLiteral("out.md"));
        const QString csv = m_home.filePath(QStringLiteral("out.csv"));
        const Outcome o = fastercodes({QStringLiteral("compare"), data("slow.c"), data("fast.c"),
                                       QStringLiteral("--runs"), QStringLiteral("5"),
                                       QStringLiteral("--threshold"), QStringLiteral("2.5"),
                                       QStringLiteral("--check-output"), QStringLiteral("--json"),
                                       json, QStringLiteral("--markdown"), md,
                                       QStringLiteral("--csv"), csv, QStringLiteral("--no-save")},
                                      m_home.path());
        QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
        QVERIFY2(o.out.contains(QLatin1String("B is")) &&
                     o.out.contains(QLatin1String("faster than A")),
                 qPrintable(o.out));
        QVERIFY(o.out.contains(QLatin1String("Wall time")));
        QVERIFY(o.out.contains(QLatin1String("Peak memory")));
        QVERIFY(o.out.contains(QLatin1String("compiled in")));
        QVERIFY(o.out.contains(QLatin1String("same output")));
        QVERIFY2(!o.err.contains(QLatin1String("run ")), "progress must only go to a terminal");

        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QString error;
        const auto c = fc::comparisonFromJson(bytes, &error);
        QVERIFY2(c.has_value(), qPrintable(error));
        QCOMPARE(c->a().countedRuns(), 5);
        const QJsonObject doc = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(doc[QStringLiteral("verdict")][QStringLiteral("kind")].toString(),
                 QStringLiteral("faster"));
        QCOMPARE(doc[QStringLiteral("verdict")][QStringLiteral("faster")].toString(),
                 QStringLiteral("B"));
        // The threshold the verdict was decided with travels in the plan (a document read back is
        // analysed again with it) and beside the verdict.
        QCOMPARE(c->plan.thresholdPercent, 2.5);
        QCOMPARE(doc[QStringLiteral("verdict")][QStringLiteral("thresholdPercent")].toDouble(),
                 2.5);
        QVERIFY(doc[QStringLiteral("verdict")][QStringLiteral("ratio")].toDouble() < 1.0);
        QCOMPARE(doc[QStringLiteral("codeRuns")][0][QStringLiteral("stats")]
                    [QStringLiteral("duration")][QStringLiteral("values")]
                        .toArray()
                        .size(),
                 5);

        // The schema file is the contract with the backend: check with the backend's validator.
        const QString node = qEnvironmentVariable("FC_NODE");
        if (node.isEmpty() ||
            !QFile::exists(QStringLiteral(FC_SOURCE_DIR "/backend/node_modules/ajv")))
            QSKIP("node or the backend's node_modules (ajv) are missing: run toolchains/dev setup");
        QProcess validator;
        validator.start(node,
                        {qEnvironmentVariable("FC_VALIDATOR"),
                         QStringLiteral(FC_SOURCE_DIR "/schema/comparison.schema.json"), json});
        QVERIFY(validator.waitForFinished(60000));
        QVERIFY2(validator.exitCode() == 0, validator.readAll().constData());

        QFile markdown(md);
        QVERIFY(markdown.open(QIODevice::ReadOnly));
        const QString mdText = QString::fromUtf8(markdown.readAll());
        QVERIFY(mdText.contains(QLatin1String("| Wall time |")));
        QVERIFY(mdText.contains(QLatin1String("```c")));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QStringList rows =
            QString::fromUtf8(csvFile.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 1 + 2 * 6); // header + (1 warm-up + 5 runs) per side
        QVERIFY(rows.first().startsWith(QLatin1String("side,language,run,warmup,wall_ms")));
    }

    void compileErrorExitsOneWithTheLine()
    {
        const Outcome o = fastercodes({QStringLiteral("compare"), data("broken.c"),
                                       data("hello.py"), QStringLiteral("--runs"),
                                       QStringLiteral("3"), QStringLiteral("--no-save")},
                                      m_home.path());
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.out.contains(QLatin1String("main.c:5")), qPrintable(o.out));
        QVERIFY2(o.out.contains(QLatin1String("A failed")), qPrintable(o.out));
    }

    void compareSavesToHistoryUnlessAskedNot()
    {
        QTemporaryDir home;
        const QStringList compare{QStringLiteral("compare"), data("fast.c"),
                                  data("hello.py"),          QStringLiteral("--runs"),
                                  QStringLiteral("2"),       QStringLiteral("--warmup"),
                                  QStringLiteral("0")};
        QCOMPARE(
            fastercodes(compare + QStringList{QStringLiteral("--no-save")}, home.path()).exitCode,
            0);
        Outcome history =
            fastercodes({QStringLiteral("history"), QStringLiteral("--json")}, home.path());
        QCOMPARE(history.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(history.out.toUtf8()).array().size(), 0);
        QCOMPARE(fastercodes(compare, home.path()).exitCode, 0);
        history = fastercodes({QStringLiteral("history"), QStringLiteral("--json")}, home.path());
        QCOMPARE(history.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(history.out.toUtf8()).array().size(), 1);
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("one file") << QStringList{QStringLiteral("compare"), data("fast.c")}
                                  << QStringLiteral("expected two source files");
        QTest::newRow("unknown language")
            << QStringList{QStringLiteral("compare"), data("fast.c"), data("fast.c"),
                           QStringLiteral("--lang-a"), QStringLiteral("cobol99")}
            << QStringLiteral("unknown language");
        QTest::newRow("bad runs") << QStringList{QStringLiteral("compare"), data("fast.c"),
                                                 data("fast.c"), QStringLiteral("--runs"),
                                                 QStringLiteral("zero")}
                                  << QStringLiteral("--runs needs a whole number");
        QTest::newRow("threshold not a number")
            << QStringList{QStringLiteral("compare"), data("fast.c"), data("fast.c"),
                           QStringLiteral("--threshold"), QStringLiteral("one")}
            << QStringLiteral("--threshold needs a number");
        QTest::newRow("threshold above 100")
            << QStringList{QStringLiteral("compare"), data("fast.c"), data("fast.c"),
                           QStringLiteral("--threshold"), QStringLiteral("150")}
            << QStringLiteral("--threshold is a percentage from 0 to 100");
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("compare"), data("nope.c"), data("fast.c")}
            << QStringLiteral("cannot read");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("compare"), QStringLiteral("--frobnicate")}
            << QStringLiteral("frobnicate");
        QTest::newRow("network without the sandbox")
            << QStringList{QStringLiteral("compare"), data("fast.c"), data("fast.c"),
                           QStringLiteral("--sandbox-network")}
            << QStringLiteral("--sandbox-network needs --sandbox");
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Outcome o = fastercodes(arguments, m_home.path());
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains(message), qPrintable(o.err));
        QVERIFY(o.out.isEmpty());
    }

    void languagesListsInstalledToolchains()
    {
        const Outcome o =
            fastercodes({QStringLiteral("languages"), QStringLiteral("--json")}, m_home.path());
        QCOMPARE(o.exitCode, 0);
        const QJsonArray languages = QJsonDocument::fromJson(o.out.toUtf8()).array();
        QVERIFY(languages.size() >= 8);
        bool sawC = false;
        for (const QJsonValue &v : languages) {
            if (v[QStringLiteral("id")].toString() == QLatin1String("c")) {
                sawC = true;
                QVERIFY(v[QStringLiteral("installed")].toBool());
                QVERIFY(!v[QStringLiteral("version")].toString().isEmpty());
            }
        }
        QVERIFY(sawC);
    }

    void versionWithoutDisplay()
    {
        const Outcome o = fastercodes({QStringLiteral("--version")}, m_home.path());
        QCOMPARE(o.exitCode, 0);
        QVERIFY(o.out.startsWith(QLatin1String("fastercodes ")));
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_cli_compare.moc"

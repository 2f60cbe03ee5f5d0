#include "cloud/permalink.h"

#include <QTest>

using namespace fc;

// Every accepted form of a permalink, and the ways a link can be wrong.
class TestCloudPermalink : public QObject
{
    Q_OBJECT

    static PermalinkContext context()
    {
        PermalinkContext c;
        c.backend = QUrl(QStringLiteral("http://127.0.0.1:8787"));
        c.originalSites = {QStringLiteral("https://faster.codes"),
                           QStringLiteral("https://www.faster.codes")};
        c.originalApi = QUrl(QStringLiteral("https://api.faster.codes"));
        return c;
    }

private slots:
    void accepted_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<int>("kind"); // 0 backend, 1 original
        QTest::addColumn<QString>("runId");
        QTest::addColumn<QString>("apiUrl");
        QTest::addColumn<QString>("webUrl");

        const QString local = QStringLiteral("http://127.0.0.1:8787");
        QTest::newRow("site ?runId") << QStringLiteral("https://fc.example.org/?runId=k3x9m2p7q1")
                                     << 0 << QStringLiteral("k3x9m2p7q1")
                                     << QStringLiteral("https://fc.example.org/api/runs/k3x9m2p7q1")
                                     << QStringLiteral("https://fc.example.org/?runId=k3x9m2p7q1");
        QTest::newRow("site ?r") << QStringLiteral("https://fc.example.org/?r=abc") << 0
                                 << QStringLiteral("abc")
                                 << QStringLiteral("https://fc.example.org/api/runs/abc")
                                 << QStringLiteral("https://fc.example.org/?runId=abc");
        QTest::newRow("no slash before ?")
            << QStringLiteral("https://fc.example.org?runId=abc") << 0 << QStringLiteral("abc")
            << QStringLiteral("https://fc.example.org/api/runs/abc")
            << QStringLiteral("https://fc.example.org/?runId=abc");
        QTest::newRow("loopback with port")
            << QStringLiteral("http://127.0.0.1:40123/?runId=abc") << 0 << QStringLiteral("abc")
            << QStringLiteral("http://127.0.0.1:40123/api/runs/abc")
            << QStringLiteral("http://127.0.0.1:40123/?runId=abc");
        QTest::newRow("path prefix")
            << QStringLiteral("https://example.org/fc/?runId=abc&theme=dark#top") << 0
            << QStringLiteral("abc") << QStringLiteral("https://example.org/fc/api/runs/abc")
            << QStringLiteral("https://example.org/fc/?runId=abc");
        QTest::newRow("index.html")
            << QStringLiteral("https://example.org/index.html?r=abc") << 0 << QStringLiteral("abc")
            << QStringLiteral("https://example.org/api/runs/abc")
            << QStringLiteral("https://example.org/?runId=abc");
        QTest::newRow("runId wins over r")
            << QStringLiteral("https://example.org/?r=zzz&runId=abc") << 0 << QStringLiteral("abc")
            << QStringLiteral("https://example.org/api/runs/abc")
            << QStringLiteral("https://example.org/?runId=abc");
        QTest::newRow("API address")
            << QStringLiteral("http://127.0.0.1:8787/api/runs/abc") << 0 << QStringLiteral("abc")
            << QStringLiteral("http://127.0.0.1:8787/api/runs/abc")
            << local + QStringLiteral("/?runId=abc");
        QTest::newRow("whitespace around")
            << QStringLiteral("  \thttps://example.org/?runId=abc\n") << 0 << QStringLiteral("abc")
            << QStringLiteral("https://example.org/api/runs/abc")
            << QStringLiteral("https://example.org/?runId=abc");
        QTest::newRow("upper-case host")
            << QStringLiteral("HTTPS://Example.ORG/?runId=abc") << 0 << QStringLiteral("abc")
            << QStringLiteral("https://example.org/api/runs/abc")
            << QStringLiteral("https://example.org/?runId=abc");
        QTest::newRow("scheme, remote host")
            << QStringLiteral("fastercodes://fc.example.org/?runId=abc") << 0
            << QStringLiteral("abc") << QStringLiteral("https://fc.example.org/api/runs/abc")
            << QStringLiteral("https://fc.example.org/?runId=abc");
        QTest::newRow("scheme, loopback and port")
            << QStringLiteral("fastercodes://127.0.0.1:8787/?runId=abc") << 0
            << QStringLiteral("abc") << local + QStringLiteral("/api/runs/abc")
            << local + QStringLiteral("/?runId=abc");
        QTest::newRow("scheme, localhost")
            << QStringLiteral("fastercodes://localhost:9000/?r=abc") << 0 << QStringLiteral("abc")
            << QStringLiteral("http://localhost:9000/api/runs/abc")
            << QStringLiteral("http://localhost:9000/?runId=abc");
        QTest::newRow("scheme, IPv6 loopback")
            << QStringLiteral("fastercodes://[::1]:9000/?runId=abc") << 0 << QStringLiteral("abc")
            << QStringLiteral("http://[::1]:9000/api/runs/abc")
            << QStringLiteral("http://[::1]:9000/?runId=abc");
        QTest::newRow("scheme, run/ID")
            << QStringLiteral("fastercodes://run/k3x9m2p7q1") << 0 << QStringLiteral("k3x9m2p7q1")
            << local + QStringLiteral("/api/runs/k3x9m2p7q1")
            << local + QStringLiteral("/?runId=k3x9m2p7q1");
        QTest::newRow("scheme, run/ID/")
            << QStringLiteral("fastercodes://run/abc/") << 0 << QStringLiteral("abc")
            << local + QStringLiteral("/api/runs/abc") << local + QStringLiteral("/?runId=abc");
        QTest::newRow("bare id") << QStringLiteral("k3x9m2p7q1") << 0
                                 << QStringLiteral("k3x9m2p7q1")
                                 << local + QStringLiteral("/api/runs/k3x9m2p7q1")
                                 << local + QStringLiteral("/?runId=k3x9m2p7q1");
        QTest::newRow("original ?runId")
            << QStringLiteral("https://faster.codes/?runId=31n1") << 1 << QStringLiteral("31n1")
            << QStringLiteral("https://api.faster.codes/31n1")
            << QStringLiteral("https://faster.codes/?runId=31n1");
        QTest::newRow("original ?r, 15 chars")
            << QStringLiteral("https://faster.codes/?r=a1b2c3d4e5f6g7h") << 1
            << QStringLiteral("a1b2c3d4e5f6g7h")
            << QStringLiteral("https://api.faster.codes/a1b2c3d4e5f6g7h")
            << QStringLiteral("https://faster.codes/?runId=a1b2c3d4e5f6g7h");
        QTest::newRow("original, www")
            << QStringLiteral("https://www.faster.codes/?runId=31q3") << 1 << QStringLiteral("31q3")
            << QStringLiteral("https://api.faster.codes/31q3")
            << QStringLiteral("https://www.faster.codes/?runId=31q3");
        QTest::newRow("original, http")
            << QStringLiteral("http://faster.codes/?runId=31q3") << 1 << QStringLiteral("31q3")
            << QStringLiteral("https://api.faster.codes/31q3")
            << QStringLiteral("https://faster.codes/?runId=31q3");
        QTest::newRow("original via scheme")
            << QStringLiteral("fastercodes://faster.codes/?runId=31q3") << 1
            << QStringLiteral("31q3") << QStringLiteral("https://api.faster.codes/31q3")
            << QStringLiteral("https://faster.codes/?runId=31q3");
        QTest::newRow("original API address")
            << QStringLiteral("https://api.faster.codes/31q3") << 1 << QStringLiteral("31q3")
            << QStringLiteral("https://api.faster.codes/31q3")
            << QStringLiteral("https://faster.codes/?runId=31q3");
    }

    void accepted()
    {
        QFETCH(QString, link);
        QFETCH(int, kind);
        QFETCH(QString, runId);
        QFETCH(QString, apiUrl);
        QFETCH(QString, webUrl);
        QString error;
        const auto p = parsePermalink(link, context(), &error);
        QVERIFY2(p.has_value(), qPrintable(error));
        QCOMPARE(int(p->kind), kind);
        QCOMPARE(p->runId, runId);
        QCOMPARE(p->apiUrl.toString(), apiUrl);
        QCOMPARE(p->webUrl.toString(), webUrl);
        // The link for people leads back to the same run.
        const auto again = parsePermalink(p->webUrl.toString(), context(), &error);
        QVERIFY2(again.has_value(), qPrintable(error));
        QCOMPARE(*again, *p);
    }

    void originalApiOverride()
    {
        PermalinkContext c = context();
        c.originalApi = QUrl(QStringLiteral("http://127.0.0.1:5001/mirror/"));
        const auto p = parsePermalink(QStringLiteral("https://faster.codes/?r=31q3"), c, nullptr);
        QVERIFY(p.has_value());
        QCOMPARE(p->apiUrl.toString(), QStringLiteral("http://127.0.0.1:5001/mirror/31q3"));
        // The list of original sites is a setting: a self-hosted copy of the original.
        c.originalSites << QStringLiteral("https://old.example.net");
        const auto q =
            parsePermalink(QStringLiteral("https://old.example.net/?runId=31q3"), c, nullptr);
        QCOMPARE(q->kind, Permalink::Kind::Original);
        QCOMPARE(q->apiUrl.toString(), QStringLiteral("http://127.0.0.1:5001/mirror/31q3"));
    }

    void backendWithPathPrefix()
    {
        PermalinkContext c = context();
        c.backend = QUrl(QStringLiteral("https://example.org/fc/"));
        const auto p = parsePermalink(QStringLiteral("fastercodes://run/abc"), c, nullptr);
        QCOMPARE(p->apiUrl.toString(), QStringLiteral("https://example.org/fc/api/runs/abc"));
        QCOMPARE(p->webUrl.toString(), QStringLiteral("https://example.org/fc/?runId=abc"));
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("empty");
        QTest::newRow("upper-case id")
            << QStringLiteral("ABC") << QStringLiteral("not a valid run id");
        QTest::newRow("id too long")
            << QString(33, QLatin1Char('a')) << QStringLiteral("not a valid run id");
        QTest::newRow("id with symbols") << QStringLiteral("https://example.org/?runId=ab%2F..")
                                         << QStringLiteral("not a valid run id");
        QTest::newRow("empty id") << QStringLiteral("https://example.org/?runId=")
                                  << QStringLiteral("not a valid run id");
        QTest::newRow("no id") << QStringLiteral("https://example.org/some/page")
                               << QStringLiteral("no run id");
        QTest::newRow("javascript")
            << QStringLiteral("javascript:alert(1)") << QStringLiteral("not faster.codes links");
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd?runId=abc")
                              << QStringLiteral("not faster.codes links");
        QTest::newRow("ftp") << QStringLiteral("ftp://example.org/?runId=abc")
                             << QStringLiteral("not faster.codes links");
        QTest::newRow("credentials") << QStringLiteral("https://user:pw@example.org/?runId=abc")
                                     << QStringLiteral("password");
        QTest::newRow("scheme without id")
            << QStringLiteral("fastercodes://run/") << QStringLiteral("no run id");
        QTest::newRow("scheme, bad id")
            << QStringLiteral("fastercodes://run/A-B") << QStringLiteral("not a valid run id");
        QTest::newRow("words") << QStringLiteral("hello world")
                               << QStringLiteral("not a valid run id");
        QTest::newRow("path only") << QStringLiteral("/runs/abc") << QStringLiteral("not a link");
        QTest::newRow("huge") << QStringLiteral("https://example.org/?runId=") +
                                     QString(5000, QLatin1Char('a'))
                              << QStringLiteral("too long");
    }

    void rejected()
    {
        QFETCH(QString, link);
        QFETCH(QString, reasonPart);
        QString error;
        QVERIFY(!parsePermalink(link, context(), &error).has_value());
        QVERIFY2(error.contains(reasonPart), qPrintable(error));
    }

    void bareIdNeedsABackend()
    {
        PermalinkContext c = context();
        c.backend = QUrl();
        QString error;
        QVERIFY(!parsePermalink(QStringLiteral("abc"), c, &error));
        QVERIFY2(error.contains(QLatin1String("no backend")), qPrintable(error));
        QVERIFY(!parsePermalink(QStringLiteral("fastercodes://run/abc"), c, &error));
        // A full link needs none.
        QVERIFY(parsePermalink(QStringLiteral("https://example.org/?runId=abc"), c, &error));
    }

    void sites_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("site"); // empty = rejected
        QTest::newRow("origin") << QStringLiteral("http://127.0.0.1:8787")
                                << QStringLiteral("http://127.0.0.1:8787");
        QTest::newRow("trailing slash")
            << QStringLiteral("http://127.0.0.1:8787/") << QStringLiteral("http://127.0.0.1:8787");
        QTest::newRow("https, prefix") << QStringLiteral("https://Example.org/fc/")
                                       << QStringLiteral("https://example.org/fc");
        QTest::newRow("spaces") << QStringLiteral(" https://example.org ")
                                << QStringLiteral("https://example.org");
        QTest::newRow("no scheme") << QStringLiteral("127.0.0.1:8787") << QString();
        QTest::newRow("ftp") << QStringLiteral("ftp://example.org") << QString();
        QTest::newRow("query") << QStringLiteral("https://example.org/?a=b") << QString();
        QTest::newRow("credentials") << QStringLiteral("https://u:p@example.org") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void sites()
    {
        QFETCH(QString, input);
        QFETCH(QString, site);
        QString error;
        const auto got = normalizedSite(input, &error);
        if (site.isEmpty()) {
            QVERIFY(!got.has_value());
            QVERIFY2(error.contains(QLatin1String("not a usable backend address")),
                     qPrintable(error));
        } else {
            QVERIFY2(got.has_value(), qPrintable(error));
            QCOMPARE(got->toString(), site);
        }
    }

    void cleartextRemote_data()
    {
        QTest::addColumn<QString>("site");
        QTest::addColumn<bool>("cleartext");
        QTest::newRow("http remote") << QStringLiteral("http://fc.example.org") << true;
        QTest::newRow("http remote ip") << QStringLiteral("http://192.0.2.7:8787") << true;
        QTest::newRow("HTTP upper case") << QStringLiteral("HTTP://fc.example.org") << true;
        QTest::newRow("loopback look-alike")
            << QStringLiteral("http://127.0.0.1.example.org") << true;
        QTest::newRow("https remote") << QStringLiteral("https://fc.example.org") << false;
        QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8787") << false;
        QTest::newRow("http 127.1.2.3") << QStringLiteral("http://127.1.2.3") << false;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8787") << false;
        QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8787") << false;
    }

    void cleartextRemote()
    {
        QFETCH(QString, site);
        QFETCH(bool, cleartext);
        QCOMPARE(isCleartextRemote(QUrl(site)), cleartext);
    }
};

QTEST_GUILESS_MAIN(TestCloudPermalink)
#include "tst_cloud_permalink.moc"

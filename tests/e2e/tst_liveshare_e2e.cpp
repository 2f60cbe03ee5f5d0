// Run → Share Live end to end: the real window runs a real comparison (C against Python, through
// the measuring launcher) with live sharing on, against the real backend (wrangler dev on
// loopback, the e2e fixture), while Debian's Chromium shows the permalink (viewer_watch.mjs):
// the number of runs on the page grows while the comparison runs, and the final verdict appears
// when it ends. No timing bounds: the programs hold at a gate that the test opens only once the
// page has shown runs arriving, and every wait is on a condition with a generous limit.

#include "cloud/syncsettings.h"
#include "history/historycontroller.h"
#include "history/historystore.h"
#include "history/livesharebanner.h"
#include "history/livesharecontroller.h"
#include "mainwindow.h"
#include "model/analysis.h"
#include "run/runplanbar.h"
#include "sidepane.h"
#include "tst_sync_support.h"
#include "uitestutil.h"
#include "windowparts.h"

#include <QJsonArray>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>
#include <algorithm>

using namespace fc;
using namespace fc::testing;
using namespace fc::ui;

namespace {

// Each run takes the next number (both sides together); the third waits for gate 1 to open, the
// fifth for gate 2. So the comparison stands at 1, then at 2 runs per side until the test lets it
// go on.
const char *kGateC = R"(#include <stdio.h>
#include <unistd.h>
int main(int argc, char **argv) {
    char path[4096];
    int n = 0;
    for (;; ++n) {
        snprintf(path, sizeof path, "%s/run-%d", argv[1], n);
        FILE *f = fopen(path, "wx");
        if (f) { fclose(f); break; }
    }
    for (int k = 1; k <= 2 && n >= 2 * k; ++k) {
        snprintf(path, sizeof path, "%s/release%d", argv[1], k);
        for (int i = 0; i < 90000 && access(path, F_OK) != 0; ++i)
            usleep(10000);
    }
    puts("done");
    return 0;
}
)";
const char *kGatePython = R"(import os, sys, time
d = sys.argv[1]
n = 0
while True:
    try:
        os.close(os.open(os.path.join(d, "run-%d" % n), os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        break
    except FileExistsError:
        n += 1
deadline = time.time() + 900
for k in (1, 2):
    while n >= 2 * k and not os.path.exists(os.path.join(d, "release%d" % k)) and time.time() < deadline:
        time.sleep(0.01)
print(sum(i * i for i in range(20000)))
)";

constexpr int kRuns = 8;

} // namespace

class TestLiveShareE2E : public QObject
{
    Q_OBJECT

    QString m_backend;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        m_backend = fixtureBackend();
        QVERIFY2(m_backend.startsWith(QLatin1String("http://127.0.0.1:")),
                 "the e2e backend fixture did not start (see e2e_backend_start)");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(uitest::testOrganization());
        QSettings().clear();
        qputenv("FASTERCODES_BACKEND", m_backend.toUtf8());
        QVERIFY(m_dir.isValid());
    }

    void runsArriveInTheViewer()
    {
        const QString chromium =
            qEnvironmentVariable("FASTERCODES_CHROMIUM", QStringLiteral("/usr/bin/chromium"));
        if (!QFile::exists(chromium))
            QSKIP("no Chromium at /usr/bin/chromium (FASTERCODES_CHROMIUM): the viewer cannot be "
                  "watched");
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            QSKIP("no node: the viewer is driven by playwright-core");
        for (const char *tool : {"gcc", "python3"}) {
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(QLatin1String(tool))));
        }
        const QString gate = m_dir.filePath(QStringLiteral("gate"));
        QVERIFY(QDir().mkpath(gate));

        HistoryStore store(m_dir.filePath(QStringLiteral("history.sqlite")));
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        HistoryController controller(&window, store);
        // The user has seen the preview before (it has tests of its own in tst_history_view).
        syncsettings::setUploadPreviewDismissed(true);
        SidePane *a = uitest::pane(window, 0);
        SidePane *b = uitest::pane(window, 1);
        QVERIFY(a->setLanguage(QStringLiteral("c")));
        QVERIFY(b->setLanguage(QStringLiteral("python")));
        a->setCode(QString::fromUtf8(kGateC));
        b->setCode(QString::fromUtf8(kGatePython));
        a->setArguments(gate);
        b->setArguments(gate);
        RunPlan plan = uitest::planBar(window)->plan();
        plan.mode = RunPlan::Mode::Fixed;
        plan.runs = kRuns;
        plan.warmup = 0;
        plan.timeoutS = 900; // a run waits at the gate as long as the test needs
        plan.sandbox = false;
        uitest::planBar(window)->setPlan(plan);

        QAction *live = uitest::action(window, "actionShareLive");
        live->setChecked(true);
        QSignalSpy shown(&window, &MainWindow::resultsShown);
        uitest::action(window, "actionRun")->trigger();
        QVERIFY(window.isRunning());

        // The permalink is there while the comparison runs.
        LiveShareBanner *banner = controller.liveShare()->banner();
        QTRY_VERIFY_WITH_TIMEOUT(
            !banner->permalink().isEmpty() || !controller.liveShare()->share() ||
                controller.liveShare()->share()->state() == LiveShare::State::Failed,
            180000);
        QVERIFY2(!banner->permalink().isEmpty(), qPrintable(banner->statusLabel()->text()));
        const QString link = banner->permalink();
        QVERIFY2(link.startsWith(m_backend + QStringLiteral("/?runId=")), qPrintable(link));
        QVERIFY(banner->isVisible());
        QVERIFY(window.isRunning());

        // A visitor opens it.
        QProcess viewer;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FASTERCODES_CHROMIUM"), chromium);
        // FASTERCODES_UPDATE_SCREENSHOT=1: the pictures go to docs/ (else to a temporary folder).
        const bool toDocs = qEnvironmentVariableIntValue("FASTERCODES_UPDATE_SCREENSHOT") == 1;
        const QString shots = toDocs ? QStringLiteral(FC_SOURCE_DIR "/docs") : m_dir.path();
        env.insert(QStringLiteral("LIVE_SCREENSHOT"),
                   shots + QStringLiteral("/viewer-live-share.png"));
        for (const char *proxy :
             {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy"})
            env.remove(QString::fromLatin1(proxy));
        viewer.setProcessEnvironment(env);
        viewer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        viewer.start(node, {QStringLiteral(FC_SOURCE_DIR "/tests/e2e/viewer_watch.mjs"), link});
        QVERIFY2(viewer.waitForStarted(60000), qPrintable(viewer.errorString()));
        QList<QJsonObject> events;
        QStringList transcript;
        const auto readEvents = [&] {
            while (viewer.canReadLine()) {
                const QByteArray line = viewer.readLine().trimmed();
                transcript << QString::fromUtf8(line);
                const QJsonObject e = QJsonDocument::fromJson(line).object();
                if (!e.isEmpty())
                    events << e;
            }
        };
        const auto seen = [&](const QString &event) {
            readEvents();
            for (const QJsonObject &e : std::as_const(events))
                if (e.value(QStringLiteral("event")).toString() == event)
                    return true;
            return false;
        };
        const auto shownRuns = [&] { // the most runs per side the page showed while live
            readEvents();
            int most = -1;
            for (const QJsonObject &e : std::as_const(events))
                if (e.value(QStringLiteral("event")).toString() == QLatin1String("runs"))
                    most = std::max(most, e.value(QStringLiteral("done")).toInt());
            return most;
        };
        const auto log = [&] {
            return transcript.join(QLatin1Char('\n')).toLocal8Bit();
        };

        // The page follows the run live: 1 run per side (the programs wait at gate 1), then,
        // with gate 1 open, 2 (at gate 2). The comparison is certainly still running meanwhile.
        for (int gateNo = 1; gateNo <= 2; ++gateNo) {
            QTRY_VERIFY2_WITH_TIMEOUT(shownRuns() >= gateNo ||
                                          viewer.state() == QProcess::NotRunning,
                                      log().constData(), 300000);
            QVERIFY2(shownRuns() == gateNo, log().constData());
            QVERIFY(window.isRunning());
            if (gateNo == 2)
                QVERIFY(window.grab().save(shots + QStringLiteral("/screenshot-live-share.png")));
            QVERIFY(writeFile(gate + QStringLiteral("/release%1").arg(gateNo), "go"));
        }
        int planned = 0;
        for (const QJsonObject &e : std::as_const(events))
            if (e.value(QStringLiteral("event")).toString() == QLatin1String("runs"))
                planned = e.value(QStringLiteral("planned")).toInt();
        QCOMPARE(planned, kRuns);

        // Both gates open: the rest of the runs, then the verdict, in the app and on the page.
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 600000);
        QVERIFY(window.comparison().has_value());
        QCOMPARE(window.comparison()->status, Comparison::Status::Success);
        // Waited for with the event loop running: the live share's finish is still on its way.
        QTRY_VERIFY_WITH_TIMEOUT(viewer.state() == QProcess::NotRunning, 300000);
        readEvents();
        QCOMPARE(viewer.exitCode(), 0);
        QVERIFY2(seen(QStringLiteral("final")), log().constData());
        const QJsonObject final = events.last();
        QCOMPARE(final.value(QStringLiteral("event")).toString(), QStringLiteral("final"));
        const QString verdict = comparisonDocument(*window.comparison(), window.analysis())
                                    .value(QStringLiteral("verdict"))
                                    .toObject()
                                    .value(QStringLiteral("text"))
                                    .toString();
        QVERIFY(!verdict.isEmpty());
        QCOMPARE(final.value(QStringLiteral("verdict")).toString(), verdict);
        // More runs were shown over time: the count went up while the page watched.
        QList<int> counts;
        for (const QJsonObject &e : std::as_const(events))
            if (e.value(QStringLiteral("event")).toString() == QLatin1String("runs"))
                counts << e.value(QStringLiteral("done")).toInt();
        QVERIFY(std::is_sorted(counts.begin(), counts.end()));
        QVERIFY(counts.contains(1) && counts.contains(2));

        LiveShare *share = controller.liveShare()->share();
        QTRY_COMPARE_WITH_TIMEOUT(share->state(), LiveShare::State::Finished, 120000);
        QVERIFY(banner->statusLabel()->text().contains(link));

        // What the server holds: every run, no host name, no work folder, no home folder.
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        const QString runId = QUrlQuery(QUrl(link)).queryItemValue(QStringLiteral("runId"));
        QNetworkReply *reply =
            network.get(QNetworkRequest(QUrl(m_backend + QStringLiteral("/api/runs/") + runId)));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 60000);
        const QByteArray bytes = reply->readAll();
        reply->deleteLater();
        const QJsonObject doc = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(doc.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
        const QJsonArray sides = doc.value(QStringLiteral("codeRuns")).toArray();
        QCOMPARE(sides.at(0).toObject().value(QStringLiteral("runs")).toArray().size(), kRuns);
        QCOMPARE(sides.at(1).toObject().value(QStringLiteral("runs")).toArray().size(), kRuns);
        QVERIFY(!doc.value(QStringLiteral("environment"))
                     .toObject()
                     .contains(QStringLiteral("hostname")));
        QVERIFY2(!bytes.contains("/fastercodes-"), bytes.left(2000).constData());
        QVERIFY(!bytes.contains(QDir::homePath().toUtf8() + '/'));
        const QJsonArray command = sides.at(0)
                                       .toObject()
                                       .value(QStringLiteral("compile"))
                                       .toObject()
                                       .value(QStringLiteral("command"))
                                       .toArray();
        QVERIFY2(command.contains(QJsonValue(QStringLiteral("main.c"))),
                 QJsonDocument(command).toJson().constData());
        qInfo("live share of %d runs per side: %d requests (%d updates), %lld bytes sent; the page "
              "showed %s runs per side while running",
              kRuns, share->requestsSent(), share->updatesSent(), share->bytesSent(),
              qPrintable([&] {
                  QStringList s;
                  for (int c : counts)
                      s << QString::number(c);
                  return s.join(QLatin1Char(' '));
              }()));
        window.close();
    }
};

QTEST_MAIN(TestLiveShareE2E)
#include "tst_liveshare_e2e.moc"

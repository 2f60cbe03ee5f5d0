// Someone else's code: consent before it runs, attacked where it used to be lost (a restart of
// the window, "Duplicate" of a downloaded entry, a comparison file that claims to be local).
// Real windows (offscreen), a real history file, a real server on 127.0.0.1.

#include "codeeditor.h"
#include "history/historycontroller.h"
#include "history/historystore.h"
#include "mainwindow.h"
#include "model/comparisonjson.h"
#include "results/verdictbanner.h"
#include "run/runplanbar.h"
#include "runner/comparisonrunner.h"
#include "runner/sandbox.h"
#include "sidepane.h"
#include "tst_cloud_httpserver.h"
#include "tst_history_sample.h"
#include "uitestutil.h"
#include "windowparts.h"

#include <QApplication>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;
using namespace fc::ui;
using fc::testing::HttpRequest;
using fc::testing::HttpResponse;
using fc::testing::LocalHttpServer;
using fc::testing::sampleComparison;

namespace {

void closeMessageBoxes()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(w))
            box->close();
    }
}

// Code that would leave a mark if it ran: both sides write into `dir`.
Comparison hostile(const QString &dir, Comparison::SourceKind kind, const QString &url)
{
    Comparison c = sampleComparison(QStringLiteral("bash"), QStringLiteral("bash"),
                                    QStringLiteral("someone else's"));
    c.a().code = QStringLiteral("touch '%1/ran-a'\n").arg(dir);
    c.b().code = QStringLiteral("touch '%1/ran-b'\n").arg(dir);
    c.a().flags.clear();
    c.b().flags.clear();
    c.sourceKind = kind;
    c.sourceUrl = url;
    return c;
}

} // namespace

class TestConsent : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("h%1.sqlite").arg(++m_n)); }

    // Run (the action, Ctrl+Enter) must ask, naming `source`, and start nothing; Cancel keeps
    // it so.
    static void runAsksAndCancelRunsNothing(MainWindow &window, const QString &source)
    {
        QSignalSpy compiled(window.runner(), &ComparisonRunner::compiled);
        QSignalSpy started(&window, &MainWindow::runStarted);
        uitest::action(window, "actionRun")->trigger();
        QMessageBox *box = uitest::runHerePrompt(window);
        QVERIFY2(box && box->isVisible(), "Run started someone else's code without asking");
        QVERIFY2(box->text().contains(source), qPrintable(box->text()));
        QVERIFY(!window.isRunning());
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!uitest::runHerePrompt(window));
        QVERIFY(!window.isRunning());
        QCOMPARE(started.count(), 0);
        QCOMPARE(compiled.count(), 0);
    }

private slots:
    void initTestCase()
    {
        uitest::isolateSettings();
        qunsetenv("FASTERCODES_BACKEND");
        QVERIFY(m_dir.isValid());
    }

    void init() { uitest::isolateSettings(); } // no session left by the test before

    void cleanup()
    {
        closeMessageBoxes();
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("ran-a"))));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("ran-b"))));
    }

    void aDownloadStaysForeignAfterARestart()
    {
        const Comparison sample = hostile(m_dir.path(), Comparison::SourceKind::Local, {});
        LocalHttpServer server([&](const HttpRequest &r) {
            Comparison c = sample;
            c.runId = QStringLiteral("k3x9q2");
            return r.target == "/api/runs/k3x9q2"
                       ? HttpResponse::json(200, QJsonDocument(comparisonDocument(c)).toJson())
                       : HttpResponse::json(404, R"({"error":{"code":"not_found"}})");
        });
        QVERIFY(server.start());
        const QString link = server.origin() + QStringLiteral("/?runId=k3x9q2");
        HistoryStore store(freshPath());
        {
            MainWindow window;
            HistoryController controller(&window, store);
            QSignalSpy opened(&controller, &HistoryController::linkOpened);
            controller.openLink(link);
            QVERIFY(opened.wait(10000));
            QVERIFY(window.showsForeignCode());
            // The export says where it came from.
            const QJsonObject doc = comparisonDocument(*window.comparison());
            QCOMPARE(doc[QStringLiteral("source")][QStringLiteral("kind")].toString(),
                     QStringLiteral("permalink"));
            QCOMPARE(doc[QStringLiteral("source")][QStringLiteral("url")].toString(), link);
            window.close(); // saves the session
        }
        MainWindow again; // the restart: only the session snapshot is left
        QCOMPARE(uitest::pane(again, 0)->code(), sample.a().code);
        QVERIFY(again.showsForeignCode());
        QVERIFY(uitest::pane(again, 0)->isReadOnly());
        QVERIFY(uitest::pane(again, 1)->isReadOnly());
        QCOMPARE(uitest::verdict(again)->state(), VerdictBanner::State::Foreign);
        runAsksAndCancelRunsNothing(again, link);
        QVERIFY(uitest::pane(again, 0)->isReadOnly());

        // Another restart after the refusal: still not agreed to.
        again.close();
        MainWindow third;
        QVERIFY(third.showsForeignCode());
        runAsksAndCancelRunsNothing(third, link);

        // The user's own code (an example) clears the origin, and that survives a restart too.
        QVERIFY(third.loadExample(third.examples().first().id));
        QVERIFY(!third.showsForeignCode());
        QVERIFY(!uitest::pane(third, 0)->isReadOnly());
        third.close();
        MainWindow fourth;
        QVERIFY(!fourth.showsForeignCode());
        QCOMPARE(fourth.currentRequest().sourceKind, Comparison::SourceKind::Local);
        QVERIFY(fourth.currentRequest().sourceUrl.isEmpty());
    }

    void aDuplicateOfADownloadAsksBeforeItRuns()
    {
        const QString link = QStringLiteral("https://fc.example.org/?runId=d0pe11");
        const Comparison c = hostile(m_dir.path(), Comparison::SourceKind::Permalink, link);
        HistoryStore store(freshPath());
        {
            MainWindow window;
            HistoryController controller(&window, store);
            RunPlan plan = uitest::planBar(window)->plan();
            plan.sandbox = false;
            uitest::planBar(window)->setPlan(plan);
            const qint64 id = store.save(c);
            QVERIFY(window.loadExample(window.examples().first().id));
            controller.duplicateEntry(id);
            // An editable copy, but still someone else's code.
            QCOMPARE(uitest::pane(window, 0)->code(), c.a().code);
            QVERIFY(!uitest::pane(window, 0)->isReadOnly());
            QVERIFY(window.showsForeignCode());
            const ComparisonRequest request = window.currentRequest();
            QCOMPARE(request.sourceKind, Comparison::SourceKind::Permalink);
            QCOMPARE(request.sourceUrl, link);
            // Sandboxed whenever this machine has the sandbox, whatever the plan says.
            QCOMPARE(request.plan.sandbox, fc::sandboxAvailable());
            runAsksAndCancelRunsNothing(window, link);
            // Edited, it is still not the user's own.
            uitest::pane(window, 1)->editor()->appendPlainText(QStringLiteral("# edited"));
            runAsksAndCancelRunsNothing(window, link);
            window.close();
        }
        MainWindow again;
        QVERIFY(again.showsForeignCode());
        QVERIFY(uitest::pane(again, 1)->code().contains(QLatin1String("# edited")));
        runAsksAndCancelRunsNothing(again, link);
    }

    void aFileOfUnknownOriginIsForeign()
    {
        // What `fastercodes share FILE` keeps of a file the history does not know, whatever
        // the file claims (tst_history_e2e checks the command).
        const Comparison c =
            hostile(m_dir.path(), Comparison::SourceKind::File, QStringLiteral("result.json"));
        HistoryStore store(freshPath());
        const qint64 id = store.save(c);
        QVERIFY(store.entry(id)->isDownloaded());
        QCOMPARE(store.load(id)->sourceKind, Comparison::SourceKind::File);
        MainWindow window;
        HistoryController controller(&window, store);
        controller.openEntry(id);
        QVERIFY(window.showsForeignCode());
        QVERIFY(uitest::pane(window, 0)->isReadOnly());
        runAsksAndCancelRunsNothing(window, QStringLiteral("result.json"));
        controller.rerunEntry(id);
        QMessageBox *box = uitest::runHerePrompt(window);
        QVERIFY(box && box->isVisible());
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!uitest::runHerePrompt(window));
        QVERIFY(!window.isRunning());
    }

    void theUsersOwnCodeRunsWithoutAsking()
    {
        // The guard does not get in the way: a local entry opens editable and Run asks nothing.
        HistoryStore store(freshPath());
        MainWindow window;
        HistoryController controller(&window, store);
        const qint64 id = store.save(sampleComparison());
        controller.openEntry(id);
        QVERIFY(!window.showsForeignCode());
        QVERIFY(!uitest::pane(window, 0)->isReadOnly());
        controller.duplicateEntry(id);
        QVERIFY(!window.showsForeignCode());
        QCOMPARE(window.currentRequest().sourceKind, Comparison::SourceKind::Local);
    }
};

QTEST_MAIN(TestConsent)
#include "tst_consent.moc"

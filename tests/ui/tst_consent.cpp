// Someone else's code and text: consent before their code runs, attacked where it used to be
// lost (a restart of the window, "Duplicate" of a downloaded entry, a comparison file that claims
// to be local), and their text (server errors, links, downloaded fields) shown as text, never
// interpreted as HTML. Real windows (offscreen), a real history file, a real server on 127.0.0.1.

#include "cloud/syncservice.h"
#include "codeeditor.h"
#include "history/historycontroller.h"
#include "history/historymodel.h"
#include "history/historystore.h"
#include "history/historyview.h"
#include "history/sharedialog.h"
#include "historytestutil.h"
#include "mainwindow.h"
#include "model/comparisonjson.h"
#include "results/environmentview.h"
#include "results/verdictbanner.h"
#include "run/runplanbar.h"
#include "runner/comparisonrunner.h"
#include "runner/sandbox.h"
#include "sidepane.h"
#include "tst_cloud_httpserver.h"
#include "tst_history_sample.h"
#include "uitestutil.h"
#include "window/filecommands.h"
#include "windowparts.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace fc;
using namespace fc::ui;
using fc::testing::HttpRequest;
using fc::testing::HttpResponse;
using fc::testing::LocalHttpServer;
using fc::testing::sampleComparison;

namespace {

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

// Markup a server or a downloaded document might carry: shown as rich text it would be a link to
// click, an image fetched, styled text passing for the app's own.
const QString kMarkup = QStringLiteral("<a href=\"https://evil.example/\">click</a><img "
                                       "src=\"file:///etc/passwd\"><b>bold</b>");

// Every label on screen showing the markup shows it literally, and no tooltip would render it.
void markupIsShownAsText(const char *where)
{
    int seen = 0;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        QList<QWidget *> widgets = top->findChildren<QWidget *>();
        widgets << top;
        for (QWidget *w : std::as_const(widgets)) {
            if (auto *label = qobject_cast<QLabel *>(w); label && label->text().contains(kMarkup)) {
                ++seen;
                QVERIFY2(label->textFormat() == Qt::PlainText,
                         qPrintable(QStringLiteral("%1: %2 %3 may render it as rich text")
                                        .arg(QLatin1String(where),
                                             QLatin1String(label->metaObject()->className()),
                                             label->objectName())));
            }
            QVERIFY2(!w->toolTip().contains(QLatin1String("<img")),
                     qPrintable(QStringLiteral("%1: the tooltip of %2 renders it")
                                    .arg(QLatin1String(where), w->objectName())));
        }
    }
    QVERIFY2(seen > 0, where); // it is on screen, or the check checked nothing
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
        const QUrl link(source);
        if (link.host().isEmpty()) {
            QVERIFY2(box->text().contains(source), qPrintable(box->text()));
        } else {
            // A link is named by its host and run ID, whole in the details only.
            const QString id = QUrlQuery(link).queryItemValue(QStringLiteral("runId"));
            QVERIFY2(box->text().contains(link.host()), qPrintable(box->text()));
            QVERIFY2(box->text().contains(QStringLiteral("(run %1)").arg(id)),
                     qPrintable(box->text()));
            QVERIFY2(!box->text().contains(QStringLiteral("?runId=")), qPrintable(box->text()));
            QVERIFY2(box->detailedText().contains(source), qPrintable(box->detailedText()));
        }
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

    void aComparisonFileIsForeignUnlessTheHistoryKnowsIt_data()
    {
        QTest::addColumn<bool>("inHistory");
        QTest::newRow("from elsewhere, claiming to be local") << false;
        QTest::newRow("exported from this machine's history") << true;
    }

    // File ▸ Open Comparison… and Recent Comparisons both read through openComparisonPath.
    void aComparisonFileIsForeignUnlessTheHistoryKnowsIt()
    {
        QFETCH(bool, inHistory);
        const Comparison c = hostile(m_dir.path(), Comparison::SourceKind::Local, {});
        const QString path = m_dir.filePath(QStringLiteral("claims-local.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(comparisonDocument(c)).toJson());
        file.close();
        HistoryStore store(freshPath());
        if (inHistory)
            QVERIFY(store.save(c) != 0);
        {
            MainWindow window;
            HistoryController controller(&window, store);
            QVERIFY(window.files()->openComparisonPath(path));
            QCOMPARE(window.showsForeignCode(), !inHistory);
            QCOMPARE(uitest::pane(window, 0)->isReadOnly(), !inHistory);
            if (inHistory) {
                QCOMPARE(window.currentRequest().sourceKind, Comparison::SourceKind::Local);
                return;
            }
            QCOMPARE(window.codeOrigin().kind, Comparison::SourceKind::File);
            QCOMPARE(uitest::verdict(window)->state(), VerdictBanner::State::Foreign);
            QVERIFY2(uitest::verdict(window)->text().contains(QLatin1String("claims-local.json")),
                     qPrintable(uitest::verdict(window)->text()));
            // Where it came from goes with it: the request, the export; the path stays here.
            QCOMPARE(window.currentRequest().sourceKind, Comparison::SourceKind::File);
            QCOMPARE(window.currentRequest().sourceUrl, QStringLiteral("claims-local.json"));
            runAsksAndCancelRunsNothing(window, QStringLiteral("claims-local.json"));
            window.close();
        }
        MainWindow again;
        QVERIFY(again.showsForeignCode());
        runAsksAndCancelRunsNothing(again, QStringLiteral("claims-local.json"));
    }

    void serverErrorsAreShownAsText()
    {
        LocalHttpServer server([&](const HttpRequest &) {
            return HttpResponse::json(
                403,
                QJsonDocument(
                    QJsonObject{{QStringLiteral("error"),
                                 QJsonObject{{QStringLiteral("code"), QStringLiteral("not_found")},
                                             {QStringLiteral("message"), kMarkup}}}})
                    .toJson());
        });
        QVERIFY(server.start());
        HistoryStore store(freshPath());
        MainWindow window;
        window.show();
        HistoryController controller(&window, store);
        QSignalSpy failed(&controller, &HistoryController::linkFailed);
        controller.openLink(server.origin() + QStringLiteral("/?runId=abc123"));
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().at(1).toString().contains(kMarkup),
                 qPrintable(failed.first().at(1).toString()));
        markupIsShownAsText("the error box of Open Permalink");
        closeMessageBoxes();

        ShareDialog share(&window);
        share.show();
        Delivery d;
        d.result = Delivery::Result::Failed;
        d.message = kMarkup;
        share.showDelivery(d);
        markupIsShownAsText("the share dialog");
        share.close();
    }

    void downloadedFieldsAndLinksAreShownAsText()
    {
        // A download whose every free-text field carries markup, from a link that does too.
        Comparison c = hostile(m_dir.path(), Comparison::SourceKind::Permalink,
                               QStringLiteral("https://fc.example.org/?runId=x1&q=") + kMarkup);
        c.title = kMarkup;
        c.environment.cpuModel = kMarkup;
        c.environment.os = kMarkup;
        c.a().toolchain = kMarkup;
        c.status = Comparison::Status::Failed;
        c.b().status = Side::Status::Failed;
        c.b().error = SideError{QStringLiteral("exit"), kMarkup};
        HistoryStore store(freshPath());
        const qint64 id = store.save(c);
        QVERIFY(store.load(id).has_value());
        MainWindow window;
        window.show();
        HistoryController controller(&window, store);
        controller.view()->parentWidget()->show();
        controller.openEntry(id);
        uitest::tabs(window)->setCurrentIndex(ResultsPage::EnvironmentTab);
        markupIsShownAsText("the environment");
        // The history list's tooltips (its views' tooltips are not widgets' own).
        const QAbstractItemModel *model = controller.view()->model();
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString tip = model->index(0, column).data(Qt::ToolTipRole).toString();
            QVERIFY2(!tip.contains(QLatin1String("<img")), qPrintable(tip));
        }
        window.runHere();
        QVERIFY(uitest::runHerePrompt(window));
        markupIsShownAsText("the run-here question");
        closeMessageBoxes();
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

    // Not a check: the picture in docs/history-and-sync.md, the question over the window that
    // asks it, from the real widgets.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("FC_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("writes the docs' screenshot only when FC_SCREENSHOTS names a folder");
        Comparison c = sampleComparison(QStringLiteral("c"), QStringLiteral("python"),
                                        QStringLiteral("sum of squares"));
        c.sourceKind = Comparison::SourceKind::Permalink;
        c.sourceUrl = QStringLiteral("https://fc.example.org/?runId=k3x9q2m7ra");
        HistoryStore store(freshPath());
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        HistoryController controller(&window, store);
        controller.openEntry(store.save(c));
        window.runHere();
        QMessageBox *box = uitest::runHerePrompt(window);
        QVERIFY(box);
        QVERIFY(QTest::qWaitForWindowExposed(box));
        QPixmap shot = window.grab();
        const QPixmap question = box->grab();
        QPainter painter(&shot);
        painter.fillRect(shot.rect(), QColor(0, 0, 0, 60)); // the window behind a modal question
        painter.drawPixmap((shot.width() - question.width()) / 2, 120, question);
        painter.end();
        QVERIFY(shot.save(dir + QStringLiteral("/screenshot-consent.png")));
    }
};

QTEST_MAIN(TestConsent)
#include "tst_consent.moc"

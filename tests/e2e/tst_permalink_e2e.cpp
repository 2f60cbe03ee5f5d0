#include "desktop/singleinstance.h"
#include "history/historycontroller.h"
#include "history/historystore.h"
#include "mainwindow.h"
#include "model/analysis.h"
#include "model/comparisonjson.h"
#include "results/resultsview.h"
#include "results/verdictbanner.h"
#include "sidepane.h"
#include "tst_history_sample.h"
#include "tst_sync_support.h"
#include "uitestutil.h"
#include "windowparts.h"

#include <QJsonArray>
#include <QLocalSocket>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QUrlQuery>

using namespace fc;
using namespace fc::testing;

// Permalinks in the real app against the real backend: the window opens a shared comparison
// and shows its verdict; a second start of the app hands its link to the first.
class TestPermalinkE2E : public QObject
{
    Q_OBJECT

    QString m_backend;
    QTemporaryDir m_dir;

    // Shares a comparison through the command line and returns its permalink.
    QString share(const Comparison &c)
    {
        Cli cli;
        const QString file = cli.file(QStringLiteral("r.json"));
        if (!writeFile(file, QJsonDocument(comparisonDocument(c)).toJson()))
            return {};
        const CliResult r =
            cli.run({QStringLiteral("share"), file, QStringLiteral("--backend"), m_backend});
        if (r.exitCode != 0)
            qWarning("share: %s", qPrintable(r.describe()));
        return r.outText().trimmed();
    }

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

    void theWindowOpensALinkAndShowsTheVerdict()
    {
        const Comparison c = sampleComparison(QStringLiteral("go"), QStringLiteral("python"),
                                              QStringLiteral("shared from the CLI"));
        const QString link = share(c);
        QVERIFY2(link.startsWith(m_backend + QStringLiteral("/?runId=")), qPrintable(link));
        const QString runId = QUrlQuery(QUrl(link)).queryItemValue(QStringLiteral("runId"));

        HistoryStore store(m_dir.filePath(QStringLiteral("window.sqlite")));
        ui::MainWindow window;
        window.show();
        ui::HistoryController controller(&window, store);
        QSignalSpy opened(&controller, &ui::HistoryController::linkOpened);
        QSignalSpy failed(&controller, &ui::HistoryController::linkFailed);
        // The scheme form, as the desktop hands it over.
        controller.openLink(
            QStringLiteral("fastercodes://%1/?runId=%2").arg(QUrl(m_backend).authority(), runId));
        QVERIFY2(opened.wait(20000),
                 failed.isEmpty() ? "no answer" : qPrintable(failed.first().at(1).toString()));

        QVERIFY(window.comparison().has_value());
        QCOMPARE(window.comparison()->runId, runId);
        QCOMPARE(window.comparison()->sourceKind, Comparison::SourceKind::Permalink);
        QCOMPARE(window.comparison()->sourceUrl, link);
        // Someone else's code: read-only, a banner naming the source, "Run it here" offered.
        QVERIFY(uitest::pane(window, 0)->isReadOnly());
        QVERIFY(uitest::pane(window, 1)->isReadOnly());
        QCOMPARE(uitest::pane(window, 0)->snapshot().code, c.a().code);
        QCOMPARE(uitest::verdict(window)->state(), ui::VerdictBanner::State::Foreign);
        QVERIFY2(uitest::verdict(window)->text().contains(QUrl(m_backend).host()),
                 qPrintable(uitest::verdict(window)->text()));
        // The verdict, as computed from the downloaded runs, is the one of the shared comparison.
        QCOMPARE(window.analysis().verdict.sentence(), analyze(c).verdict.sentence());
        QVERIFY(window.analysis().verdict.isSignificant());
        const QTableWidgetItem *verdict = uitest::resultsView(window)->medianTable()->item(
            ui::ResultsView::WallRow, ui::ResultsView::VerdictColumn);
        QVERIFY(verdict && !verdict->text().isEmpty());
        // Kept in the history as a download.
        const auto entry = store.entry(opened.first().first().toLongLong());
        QVERIFY(entry.has_value());
        QVERIFY(entry->isDownloaded());
        QCOMPARE(entry->sourceUrl, link);
    }

    void aSecondStartHandsItsLinkToTheRunningApp()
    {
        const QString link = share(sampleComparison(QStringLiteral("c"), QStringLiteral("rust"),
                                                    QStringLiteral("handed over")));
        QVERIFY2(link.startsWith(m_backend), qPrintable(link));
        Cli cli;
        QProcess first;
        QProcessEnvironment env = cli.environment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("FASTERCODES_BACKEND"), m_backend);
        first.setProcessEnvironment(env);
        first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        first.start(Cli::program(), {});
        QVERIFY(first.waitForStarted(10000));
        const auto stop = qScopeGuard([&] {
            first.terminate();
            if (!first.waitForFinished(5000))
                first.kill();
            first.waitForFinished(5000);
        });
        // The first instance listens once its window is up.
        const QString server =
            ui::SingleInstance(cli.file(QStringLiteral("data/faster.codes/fastercodes")))
                .serverName();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QLocalSocket probe;
                probe.connectToServer(server);
                return probe.waitForConnected(200);
            }(),
            30000);

        QProcess second;
        second.setProcessEnvironment(env);
        second.start(Cli::program(), {link});
        QVERIFY(second.waitForStarted(10000));
        QVERIFY2(second.waitForFinished(20000),
                 "the second start should hand over its link and quit");
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(first.state(), QProcess::Running);

        // The first instance downloaded it: the history (shared by both) has it.
        QString seen;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const CliResult r = cli.run({QStringLiteral("history"), QStringLiteral("--json")});
                for (const QJsonValue &e : QJsonDocument::fromJson(r.out).array()) {
                    if (e[QStringLiteral("source")][QStringLiteral("url")].toString() == link)
                        return true;
                }
                seen = r.describe();
                return false;
            }(),
            30000);
        QCOMPARE(first.state(), QProcess::Running);
    }
};

QTEST_MAIN(TestPermalinkE2E)
#include "tst_permalink_e2e.moc"

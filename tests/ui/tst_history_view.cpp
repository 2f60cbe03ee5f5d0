// History and permalinks in the real window: the controller, the history dock, links opened,
// dropped and run here, the sync settings and the single-instance hand-off. Servers are real
// sockets on 127.0.0.1.

#include "historytestutil.h"

class TestHistoryView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("h%1.sqlite").arg(++m_n)); }

private slots:
    void initTestCase()
    {
        uitest::isolateSettings();
        // The preview before the first share has its own test (tst_sharing).
        syncsettings::setUploadPreviewDismissed(true);
        qunsetenv("FASTERCODES_BACKEND");
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        closeMessageBoxes();
        qunsetenv("FASTERCODES_BACKEND");
    }

    void savesEveryFinishedComparison()
    {
        HistoryStore store(freshPath());
        MainWindow window;
        HistoryController controller(&window, store);
        QVERIFY(!controller.shareAction()->isEnabled());
        QSignalSpy saved(&controller, &HistoryController::saved);
        const Comparison c = sampleComparison();
        emit window.comparisonFinished(c, analyze(c));
        QCOMPARE(saved.count(), 1);
        const qint64 id = saved.first().first().toLongLong();
        QCOMPARE(controller.currentEntry(), id);
        QCOMPARE(store.load(id).value(), c);
        QVERIFY(controller.shareAction()->isEnabled());
        QCOMPARE(controller.view()->model()->rowCount(), 1);
        // The actions are in the window's menus.
        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus << a->text();
        QVERIFY2(menus.contains(QStringLiteral("Hi&story")),
                 qPrintable(menus.join(QLatin1Char(','))));
        QVERIFY(window.menuBar()->actions().first()->menu()->actions().contains(
            controller.openPermalinkAction()));
    }

    void searchStarDeleteAndUndo()
    {
        HistoryStore store(freshPath());
        MainWindow window;
        HistoryController controller(&window, store);
        HistoryView *view = controller.view();
        const qint64 sum = store.save(sampleComparison(
            QStringLiteral("c"), QStringLiteral("python"), QStringLiteral("sum of squares")));
        const qint64 hash = store.save(sampleComparison(
            QStringLiteral("rust"), QStringLiteral("java"), QStringLiteral("hash maps")));
        QCOMPARE(view->model()->rowCount(), 2);

        view->searchField()->setText(QStringLiteral("hash"));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->entryAt(0).id, hash);
        view->searchField()->clear();
        QCOMPARE(view->languageFilter()->findData(QStringLiteral("python")) > 0, true);
        view->languageFilter()->setCurrentIndex(
            view->languageFilter()->findData(QStringLiteral("python")));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->entryAt(0).id, sum);
        view->languageFilter()->setCurrentIndex(0);

        view->select(hash);
        view->starCurrent();
        QVERIFY(store.entry(hash)->starred);
        QCOMPARE(view->model()
                     ->index(view->model()->rowOf(hash), HistoryModel::StarColumn)
                     .data()
                     .toString(),
                 QStringLiteral("★"));
        view->starredOnly()->setChecked(true);
        QCOMPARE(view->model()->rowCount(), 1);
        view->starredOnly()->setChecked(false);

        view->select(sum);
        view->deleteCurrent();
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(store.count(), 1);
        QVERIFY(view->undoButton()->isVisibleTo(view));
        QTest::mouseClick(view->undoButton(), Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), 2);
        QCOMPARE(view->currentId(), sum);
        QVERIFY(!view->undoButton()->isVisibleTo(view));
    }

    void openAndDuplicateEntries()
    {
        HistoryStore store(freshPath());
        MainWindow window;
        HistoryController controller(&window, store);
        Comparison c = sampleComparison();
        const qint64 id = store.save(c);
        controller.openEntry(id);
        QVERIFY(window.comparison().has_value());
        QCOMPARE(*window.comparison(), c);
        QCOMPARE(controller.currentEntry(), id);
        QCOMPARE(uitest::pane(window, 0)->snapshot().code, c.a().code);
        QVERIFY(!uitest::pane(window, 1)->isReadOnly());

        uitest::pane(window, 0)->restore(
            {QStringLiteral("c"), QStringLiteral("int main(void){}"), {}, {}, {}, {}, true});
        controller.duplicateEntry(id);
        QCOMPARE(uitest::pane(window, 0)->snapshot().code, c.a().code);
        QCOMPARE(uitest::pane(window, 1)->snapshot().languageId, QStringLiteral("python"));
        QVERIFY(!uitest::pane(window, 0)->isReadOnly());
    }

    void opensALinkReadOnlyAndKeepsIt()
    {
        const Comparison sample = sampleComparison(QStringLiteral("c"), QStringLiteral("python"),
                                                   QStringLiteral("linked"));
        LocalHttpServer server([&](const HttpRequest &r) {
            return r.target == "/api/runs/abc123"
                       ? HttpResponse::json(200, documentOf(sample, QStringLiteral("abc123")))
                       : HttpResponse::json(404,
                                            R"({"error":{"code":"not_found","message":"no run"}})");
        });
        QVERIFY(server.start());
        HistoryStore store(freshPath());
        MainWindow window;
        window.show();
        HistoryController controller(&window, store);
        QSignalSpy opened(&controller, &HistoryController::linkOpened);
        const QString link = server.origin() + QStringLiteral("/?runId=abc123");
        controller.openLink(link);
        QVERIFY(opened.wait(10000));
        const qint64 id = opened.first().first().toLongLong();
        QVERIFY(id > 0);
        QVERIFY(window.comparison().has_value());
        QCOMPARE(window.comparison()->sourceKind, Comparison::SourceKind::Permalink);
        QCOMPARE(window.comparison()->sourceUrl, link);
        QVERIFY(uitest::pane(window, 0)->isReadOnly());
        QVERIFY(uitest::pane(window, 1)->isReadOnly());
        QCOMPARE(uitest::verdict(window)->state(), VerdictBanner::State::Foreign);
        QVERIFY2(uitest::verdict(window)->text().contains(QLatin1String("127.0.0.1")),
                 qPrintable(uitest::verdict(window)->text()));
        QVERIFY(window.analysis().verdict.isSignificant()); // the results show the verdict
        QCOMPARE(store.entry(id)->sourceUrl, link);
        QCOMPARE(controller.view()->currentId(), id);

        // A bad link: said in words, nothing else changes.
        QSignalSpy failed(&controller, &HistoryController::linkFailed);
        controller.openLink(server.origin() + QStringLiteral("/?runId=gone"));
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().at(1).toString().contains(QLatin1String("there is no run gone")),
                 qPrintable(failed.first().at(1).toString()));
        QCOMPARE(store.count(), 1);
        QCOMPARE(window.comparison()->sourceUrl, link);
    }

    void aLinkDroppedOnTheWindowOpens()
    {
        const Comparison sample = sampleComparison();
        LocalHttpServer server([&](const HttpRequest &) {
            return HttpResponse::json(200, documentOf(sample, QStringLiteral("drop1")));
        });
        QVERIFY(server.start());
        HistoryStore store(freshPath());
        MainWindow window;
        window.show();
        HistoryController controller(&window, store);
        QSignalSpy opened(&controller, &HistoryController::linkOpened);
        QMimeData mime;
        mime.setUrls({QUrl(
            QStringLiteral("fastercodes://127.0.0.1:%1/?runId=drop1").arg(server.serverPort()))});
        QWidget *target = uitest::verdict(window);
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        QVERIFY(opened.wait(10000));
        QCOMPARE(window.comparison()->runId, QStringLiteral("drop1"));
        // A file is not a link: left to the side panes.
        QMimeData file;
        file.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/x.c"))});
        QDragEnterEvent fileEnter(QPoint(5, 5), Qt::CopyAction, &file, Qt::LeftButton,
                                  Qt::NoModifier);
        fileEnter.ignore();
        QApplication::sendEvent(target, &fileEnter);
        QVERIFY(!fileEnter.isAccepted());
    }

    void openPermalinkDialogValidates()
    {
        PermalinkContext context;
        context.backend = QUrl(QStringLiteral("http://127.0.0.1:8787"));
        QApplication::clipboard()->setText(QStringLiteral("https://faster.codes/?r=31q3"));
        OpenPermalinkDialog dialog(context);
        QCOMPARE(dialog.link(),
                 QStringLiteral("https://faster.codes/?r=31q3")); // taken from the clipboard
        auto *open = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open);
        QVERIFY(open->isEnabled());
        QVERIFY2(dialog.hintLabel()->text().contains(QLatin1String("original")),
                 qPrintable(dialog.hintLabel()->text()));
        dialog.linkField()->setText(QStringLiteral("ftp://nope"));
        QVERIFY(!open->isEnabled());
        QVERIFY(dialog.hintLabel()->text().contains(QLatin1String("not faster.codes links")));
        dialog.linkField()->setText(QStringLiteral("fastercodes://run/k3x9"));
        QVERIFY(open->isEnabled());
        QVERIFY(dialog.hintLabel()->text().contains(QLatin1String("127.0.0.1:8787")));
    }

    void syncSettingsAreValidatedAndKept()
    {
        SyncSettingsPage page;
        page.backendField()->setText(QStringLiteral("not a url"));
        QVERIFY(!page.apply());
        QVERIFY(page.problemLabel()->isVisibleTo(&page));
        QVERIFY(
            page.problemLabel()->text().contains(QLatin1String("not a usable backend address")));
        QVERIFY2(page.problemLabel()->text().startsWith(QLatin1String("Backend: ")),
                 qPrintable(page.problemLabel()->text()));
        // The field with the problem is named; blank lines between sites do not count.
        page.backendField()->setText(QStringLiteral("https://fc.example.org/"));
        page.originalSitesField()->setPlainText(
            QStringLiteral("https://faster.codes\n\n  \nnot a site"));
        QVERIFY(!page.apply());
        QVERIFY2(
            page.problemLabel()->text().startsWith(QLatin1String("Original sites: 'not a site'")),
            qPrintable(page.problemLabel()->text()));
        QVERIFY(!syncsettings::hasStoredBackendUrl()); // nothing written
        page.uploadAutomatically()->setChecked(true);
        page.originalSitesField()->setPlainText(
            QStringLiteral("https://faster.codes\nhttps://old.example.net"));
        page.originalApiField()->setText(QStringLiteral("http://127.0.0.1:5001"));
        QVERIFY(page.apply());
        QCOMPARE(syncsettings::backendUrl(), QUrl(QStringLiteral("https://fc.example.org")));
        QVERIFY(syncsettings::uploadAutomatically());
        QCOMPARE(syncsettings::originalSites(),
                 (QStringList{QStringLiteral("https://faster.codes"),
                              QStringLiteral("https://old.example.net")}));
        QCOMPARE(syncsettings::originalApi(), QUrl(QStringLiteral("http://127.0.0.1:5001")));
        SyncSettingsPage again;
        QCOMPARE(again.backendField()->text(), QStringLiteral("https://fc.example.org"));
        QVERIFY(again.uploadAutomatically()->isChecked());
        // Cleared: back to the development default.
        again.backendField()->clear();
        again.uploadAutomatically()->setChecked(false);
        QVERIFY(again.apply());
        QCOMPARE(syncsettings::backendUrl(),
                 QUrl(QLatin1String(syncsettings::kDevelopmentBackend)));
    }

    void syncSettingsAreATabOfTheSettingsDialog()
    {
        HistoryStore store(freshPath());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        HistoryController controller(&window, store);
        QVERIFY(!uitest::settingsDialog(window));
        // History → Sync Settings… opens the one Settings dialog on its Sync tab.
        controller.syncSettingsAction()->trigger();
        SettingsDialog *dialog = uitest::settingsDialog(window);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->currentPage(), SettingsDialog::SyncPage);
        QCOMPARE(dialog->tabs()->currentWidget(), dialog->syncPage());
        QCOMPARE(dialog->tabs()->tabText(dialog->tabs()->currentIndex()), QStringLiteral("Sync"));
        // Ctrl+, while it is open: the same dialog, not a second one.
        uitest::action(window, "actionSettings")->trigger();
        QCOMPARE(uitest::settingsDialog(window), dialog);
        int dialogs = 0;
        for (QWidget *w : QApplication::topLevelWidgets())
            dialogs += qobject_cast<QDialog *>(w) && w->isVisible() ? 1 : 0;
        QCOMPARE(dialogs, 1);
        // OK writes the sync fields like any other setting.
        dialog->syncPage()->backendField()->setText(QStringLiteral("http://127.0.0.1:9911"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!uitest::settingsDialog(window));
        QCOMPARE(syncsettings::backendUrl(), QUrl(QStringLiteral("http://127.0.0.1:9911")));
        syncsettings::setBackendUrl(QUrl());
    }

    void runItHereAsksFirstAndRunsInTheSandbox()
    {
        HistoryStore store(freshPath());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(uitest::catalog(window)->waitForDetection(120000));
        if (!uitest::catalog(window)->status(QStringLiteral("bash")).isInstalled())
            QSKIP("bash is not installed here");
        HistoryController controller(&window, store);
        fc::RunPlan plan = uitest::planBar(window)->plan();
        plan.mode = fc::RunPlan::Mode::Fixed;
        plan.runs = 2;
        plan.warmup = 1;
        plan.sandbox = false; // the user's own setting: "Run it here" turns the sandbox on
        uitest::planBar(window)->setPlan(plan);

        // Someone else's comparison, downloaded: A lists the network interfaces it can see,
        // B tries to write to /etc.
        Comparison c = sampleComparison(QStringLiteral("bash"), QStringLiteral("bash"),
                                        QStringLiteral("foreign"));
        c.a().code = QStringLiteral("tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d ' '\n");
        c.b().code = QStringLiteral(
            "touch /etc/fc-should-fail 2>/dev/null && echo writable || echo readonly\n");
        c.a().flags.clear();
        c.b().flags.clear();
        c.sourceKind = Comparison::SourceKind::Permalink;
        c.sourceUrl = QStringLiteral("https://fc.example.org/?runId=k3x9q2");
        const qint64 id = store.save(c);
        controller.openEntry(id);
        QVERIFY(window.showsForeignCode());
        QVERIFY(uitest::pane(window, 0)->isReadOnly());
        QCOMPARE(uitest::verdict(window)->state(), VerdictBanner::State::Foreign);

        QSignalSpy compiled(window.runner(), &fc::ComparisonRunner::compiled);
        QSignalSpy measured(window.runner(), &fc::ComparisonRunner::runMeasured);
        QSignalSpy finished(&window, &MainWindow::comparisonFinished);
        const auto decline = [&](const char *how) {
            QMessageBox *box = uitest::runHerePrompt(window);
            QVERIFY2(box && box->isVisible(), how);
            QVERIFY2(box->detailedText().contains(c.sourceUrl), qPrintable(box->detailedText()));
            QVERIFY2(box->text().contains(QUrl(c.sourceUrl).host()), qPrintable(box->text()));
            QVERIFY(!window.isRunning()); // nothing starts before the answer
            box->button(QMessageBox::Cancel)->click();
            QTRY_VERIFY(!uitest::runHerePrompt(window));
            QVERIFY(!window.isRunning());
            QVERIFY(uitest::pane(window, 0)->isReadOnly());
            QVERIFY(uitest::pane(window, 1)->isReadOnly());
            QVERIFY(!uitest::planBar(window)->plan().sandbox);
        };
        // The banner's button, Run (Ctrl+Enter) and the history's Re-run all ask first.
        QTest::mouseClick(uitest::verdict(window)->runHereButton(), Qt::LeftButton);
        decline("the banner's button");
        uitest::action(window, "actionRun")->trigger();
        decline("Run");
        controller.rerunEntry(id);
        decline("Re-run");
        QTest::qWait(200);
        QCOMPARE(compiled.count(), 0);
        QCOMPARE(measured.count(), 0);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(store.count(), 1);

        window.runHere();
        QMessageBox *box = uitest::runHerePrompt(window);
        QVERIFY(box && box->isVisible());
        if (!fc::sandboxAvailable()) {
            // Said before anything runs, and not run here.
            QVERIFY2(box->text().contains(QLatin1String("no sandbox")), qPrintable(box->text()));
            box->button(QMessageBox::Cancel)->click();
            QSKIP("bubblewrap (bwrap) is not installed: the sandboxed run cannot be checked");
        }
        QCOMPARE(box->button(QMessageBox::Yes)->text(), QStringLiteral("Run in the Sandbox"));
        box->button(QMessageBox::Yes)->click();
        QVERIFY(window.isRunning());
        QVERIFY(uitest::planBar(window)->plan().sandbox);
        QVERIFY(uitest::planBar(window)->sandboxButton()->isChecked()); // visibly on
        QVERIFY(!uitest::pane(window, 0)->isReadOnly());
        QVERIFY(finished.wait(60000));
        const auto ran = finished.first().first().value<Comparison>();
        QVERIFY2(ran.status == Comparison::Status::Success,
                 qPrintable(ran.a().error   ? ran.a().error->message
                            : ran.b().error ? ran.b().error->message
                                            : QString()));
        QVERIFY(ran.sandboxed);
        QCOMPARE(ran.a().stdoutText, QStringLiteral("lo\n")); // a network namespace of its own
        QCOMPARE(ran.b().stdoutText, QStringLiteral("readonly\n"));
        // Measured here: a local comparison that remembers the link its code came from, kept
        // as a new entry; the download with the other machine's figures stays as it was.
        QCOMPARE(ran.sourceKind, Comparison::SourceKind::Local);
        QCOMPARE(ran.sourceUrl, c.sourceUrl);
        QCOMPARE(store.count(), 2);
        QCOMPARE(store.load(id).value(), c);
        QVERIFY(store.entry(id)->isDownloaded());
        QVERIFY(!store.entry(controller.currentEntry())->isDownloaded());
        QVERIFY(!window.showsForeignCode());
        QVERIFY(uitest::verdict(window)->state() != VerdictBanner::State::Foreign);
    }

    void windowsRegistersTheSchemeWithTheseValues()
    {
        // What DesktopIntegration::registerUrlScheme() writes under
        // HKEY_CURRENT_USER\Software\Classes\fastercodes on Windows, as docs/history-and-sync.md
        // lists it (built and run on Windows only; the values are checked everywhere).
        const QString exe = QStringLiteral("C:\\Users\\ada\\faster.codes\\fastercodes.exe");
        const QList<std::pair<QString, QString>> expected{
            {QStringLiteral("Default"), QStringLiteral("URL:faster.codes comparison")},
            {QStringLiteral("URL Protocol"), QString()},
            {QStringLiteral("DefaultIcon/Default"), QStringLiteral("\"%1\",0").arg(exe)},
            {QStringLiteral("shell/open/command/Default"),
             QStringLiteral("\"%1\" \"%2\"").arg(exe, QStringLiteral("%1"))},
        };
        QCOMPARE(DesktopIntegration::urlSchemeRegistryValues(exe), expected);
    }

    void aSecondInstanceHandsItsLinksToTheFirst()
    {
        const QString key = m_dir.filePath(QStringLiteral("instance-key"));
        SingleInstance nobody(key);
        QVERIFY(!nobody.handOff({QStringLiteral("x")}, 300)); // no one runs yet

        SingleInstance first(key);
        QVERIFY(first.listen());
        QSignalSpy links(&first, &SingleInstance::linkReceived);
        QSignalSpy activated(&first, &SingleInstance::activationRequested);
        // The second runs its hand-off from another thread, as a second process would block.
        bool handed = false;
        std::unique_ptr<QThread> second(QThread::create([&] {
            SingleInstance other(key);
            handed = other.handOff({QStringLiteral("https://faster.codes/?runId=31q3"),
                                    QStringLiteral("fastercodes://run/abc")});
        }));
        second->start();
        QTRY_VERIFY_WITH_TIMEOUT(second->isFinished(), 10000);
        QVERIFY(handed);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(links.count(), 2);
        QCOMPARE(links.at(0).first().toString(),
                 QStringLiteral("https://faster.codes/?runId=31q3"));
        QCOMPARE(links.at(1).first().toString(), QStringLiteral("fastercodes://run/abc"));
        // Another key is another instance.
        SingleInstance unrelated(key + QStringLiteral("-other"));
        QVERIFY(!unrelated.handOff({}, 300));
    }
};

QTEST_MAIN(TestHistoryView)
#include "tst_history_view.moc"

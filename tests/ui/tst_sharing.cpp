// Sharing from the real window: the share dialog with its link, the preview before the first
// share, Share Live as a run action and a share made offline waiting in the queue. Servers are
// real sockets on 127.0.0.1.

#include "historytestutil.h"

class TestSharing : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("h%1.sqlite").arg(++m_n)); }

private slots:
    void initTestCase()
    {
        uitest::isolateSettings();
        // The preview before the first share has its own test (previewBeforeTheFirstShare).
        syncsettings::setUploadPreviewDismissed(true);
        qunsetenv("FASTERCODES_BACKEND");
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        closeMessageBoxes();
        qunsetenv("FASTERCODES_BACKEND");
    }

    void shareShowsTheLinkWithCopy()
    {
        LocalHttpServer server([&](const HttpRequest &) {
            return HttpResponse::json(201, "{\"runId\":\"s1\",\"writeToken\":\"fcw_" +
                                               QByteArray(43, 'k') + "\",\"permalink\":\"" +
                                               server.origin().toUtf8() + "/?runId=s1\"}");
        });
        QVERIFY(server.start());
        qputenv("FASTERCODES_BACKEND", server.origin().toUtf8());
        HistoryStore store(freshPath());
        MainWindow window;
        HistoryController controller(&window, store);
        const Comparison c = sampleComparison();
        emit window.comparisonFinished(c, analyze(c));
        QSignalSpy finished(&controller, &HistoryController::shareFinished);
        controller.shareAction()->trigger();
        QVERIFY(finished.wait(10000));
        ShareDialog *dialog = controller.shareDialog();
        QVERIFY(dialog && dialog->isVisible());
        const QString link = server.origin() + QStringLiteral("/?runId=s1");
        QCOMPARE(dialog->linkField()->text(), link);
        QVERIFY(dialog->copyButton()->isEnabled());
        QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), link);
        QCOMPARE(store.entry(controller.currentEntry())->permalink, link);
        QCOMPARE(controller.view()->model()->index(0, HistoryModel::SyncColumn).data().toString(),
                 QStringLiteral("uploaded: ") + link);
        dialog->close();
    }

    void previewBeforeTheFirstShare()
    {
        int creates = 0;
        LocalHttpServer server([&](const HttpRequest &) {
            ++creates;
            return HttpResponse::json(201, "{\"runId\":\"p1\",\"writeToken\":\"fcw_" +
                                               QByteArray(43, 'k') + "\",\"permalink\":\"" +
                                               server.origin().toUtf8() + "/?runId=p1\"}");
        });
        QVERIFY(server.start());
        qputenv("FASTERCODES_BACKEND", server.origin().toUtf8());
        syncsettings::setUploadPreviewDismissed(false);
        HistoryStore store(freshPath());
        MainWindow window;
        HistoryController controller(&window, store);
        const qint64 id = store.save(sampleComparison());
        const auto preview = []() -> UploadPreviewDialog * {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *d = qobject_cast<UploadPreviewDialog *>(w); d && d->isVisible())
                    return d;
            }
            return nullptr;
        };
        // Shown, and cancelled: nothing goes out.
        controller.share(id);
        QTRY_VERIFY(preview() && preview()->isVisible());
        const QString json = preview()->jsonView()->toPlainText();
        QVERIFY(json.contains(QLatin1String("\"cpuModel\"")));
        QVERIFY2(!json.contains(QLatin1String("testhost")), "the host name is not uploaded");
        QVERIFY(!json.contains(QLatin1String("hostname")));
        QVERIFY(preview()->summaryLabel()->text().contains(server.origin().mid(7)));
        preview()->reject();
        QTRY_VERIFY(!preview());
        QTest::qWait(200);
        QCOMPARE(creates, 0);
        QVERIFY(syncsettings::uploadPreviewDismissed() == false);
        // Shown again; "don't show this again" and Upload: it goes out, and it is remembered.
        QSignalSpy finished(&controller, &HistoryController::shareFinished);
        controller.share(id);
        QTRY_VERIFY(preview() && preview()->isVisible());
        preview()->dontAskAgain()->setChecked(true);
        preview()->findChild<QPushButton *>(QStringLiteral("uploadPreviewAccept"))->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(creates, 1);
        QVERIFY(syncsettings::uploadPreviewDismissed());
        controller.shareDialog()->close(); // deleted on close, later
        QTRY_VERIFY(!controller.shareDialog());
        // The next share asks nothing.
        const qint64 second =
            store.save(sampleComparison(QStringLiteral("go"), QStringLiteral("c")));
        controller.share(second);
        QVERIFY(finished.wait(10000));
        QCOMPARE(creates, 2);
        QVERIFY(!preview());
        controller.shareDialog()->close();
    }

    void shareLiveIsARunAction()
    {
        syncsettings::setUploadPreviewDismissed(false);
        HistoryStore store(freshPath());
        MainWindow window;
        HistoryController controller(&window, store);
        QAction *live = uitest::action(window, "actionShareLive");
        QVERIFY(live->isCheckable());
        QVERIFY(!live->isChecked());
        QCOMPARE(controller.liveShare()->action(), live);
        QVERIFY(!controller.liveShare()->banner()->isVisible());
        // Switched on the first time: the preview of what will be sent; cancelled: off again.
        live->setChecked(true);
        const auto preview = []() -> UploadPreviewDialog * {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *d = qobject_cast<UploadPreviewDialog *>(w); d && d->isVisible())
                    return d;
            }
            return nullptr;
        };
        QTRY_VERIFY(preview() && preview()->isVisible());
        QVERIFY(preview()->summaryLabel()->text().contains(QLatin1String("as it arrives")));
        QVERIFY(preview()->jsonView()->toPlainText().contains(QLatin1String("\"RUNNING\"")));
        preview()->reject();
        QTRY_VERIFY(!live->isChecked());
        // Accepted: it stays on.
        live->setChecked(true);
        QTRY_VERIFY(preview() && preview()->isVisible());
        if (qEnvironmentVariableIntValue("FASTERCODES_UPDATE_SCREENSHOT") == 1)
            QVERIFY(preview()->grab().save(
                QStringLiteral(FC_SOURCE_DIR "/docs/screenshot-upload-preview.png")));
        preview()->accept();
        QTRY_VERIFY(!preview());
        QVERIFY(live->isChecked());
        QVERIFY(!syncsettings::uploadPreviewDismissed()); // not asked to forget
        syncsettings::setUploadPreviewDismissed(true);
    }

    void shareWhileOfflineIsQueued()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString dead = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        qputenv("FASTERCODES_BACKEND", dead.toUtf8());
        HistoryStore store(freshPath());
        MainWindow window;
        HistoryController controller(&window, store);
        const qint64 id = store.save(sampleComparison());
        QSignalSpy finished(&controller, &HistoryController::shareFinished);
        controller.share(id);
        QVERIFY(finished.wait(10000));
        QVERIFY2(
            controller.shareDialog()->statusLabel()->text().startsWith(QLatin1String("Queued")),
            qPrintable(controller.shareDialog()->statusLabel()->text()));
        QVERIFY(!controller.shareDialog()->copyButton()->isEnabled());
        QCOMPARE(store.entry(id)->syncState, SyncState::Queued);
        QVERIFY(controller.view()
                    ->model()
                    ->index(0, HistoryModel::SyncColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("queued")));
        controller.shareDialog()->close();
    }
};

QTEST_MAIN(TestSharing)
#include "tst_sharing.moc"

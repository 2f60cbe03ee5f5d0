// German and French: every string translated, plural forms right, placeholders kept, core
// strings (runner, verdict, permalinks, exports) found under the context they are looked up in,
// the window in German, and a language change without a restart.

#include "cloud/permalink.h"
#include "export/markdownexport.h"
#include "history/historycontroller.h"
#include "history/historystore.h"
#include "mainwindow.h"
#include "model/analysis.h"
#include "results/resultsview.h"
#include "run/runplanbar.h"
#include "runner/runoutcome.h"
#include "settings/settingsdialog.h"
#include "settings/uilanguage.h"
#include "sidepane.h"
#include "stats/verdict.h"
#include "uitestutil.h"
#include "windowparts.h"

#include <QAction>
#include <QComboBox>
#include <QDirIterator>
#include <QDockWidget>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { uitest::isolateSettings(); }

    void tsFilesAreComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("minMessages");
        QTest::newRow("de") << QStringLiteral(FC_SOURCE_DIR "/translations/fastercodes_de.ts")
                            << 200;
        QTest::newRow("fr") << QStringLiteral(FC_SOURCE_DIR "/translations/fastercodes_fr.ts")
                            << 200;
        // English carries the plural forms only ("1 run each", "5 runs each").
        QTest::newRow("en") << QStringLiteral(FC_SOURCE_DIR "/translations/fastercodes_en.ts")
                            << 10;
    }
    // Every message finished, none obsolete, plural messages with both forms (de, fr and en have
    // two), and what the code fills in or the UI interprets kept: %1…%9 and %n, HTML tags, one
    // & accelerator where the source has one.
    void tsFilesAreComplete()
    {
        QFETCH(QString, file);
        QFETCH(int, minMessages);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        int messages = 0;
        int plurals = 0;
        QStringList problems;
        QString context;
        QString source;
        bool numerus = false;
        const auto placeholders = [](const QString &text) {
            static const QRegularExpression marker(QStringLiteral("%(?:[1-9]|n)|</?[a-z]+>"));
            QStringList found;
            for (auto it = marker.globalMatch(text); it.hasNext();)
                found << it.next().captured();
            found.sort();
            return found;
        };
        const auto accelerators = [](QString text) {
            return text.remove(QLatin1String("&&")).count(QLatin1Char('&'));
        };
        // A singular form may say "once" instead of "%n time", except in French, whose singular
        // also covers 0.
        bool french = false;
        const auto check = [&](const QString &translation, bool singular = false) {
            const QString where = context + QStringLiteral(": ") + source;
            if (translation.trimmed().isEmpty())
                problems << QStringLiteral("empty: ") + where;
            QStringList expected = placeholders(source);
            if (singular && !french && !translation.contains(QLatin1String("%n")))
                expected.removeAll(QStringLiteral("%n"));
            if (placeholders(translation) != expected)
                problems << QStringLiteral("placeholders differ: ") + where;
            if (accelerators(translation) != accelerators(source))
                problems << QStringLiteral("accelerator differs: ") + where;
        };
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("TS")) {
                french = xml.attributes().value(QLatin1String("language")).startsWith(u"fr");
            } else if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                ++messages;
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                plurals += numerus ? 1 : 0;
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type")).toString();
                if (!type.isEmpty()) // unfinished, vanished, obsolete
                    problems << type + QStringLiteral(": ") + context + QStringLiteral(": ") +
                                    source;
                if (!numerus) {
                    check(xml.readElementText());
                    continue;
                }
                int forms = 0;
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform")) {
                        check(xml.readElementText(), forms == 0);
                        ++forms;
                    } else {
                        xml.skipCurrentElement();
                    }
                }
                if (forms != 2)
                    problems << QStringLiteral("%1 plural forms: ").arg(forms) + source;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages >= minMessages, qPrintable(QString::number(messages)));
        QVERIFY(plurals >= 5);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(QStringLiteral("\n"))));
    }

    // Strings made in the core come out translated at run time: the context lupdate filed them
    // under is the one the code looks them up in, and plural forms follow the count.
    void coreStringsAreTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("timedOut");
        QTest::addColumn<QString>("crashed");
        QTest::addColumn<QString>("oneRunEach");
        QTest::addColumn<QString>("fiveRunsEach");
        QTest::addColumn<QString>("emptyLink");
        QTest::addColumn<QString>("oneCore");
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringLiteral("Zeitlimit nach 2 s überschritten")
                            << QStringLiteral("SIGSEGV (Speicherzugriffsfehler)")
                            << QStringLiteral("je 1 Lauf)") << QStringLiteral("je 5 Läufe)")
                            << QStringLiteral("der Link ist leer")
                            << QStringLiteral("- CPU: Test-CPU (1 Kern)");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("délai dépassé après 2 s")
                            << QStringLiteral("SIGSEGV (erreur de segmentation)")
                            << QStringLiteral("1 exécution chacun)")
                            << QStringLiteral("5 exécutions chacun)")
                            << QStringLiteral("le lien est vide")
                            << QStringLiteral("- CPU : Test-CPU (1 cœur)");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("timed out after 2 s")
                            << QStringLiteral("SIGSEGV (segmentation fault)")
                            << QStringLiteral("1 run each)") << QStringLiteral("5 runs each)")
                            << QStringLiteral("the link is empty")
                            << QStringLiteral("- CPU: Test-CPU (1 core)");
    }
    void coreStringsAreTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, timedOut);
        QFETCH(QString, crashed);
        QFETCH(QString, oneRunEach);
        QFETCH(QString, fiveRunsEach);
        QFETCH(QString, emptyLink);
        QFETCH(QString, oneCore);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/fastercodes_%1.qm").arg(language)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const auto cleanup = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });

        fc::ProbeResult timeout;
        timeout.outcome = fc::ProbeResult::Outcome::TimedOut;
        timeout.limits.timeoutMs = 2000;
        const auto timeoutFailure = fc::runFailure(timeout, {});
        QVERIFY(timeoutFailure);
        QVERIFY2(timeoutFailure->message.startsWith(timedOut), qPrintable(timeoutFailure->message));

        fc::ProbeResult crash;
        crash.outcome = fc::ProbeResult::Outcome::Signalled;
        crash.signal = 11;
        const auto crashFailure = fc::runFailure(crash, {});
        QVERIFY(crashFailure);
        QVERIFY2(crashFailure->message.contains(crashed), qPrintable(crashFailure->message));

        fc::Verdict verdict;
        verdict.state = fc::Verdict::State::Significant;
        verdict.faster = fc::Verdict::Side::B;
        verdict.factor = 2.0;
        verdict.factorLower = 1.9;
        verdict.factorUpper = 2.1;
        verdict.p = 0.0001;
        verdict.nA = verdict.nB = 1;
        QVERIFY2(verdict.sentence().endsWith(oneRunEach), qPrintable(verdict.sentence()));
        verdict.nA = verdict.nB = 5;
        QVERIFY2(verdict.sentence().endsWith(fiveRunsEach), qPrintable(verdict.sentence()));
        if (language != QLatin1String("en")) // the other forms are translated too
            QVERIFY(!verdict.sentence().contains(QLatin1String("faster")));

        QString error;
        QVERIFY(!fc::parsePermalink(QStringLiteral(" "), {}, &error));
        QCOMPARE(error, emptyLink);

        fc::Comparison c =
            uitest::makeComparison(uitest::series(10, 1, 5), uitest::series(20, 1, 5));
        c.hasEnvironment = true;
        c.environment.cpuModel = QStringLiteral("Test-CPU");
        c.environment.cores = 1;
        const QString markdown = fc::comparisonToMarkdown(c, fc::analyze(c));
        QVERIFY2(markdown.contains(oneCore + QLatin1Char('\n')), qPrintable(markdown));
    }

    void pluralFormsAndSentences_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("one");
        QTest::addColumn<QString>("two");
        QTest::addColumn<QString>("verdictWord");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("1 Ausreißer")
                            << QStringLiteral("2 Ausreißer") << QStringLiteral("schneller");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("1 valeur aberrante")
                            << QStringLiteral("2 valeurs aberrantes")
                            << QStringLiteral("plus rapide");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("1 outlier")
                            << QStringLiteral("2 outliers") << QStringLiteral("faster");
    }
    void pluralFormsAndSentences()
    {
        QFETCH(QString, language);
        QFETCH(QString, one);
        QFETCH(QString, two);
        QFETCH(QString, verdictWord);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/fastercodes_%1.qm").arg(language)));
        QCOMPARE(translator.translate("fc::ui::ResultsView", "%n outlier(s)", nullptr, 1)
                     .replace(QLatin1String("%n"), QStringLiteral("1")),
                 one);
        QCOMPARE(translator.translate("fc::ui::ResultsView", "%n outlier(s)", nullptr, 2)
                     .replace(QLatin1String("%n"), QStringLiteral("2")),
                 two);
        QVERIFY(translator.translate("Verdict", "%1 is %2× faster than %3 (95% CI %4–%5, %6, %7)")
                    .contains(verdictWord) ||
                language == QLatin1String("en"));
    }

    void windowSpeaksGerman()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/fastercodes_de.qm")));
        QCoreApplication::installTranslator(&translator);
        {
            fc::ui::MainWindow window;
            QCOMPARE(uitest::tabs(window)->tabText(fc::ui::ResultsPage::ResultsTab),
                     QStringLiteral("Ergebnisse"));
            QCOMPARE(uitest::tabs(window)->tabText(fc::ui::ResultsPage::LiveTab),
                     QStringLiteral("Live"));
            QVERIFY(uitest::action(window, "actionRun")->text().contains(QLatin1String("Starten")));
        }
        QCoreApplication::removeTranslator(&translator);
    }

    // The language chosen in the settings applies at once, no restart: the menus, the tabs, a
    // side pane, the run plan bar and the history dock come back in German, then in English.
    // (QApplication posts LanguageChange to the windows, hence QTRY.)
    void languageChangesWithoutRestart()
    {
        const QTemporaryDir dir;
        QVERIFY(dir.isValid());
        fc::ui::MainWindow window;
        fc::HistoryStore store(dir.filePath(QStringLiteral("history.sqlite")));
        fc::ui::HistoryController controller(&window, store);
        const auto guard = qScopeGuard([] { fc::ui::installTranslations(QStringLiteral("en")); });
        const auto texts = [&window, &controller] {
            return QStringList{uitest::action(window, "actionRun")->text(),
                               uitest::tabs(window)->tabText(fc::ui::ResultsPage::ResultsTab),
                               uitest::pane(window, 0)
                                   ->findChild<QLineEdit *>(QStringLiteral("arguments"))
                                   ->placeholderText(),
                               uitest::planBar(window)
                                   ->findChild<QRadioButton *>(QStringLiteral("planAdaptive"))
                                   ->text(),
                               controller.dock()->windowTitle()};
        };
        const QStringList english{QStringLiteral("&Run"), QStringLiteral("Results"),
                                  QStringLiteral("program arguments"), QStringLiteral("Ada&ptive"),
                                  QStringLiteral("History")};
        const QStringList german{QStringLiteral("&Starten"), QStringLiteral("Ergebnisse"),
                                 QStringLiteral("Programmargumente"), QStringLiteral("Adap&tiv"),
                                 QStringLiteral("Verlauf")};
        fc::ui::installTranslations(QStringLiteral("en"));
        QTRY_COMPARE(texts(), english);

        // Through the settings dialog, as the user does it.
        window.findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();
        fc::ui::SettingsDialog *dialog = uitest::settingsDialog(window);
        QVERIFY(dialog);
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageSetting"));
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        QVERIFY(dialog->apply()); // what its OK button does before closing
        dialog->accept();
        QTRY_COMPARE(texts(), german);
        QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));

        fc::ui::installTranslations(QStringLiteral("en"));
        QTRY_COMPARE(texts(), english);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"

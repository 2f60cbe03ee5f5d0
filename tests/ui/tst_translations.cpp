// German and French: every string translated, plural forms right, and the window in German.

#include "mainwindow.h"
#include "results/resultsview.h"
#include "uitestutil.h"

#include <QDirIterator>
#include <QTabWidget>
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
        QTest::newRow("de") << QStringLiteral(FC_SOURCE_DIR "/translations/fastercodes_de.ts");
        QTest::newRow("fr") << QStringLiteral(FC_SOURCE_DIR "/translations/fastercodes_fr.ts");
    }
    void tsFilesAreComplete()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        int messages = 0;
        int plurals = 0;
        QStringList unfinished;
        QString source;
        bool numerus = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("message")) {
                ++messages;
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                plurals += numerus ? 1 : 0;
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || type == QLatin1String("vanished") ||
                    text.trimmed().isEmpty())
                    unfinished << source;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 200);
        QVERIFY(plurals >= 5);
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(unfinished.mid(0, 10).join(QStringLiteral(" | "))));
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
            QCOMPARE(window.resultTabs()->tabText(fc::ui::MainWindow::ResultsTab),
                     QStringLiteral("Ergebnisse"));
            QCOMPARE(window.resultTabs()->tabText(fc::ui::MainWindow::LiveTab),
                     QStringLiteral("Live"));
            QVERIFY(window.runAction()->text().contains(QLatin1String("Starten")));
        }
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"

// Formatting and export, one home in core: numbers to 3 significant digits, figures with units
// (the same rules in files and in the window, only spacing and language differ), the export
// formats the window and the command line share, and the atomic write behind every file.
#include "export/atomicwrite.h"
#include "export/comparisonexporter.h"
#include "export/numbers.h"
#include "export/units.h"
#include "model/analysis.h"
#include "model/comparisonjson.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <limits>

Q_DECLARE_METATYPE(fc::DataFormat)

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr double Inf = std::numeric_limits<double>::infinity();

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestExportFormat : public QObject
{
    Q_OBJECT
private slots:
    void threeDigits_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("2.31") << 2.3149 << QStringLiteral("2.31");
        QTest::newRow("trailing zero") << 2.3 << QStringLiteral("2.30");
        QTest::newRow("small") << 0.012345 << QStringLiteral("0.0123");
        QTest::newRow("tens") << 23.456 << QStringLiteral("23.5");
        QTest::newRow("hundreds") << 234.56 << QStringLiteral("235");
        QTest::newRow("thousands, no exponent") << 23456.0 << QStringLiteral("23456");
        QTest::newRow("carry 9.996") << 9.996 << QStringLiteral("10.0");
        QTest::newRow("carry 0.9996") << 0.9996 << QStringLiteral("1.00");
        QTest::newRow("one") << 1.0 << QStringLiteral("1.00");
        QTest::newRow("zero") << 0.0 << QStringLiteral("0.00");
        QTest::newRow("negative") << -0.5 << QStringLiteral("-0.500");
        QTest::newRow("infinity") << Inf << QStringLiteral("∞");
        QTest::newRow("NaN") << NaN << QStringLiteral("–");
    }
    void threeDigits()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(fc::threeDigits(value), expected);
    }

    void formatP_data()
    {
        QTest::addColumn<double>("p");
        QTest::addColumn<QString>("expected");
        QTest::newRow("tiny") << 1e-12 << QStringLiteral("p < 0.001");
        QTest::newRow("just below") << 0.000999 << QStringLiteral("p < 0.001");
        QTest::newRow("0.001") << 0.001 << QStringLiteral("p = 0.00100");
        QTest::newRow("0.0499") << 0.04987 << QStringLiteral("p = 0.0499");
        QTest::newRow("1") << 1.0 << QStringLiteral("p = 1.00");
    }
    void formatP()
    {
        QFETCH(double, p);
        QFETCH(QString, expected);
        QCOMPARE(fc::formatP(p), expected);
    }

    // The plain style (files, terminal): a space and the international symbols.
    void plainUnits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("µs") << fc::formatMs(0.8123) << QStringLiteral("812 µs");
        QTest::newRow("ms") << fc::formatMs(12.345) << QStringLiteral("12.3 ms");
        QTest::newRow("zero ms") << fc::formatMs(0) << QStringLiteral("0.00 ms");
        QTest::newRow("999.4 ms") << fc::formatMs(999.4) << QStringLiteral("999 ms");
        QTest::newRow("s") << fc::formatMs(2791.8) << QStringLiteral("2.79 s");
        QTest::newRow("119 s") << fc::formatMs(119000) << QStringLiteral("119 s");
        QTest::newRow("min from 120 s") << fc::formatMs(120000) << QStringLiteral("2.00 min");
        QTest::newRow("negative ms") << fc::formatMs(-12.345) << QStringLiteral("-12.3 ms");
        QTest::newRow("NaN ms") << fc::formatMs(NaN) << QStringLiteral("–");
        QTest::newRow("infinite ms") << fc::formatMs(Inf) << QStringLiteral("–");
        QTest::newRow("KiB") << fc::formatKiB(812) << QStringLiteral("812 KiB");
        QTest::newRow("MiB") << fc::formatKiB(35034) << QStringLiteral("34.2 MiB");
        QTest::newRow("GiB") << fc::formatKiB(1.25 * 1024 * 1024) << QStringLiteral("1.25 GiB");
        QTest::newRow("metric memory")
            << fc::formatMetric(fc::Metric::PeakMemory, 2048) << QStringLiteral("2.00 MiB");
        QTest::newRow("metric cpu")
            << fc::formatMetric(fc::Metric::CpuTime, 2048) << QStringLiteral("2.05 s");
        QTest::newRow("range in the upper end's unit")
            << fc::formatMsRange(990, 1010) << QStringLiteral("0.990–1.01 s");
        QTest::newRow("memory range")
            << fc::formatKiBRange(1000, 2048) << QStringLiteral("0.977–2.00 MiB");
        QTest::newRow("range with NaN") << fc::formatMsRange(NaN, 3) << QStringLiteral("–");
        QTest::newRow("factor") << fc::formatFactor(2.3149) << QStringLiteral("2.31×");
        QTest::newRow("factor NaN") << fc::formatFactor(NaN) << QStringLiteral("–");
        QTest::newRow("percent") << fc::formatPercent(12.34) << QStringLiteral("12.3 %");
        QTest::newRow("elapsed s") << fc::formatElapsed(4200) << QStringLiteral("4.2 s");
        QTest::newRow("elapsed min") << fc::formatElapsed(65000) << QStringLiteral("1 min 05 s");
        QTest::newRow("elapsed unknown") << fc::formatElapsed(-1) << QStringLiteral("–");
    }
    void plainUnits()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(text, expected);
    }

    // The window's style follows the same rules: only the space (narrow, no-break) differs.
    void displayStyleDiffersOnlyInTheSpace_data()
    {
        QTest::addColumn<double>("ms");
        for (double ms : {0.0, 0.5, 12.345, 999.9, 1000.0, 2791.8, 119999.0, 120000.0, 1e7})
            QTest::newRow(qPrintable(QString::number(ms))) << ms;
    }
    void displayStyleDiffersOnlyInTheSpace()
    {
        QFETCH(double, ms);
        const QString nb(QChar(0x202F));
        const fc::UnitStyle display = fc::UnitStyle::display();
        QCOMPARE(fc::formatMs(ms, display), fc::formatMs(ms).replace(u' ', nb));
        QCOMPARE(fc::formatKiB(ms, display), fc::formatKiB(ms).replace(u' ', nb));
        QCOMPARE(fc::formatMsRange(ms / 2, ms, display),
                 fc::formatMsRange(ms / 2, ms).replace(u' ', nb));
        if (ms < 60000) // "1 min 05 s" keeps an ordinary space between its two figures
            QCOMPARE(fc::formatElapsed(qint64(ms), display),
                     fc::formatElapsed(qint64(ms)).replace(u' ', nb));
    }

    void dataFormatFromPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<fc::DataFormat>("format");
        QTest::newRow("csv") << QStringLiteral("r.csv") << fc::DataFormat::Csv;
        QTest::newRow("CSV upper case") << QStringLiteral("R.CSV") << fc::DataFormat::Csv;
        QTest::newRow("md") << QStringLiteral("dir/r.md") << fc::DataFormat::Markdown;
        QTest::newRow("markdown") << QStringLiteral("r.markdown") << fc::DataFormat::Markdown;
        QTest::newRow("json") << QStringLiteral("r.json") << fc::DataFormat::Json;
        QTest::newRow("anything else") << QStringLiteral("r.txt") << fc::DataFormat::Json;
        QTest::newRow("no suffix") << QStringLiteral("result") << fc::DataFormat::Json;
    }
    void dataFormatFromPath()
    {
        QFETCH(QString, path);
        QFETCH(fc::DataFormat, format);
        QCOMPARE(fc::dataFormatFromPath(path), format);
    }

    void exportsWriteWhatTheFormatSays_data()
    {
        QTest::addColumn<fc::DataFormat>("format");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("json") << fc::DataFormat::Json << QByteArray("{");
        QTest::newRow("csv") << fc::DataFormat::Csv << QByteArray("side,");
        QTest::newRow("markdown") << fc::DataFormat::Markdown << QByteArray("# ");
    }
    void exportsWriteWhatTheFormatSays()
    {
        QFETCH(fc::DataFormat, format);
        QFETCH(QByteArray, start);
        QString error;
        const auto comparison = fc::comparisonFromJson(
            readAll(QStringLiteral(FC_TEST_DATA_DIR "/original-31q3.json")), &error);
        QVERIFY2(comparison, qPrintable(error));
        const fc::Analysis analysis = fc::analyze(*comparison);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out"));
        QVERIFY2(fc::exportComparison(*comparison, analysis, path, format, &error),
                 qPrintable(error));
        const QByteArray bytes = readAll(path);
        QCOMPARE(bytes, fc::comparisonBytes(*comparison, analysis, format));
        QVERIFY2(bytes.startsWith(start), bytes.left(40).constData());
        if (format == fc::DataFormat::Json) {
            const auto back = fc::comparisonFromJson(bytes, &error);
            QVERIFY2(back, qPrintable(error));
            QCOMPARE(back->a().runs.size(), comparison->a().runs.size());
            QCOMPARE(back->b().runs.size(), comparison->b().runs.size());
        }
    }

    void atomicWriteReplacesTheWholeFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.txt"));
        QVERIFY(fc::writeAtomically(path, "a longer first text\n"));
        QVERIFY(fc::writeAtomically(path, "short\n"));
        QCOMPARE(readAll(path), QByteArray("short\n"));
    }

    void failedAtomicWriteSaysWhereAndLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/dir/f.txt"));
        QString error;
        QVERIFY(!fc::writeAtomically(path, "x", &error));
        QVERIFY2(error.contains(QLatin1String("no/such/dir/f.txt")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!fc::writeAtomically(path, "x")); // no error wanted: no crash either
    }
};

QTEST_GUILESS_MAIN(TestExportFormat)
#include "tst_export_format.moc"

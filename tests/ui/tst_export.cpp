// Exports: any chart to PNG (2×), SVG, PDF and the clipboard; the comparison to JSON (re-read
// equal), CSV and Markdown (the engine's exporters).

#include "charts/chartpanel.h"
#include "charts/chartsview.h"
#include "export/chartexporter.h"
#include "export/comparisonexporter.h"
#include "live/runtraces.h"
#include "model/analysis.h"
#include "model/comparisonjson.h"
#include "uitestutil.h"

#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace fc;
using namespace fc::ui;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        uitest::isolateSettings();
        QVERIFY(m_dir.isValid());
        m_comparison =
            uitest::makeComparison(uitest::series(100, 1, 10), uitest::series(40, 1, 10));
        m_analysis = fc::analyze(m_comparison);
        m_view = std::make_unique<ChartsView>();
        m_view->resize(1200, 700);
        m_view->setComparison(m_comparison, RunTraces());
        QCOMPARE(m_view->panels().size(), 7); // built now, laid out when shown
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void formatFromSuffix()
    {
        QCOMPARE(chartFormatFromPath(QStringLiteral("a.SVG")), ChartFormat::Svg);
        QCOMPARE(chartFormatFromPath(QStringLiteral("a.pdf")), ChartFormat::Pdf);
        QCOMPARE(chartFormatFromPath(QStringLiteral("a.png")), ChartFormat::Png);
        QCOMPARE(dataFormatFromPath(QStringLiteral("r.csv")), DataFormat::Csv);
        QCOMPARE(dataFormatFromPath(QStringLiteral("r.md")), DataFormat::Markdown);
        QCOMPARE(dataFormatFromPath(QStringLiteral("r.json")), DataFormat::Json);
    }

    void pngIsTwiceTheChartsSize()
    {
        QChartView *view = m_view->panel(QStringLiteral("histogram"))->view();
        const QString path = m_dir.filePath(QStringLiteral("histogram.png"));
        QString error;
        QVERIFY2(exportChart(view, path, ChartFormat::Png, &error), qPrintable(error));
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage image = reader.read();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), view->size() * 2);
        // Not blank: the chart has more than the background colour.
        const QColor background = image.pixelColor(2, 2);
        int other = 0;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                other += image.pixelColor(x, y) != background;
        QVERIFY(other > 100);
    }

    void svgIsWellFormedXmlWithTheTitle()
    {
        ChartPanel *panel = m_view->panel(QStringLiteral("wall-time-boxplot"));
        const QString path = m_dir.filePath(QStringLiteral("box.svg"));
        QVERIFY(exportChart(panel->view(), path, ChartFormat::Svg));
        QXmlStreamReader xml(readAll(path));
        bool svgRoot = false;
        bool title = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("svg"))
                svgRoot = true;
            if (xml.isStartElement() && xml.name() == QLatin1String("title"))
                title = xml.readElementText() == panel->chart()->title();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(svgRoot);
        QVERIFY(title);
    }

    void pdfStartsWithItsMagic()
    {
        const QString path = m_dir.filePath(QStringLiteral("progression.pdf"));
        QVERIFY(exportChart(m_view->panel(QStringLiteral("progression"))->view(), path,
                            ChartFormat::Pdf));
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QVERIFY(pdf.size() > 1000);
    }

    void unwritablePathIsAnErrorNotACrash()
    {
        QString error;
        QVERIFY(!exportChart(m_view->panels().first()->view(),
                             QStringLiteral("/nonexistent/dir/x.png"), ChartFormat::Png, &error));
        QVERIFY(error.contains(QLatin1String("/nonexistent/dir/x.png")));
        QVERIFY(!exportComparison(m_comparison, m_analysis, QStringLiteral("/nonexistent/x.json"),
                                  DataFormat::Json, &error));
    }

    void clipboardGetsTheImage()
    {
        QChartView *view = m_view->panels().first()->view();
        copyChartToClipboard(view);
        const QImage image = QGuiApplication::clipboard()->image();
        QCOMPARE(image.size(), view->size() * 2);
    }

    void jsonReReadsToEqualData()
    {
        const QString path = m_dir.filePath(QStringLiteral("comparison.json"));
        QString error;
        QVERIFY2(exportComparison(m_comparison, m_analysis, path, DataFormat::Json, &error),
                 qPrintable(error));
        const QByteArray bytes = readAll(path);
        const QJsonObject doc = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(doc.value(QStringLiteral("schema")).toString(),
                 QLatin1String(fc::kComparisonSchema));
        QVERIFY(doc.contains(QStringLiteral("verdict")));
        const auto back = fc::comparisonFromJson(bytes, &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(back->a().runs, m_comparison.a().runs);
        QCOMPARE(back->b().runs, m_comparison.b().runs);
        QCOMPARE(back->a().code, m_comparison.a().code);
        QCOMPARE(back->plan, m_comparison.plan);
        QCOMPARE(fc::analyze(*back).verdict.sentence(), m_analysis.verdict.sentence());
    }

    void csvAndMarkdownComeFromTheEngine()
    {
        if (!canExport(DataFormat::Csv) || !canExport(DataFormat::Markdown))
            QSKIP("this build has no CSV/Markdown exporters");
        const QString csv = m_dir.filePath(QStringLiteral("comparison.csv"));
        QVERIFY(exportComparison(m_comparison, m_analysis, csv, DataFormat::Csv));
        const QList<QByteArray> lines = readAll(csv).trimmed().split('\n');
        // A header and one row per run (warm-ups included).
        QCOMPARE(lines.size(), 1 + m_comparison.a().runs.size() + m_comparison.b().runs.size());
        const QString md = m_dir.filePath(QStringLiteral("comparison.md"));
        QVERIFY(exportComparison(m_comparison, m_analysis, md, DataFormat::Markdown));
        const QString markdown = QString::fromUtf8(readAll(md));
        QVERIFY(markdown.contains(QLatin1String("|")));
        QVERIFY(markdown.contains(m_analysis.verdict.sentence().left(10)));
    }

private:
    QTemporaryDir m_dir;
    fc::Comparison m_comparison;
    fc::Analysis m_analysis;
    std::unique_ptr<ChartsView> m_view;
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"

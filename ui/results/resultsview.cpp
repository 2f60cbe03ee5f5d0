#include "results/resultsview.h"

#include "export/numbers.h"
#include "format/tabularfont.h"
#include "format/units.h"
#include "model/analysis.h"
#include "sidecolors.h"

#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace fc::ui {

namespace {

QIcon sideSwatch(int side)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(sideColor(side));
    painter.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
    return QIcon(pixmap);
}

QTableWidget *makeTable(const QString &objectName, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::ContiguousSelection);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setFocusPolicy(Qt::StrongFocus);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setHighlightSections(false);
    table->setFont(tabularFigures(table->font()));
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return table;
}

void setHeader(QTableWidget *table, int column, const QString &text, int side = -1)
{
    auto *item = new QTableWidgetItem(text);
    if (side >= 0) {
        item->setIcon(sideSwatch(side));
        QFont bold = table->font();
        bold.setBold(true);
        item->setFont(bold);
    }
    item->setTextAlignment(column == 0 ? Qt::AlignLeft | Qt::AlignVCenter
                                       : Qt::AlignRight | Qt::AlignVCenter);
    table->setHorizontalHeaderItem(column, item);
}

// Numbers right-aligned; words (the metric, the verdict) left-aligned.
void setCell(QTableWidget *table, int row, int column, const QString &text,
             const QString &tooltip = {}, bool words = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(column == 0 || words ? Qt::AlignLeft | Qt::AlignVCenter
                                                : Qt::AlignRight | Qt::AlignVCenter);
    if (!tooltip.isEmpty())
        item->setToolTip(tooltip);
    table->setItem(row, column, item);
}

QString metricName(int row)
{
    switch (row) {
    case ResultsView::WallRow:
        return ResultsView::tr("Wall time");
    case ResultsView::CpuRow:
        return ResultsView::tr("CPU time");
    case ResultsView::MemoryRow:
        return ResultsView::tr("Peak memory");
    default:
        return ResultsView::tr("Compile time");
    }
}

QString value(Metric metric, double v)
{
    return metric == Metric::PeakMemory ? units::memory(v) : units::duration(v);
}

QString range(Metric metric, double low, double high)
{
    return metric == Metric::PeakMemory ? units::memoryRange(low, high)
                                        : units::durationRange(low, high);
}

QString withCi(Metric metric, const Summary &s)
{
    if (s.isEmpty())
        return QStringLiteral("–");
    if (!s.medianCi.isValid())
        return value(metric, s.median);
    return QStringLiteral("%1  [%2]")
        .arg(value(metric, s.median), range(metric, s.medianCi.lower, s.medianCi.upper));
}

QString shortVerdict(const Verdict &v)
{
    switch (v.state) {
    case Verdict::State::Significant: {
        const QString side = v.faster == SideId::A ? QStringLiteral("A") : QStringLiteral("B");
        const QString f = units::factor(v.factor);
        if (v.metric == Metric::WallTime)
            return ResultsView::tr("%1 %2 faster").arg(side, f);
        if (v.metric == Metric::CpuTime)
            return ResultsView::tr("%1 %2 less CPU").arg(side, f);
        return ResultsView::tr("%1 %2 less memory").arg(side, f);
    }
    case Verdict::State::NoSignificantDifference:
        return ResultsView::tr("no significant difference");
    case Verdict::State::NoMeaningfulDifference:
        return ResultsView::tr("no meaningful difference (≤ %1%)")
            .arg(percentText(v.threshold * 100));
    case Verdict::State::NotEnoughRuns:
        return ResultsView::tr("too few runs");
    case Verdict::State::Failed:
        break;
    }
    return ResultsView::tr("no verdict");
}

QString meanSigma(Metric metric, const Summary &s)
{
    if (s.isEmpty())
        return QStringLiteral("–");
    if (std::isnan(s.stddev))
        return value(metric, s.mean);
    return QStringLiteral("%1 ± %2").arg(value(metric, s.mean), value(metric, s.stddev));
}

QString outlierText(const Summary &s)
{
    if (s.isEmpty())
        return QStringLiteral("–");
    return ResultsView::tr("%n outlier(s)", nullptr, int(s.outliers.size()));
}

QString outlierTooltip(const Summary &s)
{
    if (s.outliers.isEmpty())
        return ResultsView::tr("No run is further than 3.5 MADs from the median");
    QStringList runs;
    for (qsizetype i : s.outliers)
        runs << QString::number(i + 1);
    //: %1 lists the outlying runs' numbers; the plural form follows their count.
    return ResultsView::tr("Runs %1 (modified z-score above 3.5; kept, not dropped)", nullptr,
                           int(runs.size()))
        .arg(runs.join(QStringLiteral(", ")));
}

} // namespace

ResultsView::ResultsView(QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_medians(makeTable(QStringLiteral("medianTable"), this))
    , m_spread(makeTable(QStringLiteral("spreadTable"), this))
    , m_empty(new QLabel(tr("No results yet. Press Ctrl+Enter to compare."), this))
{
    setObjectName(QStringLiteral("resultsView"));
    m_medians->setColumnCount(6);
    setHeader(m_medians, MetricColumn, tr("Metric"));
    setHeader(m_medians, MedianA, tr("A median [95% CI]"), 0);
    setHeader(m_medians, MedianB, tr("B median [95% CI]"), 1);
    setHeader(m_medians, RatioColumn, tr("B ÷ A [95% CI]"));
    setHeader(m_medians, PColumn, tr("p-value"));
    setHeader(m_medians, VerdictColumn, tr("Verdict"));
    m_medians->horizontalHeaderItem(VerdictColumn)
        ->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_medians->horizontalHeaderItem(RatioColumn)
        ->setToolTip(tr("Ratio of the medians, B over A, with its bootstrap 95% confidence "
                        "interval: below 1 means B is lower"));
    m_medians->horizontalHeaderItem(PColumn)->setToolTip(tr("Two-sided Mann–Whitney U test"));

    m_spread->setColumnCount(7);
    setHeader(m_spread, 0, tr("Metric"));
    setHeader(m_spread, 1, tr("A mean ± σ"), 0);
    setHeader(m_spread, 2, tr("A min–max"), 0);
    setHeader(m_spread, 3, tr("A outliers"), 0);
    setHeader(m_spread, 4, tr("B mean ± σ"), 1);
    setHeader(m_spread, 5, tr("B min–max"), 1);
    setHeader(m_spread, 6, tr("B outliers"), 1);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_caption->setObjectName(QStringLiteral("resultsCaption"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    layout->addWidget(m_caption);
    layout->addWidget(m_medians);
    layout->addWidget(m_spread);
    layout->addWidget(m_empty, 1);
    layout->addStretch();
    clear();
}

void ResultsView::clear()
{
    m_medians->setRowCount(0);
    m_spread->setRowCount(0);
    m_caption->clear();
    m_caption->setVisible(false);
    m_medians->setVisible(false);
    m_spread->setVisible(false);
    m_empty->setVisible(true);
}

void ResultsView::setComparison(const Comparison &comparison, const Analysis &analysis)
{
    m_empty->setVisible(false);
    m_caption->setVisible(true);
    m_medians->setVisible(true);
    m_spread->setVisible(true);

    const int nA = comparison.a().countedRuns();
    const int nB = comparison.b().countedRuns();
    QString caption = nA == nB ? tr("%n counted run(s) per side", nullptr, nA)
                               : tr("%1: %n counted run(s)", nullptr, nA).arg(QLatin1Char('A')) +
                                     QStringLiteral(", ") +
                                     tr("%1: %n counted run(s)", nullptr, nB).arg(QLatin1Char('B'));
    if (comparison.plan.warmup > 0)
        caption += QStringLiteral(" · ") +
                   tr("%n warm-up run(s) not counted", nullptr, comparison.plan.warmup);
    caption +=
        QStringLiteral(" · ") + (comparison.sandboxed ? tr("sandboxed") : tr("not sandboxed"));
    if (comparison.outputsMatch.has_value())
        caption +=
            QStringLiteral(" · ") + (*comparison.outputsMatch ? tr("both printed the same output")
                                                              : tr("the outputs DIFFER"));
    m_caption->setText(caption);

    m_medians->setRowCount(4);
    m_spread->setRowCount(3);
    for (int row = WallRow; row <= MemoryRow; ++row) {
        const MetricComparison &m = analysis.metrics[size_t(row)];
        const Metric metric = Metric(row);
        setCell(m_medians, row, MetricColumn, metricName(row));
        setCell(m_medians, row, MedianA, withCi(metric, m.a));
        setCell(m_medians, row, MedianB, withCi(metric, m.b));
        QString ratio = units::factor(m.ratio.ratio);
        if (m.ratio.ci.isValid())
            ratio += units::localized(
                QStringLiteral("  [%1–%2]")
                    .arg(threeDigits(m.ratio.ci.lower), threeDigits(m.ratio.ci.upper)));
        setCell(m_medians, row, RatioColumn, ratio);
        // "< 0.001" or "0.0123": the header already says it is p.
        QString p = m.test.isValid() ? formatP(m.test.p) : QStringLiteral("–");
        if (p.startsWith(QLatin1String("p = ")))
            p = p.mid(4);
        else if (p.startsWith(QLatin1String("p ")))
            p = p.mid(2);
        setCell(m_medians, row, PColumn, units::localized(p));
        setCell(m_medians, row, VerdictColumn, shortVerdict(m.verdict), m.verdict.sentence(), true);

        setCell(m_spread, row, 0, metricName(row));
        setCell(m_spread, row, 1, meanSigma(metric, m.a));
        setCell(m_spread, row, 2, range(metric, m.a.min, m.a.max));
        setCell(m_spread, row, 3, outlierText(m.a), outlierTooltip(m.a));
        setCell(m_spread, row, 4, meanSigma(metric, m.b));
        setCell(m_spread, row, 5, range(metric, m.b.min, m.b.max));
        setCell(m_spread, row, 6, outlierText(m.b), outlierTooltip(m.b));
    }
    setCell(m_medians, CompileRow, MetricColumn, metricName(CompileRow));
    const CompileResult &ca = comparison.a().compile;
    const CompileResult &cb = comparison.b().compile;
    const QString notCompiled = tr("interpreted");
    setCell(m_medians, CompileRow, MedianA,
            ca.performed ? units::duration(ca.durationMs) : notCompiled,
            tr("Compiled once; not part of the runs"));
    setCell(m_medians, CompileRow, MedianB,
            cb.performed ? units::duration(cb.durationMs) : notCompiled,
            tr("Compiled once; not part of the runs"));
    setCell(m_medians, CompileRow, RatioColumn,
            ca.performed && cb.performed && ca.durationMs > 0
                ? units::factor(cb.durationMs / ca.durationMs)
                : QStringLiteral("–"));
    setCell(m_medians, CompileRow, PColumn, QStringLiteral("–"));
    setCell(m_medians, CompileRow, VerdictColumn, QString());

    for (QTableWidget *table : {m_medians, m_spread}) {
        table->resizeColumnsToContents();
        for (int column = 1; column < table->columnCount(); ++column)
            table->setColumnWidth(column, table->columnWidth(column) + 16); // air between columns
        table->horizontalHeader()->setStretchLastSection(false);
        // As wide as the columns, not the window: numbers stay near their labels.
        int width = 2 * table->frameWidth();
        for (int column = 0; column < table->columnCount(); ++column)
            width += table->columnWidth(column);
        table->setMaximumWidth(width);
        // Fixed height: all rows visible, no inner scrolling.
        int height = table->horizontalHeader()->height() + 2 * table->frameWidth();
        for (int r = 0; r < table->rowCount(); ++r)
            height += table->rowHeight(r);
        table->setFixedHeight(height);
    }
}

} // namespace fc::ui

#include "export/textreport.h"

#include "export/units.h"

#include <QCoreApplication>

namespace fc {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("TextReport", text, disambiguation, n);
}

QString metricLine(Metric m, const Summary &s)
{
    if (s.n == 0)
        return QStringLiteral("  %1  –\n").arg(metricName(m), -12);
    QString line =
        QStringLiteral("  %1  %2").arg(metricName(m), -12).arg(formatMetric(m, s.median), 9);
    if (s.medianCi.isValid())
        line += tr("  [95% CI %1 – %2]")
                    .arg(formatMetric(m, s.medianCi.lower), formatMetric(m, s.medianCi.upper));
    line += tr("  mean %1 ± %2  range %3 … %4")
                .arg(formatMetric(m, s.mean), formatMetric(m, s.stddev), formatMetric(m, s.min),
                     formatMetric(m, s.max));
    if (!s.outliers.isEmpty())
        line += tr("  (%n outlier(s))", nullptr, int(s.outliers.size()));
    return line + QLatin1Char('\n');
}

} // namespace

QString comparisonToText(const Comparison &c, const Analysis &analysis)
{
    QString out;
    for (int s = 0; s < 2; ++s) {
        const Side &side = c.sides[size_t(s)];
        out += QStringLiteral("%1  %2").arg(s == 0 ? QStringLiteral("A") : QStringLiteral("B"),
                                            side.languageName.isEmpty() ? side.lang
                                                                        : side.languageName);
        if (!side.toolchain.isEmpty())
            out += QStringLiteral(" (%1)").arg(side.toolchain);
        out += tr(", %n counted run(s)", nullptr, side.countedRuns());
        if (side.compile.performed)
            out += tr(", compiled in %1").arg(formatMs(side.compile.durationMs));
        out += QLatin1Char('\n');
        if (side.error) {
            out += tr("  FAILED (%1): %2\n").arg(side.error->kind, side.error->message);
            for (const Diagnostic &d : side.compile.diagnostics)
                out += QStringLiteral("    %1:%2:%3: %4: %5\n")
                           .arg(d.file)
                           .arg(d.line)
                           .arg(d.column)
                           .arg(d.severity, d.message);
        }
        for (Metric m : {Metric::WallTime, Metric::CpuTime, Metric::PeakMemory})
            out += metricLine(m, s == 0 ? analysis.metric(m).a : analysis.metric(m).b);
    }
    if (c.outputsMatch.has_value())
        out += *c.outputsMatch ? tr("Both sides printed the same output.\n")
                               : tr("The sides printed DIFFERENT output.\n");
    if (c.sandboxed)
        out += tr("Sandboxed (bubblewrap: no network, read-only system).\n");
    out += QLatin1Char('\n') + analysis.verdict.sentence() + QLatin1Char('\n');
    return out;
}

} // namespace fc

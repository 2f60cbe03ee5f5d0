#include "export/textreport.h"

#include "export/units.h"

#include <QCoreApplication>

namespace fc {

namespace {

// Translation context "TextReport": the command line's text report.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TextReport)
};

QString metricLine(Metric m, const Summary &s)
{
    if (s.n == 0)
        return QStringLiteral("  %1  –\n").arg(metricName(m), -12);
    QString line =
        QStringLiteral("  %1  %2").arg(metricName(m), -12).arg(formatMetric(m, s.median), 9);
    if (s.medianCi.isValid())
        line += Text::tr("  [95% CI %1 – %2]")
                    .arg(formatMetric(m, s.medianCi.lower), formatMetric(m, s.medianCi.upper));
    line += Text::tr("  mean %1 ± %2  range %3 … %4")
                .arg(formatMetric(m, s.mean), formatMetric(m, s.stddev), formatMetric(m, s.min),
                     formatMetric(m, s.max));
    if (!s.outliers.isEmpty())
        line += Text::tr("  (%n outlier(s))", nullptr, int(s.outliers.size()));
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
        out += Text::tr(", %n counted run(s)", nullptr, side.countedRuns());
        if (side.compile.performed)
            out += Text::tr(", compiled in %1").arg(formatMs(side.compile.durationMs));
        out += QLatin1Char('\n');
        if (side.error) {
            out += Text::tr("  FAILED (%1): %2\n").arg(side.error->kind, side.error->message);
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
        out += *c.outputsMatch ? Text::tr("Both sides printed the same output.\n")
                               : Text::tr("The sides printed DIFFERENT output.\n");
    if (c.sandboxed)
        out += Text::tr("Sandboxed (bubblewrap: no network, read-only system, empty home, cleared "
                        "environment).\n");
    out += QLatin1Char('\n') + analysis.verdict.sentence() + QLatin1Char('\n');
    for (const HealthWarning &w : analysis.health)
        out += (w.isNote() ? Text::tr("Note: %1\n") : Text::tr("Warning: %1\n")).arg(w.message);
    return out;
}

} // namespace fc

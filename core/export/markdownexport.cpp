#include "export/markdownexport.h"

#include "export/numbers.h"
#include "export/units.h"

#include <QCoreApplication>
#include <QDateTime>

namespace fc {

namespace {

// Translation context "MarkdownExport": the Markdown export of a comparison.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownExport)
};

QString sideLabel(const Comparison &c, int s)
{
    const Side &side = c.sides[size_t(s)];
    return QStringLiteral("%1 (%2)").arg(s == 0 ? QStringLiteral("A") : QStringLiteral("B"),
                                         side.languageName.isEmpty() ? side.lang
                                                                     : side.languageName);
}

QString medianWithCi(Metric m, const Summary &s)
{
    if (s.n == 0)
        return QStringLiteral("–");
    if (!s.medianCi.isValid())
        return formatMetric(m, s.median);
    return QStringLiteral("%1 [%2 – %3]")
        .arg(formatMetric(m, s.median), formatMetric(m, s.medianCi.lower),
             formatMetric(m, s.medianCi.upper));
}

QString fence(const QString &lang, const QString &code)
{
    QString ticks = QStringLiteral("```");
    while (code.contains(ticks))
        ticks += QLatin1Char('`');
    return ticks + lang + QLatin1Char('\n') + code +
           (code.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n")) + ticks +
           QLatin1Char('\n');
}

} // namespace

QString comparisonToMarkdown(const Comparison &c, const Analysis &analysis)
{
    QString md;
    md += QStringLiteral("# %1\n\n")
              .arg(c.title.isEmpty() ? Text::tr("faster.codes comparison") : c.title);
    md += QStringLiteral("**%1**\n\n").arg(analysis.verdict.sentence());
    for (const HealthWarning &w : analysis.health)
        md += (w.isNote() ? Text::tr("- Note: %1\n") : Text::tr("- ⚠ %1\n")).arg(w.message);
    if (!analysis.health.isEmpty())
        md += QLatin1Char('\n');
    md += Text::tr("| metric | %1 median [95% CI] | %2 median [95% CI] | B / A [95% CI] | p |\n")
              .arg(sideLabel(c, 0), sideLabel(c, 1));
    md += QStringLiteral("|---|---:|---:|---:|---:|\n");
    for (Metric m : {Metric::WallTime, Metric::CpuTime, Metric::PeakMemory}) {
        const MetricComparison &mc = analysis.metric(m);
        const QString ratio =
            !mc.ratio.isValid() ? QStringLiteral("–")
            : mc.ratio.ci.isValid()
                ? QStringLiteral("%1× [%2 – %3]")
                      .arg(threeDigits(mc.ratio.ratio), threeDigits(mc.ratio.ci.lower),
                           threeDigits(mc.ratio.ci.upper))
                : QStringLiteral("%1×").arg(threeDigits(mc.ratio.ratio));
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                  .arg(metricName(m), medianWithCi(m, mc.a), medianWithCi(m, mc.b), ratio,
                       mc.test.isValid() ? formatP(mc.test.p).remove(QStringLiteral("p "))
                                         : QStringLiteral("–"));
    }
    md += QLatin1Char('\n');
    md += Text::tr(
        "| metric | side | n | mean ± σ | min – max | outliers |\n|---|---|---:|---:|---:|---:|\n");
    for (Metric m : {Metric::WallTime, Metric::CpuTime, Metric::PeakMemory}) {
        for (int s = 0; s < 2; ++s) {
            const Summary &sum = s == 0 ? analysis.metric(m).a : analysis.metric(m).b;
            md += QStringLiteral("| %1 | %2 | %3 | %4 ± %5 | %6 – %7 | %8 |\n")
                      .arg(metricName(m), s == 0 ? QStringLiteral("A") : QStringLiteral("B"))
                      .arg(sum.n)
                      .arg(formatMetric(m, sum.mean), formatMetric(m, sum.stddev),
                           formatMetric(m, sum.min), formatMetric(m, sum.max))
                      .arg(sum.outliers.size());
        }
    }
    md += QLatin1Char('\n');
    for (int s = 0; s < 2; ++s) {
        const Side &side = c.sides[size_t(s)];
        md += QStringLiteral("## %1\n\n").arg(sideLabel(c, s));
        if (!side.toolchain.isEmpty())
            md += Text::tr("- Toolchain: %1\n").arg(side.toolchain);
        if (!side.flags.isEmpty())
            md += Text::tr("- Flags: `%1`\n").arg(side.flags.join(QLatin1Char(' ')));
        if (side.compile.performed)
            md += Text::tr("- Compile time: %1\n").arg(formatMs(side.compile.durationMs));
        if (side.error)
            md += Text::tr("- **Failed** (%1): %2\n").arg(side.error->kind, side.error->message);
        md += QLatin1Char('\n') + fence(side.lang, side.code) + QLatin1Char('\n');
    }
    if (c.hasEnvironment) {
        const Environment &e = c.environment;
        md += Text::tr("## Environment\n\n");
        md += Text::tr("- CPU: %1 (%n cores)\n", nullptr, e.cores).arg(e.cpuModel);
        md += Text::tr("- OS: %1, kernel %2 (%3)\n").arg(e.os, e.kernel, e.arch);
        md += Text::tr("- faster.codes %1, Qt %2\n").arg(e.appVersion, e.qtVersion);
        md += Text::tr("- Sandboxed: %1\n").arg(c.sandboxed ? Text::tr("yes") : Text::tr("no"));
    }
    if (c.startTime > 0)
        md += Text::tr("- Started: %1\n")
                  .arg(QDateTime::fromMSecsSinceEpoch(c.startTime).toUTC().toString(Qt::ISODate));
    return md;
}

} // namespace fc

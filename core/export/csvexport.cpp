#include "export/csvexport.h"

namespace fc {

namespace {

QString field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

} // namespace

QString comparisonToCsv(const Comparison &c)
{
    QString out = QStringLiteral(
        "side,language,run,warmup,wall_ms,user_ms,sys_ms,cpu_ms,peak_rss_kib,exit_code,signal,"
        "timed_out,voluntary_switches,involuntary_switches,minor_faults,major_faults\r\n");
    for (int s = 0; s < 2; ++s) {
        const Side &side = c.sides[size_t(s)];
        for (const RunRecord &r : side.runs) {
            const QStringList row{s == 0 ? QStringLiteral("A") : QStringLiteral("B"),
                                  field(side.lang),
                                  QString::number(r.index),
                                  r.warmup ? QStringLiteral("1") : QStringLiteral("0"),
                                  number(r.wallMs),
                                  number(r.userMs),
                                  number(r.sysMs),
                                  number(r.cpuMs()),
                                  number(r.memKiB),
                                  QString::number(r.exitCode),
                                  QString::number(r.signal),
                                  r.timedOut ? QStringLiteral("1") : QStringLiteral("0"),
                                  QString::number(r.voluntarySwitches),
                                  QString::number(r.involuntarySwitches),
                                  QString::number(r.minorFaults),
                                  QString::number(r.majorFaults)};
            out += row.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
    }
    return out;
}

} // namespace fc

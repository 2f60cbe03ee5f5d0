#pragma once

// Comparisons for the history, cloud and e2e suites: complete, realistic, and different enough
// from each other to tell them apart in searches.

#include "model/comparison.h"

#include <QString>

namespace fc::testing {

inline Comparison sampleComparison(const QString &langA = QStringLiteral("c"),
                                   const QString &langB = QStringLiteral("python"),
                                   const QString &title = QStringLiteral("sum of squares"),
                                   double factor = 3.0)
{
    Comparison c;
    c.status = Comparison::Status::Success;
    c.startTime = 1764000000000;
    c.finishTime = 1764000012345;
    c.title = title;
    c.environment.cpuModel = QStringLiteral("Test CPU @ 3.00GHz");
    c.environment.cores = 2;
    c.environment.os = QStringLiteral("Debian GNU/Linux 13");
    c.environment.kernel = QStringLiteral("6.1.0");
    c.environment.arch = QStringLiteral("x86_64");
    c.environment.hostname = QStringLiteral("testhost");
    c.environment.appVersion = QStringLiteral("0.1.0");
    c.environment.qtVersion = QStringLiteral("6.8.2");
    c.environment.memoryTotalKiB = 8 * 1024 * 1024;
    c.plan.mode = RunPlan::Mode::Fixed;
    c.plan.runs = 8;
    const QString langs[2] = {langA, langB};
    for (int s = 0; s < 2; ++s) {
        Side &side = c.sides[size_t(s)];
        side.lang = langs[s];
        side.languageName = langs[s].toUpper();
        side.toolchain = QStringLiteral("%1 1.0").arg(langs[s]);
        side.code = QStringLiteral("// side %1 (%2): %3\nprint(sum(i * i for i in range(1000)))\n")
                        .arg(s)
                        .arg(langs[s], title);
        side.flags = {QStringLiteral("-O2")};
        side.status = Side::Status::Success;
        side.stage = QStringLiteral("Run_Success");
        side.stdoutText = QStringLiteral("332833500\n");
        for (int i = 0; i < 9; ++i) {
            RunRecord r;
            r.index = i * 2 + s;
            r.warmup = i == 0;
            // B is `factor` times slower than A, with a little spread.
            r.wallMs = (10.0 + 0.1 * (i % 3)) * (s == 0 ? 1.0 : factor);
            r.userMs = r.wallMs * 0.9;
            r.sysMs = r.wallMs * 0.05;
            r.memKiB = 2000 + 10 * i + 3000 * s;
            r.minorFaults = 100 + i;
            side.runs << r;
        }
    }
    return c;
}

} // namespace fc::testing

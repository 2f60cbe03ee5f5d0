#pragma once

// Helpers shared by the ui suites: an isolated settings store and hand-made comparisons for
// the views (the run-flow suite drives real runs instead).

#include "model/comparison.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

namespace uitest {

/// The organization the suites keep their settings under: one per build tree. Test mode paths
/// (~/.qttest) depend on the home folder alone, so the same suite of two build trees (the dev
/// and asan presets, a CI clone) run at the same time would otherwise share, and clear, one
/// settings file: a session saved by one was gone when the other's window came back.
inline QString testOrganization()
{
    return QStringLiteral("faster.codes-tests-%1")
        .arg(qHash(QStringLiteral(FC_BIN_DIR)), 8, 16, QLatin1Char('0'));
}

/// Test mode paths (~/.qttest), an identity of this build tree's, and no settings left from an
/// earlier run.
inline void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(testOrganization());
    QCoreApplication::setApplicationName(QCoreApplication::applicationName());
    QSettings settings;
    settings.clear();
    settings.sync();
    // English has plural forms too ("1 outlier", "2 outliers"), as in the app.
    static QTranslator english;
    if (english.isEmpty() && english.load(QStringLiteral(":/i18n/fastercodes_en.qm")))
        QCoreApplication::installTranslator(&english);
}

/// A finished comparison with the given wall times (ms); CPU = 90 % of wall, memory fixed per
/// side, one warm-up run per side first. Runs are interleaved A B B A ... by index.
inline fc::Comparison makeComparison(const QList<double> &wallA, const QList<double> &wallB,
                                     double memA = 20480, double memB = 40960)
{
    fc::Comparison c;
    c.status = fc::Comparison::Status::Success;
    c.startTime = 1700000000000;
    c.finishTime = c.startTime + 5000;
    c.title = QStringLiteral("hand-made");
    c.environment = fc::Environment::current();
    c.plan.mode = fc::RunPlan::Mode::Fixed;
    c.plan.runs = int(qMax(wallA.size(), wallB.size()));
    c.plan.warmup = 1;
    int index = 0;
    const QList<double> *walls[] = {&wallA, &wallB};
    const double mems[] = {memA, memB};
    for (int side = 0; side < 2; ++side) {
        fc::Side &s = c.sides[size_t(side)];
        s.lang = side == 0 ? QStringLiteral("c") : QStringLiteral("python");
        s.languageName = side == 0 ? QStringLiteral("C") : QStringLiteral("Python");
        s.toolchain = side == 0 ? QStringLiteral("gcc 14.2.0") : QStringLiteral("Python 3.13.5");
        s.code = side == 0 ? QStringLiteral("int main(void) { return 0; }\n")
                           : QStringLiteral("print(1)\n");
        s.status = fc::Side::Status::Success;
        s.compile.performed = side == 0;
        s.compile.durationMs = side == 0 ? 123.0 : 0.0;
        s.compile.command = {QStringLiteral("gcc"), QStringLiteral("-O2"),
                             QStringLiteral("main.c")};
        s.stdoutText =
            QStringLiteral("hello from %1\n").arg(side == 0 ? QLatin1Char('A') : QLatin1Char('B'));
        fc::RunRecord warm;
        warm.index = index++;
        warm.warmup = true;
        warm.wallMs = walls[side]->value(0) * 1.5;
        warm.userMs = warm.wallMs * 0.9;
        warm.memKiB = mems[side];
        s.runs << warm;
    }
    for (qsizetype i = 0; i < qMax(wallA.size(), wallB.size()); ++i) {
        for (int side = 0; side < 2; ++side) {
            if (i >= walls[side]->size())
                continue;
            fc::RunRecord r;
            r.index = index++;
            r.wallMs = walls[side]->at(i);
            r.userMs = r.wallMs * 0.8;
            r.sysMs = r.wallMs * 0.1;
            r.memKiB = mems[side] + double(i % 3);
            c.sides[size_t(side)].runs << r;
        }
    }
    return c;
}

inline QList<double> series(double base, double step, int n)
{
    QList<double> out;
    for (int i = 0; i < n; ++i)
        out << base + step * double((i * 7) % n);
    return out;
}

} // namespace uitest

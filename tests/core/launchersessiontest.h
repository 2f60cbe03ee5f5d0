// What the launcher session suites share (tst_launchersession, tst_launchersession_ends) beyond
// probetesthelpers.h: a run that is waited for, and whether it ran.
#pragma once

#include "probe/launchersession.h"
#include "probe/measuredprocess.h"
#include "probetesthelpers.h"

#include <QFile>
#include <QList>
#include <QTest>
#include <functional>
#include <qcoro/qcorotask.h>
#include <sys/types.h>

namespace fctest {

// Runs one spec in the session and waits for it; `during` may act while it runs.
inline fc::ProbeResult runIn(fc::LauncherSession &session, const fc::MeasuredRunSpec &s,
                             const std::function<void()> &during = {})
{
    auto task = session.run(s);
    if (during)
        during();
    return QCoro::waitFor(task);
}

inline fc::ProbeResult runOneShot(const fc::MeasuredRunSpec &s)
{
    fc::MeasuredProcess process;
    process.setLauncherPath(kLauncher);
    auto task = process.run(s);
    return QCoro::waitFor(task);
}

} // namespace fctest

#define VERIFY_RAN(r)                                                                              \
    do {                                                                                           \
        QVERIFY2((r).hasFigures(), qPrintable(describe(r)));                                       \
        QVERIFY2((r).protocolProblems.isEmpty(), qPrintable(describe(r)));                         \
    } while (false)

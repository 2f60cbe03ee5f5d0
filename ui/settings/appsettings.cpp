#include "settings/appsettings.h"

#include <QSettings>

namespace fc::ui::appsettings {

namespace {

QSettings &store()
{
    // One object for the process: QSettings caches and batches writes; sync() flushes.
    static QSettings settings;
    return settings;
}

QString sideKey(int side, const char *name)
{
    return QStringLiteral("session/%1/%2")
        .arg(side == 0 ? QLatin1Char('a') : QLatin1Char('b'))
        .arg(QLatin1String(name));
}

} // namespace

ThemeChoice theme()
{
    return themeChoiceFromKey(store().value(QStringLiteral("ui/theme")).toString());
}

void setTheme(ThemeChoice choice)
{
    store().setValue(QStringLiteral("ui/theme"), themeChoiceKey(choice));
}

QString editorTheme()
{
    return store().value(QStringLiteral("editor/theme")).toString();
}

void setEditorTheme(const QString &name)
{
    store().setValue(QStringLiteral("editor/theme"), name);
}

qreal editorFontSize()
{
    return store().value(QStringLiteral("editor/fontSize"), 0.0).toReal();
}

void setEditorFontSize(qreal size)
{
    store().setValue(QStringLiteral("editor/fontSize"), size);
}

int tabWidth()
{
    return qBound(1, store().value(QStringLiteral("editor/tabWidth"), 4).toInt(), 16);
}

void setTabWidth(int spaces)
{
    store().setValue(QStringLiteral("editor/tabWidth"), spaces);
}

QString language()
{
    return store().value(QStringLiteral("ui/language")).toString();
}

void setLanguage(const QString &code)
{
    store().setValue(QStringLiteral("ui/language"), code);
}

RunPlan runPlan()
{
    RunPlan d;
    QSettings &s = store();
    RunPlan p;
    p.mode = s.value(QStringLiteral("plan/mode")).toString() == QLatin1String("fixed")
                 ? RunPlan::Mode::Fixed
             : s.contains(QStringLiteral("plan/mode")) ? RunPlan::Mode::Adaptive
                                                       : d.mode;
    p.runs = qBound(1, s.value(QStringLiteral("plan/runs"), d.runs).toInt(), 100000);
    p.minRuns = qBound(1, s.value(QStringLiteral("plan/minRuns"), d.minRuns).toInt(), 100000);
    p.maxRuns =
        qBound(p.minRuns, s.value(QStringLiteral("plan/maxRuns"), d.maxRuns).toInt(), 100000);
    p.targetCiPercent = qBound(
        0.01, s.value(QStringLiteral("plan/targetCiPercent"), d.targetCiPercent).toDouble(), 100.0);
    p.timeBudgetS =
        qBound(1.0, s.value(QStringLiteral("plan/timeBudgetS"), d.timeBudgetS).toDouble(), 86400.0);
    p.thresholdPercent =
        qBound(0.0, s.value(QStringLiteral("plan/thresholdPercent"), d.thresholdPercent).toDouble(),
               100.0);
    p.cpu = qBound(-1, s.value(QStringLiteral("plan/cpu"), d.cpu).toInt(), 4095);
    p.warmup = qBound(0, s.value(QStringLiteral("plan/warmup"), d.warmup).toInt(), 1000);
    p.timeoutS =
        qBound(0.1, s.value(QStringLiteral("plan/timeoutS"), d.timeoutS).toDouble(), 86400.0);
    p.memoryLimitMiB =
        qMax(0.0, s.value(QStringLiteral("plan/memoryLimitMiB"), d.memoryLimitMiB).toDouble());
    p.processLimit =
        qBound(1, s.value(QStringLiteral("plan/processLimit"), d.processLimit).toInt(), 100000);
    p.sandbox = s.value(QStringLiteral("plan/sandbox"), d.sandbox).toBool();
    p.checkOutputs = s.value(QStringLiteral("plan/checkOutputs"), d.checkOutputs).toBool();
    return p;
}

void setRunPlan(const RunPlan &p)
{
    QSettings &s = store();
    s.setValue(QStringLiteral("plan/mode"), p.mode == RunPlan::Mode::Fixed
                                                ? QStringLiteral("fixed")
                                                : QStringLiteral("adaptive"));
    s.setValue(QStringLiteral("plan/runs"), p.runs);
    s.setValue(QStringLiteral("plan/minRuns"), p.minRuns);
    s.setValue(QStringLiteral("plan/maxRuns"), p.maxRuns);
    s.setValue(QStringLiteral("plan/targetCiPercent"), p.targetCiPercent);
    s.setValue(QStringLiteral("plan/timeBudgetS"), p.timeBudgetS);
    s.setValue(QStringLiteral("plan/thresholdPercent"), p.thresholdPercent);
    s.setValue(QStringLiteral("plan/cpu"), p.cpu);
    s.setValue(QStringLiteral("plan/warmup"), p.warmup);
    s.setValue(QStringLiteral("plan/timeoutS"), p.timeoutS);
    s.setValue(QStringLiteral("plan/memoryLimitMiB"), p.memoryLimitMiB);
    s.setValue(QStringLiteral("plan/processLimit"), p.processLimit);
    s.setValue(QStringLiteral("plan/sandbox"), p.sandbox);
    s.setValue(QStringLiteral("plan/checkOutputs"), p.checkOutputs);
}

std::array<SideSnapshot, 2> session()
{
    std::array<SideSnapshot, 2> sides;
    QSettings &s = store();
    for (int side = 0; side < 2; ++side) {
        SideSnapshot &snap = sides[size_t(side)];
        snap.languageId = s.value(sideKey(side, "language")).toString();
        snap.code = s.value(sideKey(side, "code")).toString();
        snap.flags = s.value(sideKey(side, "flags")).toString();
        snap.arguments = s.value(sideKey(side, "arguments")).toString();
        snap.standardInput = s.value(sideKey(side, "stdin")).toString();
        snap.filePath = s.value(sideKey(side, "file")).toString();
        snap.touched = s.value(sideKey(side, "touched")).toBool();
    }
    return sides;
}

bool hasSession()
{
    return store().contains(sideKey(0, "language")) || store().contains(sideKey(1, "language"));
}

void setSession(const std::array<SideSnapshot, 2> &sides, const QString &title)
{
    QSettings &s = store();
    for (int side = 0; side < 2; ++side) {
        const SideSnapshot &snap = sides[size_t(side)];
        s.setValue(sideKey(side, "language"), snap.languageId);
        s.setValue(sideKey(side, "code"), snap.code);
        s.setValue(sideKey(side, "flags"), snap.flags);
        s.setValue(sideKey(side, "arguments"), snap.arguments);
        s.setValue(sideKey(side, "stdin"), snap.standardInput);
        s.setValue(sideKey(side, "file"), snap.filePath);
        s.setValue(sideKey(side, "touched"), snap.touched);
    }
    s.setValue(QStringLiteral("session/title"), title);
}

CodeOrigin sessionOrigin()
{
    QSettings &s = store();
    const QString kind = s.value(QStringLiteral("session/origin/kind")).toString();
    CodeOrigin origin;
    if (kind.isEmpty())
        return origin; // sessions of older versions: the user's own code
    const auto known = sourceKindFromName(kind);
    origin.kind = known.value_or(Comparison::SourceKind::File);
    origin.url = s.value(QStringLiteral("session/origin/url")).toString();
    origin.confirmed = known && s.value(QStringLiteral("session/origin/confirmed")).toBool();
    return origin;
}

void setSessionOrigin(const CodeOrigin &origin)
{
    QSettings &s = store();
    s.setValue(QStringLiteral("session/origin/kind"), sourceKindName(origin.kind));
    s.setValue(QStringLiteral("session/origin/url"), origin.url);
    s.setValue(QStringLiteral("session/origin/confirmed"), origin.confirmed);
}

QString sessionTitle()
{
    return store().value(QStringLiteral("session/title")).toString();
}

void sync()
{
    store().sync();
}

} // namespace fc::ui::appsettings

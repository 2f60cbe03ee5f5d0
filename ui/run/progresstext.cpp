#include "run/progresstext.h"

#include "format/units.h"
#include "sidecolors.h"
#include "stats/verdict.h"

#include <QCoreApplication>
#include <algorithm>

namespace fc::ui {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Progress", text);
}

} // namespace

QString progressText(const RunProgress &p)
{
    const QString dot = QStringLiteral(" · ");
    QStringList parts;
    switch (p.stage) {
    case RunProgress::Stage::Preparing:
        parts << translated(QT_TRANSLATE_NOOP("Progress", "preparing"));
        break;
    case RunProgress::Stage::Compiling:
        parts << (p.side >= 0 ? translated(QT_TRANSLATE_NOOP("Progress", "compiling %1"))
                                    .arg(sideName(p.side))
                              : translated(QT_TRANSLATE_NOOP("Progress", "compiling")));
        break;
    case RunProgress::Stage::WarmingUp:
        parts << (p.side >= 0 ? translated(QT_TRANSLATE_NOOP("Progress", "warming up %1"))
                                    .arg(sideName(p.side))
                              : translated(QT_TRANSLATE_NOOP("Progress", "warming up")));
        break;
    case RunProgress::Stage::Measuring: {
        const int done = std::min(p.counted[0], p.counted[1]) + 1;
        if (p.adaptive) {
            parts << translated(QT_TRANSLATE_NOOP("Progress", "run %1 (adaptive)")).arg(done);
            if (p.worstHalfWidth >= 0)
                parts << QStringLiteral("±") + units::percent(p.worstHalfWidth * 100.0);
        } else {
            parts << translated(QT_TRANSLATE_NOOP("Progress", "run %1/%2"))
                         .arg(std::min(done, p.plannedPerSide))
                         .arg(p.plannedPerSide);
        }
        break;
    }
    case RunProgress::Stage::Finishing:
        parts << translated(QT_TRANSLATE_NOOP("Progress", "finishing"));
        break;
    }
    parts << units::elapsed(p.elapsedMs);
    if (p.remainingMs >= 0 && p.stage == RunProgress::Stage::Measuring)
        parts << translated(QT_TRANSLATE_NOOP("Progress", "~%1 left"))
                     .arg(units::elapsed(p.remainingMs));
    return parts.join(dot);
}

int progressPermille(const RunProgress &p)
{
    if (p.stage != RunProgress::Stage::Measuring && p.stage != RunProgress::Stage::Finishing)
        return -1;
    if (p.stage == RunProgress::Stage::Finishing)
        return 1000;
    if (p.remainingMs >= 0 && p.elapsedMs >= 0 && p.elapsedMs + p.remainingMs > 0 && p.adaptive)
        return int(1000 * p.elapsedMs / (p.elapsedMs + p.remainingMs));
    if (p.plannedPerSide <= 0)
        return -1;
    return std::clamp(int(500 * (p.counted[0] + p.counted[1]) / p.plannedPerSide), 0, 1000);
}

} // namespace fc::ui

#pragma once

#include "runner/comparisonrequest.h"

#include <QString>

namespace fc::ui {

/// One line for the toolbar while a comparison runs: "run 7/20 · 4.2 s · ~8.1 s left",
/// "compiling A · 1.2 s", "adaptive: run 12 · ±2.3 % · 4.2 s".
QString progressText(const fc::RunProgress &progress);

/// 0–1000 for a progress bar, -1 when the end is unknown (compiling, adaptive without estimate).
int progressPermille(const fc::RunProgress &progress);

} // namespace fc::ui

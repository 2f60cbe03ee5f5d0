#pragma once

#include "model/comparison.h"

#include <QStringList>
#include <array>
#include <optional>

namespace fc {

/// What the user asks to run on one side.
struct SideInput
{
    QString languageId;
    QString code;
    std::optional<QStringList> flags; ///< nullopt: the recipe's default flags
    QStringList args;
    QString stdinText;
};

/// Everything a ComparisonRunner needs: the two sides and how to run them.
struct ComparisonRequest
{
    std::array<SideInput, 2> sides;
    RunPlan plan;
    QString title;
    Comparison::SourceKind sourceKind = Comparison::SourceKind::Local;
    QString sourceUrl;
    /// Sandboxed runs and compiles get the network only when the user allows it (default off).
    bool allowNetwork = false;
};

/// Where a running comparison stands, for progress bars and the command line.
struct RunProgress
{
    enum class Stage
    {
        Preparing,
        Compiling,
        WarmingUp,
        Measuring,
        Finishing
    };
    Stage stage = Stage::Preparing;
    int side = -1;                ///< the side being compiled or run, -1 none
    std::array<int, 2> counted{}; ///< counted runs done per side
    int plannedPerSide = 0;       ///< fixed: the run count; adaptive: the maximum
    bool adaptive = false;
    qint64 elapsedMs = 0;
    qint64 remainingMs = -1;    ///< estimate, -1 when unknown
    double worstHalfWidth = -1; ///< adaptive: the widest relative median CI so far (0.01 = ±1%)
};

} // namespace fc

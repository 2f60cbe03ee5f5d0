#pragma once

#include "comparison.h"

#include <QString>
#include <optional>

namespace fc {

// The readers of the names that statusName() writes. Apart from comparison.h, which nearly every
// file includes, because only the readers of documents and of the history need them.

/// The comparison status named so ("RUNNING", "SUCCESS", "FAILED"); unknown names are nullopt.
std::optional<Comparison::Status> comparisonStatusFromName(const QString &name);
/// The side status named so; unknown names are nullopt.
std::optional<Side::Status> sideStatusFromName(const QString &name);

} // namespace fc

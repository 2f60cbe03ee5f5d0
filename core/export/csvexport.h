#pragma once

#include "model/comparison.h"

namespace fc {

/// One row per measured run (warm-ups included and flagged), both sides, in schedule order of
/// each side: the raw data for a spreadsheet or R. RFC 4180 quoting; times in ms, memory in KiB.
QString comparisonToCsv(const Comparison &comparison);

} // namespace fc

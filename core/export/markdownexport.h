#pragma once

#include "model/analysis.h"

namespace fc {

/// A report for a pull request or a wiki: verdict, a table per metric (median with its 95% CI,
/// mean ± σ, min–max, outliers), compile times, environment, and both snippets.
QString comparisonToMarkdown(const Comparison &comparison, const Analysis &analysis);

} // namespace fc

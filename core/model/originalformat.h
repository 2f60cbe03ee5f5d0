#pragma once

#include "comparison.h"

#include <QJsonObject>
#include <optional>

namespace fc {

/// Reads the original faster.codes RunData (docs: faster-codes-protocol.md): base64 code,
/// `stats.{duration,cpu,mem}.values` per iteration, no environment, no compile results. The
/// per-iteration values become run records so that the statistics work on them; what the
/// original did not record is listed in Comparison::missingFields.
std::optional<Comparison> comparisonFromOriginal(const QJsonObject &document, QString *error);

} // namespace fc

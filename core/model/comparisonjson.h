#pragma once

#include "comparison.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace fc {

inline constexpr auto kComparisonSchema = "fastercodes.comparison/1";

/// The `fastercodes.comparison/1` document of a comparison (schema/comparison.schema.json),
/// including the original service's aggregate `stats` per side. Statistics and the verdict are
/// added by analysisjson (they need core/stats).
QJsonObject comparisonToJson(const Comparison &comparison);

/// Reads a comparison from a document of either format: `fastercodes.comparison/1`, or the
/// original service's RunData (no `schema` marker, base64 code). Checks field by field; on
/// failure returns nullopt and names the bad field in `error`.
std::optional<Comparison> comparisonFromJson(const QJsonObject &document, QString *error);

/// The same from raw bytes; malformed JSON is an error, not a crash.
std::optional<Comparison> comparisonFromJson(const QByteArray &bytes, QString *error);

} // namespace fc

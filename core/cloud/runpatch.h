#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace fc {

constexpr qsizetype kMaxRunPatchOps = 64;

/// The change from one shared document of a run in progress to the next, as the operations of
/// the backend's PATCH /api/runs/{id} (docs/backend-api.md): a list that grew (runs, per-run
/// values) as one "append" of its new items, anything else that changed as a "set" (or
/// "unset") as deep as the backend allows. An empty array when nothing changed; nothing when
/// it would take more than kMaxRunPatchOps operations (the backend's limit): then the whole
/// document goes instead.
std::optional<QJsonArray> runPatchOps(const QJsonObject &before, const QJsonObject &after);

/// The body of a PATCH: {"base": version, "ops": [...]}.
QByteArray runPatchBody(int baseVersion, const QJsonArray &ops);

} // namespace fc

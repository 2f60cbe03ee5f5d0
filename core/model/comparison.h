#pragma once

#include "environment.h"
#include "measurementconditions.h"
#include "runplan.h"
#include "side.h"

#include <array>
#include <optional>

namespace fc {

/// One comparison of two snippets: A = sides[0], B = sides[1]. The in-memory form of the
/// `fastercodes.comparison/1` document (schema/comparison.schema.json).
struct Comparison
{
    enum class Status
    {
        Running,
        Success,
        Failed
    };
    /// Where a comparison came from: run here, downloaded from a backend, from the original
    /// service, or read from a file this machine's history does not know (a file's own claim
    /// to be local is not trusted: it may come from anywhere).
    enum class SourceKind
    {
        Local,
        Permalink,
        Original,
        File
    };

    QString runId; ///< empty until uploaded
    Status status = Status::Running;
    qint64 startTime = 0;  ///< ms since the epoch
    qint64 finishTime = 0; ///< ms since the epoch, 0 while running
    QString title;
    std::array<Side, 2> sides;
    RunPlan plan;
    Environment environment;
    bool hasEnvironment =
        true; ///< false for documents of the original service, which recorded none
    bool sandboxed = false;
    MeasurementConditions conditions; ///< sampled while the runs were measured
    std::optional<bool> outputsMatch; ///< set when the plan asked to check outputs
    SourceKind sourceKind = SourceKind::Local;
    QString sourceUrl;
    /// Fields the document's producer did not record (documents of the original service).
    QStringList missingFields;

    Side &a() { return sides[0]; }
    Side &b() { return sides[1]; }
    const Side &a() const { return sides[0]; }
    const Side &b() const { return sides[1]; }
    bool operator==(const Comparison &) const = default;
};

QString statusName(Comparison::Status status);
/// "local", "permalink", "original" or "file", as the JSON and the history spell them.
QString sourceKindName(Comparison::SourceKind kind);
/// The kind named so; unknown names are nullopt.
std::optional<Comparison::SourceKind> sourceKindFromName(const QString &name);
QString statusName(Side::Status status);

} // namespace fc

#include "comparison.h"

namespace fc {

QString statusName(Comparison::Status status)
{
    switch (status) {
    case Comparison::Status::Running:
        return QStringLiteral("RUNNING");
    case Comparison::Status::Success:
        return QStringLiteral("SUCCESS");
    case Comparison::Status::Failed:
        return QStringLiteral("FAILED");
    }
    return {};
}

QString statusName(Side::Status status)
{
    switch (status) {
    case Side::Status::Running:
        return QStringLiteral("RUNNING");
    case Side::Status::Success:
        return QStringLiteral("SUCCESS");
    case Side::Status::Failed:
        return QStringLiteral("FAILED");
    }
    return {};
}

QString sourceKindName(Comparison::SourceKind kind)
{
    switch (kind) {
    case Comparison::SourceKind::Local:
        return QStringLiteral("local");
    case Comparison::SourceKind::Permalink:
        return QStringLiteral("permalink");
    case Comparison::SourceKind::Original:
        return QStringLiteral("original");
    case Comparison::SourceKind::File:
        return QStringLiteral("file");
    }
    return {};
}

std::optional<Comparison::SourceKind> sourceKindFromName(const QString &name)
{
    for (const auto kind : {Comparison::SourceKind::Local, Comparison::SourceKind::Permalink,
                            Comparison::SourceKind::Original, Comparison::SourceKind::File}) {
        if (name == sourceKindName(kind))
            return kind;
    }
    return std::nullopt;
}

} // namespace fc

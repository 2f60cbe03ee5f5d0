#include "comparison.h"

#include "model/comparisonnames.h"
#include "model/enumtext.h"

namespace fc {

namespace {

using namespace Qt::StringLiterals;

// As the JSON and the history database spell them.
constexpr EnumText<Comparison::Status> kComparisonStatusNames[] = {
    {Comparison::Status::Running, "RUNNING"_L1},
    {Comparison::Status::Success, "SUCCESS"_L1},
    {Comparison::Status::Failed, "FAILED"_L1},
};
constexpr EnumText<Side::Status> kSideStatusNames[] = {
    {Side::Status::Running, "RUNNING"_L1},
    {Side::Status::Success, "SUCCESS"_L1},
    {Side::Status::Failed, "FAILED"_L1},
};
constexpr EnumText<Comparison::SourceKind> kSourceKindNames[] = {
    {Comparison::SourceKind::Local, "local"_L1},
    {Comparison::SourceKind::Permalink, "permalink"_L1},
    {Comparison::SourceKind::Original, "original"_L1},
    {Comparison::SourceKind::File, "file"_L1},
};

} // namespace

QString statusName(Comparison::Status status)
{
    return textOf(kComparisonStatusNames, status);
}

std::optional<Comparison::Status> comparisonStatusFromName(const QString &name)
{
    return valueOf(kComparisonStatusNames, name);
}

QString statusName(Side::Status status)
{
    return textOf(kSideStatusNames, status);
}

std::optional<Side::Status> sideStatusFromName(const QString &name)
{
    return valueOf(kSideStatusNames, name);
}

QString sourceKindName(Comparison::SourceKind kind)
{
    return textOf(kSourceKindNames, kind);
}

std::optional<Comparison::SourceKind> sourceKindFromName(const QString &name)
{
    return valueOf(kSourceKindNames, name);
}

} // namespace fc

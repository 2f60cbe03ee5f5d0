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

} // namespace fc

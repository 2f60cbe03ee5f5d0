#include "cloud/networkproblem.h"

namespace fc {

bool NetworkProblem::isTransient() const
{
    switch (kind) {
    case Kind::Unreachable:
    case Kind::Timeout:
    case Kind::Tls: // captive portals and clock skew pass; nothing is sent until it verifies
        return true;
    case Kind::Http:
        // Too many requests, a create still in progress, the server's own trouble.
        return httpStatus == 408 || httpStatus == 425 || httpStatus == 429 || httpStatus >= 500 ||
               (httpStatus == 409 && code == QLatin1String("idempotency_in_progress"));
    case Kind::None:
    case Kind::Malformed:
    case Kind::TooLarge:
    case Kind::Refused:
        return false;
    }
    return false;
}

} // namespace fc

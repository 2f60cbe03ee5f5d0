#pragma once

#include <QString>
#include <chrono>

namespace fc {

/// What went wrong talking to a server, in words for the user, and whether trying again later
/// can help (the upload queue retries those; the others wait for the user).
struct NetworkProblem
{
    enum class Kind
    {
        None,
        Unreachable, ///< refused, host not found, no network, proxy down, connection dropped
        Timeout,     ///< no progress within the timeout
        Tls,         ///< the secure connection failed or its certificate was not trusted
        Http,        ///< the server answered with an error status
        Malformed,   ///< the answer is not what the API promises (wrong JSON, wrong schema)
        TooLarge,    ///< the answer exceeded the size limit
        Refused,     ///< refused locally before sending (e.g. the document is too large)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;                 ///< Http: the status code
    QString code;                       ///< Http: the backend's error code, e.g. "schema_violation"
    QString message;                    ///< one sentence, translated, naming the server
    std::chrono::seconds retryAfter{0}; ///< the server's Retry-After, if any

    bool ok() const { return kind == Kind::None; }
    /// Worth retrying later without anyone changing anything.
    bool isTransient() const;
};

} // namespace fc

#pragma once

#include "model/side.h"
#include "probe/proberesult.h"

#include <optional>

namespace fc {

/// The run record of a launcher result, in the comparison's units (ms, KiB).
RunRecord runRecordFrom(const ProbeResult &result, int index, bool warmup);

/// Why a run did not succeed, in words a user can act on; nullopt when it succeeded.
std::optional<SideError> runFailure(const ProbeResult &result, const QString &stderrHead);

/// "SIGSEGV (segmentation fault)" for 11, etc.
QString signalName(int signal);

} // namespace fc

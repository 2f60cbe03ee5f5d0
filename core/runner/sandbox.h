#pragma once

#include <QStringList>

namespace fc {

/// The bubblewrap command prefix that isolates a run on Linux: no network, the system
/// read-only, a private /tmp, only the side's work dir (and the compiler cache) writable.
/// Empty when bwrap is not installed (or not on Linux): the caller reports "not sandboxed".
QStringList sandboxWrapper(const QStringList &writableDirs);

/// Whether sandboxWrapper() can give a wrapper here.
bool sandboxAvailable();

} // namespace fc

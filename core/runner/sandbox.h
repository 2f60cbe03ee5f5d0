#pragma once

#include <QProcessEnvironment>
#include <QStringList>

namespace fc {

/// What one sandboxed command may see and keep (see docs/security.md).
struct SandboxOptions
{
    /// Bound writable at their own paths: the side's own work dir, nothing of the other side's.
    QStringList writableDirs;
    /// The environment the command would have had; only an allow-list of it reaches the
    /// sandbox (PATH, locale, TERM, toolchain roots such as JAVA_HOME or GOROOT) plus `keepNames`.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    /// Variables the command's recipe sets itself (GOCACHE ...): kept as well.
    QStringList keepNames;
    /// Off: a network namespace of its own with only a loopback device.
    bool allowNetwork = false;
};

/// The bubblewrap command prefix that isolates a run on Linux: the system read-only; a private
/// /tmp, an empty home (tmpfs) and no /run/user; a cleared environment but for an allow-list;
/// its own pid, ipc, uts, cgroup and (unless allowed) network namespaces; only `writableDirs`
/// writable. Empty when bwrap is not installed (or not on Linux): the caller reports "not
/// sandboxed".
QStringList sandboxWrapper(const SandboxOptions &options);

/// Whether sandboxWrapper() can give a wrapper here (bwrap is installed).
bool sandboxAvailable();

/// Whether a sandboxWrapper() wrapper actually starts a program here (bwrap may be installed
/// where namespaces cannot be made); when not, `why` gets bwrap's own words. Runs bwrap once.
bool sandboxWorks(QString *why = nullptr);

} // namespace fc

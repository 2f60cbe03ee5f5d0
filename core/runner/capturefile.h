#pragma once

#include <QString>

namespace fc {

/// Reads up to `cap` bytes of a captured output file (a run's .stdout/.stderr). Never follows a
/// symlink and never waits on a FIFO or device: anything but a regular file gives an empty
/// text and `error` (when given) says what was found instead. A missing file is empty, no error.
QString readCapture(const QString &path, qint64 cap, QString *error = nullptr);

} // namespace fc

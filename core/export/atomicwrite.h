#pragma once

#include <QByteArray>
#include <QString>

namespace fc {

/// Writes `bytes` to `path` through QSaveFile: readers never see half a file, and a failed write
/// (disk full, no permission) leaves the old file as it was. False with `error` set to a
/// sentence naming the path and the reason (translatable, context "AtomicWrite").
bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error = nullptr);

} // namespace fc

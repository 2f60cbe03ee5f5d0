#pragma once

#include <QString>

namespace fc {

/// A folder of the app's installed data (`share/fastercodes/<name>` relative to the binary on
/// Linux: "languages", "translations"), or an empty string when the app does not run from an
/// installed layout (the build tree, Windows, a macOS bundle). Callers fall back to the copy
/// compiled into the program, so that the build tree needs no install step.
QString installedDataDirectory(const QString &name);

} // namespace fc

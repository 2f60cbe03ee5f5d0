#pragma once

#include <QString>

namespace fc {

/// The application's version, e.g. "0.1.0".
QString version();
/// Versions of the libraries the core was built against and runs with, for About and reports.
QString qtVersion();

} // namespace fc

#pragma once

#include <QIcon>

namespace fc::ui {

/// The icon theme's icon `themeName` where the platform has one, else the shipped
/// `:/icons/<fallback>.svg`, drawn in the palette's text colour (so it suits light and dark).
QIcon icon(const QString &themeName, const QString &fallback);

/// Only the shipped icon (for icons that must look the same everywhere, e.g. the app icon).
QIcon shippedIcon(const QString &name);

} // namespace fc::ui

#pragma once

#include <QLocale>
#include <QString>

namespace fc::app {

/// Picks the UI language (the override from the settings, else the system locale), makes it
/// the default QLocale and installs the app's and Qt's translations for it. Returns the locale.
QLocale installTranslations(const QString &override);

} // namespace fc::app

#pragma once

#include <QLocale>
#include <QString>

namespace fc::ui {

/// Picks the UI language (the override from the settings, else the system locale), makes it
/// the default QLocale and installs the app's and Qt's translations for it, replacing the ones
/// an earlier call installed. Every widget then gets QEvent::LanguageChange and retranslates
/// itself: a language chosen in the settings applies without a restart. Returns the locale.
QLocale installTranslations(const QString &override);

} // namespace fc::ui

#pragma once

#include <QPalette>
#include <QString>

namespace fc::ui {

/// The application's light/dark choice: follow the system, or force one.
enum class ThemeChoice
{
    System,
    Light,
    Dark
};

QString themeChoiceKey(ThemeChoice choice); ///< "system", "light", "dark" (for settings)
ThemeChoice themeChoiceFromKey(const QString &key);

/// Applies the choice to the whole application (palette and, where Qt supports it, the
/// platform's colour scheme). Call once at start; the system palette seen then is what
/// "System" returns to.
void applyTheme(ThemeChoice choice);
ThemeChoice currentTheme();

/// True for a palette whose window is dark (light text on dark ground).
bool isDark(const QPalette &palette);
QPalette darkPalette();
QPalette lightPalette();

} // namespace fc::ui

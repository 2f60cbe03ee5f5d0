#pragma once

#include "model/runplan.h"
#include "sidepane.h"
#include "theme/thememanager.h"
#include "window/codeorigin.h"

#include <QString>
#include <array>

namespace fc::ui {

/// Typed access to the persisted settings (QSettings, the platform's native store). Every
/// getter has a sensible default, so a missing or damaged store simply gives defaults.
namespace appsettings {

ThemeChoice theme();
void setTheme(ThemeChoice choice);

/// KSyntaxHighlighting theme name; empty = follow the palette.
QString editorTheme();
void setEditorTheme(const QString &name);

/// 0 = the system's fixed font size.
qreal editorFontSize();
void setEditorFontSize(qreal size);

int tabWidth();
void setTabWidth(int spaces);

/// UI language: "" = follow the system locale, else "en", "de", "fr".
QString language();
void setLanguage(const QString &code);

fc::RunPlan runPlan();
void setRunPlan(const fc::RunPlan &plan);

/// The editors' contents, saved as the user types.
std::array<SideSnapshot, 2> session();
bool hasSession();
void setSession(const std::array<SideSnapshot, 2> &sides, const QString &title);
/// Where the session's code came from (kept with it: downloaded code stays foreign after a
/// restart). A damaged or unknown kind reads as foreign and not agreed to.
CodeOrigin sessionOrigin();
void setSessionOrigin(const CodeOrigin &origin);
QString sessionTitle();

/// Writes pending changes to disk now (crash safety for the session).
void sync();

} // namespace appsettings

} // namespace fc::ui

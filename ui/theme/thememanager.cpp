#include "theme/thememanager.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>
#include <optional>

namespace fc::ui {

namespace {

ThemeChoice g_current = ThemeChoice::System;

// The palette the platform gave before any choice was applied.
const QPalette &systemPalette()
{
    static const QPalette palette = QApplication::palette();
    return palette;
}

} // namespace

QString themeChoiceKey(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    case ThemeChoice::System:
        break;
    }
    return QStringLiteral("system");
}

ThemeChoice themeChoiceFromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return ThemeChoice::Light;
    if (key == QLatin1String("dark"))
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette lightPalette()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = fusion ? fusion->standardPalette() : QPalette(QColor(0xEF, 0xEF, 0xEF));
    p.setColor(QPalette::Highlight, QColor(0x25, 0x63, 0xEB));
    p.setColor(QPalette::Link, QColor(0x1D, 0x4E, 0xD8));
    return p;
}

QPalette darkPalette()
{
    // Neutral greys with enough contrast for text (WCAG AA on Base and Window).
    const QColor window(0x24, 0x27, 0x2D);
    const QColor base(0x1B, 0x1D, 0x22);
    const QColor alternate(0x22, 0x25, 0x2B);
    const QColor text(0xE6, 0xE8, 0xEB);
    const QColor disabled(0x7D, 0x83, 0x8C);
    const QColor button(0x2E, 0x32, 0x39);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, button.lighter(140));
    p.setColor(QPalette::Midlight, button.lighter(120));
    p.setColor(QPalette::Mid, button.darker(120));
    p.setColor(QPalette::Dark, base.darker(130));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x25, 0x63, 0xEB));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x93, 0xC5, 0xFD));
    p.setColor(QPalette::LinkVisited, QColor(0xC4, 0xB5, 0xFD));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Button, window);
    return p;
}

void applyTheme(ThemeChoice choice)
{
    (void)systemPalette(); // remember it before the first change
    g_current = choice;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // Native styles (Windows 11, macOS, KDE/GNOME platform themes) follow this hint.
    switch (choice) {
    case ThemeChoice::System:
        QGuiApplication::styleHints()->unsetColorScheme();
        break;
    case ThemeChoice::Light:
        QGuiApplication::styleHints()->setColorScheme(Qt::ColorScheme::Light);
        break;
    case ThemeChoice::Dark:
        QGuiApplication::styleHints()->setColorScheme(Qt::ColorScheme::Dark);
        break;
    }
#endif
    switch (choice) {
    case ThemeChoice::System:
        // An empty palette resolves against the platform's and keeps following it.
        QApplication::setPalette(QPalette());
        break;
    case ThemeChoice::Light:
        QApplication::setPalette(isDark(systemPalette()) ? lightPalette() : systemPalette());
        break;
    case ThemeChoice::Dark:
        QApplication::setPalette(isDark(systemPalette()) ? systemPalette() : darkPalette());
        break;
    }
}

ThemeChoice currentTheme()
{
    return g_current;
}

} // namespace fc::ui

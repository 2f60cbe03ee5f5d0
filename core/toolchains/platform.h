#pragma once

#include <QString>

namespace fc {

/// The operating systems a recipe can give overrides for ("platforms" in a language file).
enum class Platform
{
    Linux,
    MacOS,
    Windows
};

/// The platform this binary was built for; other Unix systems count as Linux.
Platform currentPlatform();
/// "linux", "macos" or "windows": the key of the platform in a recipe's "platforms" object.
QString platformKey(Platform platform);
/// ".exe" on Windows, empty elsewhere.
QString executableSuffix(Platform platform);

} // namespace fc

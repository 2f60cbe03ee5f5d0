#include "toolchains/platform.h"

namespace fc {

Platform currentPlatform()
{
#if defined(Q_OS_WIN)
    return Platform::Windows;
#elif defined(Q_OS_MACOS)
    return Platform::MacOS;
#else
    return Platform::Linux;
#endif
}

QString platformKey(Platform platform)
{
    switch (platform) {
    case Platform::Linux:
        return QStringLiteral("linux");
    case Platform::MacOS:
        return QStringLiteral("macos");
    case Platform::Windows:
        return QStringLiteral("windows");
    }
    return {};
}

QString executableSuffix(Platform platform)
{
    return platform == Platform::Windows ? QStringLiteral(".exe") : QString();
}

} // namespace fc

#include "toolchains/platform.h"

#include "model/enumtext.h"

namespace fc {

namespace {

using namespace Qt::StringLiterals;

// As a language recipe's "platforms" object names them.
constexpr EnumText<Platform> kPlatformKeys[] = {
    {Platform::Linux, "linux"_L1},
    {Platform::MacOS, "macos"_L1},
    {Platform::Windows, "windows"_L1},
};

} // namespace

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
    return textOf(kPlatformKeys, platform);
}

QString executableSuffix(Platform platform)
{
    return platform == Platform::Windows ? QStringLiteral(".exe") : QString();
}

} // namespace fc

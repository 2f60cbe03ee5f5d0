#include "toolchains/toolchainstatus.h"

namespace fc {

QString ToolchainStatus::installHint() const
{
    if (state != State::Missing)
        return {};
    if (!package.isEmpty())
        return QStringLiteral("install ") + package;
    if (!url.isEmpty())
        return QStringLiteral("see ") + url;
    return QStringLiteral("install a toolchain that provides ") + missingProgram;
}

} // namespace fc

#include "toolchains/toolchainstatus.h"

#include <QCoreApplication>

namespace fc {

namespace {

// Translation context "ToolchainDetector": what toolchain detection found.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ToolchainDetector)
};

} // namespace

QString ToolchainStatus::installHint() const
{
    if (state != State::Missing)
        return {};
    if (!package.isEmpty())
        return Text::tr("install %1").arg(package);
    if (!url.isEmpty())
        return Text::tr("see %1").arg(url);
    return Text::tr("install a toolchain that provides %1").arg(missingProgram);
}

} // namespace fc

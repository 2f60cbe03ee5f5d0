#include "version.h"

#include "core/buildinfo.h"

namespace fc {

QString version()
{
    return QStringLiteral(FASTERCODES_VERSION);
}

QString qtVersion()
{
    return QString::fromLatin1(qVersion());
}

} // namespace fc

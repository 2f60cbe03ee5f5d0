#include "toolchains/versionprobe.h"

#include <QRegularExpression>

namespace fc {

QString VersionProbe::firstLine(const QString &output)
{
    for (QStringView line : QStringView(output).split(u'\n')) {
        line = line.trimmed();
        if (!line.isEmpty())
            return line.toString();
    }
    return {};
}

QString VersionProbe::extract(const QString &output) const
{
    if (pattern.isEmpty())
        return firstLine(output);
    const QRegularExpression re(pattern, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = re.match(output);
    if (!match.hasMatch())
        return {};
    if (re.namedCaptureGroups().contains(QLatin1String("version")))
        return match.captured(QStringLiteral("version")).trimmed();
    return match.captured(re.captureCount() >= 1 ? 1 : 0).trimmed();
}

} // namespace fc

#include "environment.h"

#include "version.h"

#include <QFile>
#include <QRegularExpression>
#include <QSysInfo>
#include <QThread>

namespace fc {

namespace {

QString procField(const QString &path, const QString &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QRegularExpression re(
        QStringLiteral("^%1\\s*:\\s*(.+)$").arg(QRegularExpression::escape(key)),
        QRegularExpression::MultilineOption);
    const auto match = re.match(QString::fromUtf8(file.readAll()));
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

} // namespace

Environment Environment::current()
{
    Environment env;
    env.cores = QThread::idealThreadCount();
    env.os = QSysInfo::prettyProductName();
    env.kernel = QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion();
    env.arch = QSysInfo::currentCpuArchitecture();
    env.hostname = QSysInfo::machineHostName();
    env.appVersion = fc::version();
    env.qtVersion = fc::qtVersion();
#ifdef Q_OS_LINUX
    env.cpuModel = procField(QStringLiteral("/proc/cpuinfo"), QStringLiteral("model name"));
    const QString mem = procField(QStringLiteral("/proc/meminfo"), QStringLiteral("MemTotal"));
    env.memoryTotalKiB = mem.section(QLatin1Char(' '), 0, 0).toDouble();
#endif
    if (env.cpuModel.isEmpty())
        env.cpuModel = env.arch;
    return env;
}

} // namespace fc

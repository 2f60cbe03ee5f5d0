#include "runner/sandbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace fc {

namespace {

// Translation context "Sandbox": why the sandbox cannot be used here.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Sandbox)
};

QString bwrapPath()
{
#ifdef Q_OS_LINUX
    return QStandardPaths::findExecutable(QStringLiteral("bwrap"));
#else
    return {};
#endif
}

// Whether `path` is `dir` or lies under it.
bool isUnder(const QString &path, const QString &dir)
{
    return path == dir || path.startsWith(dir.endsWith(QLatin1Char('/')) ? dir : dir + u'/');
}

// An absolute, existing directory other than "/", cleaned; else empty.
QString hideable(const QString &path)
{
    if (path.isEmpty() || !QDir::isAbsolutePath(path))
        return {};
    const QString clean = QDir::cleanPath(path);
    return clean != QLatin1String("/") && QFileInfo(clean).isDir() ? clean : QString();
}

// Toolchains installed under a hidden directory (rustup and cargo in ~, a JDK in ~/.sdkman ...)
// stay usable: these roots and the PATH entries under a hidden directory come back read-only.
const char *const kToolchainRoots[] = {"JAVA_HOME",   "GOROOT",      "CARGO_HOME",
                                       "RUSTUP_HOME", "DOTNET_ROOT", "GHCUP_INSTALL_BASE_PREFIX"};

bool allowed(const QString &name, const QStringList &keep)
{
    static const QStringList kAllowed{QStringLiteral("PATH"), QStringLiteral("LANG"),
                                      QStringLiteral("LANGUAGE"), QStringLiteral("TERM"),
                                      QStringLiteral("TZ")};
    if (kAllowed.contains(name) || name.startsWith(QLatin1String("LC_")) || keep.contains(name))
        return true;
    for (const char *root : kToolchainRoots) {
        if (name == QLatin1String(root))
            return true;
    }
    return false;
}

} // namespace

bool sandboxAvailable()
{
    return !bwrapPath().isEmpty();
}

QStringList sandboxWrapper(const SandboxOptions &options)
{
    const QString bwrap = bwrapPath();
    if (bwrap.isEmpty())
        return {};
    const QProcessEnvironment &env = options.environment;
    QStringList args{bwrap,
                     QStringLiteral("--ro-bind"),
                     QStringLiteral("/"),
                     QStringLiteral("/"),
                     QStringLiteral("--dev"),
                     QStringLiteral("/dev"),
                     QStringLiteral("--proc"),
                     QStringLiteral("/proc"),
                     QStringLiteral("--tmpfs"),
                     QStringLiteral("/tmp")};

    // Empty directories over what holds the user's secrets and sessions: the home (~/.ssh, the
    // history database with its write tokens), /run/user and $XDG_RUNTIME_DIR (session bus,
    // ssh-agent, keyring sockets), and the temporary folder when it is not /tmp (the other
    // side's work dir is there).
    const QString home = hideable(env.value(QStringLiteral("HOME"), QDir::homePath()));
    QStringList hidden{QStringLiteral("/tmp")};
    for (const QString &dir :
         {hideable(QDir::tempPath()), home, hideable(QStringLiteral("/run/user")),
          hideable(env.value(QStringLiteral("XDG_RUNTIME_DIR")))}) {
        bool covered = dir.isEmpty();
        for (const QString &h : std::as_const(hidden))
            covered = covered || isUnder(dir, h);
        if (!covered || (!dir.isEmpty() && dir == home)) { // the home exists, empty, anyway
            args << QStringLiteral("--tmpfs") << dir;
            hidden << dir;
        }
    }
    const auto isHidden = [&hidden](const QString &path) {
        for (const QString &h : std::as_const(hidden)) {
            if (isUnder(path, h))
                return true;
        }
        return false;
    };
    QStringList toolchainDirs = env.value(QStringLiteral("PATH")).split(u':', Qt::SkipEmptyParts);
    for (const char *root : kToolchainRoots)
        toolchainDirs << env.value(QLatin1String(root));
    QStringList shown;
    for (const QString &dir : std::as_const(toolchainDirs)) {
        const QString clean = hideable(dir);
        // A hidden folder itself (PATH holding ~ or /tmp) stays hidden.
        if (!clean.isEmpty() && isHidden(clean) && !hidden.contains(clean) &&
            !shown.contains(clean)) {
            args << QStringLiteral("--ro-bind-try") << clean << clean;
            shown << clean;
        }
    }
    for (const QString &dir : options.writableDirs) {
        if (!dir.isEmpty())
            args << QStringLiteral("--bind") << dir << dir;
    }

    // --unshare-all but for the user namespace, which bwrap makes by itself where it runs
    // unprivileged, and which fails where it runs as root in a container (as in CI).
    args << QStringLiteral("--unshare-ipc") << QStringLiteral("--unshare-pid")
         << QStringLiteral("--unshare-uts") << QStringLiteral("--unshare-cgroup-try");
    if (!options.allowNetwork)
        args << QStringLiteral("--unshare-net");
    args << QStringLiteral("--die-with-parent") << QStringLiteral("--new-session");

    args << QStringLiteral("--clearenv");
    const QStringList names = env.keys();
    for (const QString &name : names) {
        if (allowed(name, options.keepNames))
            args << QStringLiteral("--setenv") << name << env.value(name);
    }
    if (!home.isEmpty())
        args << QStringLiteral("--setenv") << QStringLiteral("HOME") << home;
    args << QStringLiteral("--setenv") << QStringLiteral("TMPDIR") << QStringLiteral("/tmp");
    return args;
}

bool sandboxWorks(QString *why)
{
    QStringList wrapper = sandboxWrapper({});
    if (wrapper.isEmpty()) {
        if (why)
            *why = Text::tr("bubblewrap (bwrap) is not installed");
        return false;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(wrapper.takeFirst(), wrapper << QStringLiteral("true"));
    const bool ok = process.waitForFinished(30000) &&
                    process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!ok && why)
        *why =
            Text::tr("bwrap cannot make its namespaces here: %1")
                .arg(QString::fromLocal8Bit(process.readAll()).trimmed() + process.errorString());
    if (!ok)
        process.kill();
    return ok;
}

} // namespace fc

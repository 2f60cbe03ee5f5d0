#include "runner/capturefile.h"

#include <QCoreApplication>
#include <QFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace fc {

QString readCapture(const QString &path, qint64 cap, QString *error)
{
    const auto refuse = [&](const QString &what) {
        if (error)
            *error = QCoreApplication::translate("Runner", "the captured output %1 is %2: not read")
                         .arg(path, what);
        return QString();
    };
    if (error)
        error->clear();
    QFile file(path);
#ifdef Q_OS_UNIX
    // The app reads this on its own thread: a FIFO planted at the path must not block it
    // (O_NONBLOCK), and a symlink must not lead it elsewhere (O_NOFOLLOW).
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            return {};
        return refuse(errno == ELOOP ? QCoreApplication::translate("Runner", "a symbolic link")
                                     : QString::fromLocal8Bit(strerror(errno)));
    }
    struct stat st{};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return refuse(QCoreApplication::translate("Runner", "not a regular file"));
    }
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return refuse(file.errorString());
    }
#else
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return refuse(file.errorString());
#endif
    return QString::fromUtf8(file.read(cap));
}

} // namespace fc

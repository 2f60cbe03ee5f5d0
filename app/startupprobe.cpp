#include "startupprobe.h"

#include "mainwindow.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>
#include <chrono>
#if defined(Q_OS_LINUX)
#include <time.h>
#include <unistd.h>
#endif

namespace fc::app {

namespace {

// Since the process started (Linux: its start time in /proc/self/stat); -1 elsewhere.
qint64 sinceProcessStartMs()
{
#if defined(Q_OS_LINUX)
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    // Field 22 (starttime) is the 20th after the command name: clock ticks since boot.
    const double startS = fields.value(19).toDouble() / double(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return qint64((double(now.tv_sec) + double(now.tv_nsec) / 1e9 - startS) * 1000.0);
#else
    return -1;
#endif
}

qint64 rssKiB()
{
#if defined(Q_OS_LINUX)
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
#endif
    return -1;
}

QJsonObject side(const ui::SideSnapshot &pane)
{
    return {{QStringLiteral("language"), pane.languageId},
            {QStringLiteral("codeSha1"),
             QString::fromLatin1(
                 QCryptographicHash::hash(pane.code.toUtf8(), QCryptographicHash::Sha1).toHex())},
            {QStringLiteral("touched"), pane.touched}};
}

} // namespace

qint64 monotonicMs()
{
    // steady_clock rather than clock_gettime, which MSVC's runtime does not have.
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void installStartupProbe(QWidget *window, qint64 mainEnteredMs)
{
    const QByteArray mode = qgetenv("FASTERCODES_STARTUP_PROBE");
    if (mode.isEmpty())
        return;
    // A zero timer fires after the events queued by show() (expose, first paint) were handled.
    QTimer::singleShot(0, window, [window, mainEnteredMs, mode] {
        QJsonObject report{{QStringLiteral("shownMs"), sinceProcessStartMs()},
                           {QStringLiteral("sinceMainMs"), monotonicMs() - mainEnteredMs},
                           {QStringLiteral("rssKiB"), rssKiB()},
                           {QStringLiteral("title"), window->windowTitle()}};
        const auto finish = [window, mode](QJsonObject r) {
            if (auto *main = qobject_cast<ui::MainWindow *>(window)) {
                r.insert(QStringLiteral("a"), side(main->side(0)));
                r.insert(QStringLiteral("b"), side(main->side(1)));
            }
            r.insert(QStringLiteral("idleRssKiB"), rssKiB());
            QTextStream(stderr) << QJsonDocument(r).toJson(QJsonDocument::Compact) << Qt::endl;
            if (mode == "quit" || mode == "idle")
                QCoreApplication::quit();
        };
        if (mode == "idle")
            QTimer::singleShot(3000, window, [report, finish] { finish(report); });
        else
            finish(report);
    });
}

} // namespace fc::app

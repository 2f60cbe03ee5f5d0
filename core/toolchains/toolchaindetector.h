#pragma once

#include "toolchains/language.h"
#include "toolchains/packagemanager.h"
#include "toolchains/toolchainstatus.h"
#include "toolchains/versioncache.h"

#include <QHash>
#include <QObject>
#include <QProcessEnvironment>
#include <QSet>
#include <chrono>
#include <deque>
#include <list>

class QProcess;
class QTimer;

namespace fc {

/// Finds out which toolchains are installed and their versions, without blocking.
///
/// Required programs are looked up on the PATH at once; the version commands then run in
/// parallel through QProcess, each with a timeout. What they print is cached in memory and in
/// a small file keyed by the program's path and modification time, so that a second start of
/// the app answers from the file without starting any process. A missing toolchain gives a
/// status that names the package to install, never an error.
///
///     ToolchainDetector detector;
///     connect(&detector, &ToolchainDetector::detected, picker, &Picker::update);
///     detector.detect(registry.languages());
class ToolchainDetector : public QObject
{
    Q_OBJECT
public:
    enum class CachePolicy
    {
        UseCache, ///< answer from the cache where the program is unchanged
        Refresh,  ///< run every version command again (a "rescan" button)
    };

    explicit ToolchainDetector(QObject *parent = nullptr);
    ~ToolchainDetector() override;

    /// The cache file; empty disables it. Default: VersionCache::defaultPath().
    void setCacheFile(const QString &path);
    QString cacheFile() const { return m_cacheFile; }
    /// Per version command; default 15 s (a cold JVM on a busy machine takes seconds).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    /// How many version commands run at once; default 4.
    void setMaxParallel(int count) { m_maxParallel = std::max(1, count); }
    /// The environment whose PATH is searched and in which version commands run.
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    /// Whose package names the messages quote; default: this system's.
    void setPackageManager(PackageManager manager) { m_packageManager = manager; }

    /// Starts detecting; results arrive through detected(), then finished(). Results that need
    /// no process (missing programs, cache hits) are available from status() at once; their
    /// signals still come from the event loop. A language already being detected is skipped.
    void detect(const QList<Language> &languages, CachePolicy policy = CachePolicy::UseCache);
    void detect(const Language &language, CachePolicy policy = CachePolicy::UseCache);

    bool isRunning() const;
    /// The last result for a language; state Unknown if it was never detected.
    ToolchainStatus status(const QString &languageId) const;
    QList<ToolchainStatus> statuses() const { return m_results.values(); }
    /// Runs a local event loop until finished() or the time is up (for the command line and
    /// tests; a GUI connects to finished() instead). True when nothing is left running.
    bool waitForFinished(std::chrono::milliseconds timeout = std::chrono::seconds(60));

signals:
    void detected(const fc::ToolchainStatus &status);
    void finished();

private:
    struct Job
    {
        Language language;
        ToolchainStatus status;
        CommandLine command;
        std::optional<VersionCache::Key> key;
        QProcess *process = nullptr;
        QTimer *timer = nullptr;
        bool timedOut = false;
        bool done = false;
    };

    void ensureCacheLoaded();
    ToolchainStatus baseStatus(const Language &language) const;
    void applyOutput(ToolchainStatus *status, const Language &language,
                     const QString &output) const;
    void startJobs();
    void start(Job &job);
    void complete(Job &job, bool failedToStart);
    void publish(const ToolchainStatus &status);
    void scheduleFlush();
    void flush();
    void finishIfIdle();

    QString m_cacheFile;
    bool m_cacheLoaded = false;
    bool m_cacheDirty = false;
    VersionCache m_cache;
    std::chrono::milliseconds m_timeout{15000};
    int m_maxParallel = 4;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    PackageManager m_packageManager;

    QHash<QString, ToolchainStatus> m_results;
    QSet<QString> m_pending; // ids queued or running
    std::deque<Job> m_queue;
    std::list<Job> m_running;
    QList<ToolchainStatus> m_ready; // results awaiting their signal
    bool m_flushScheduled = false;
};

/// The status of a language whose program was not found: "Java is not installed (no javac on
/// the PATH) — install openjdk-21-jdk-headless". The runner uses it too, when a compiler or
/// interpreter fails to start.
ToolchainStatus missingToolchain(const Language &language, const QString &program,
                                 PackageManager manager = currentPackageManager());

} // namespace fc

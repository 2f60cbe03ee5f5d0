#include "toolchains/toolchaindetector.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

namespace fc {

namespace {

// Translation context "ToolchainDetector": what toolchain detection found.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ToolchainDetector)
};

constexpr qint64 maxVersionOutput = 64 * 1024;

QString describe(const CommandLine &command)
{
    QStringList words = command.arguments;
    words.prepend(QDir::fromNativeSeparators(command.program).section(u'/', -1));
    return u'`' + joinShellWords(words) + u'`';
}

void fillInstallHints(ToolchainStatus *status, const Language &language, PackageManager manager)
{
    status->package = language.install.package(manager);
    status->installCommand = installCommand(manager, status->package);
    status->url = language.install.url;
}

} // namespace

ToolchainStatus missingToolchain(const Language &language, const QString &program,
                                 PackageManager manager)
{
    ToolchainStatus status;
    status.languageId = language.id;
    status.languageName = language.name;
    status.state = ToolchainStatus::State::Missing;
    status.missingProgram = program;
    fillInstallHints(&status, language, manager);
    // Whole sentences, so that a translation can order them as its language needs.
    if (!status.package.isEmpty() && manager == PackageManager::Unknown)
        status.message = Text::tr("%1 is not installed (no %2 on the PATH) — install %3 (the "
                                  "Debian package; yours may be named differently)")
                             .arg(language.name, program, status.package);
    else if (!status.package.isEmpty())
        status.message = Text::tr("%1 is not installed (no %2 on the PATH) — install %3")
                             .arg(language.name, program, status.package);
    else if (!status.url.isEmpty())
        status.message = Text::tr("%1 is not installed (no %2 on the PATH) — see %3")
                             .arg(language.name, program, status.url);
    else
        status.message =
            Text::tr("%1 is not installed (no %2 on the PATH)").arg(language.name, program);
    return status;
}

ToolchainDetector::ToolchainDetector(QObject *parent)
    : QObject(parent)
    , m_cacheFile(VersionCache::defaultPath())
    , m_packageManager(currentPackageManager())
{}

ToolchainDetector::~ToolchainDetector()
{
    // Kill what still runs without letting its signals reach a half-destroyed detector.
    for (Job &job : m_running) {
        if (!job.process)
            continue;
        job.process->disconnect(this);
        job.process->kill();
        job.process->waitForFinished(1000);
    }
    if (m_cacheDirty)
        m_cache.save(m_cacheFile);
}

void ToolchainDetector::setCacheFile(const QString &path)
{
    m_cacheFile = path;
    m_cacheLoaded = false;
    m_cacheDirty = false;
    m_cache = VersionCache();
}

void ToolchainDetector::ensureCacheLoaded()
{
    if (m_cacheLoaded)
        return;
    m_cache.load(m_cacheFile);
    m_cacheLoaded = true;
}

bool ToolchainDetector::isRunning() const
{
    return !m_queue.empty() || !m_running.empty() || !m_ready.isEmpty();
}

ToolchainStatus ToolchainDetector::status(const QString &languageId) const
{
    const auto it = m_results.constFind(languageId);
    if (it != m_results.cend())
        return *it;
    ToolchainStatus unknown;
    unknown.languageId = languageId;
    return unknown;
}

ToolchainStatus ToolchainDetector::baseStatus(const Language &language) const
{
    ToolchainStatus status;
    status.languageId = language.id;
    status.languageName = language.name;
    fillInstallHints(&status, language, m_packageManager);
    return status;
}

void ToolchainDetector::detect(const Language &language, CachePolicy policy)
{
    detect(QList<Language>{language}, policy);
}

void ToolchainDetector::detect(const QList<Language> &languages, CachePolicy policy)
{
    ensureCacheLoaded();
    for (const Language &language : languages) {
        if (m_pending.contains(language.id))
            continue;

        ToolchainStatus status = baseStatus(language);
        QString missing;
        for (const QString &program : language.requiredPrograms()) {
            const QString path = findProgram(program, m_environment);
            if (path.isEmpty()) {
                missing = program;
                break;
            }
            status.programs.insert(program, path);
        }
        if (!missing.isEmpty()) {
            publish(missingToolchain(language, missing, m_packageManager));
            continue;
        }
        if (language.version.command.isEmpty()) {
            status.state = ToolchainStatus::State::Installed;
            publish(status);
            continue;
        }

        CommandContext context;
        context.workDir = QDir::tempPath();
        context.environment = m_environment;
        Job job{language, status, language.versionCommand(context), std::nullopt};
        job.key = VersionCache::keyFor(job.command.program, job.command.arguments);
        if (policy == CachePolicy::UseCache && job.key) {
            if (const std::optional<QString> output = m_cache.lookup(*job.key)) {
                applyOutput(&job.status, language, *output);
                job.status.fromCache = true;
                publish(job.status);
                continue;
            }
        }
        m_pending.insert(language.id);
        m_queue.push_back(std::move(job));
    }
    startJobs();
    scheduleFlush();
}

void ToolchainDetector::applyOutput(ToolchainStatus *status, const Language &language,
                                    const QString &output) const
{
    status->state = ToolchainStatus::State::Installed;
    status->versionText = VersionProbe::firstLine(output);
    status->version = language.version.extract(output);
    status->message.clear();
    if (status->version.isEmpty())
        status->message = Text::tr("%1 is installed, but its version was not found in "
                                   "\"%2\"")
                              .arg(language.name, status->versionText);
}

void ToolchainDetector::startJobs()
{
    while (!m_queue.empty() && int(m_running.size()) < m_maxParallel) {
        m_running.push_back(std::move(m_queue.front()));
        m_queue.pop_front();
        start(m_running.back());
    }
}

void ToolchainDetector::start(Job &job)
{
    auto *process = new QProcess(this);
    job.process = process;
    process->setProgram(job.command.program);
    process->setArguments(job.command.arguments);
    process->setProcessEnvironment(job.command.environment);
    process->setWorkingDirectory(job.command.workingDirectory);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setStandardInputFile(QProcess::nullDevice());

    job.timer = new QTimer(process);
    job.timer->setSingleShot(true);
    connect(job.timer, &QTimer::timeout, process, [&job] {
        job.timedOut = true;
        job.process->kill();
    });
    connect(process, &QProcess::finished, this, [this, &job] { complete(job, false); });
    connect(process, &QProcess::errorOccurred, this, [this, &job](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            complete(job, true);
    });
    job.timer->start(m_timeout);
    process->start();
}

void ToolchainDetector::complete(Job &job, bool failedToStart)
{
    if (job.done)
        return;
    job.done = true;
    job.timer->stop();

    const QString output = QString::fromLocal8Bit(job.process->read(maxVersionOutput));
    ToolchainStatus status = job.status;
    const QString command = describe(job.command);
    const qint64 seconds = std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count();
    if (failedToStart) {
        status.state = ToolchainStatus::State::Broken;
        status.message =
            Text::tr("%1 could not be started: %2").arg(command, job.process->errorString());
    } else if (job.timedOut) {
        status.state = ToolchainStatus::State::Broken;
        status.message = Text::tr("%1 did not answer within %2 s").arg(command).arg(seconds);
    } else if (job.process->exitStatus() == QProcess::CrashExit) {
        status.state = ToolchainStatus::State::Broken;
        status.message = Text::tr("%1 crashed").arg(command);
    } else if (job.process->exitCode() != 0 && job.language.version.extract(output).isEmpty()) {
        status.state = ToolchainStatus::State::Broken;
        status.versionText = VersionProbe::firstLine(output);
        status.message = Text::tr("%1 failed with exit code %2: %3")
                             .arg(command)
                             .arg(job.process->exitCode())
                             .arg(status.versionText);
    } else {
        applyOutput(&status, job.language, output);
        if (job.key) {
            m_cache.insert(*job.key, output);
            m_cacheDirty = true;
        }
    }

    job.process->disconnect(this);
    job.process->deleteLater();
    job.process = nullptr;
    const QString id = job.language.id;
    m_running.remove_if([&job](const Job &j) { return &j == &job; }); // job is gone from here on
    m_pending.remove(id);

    m_results.insert(status.languageId, status);
    emit detected(status);
    startJobs();
    finishIfIdle();
}

void ToolchainDetector::publish(const ToolchainStatus &status)
{
    m_results.insert(status.languageId, status);
    m_ready << status;
}

void ToolchainDetector::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QMetaObject::invokeMethod(this, &ToolchainDetector::flush, Qt::QueuedConnection);
}

void ToolchainDetector::flush()
{
    m_flushScheduled = false;
    const QList<ToolchainStatus> ready = std::exchange(m_ready, {});
    for (const ToolchainStatus &status : ready)
        emit detected(status);
    finishIfIdle();
}

void ToolchainDetector::finishIfIdle()
{
    if (isRunning() || m_flushScheduled)
        return;
    if (m_cacheDirty && m_cache.save(m_cacheFile))
        m_cacheDirty = false;
    emit finished();
}

bool ToolchainDetector::waitForFinished(std::chrono::milliseconds timeout)
{
    if (!isRunning() && !m_flushScheduled)
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &ToolchainDetector::finished, &loop, &QEventLoop::quit);
    timer.start(timeout);
    loop.exec();
    return !isRunning();
}

} // namespace fc

#include "probe/launcherprotocol.h"

#include "launcher/quoting.h"

#include <QCoreApplication>

namespace fc {

namespace {

// Translation context "LauncherProtocol": what was wrong with the launcher's report.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LauncherProtocol)
};

constexpr int kMaxProblems = 100;

bool isKeyChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

// Reads a quoted value starting after its opening quote; advances *i past the closing one.
bool readQuoted(QByteArrayView line, qsizetype *i, QByteArray *value, QString *error)
{
    std::size_t at = static_cast<std::size_t>(*i);
    std::string text;
    const fcl::Unquoted read =
        fcl::readQuoted(std::string_view(line.data(), std::size_t(line.size())), &at, &text);
    *i = static_cast<qsizetype>(at);
    switch (read) {
    case fcl::Unquoted::Ok:
        *value = QByteArray::fromStdString(text);
        return true;
    case fcl::Unquoted::BadHexEscape:
        *error = Text::tr("bad \\x escape at column %1").arg(*i);
        return false;
    case fcl::Unquoted::UnknownEscape:
        *error = Text::tr("unknown escape \\%1 at column %2")
                     .arg(QChar::fromLatin1(line[*i - 1]))
                     .arg(*i);
        return false;
    case fcl::Unquoted::Unterminated:
        break;
    }
    *error = Text::tr("unterminated quoted value");
    return false;
}

} // namespace

bool LauncherRecord::has(QByteArrayView key) const
{
    for (const auto &[k, v] : fields) {
        if (k == key)
            return true;
    }
    return false;
}

QByteArray LauncherRecord::value(QByteArrayView key) const
{
    for (const auto &[k, v] : fields) {
        if (k == key)
            return v;
    }
    return {};
}

std::optional<LauncherRecord> LauncherProtocolParser::parseLine(QByteArrayView line, QString *error)
{
    QString scratch;
    QString &why = error ? *error : scratch;
    if (line.endsWith('\r'))
        line.chop(1);
    const qsizetype n = line.size();
    qsizetype i = 0;
    while (i < n && isKeyChar(line[i]))
        ++i;
    if (i == 0 || line[0] < 'a' || line[0] > 'z') {
        why = Text::tr("not a record (no kind at the start)");
        return std::nullopt;
    }
    LauncherRecord record;
    record.kind = line.first(i).toByteArray();
    while (i < n) {
        if (line[i] != ' ') {
            why = Text::tr("unexpected character at column %1").arg(i + 1);
            return std::nullopt;
        }
        while (i < n && line[i] == ' ')
            ++i;
        if (i == n)
            break;
        const qsizetype keyStart = i;
        while (i < n && isKeyChar(line[i]))
            ++i;
        if (i == keyStart || i == n || line[i] != '=') {
            why = Text::tr("expected key=value at column %1").arg(keyStart + 1);
            return std::nullopt;
        }
        QByteArray key = line.sliced(keyStart, i - keyStart).toByteArray();
        ++i;
        QByteArray value;
        if (i < n && line[i] == '"') {
            ++i;
            if (!readQuoted(line, &i, &value, &why))
                return std::nullopt;
        } else {
            const qsizetype valueStart = i;
            while (i < n && line[i] != ' ') {
                if (line[i] == '"' || static_cast<unsigned char>(line[i]) < 0x20) {
                    why = Text::tr("bad character in value at column %1").arg(i + 1);
                    return std::nullopt;
                }
                ++i;
            }
            if (i == valueStart) {
                why = Text::tr("empty value for %1").arg(QString::fromLatin1(key));
                return std::nullopt;
            }
            value = line.sliced(valueStart, i - valueStart).toByteArray();
        }
        record.fields.append({std::move(key), std::move(value)});
    }
    return record;
}

void LauncherProtocolParser::problem(const QString &text)
{
    if (m_problems.size() < kMaxProblems)
        m_problems.append(text);
    else if (m_problems.size() == kMaxProblems)
        m_problems.append(QStringLiteral("(further problems not listed)"));
}

void LauncherProtocolParser::feed(QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        const qsizetype newline = bytes.indexOf('\n');
        if (newline < 0) {
            if (m_discarding)
                return;
            m_pending.append(bytes);
            if (m_pending.size() > kMaxLineBytes) {
                problem(Text::tr("line %1: longer than %2 bytes, skipped")
                            .arg(m_lineNumber + 1)
                            .arg(kMaxLineBytes));
                m_pending.clear();
                m_discarding = true;
            }
            return;
        }
        if (m_discarding) {
            m_discarding = false;
            ++m_lineNumber;
        } else {
            m_pending.append(bytes.first(newline));
            if (m_pending.size() > kMaxLineBytes) {
                ++m_lineNumber;
                problem(Text::tr("line %1: longer than %2 bytes, skipped")
                            .arg(m_lineNumber)
                            .arg(kMaxLineBytes));
            } else {
                handleLine(m_pending);
            }
            m_pending.clear();
        }
        bytes = bytes.sliced(newline + 1);
    }
}

void LauncherProtocolParser::finish()
{
    // A line without its newline was cut off: a truncated number would be a wrong number.
    if (!m_pending.isEmpty()) {
        problem(Text::tr("line %1: incomplete last line ignored: %2")
                    .arg(m_lineNumber + 1)
                    .arg(QString::fromUtf8(m_pending.left(80))));
    }
    m_pending.clear();
    m_discarding = false;
}

void LauncherProtocolParser::handleLine(QByteArrayView line)
{
    ++m_lineNumber;
    if (line.isEmpty() || line == "\r")
        return;
    QString error;
    const std::optional<LauncherRecord> record = parseLine(line, &error);
    if (!record) {
        problem(Text::tr("line %1: %2").arg(m_lineNumber).arg(error));
        return;
    }
    handleRecord(*record);
}

QList<ProbeSample> LauncherProtocolParser::takeSamples()
{
    return std::exchange(m_samples, {});
}

ProbeResult LauncherProtocolParser::result() const
{
    ProbeResult r = m_result;
    r.protocolProblems = m_problems;
    if (!m_hasOutcome && r.errorCode.isEmpty()) {
        r.outcome = ProbeResult::Outcome::Failed;
        r.errorCode = QStringLiteral("no_result");
        r.errorMessage = Text::tr("the launcher reported no result");
        if (!m_problems.isEmpty())
            r.errorMessage += QStringLiteral(" (") + m_problems.first() + QLatin1Char(')');
    }
    return r;
}

namespace {

// Reads an integer field into *out when present; a malformed one is reported, not guessed.
template<typename Int>
bool readInt(const LauncherRecord &record, QByteArrayView key, Int *out, QString *error)
{
    if (!record.has(key))
        return false;
    bool ok = false;
    const qlonglong v = record.value(key).toLongLong(&ok);
    if (!ok) {
        *error = Text::tr("%1: not an integer: %2")
                     .arg(QString::fromLatin1(key.toByteArray()),
                          QString::fromUtf8(record.value(key).left(40)));
        return false;
    }
    *out = static_cast<Int>(v);
    return true;
}

bool readFlag(const LauncherRecord &record, QByteArrayView key, bool *out, QString *error)
{
    int v = 0;
    if (!readInt(record, key, &v, error))
        return false;
    *out = v != 0;
    return true;
}

QString text(const LauncherRecord &record, QByteArrayView key)
{
    return QString::fromUtf8(record.value(key));
}

} // namespace

void LauncherProtocolParser::handleRecord(const LauncherRecord &record)
{
    const QByteArray &kind = record.kind;
    if (kind == "fcl") {
        if (m_version != 0) {
            problem(Text::tr("line %1: second header").arg(m_lineNumber));
            return;
        }
        QString error;
        if (!readInt(record, "version", &m_version, &error) || m_version <= 0) {
            problem(Text::tr("line %1: header without a version %2").arg(m_lineNumber).arg(error));
            m_version = -1;
        }
        m_result.os = text(record, "os");
        m_result.launcherVersion = text(record, "launcher");
        return;
    }
    if (m_version == 0) {
        problem(Text::tr("line %1: %2 record before the header")
                    .arg(m_lineNumber)
                    .arg(QString::fromLatin1(kind)));
        m_version = -1; // reported once; the records are still read
    }
    if (m_version > kSupportedVersion) {
        // A newer launcher than this app: its figures may mean something else.
        if (!m_hasOutcome) {
            m_hasOutcome = true;
            m_result.outcome = ProbeResult::Outcome::Failed;
            m_result.errorCode = QStringLiteral("protocol");
            m_result.errorMessage = Text::tr("the launcher speaks protocol version %1; this "
                                             "app understands version %2")
                                        .arg(m_version)
                                        .arg(kSupportedVersion);
        }
        return;
    }
    QString error;
    if (kind == "limits") {
        ProbeLimits &l = m_result.limits;
        l.reported = true;
        l.memory = text(record, "memory");
        l.processes = text(record, "procs");
        l.kill = text(record, "kill");
        readInt(record, "memory_limit_bytes", &l.memoryLimitBytes, &error);
        readInt(record, "max_procs", &l.maxProcesses, &error);
        readInt(record, "timeout_ms", &l.timeoutMs, &error);
    } else if (kind == "note") {
        m_result.notes.append({text(record, "code"), text(record, "text")});
    } else if (kind == "sample") {
        ProbeSample s;
        bool ok = false;
        const double cpu = record.value("cpu_pct").toDouble(&ok);
        if (readInt(record, "t_ms", &s.elapsedMs, &error) && ok &&
            readInt(record, "rss_kib", &s.rssKib, &error) &&
            readInt(record, "procs", &s.processes, &error)) {
            s.cpuPercent = cpu;
            readInt(record, "threads", &s.threads, &error);
            m_samples.append(s);
            ++m_result.sampleCount;
        } else if (error.isEmpty()) {
            error = Text::tr("sample without t_ms, cpu_pct, rss_kib and procs");
        }
    } else if (kind == "result" || kind == "error") {
        if (m_hasOutcome) {
            problem(Text::tr("line %1: second outcome record ignored").arg(m_lineNumber));
            return;
        }
        if (kind == "result") {
            applyResult(record);
        } else {
            m_hasOutcome = true;
            m_result.errorCode = text(record, "code");
            // Cancelled before the program started: what was asked for happened.
            m_result.cancelled = m_result.errorCode == QLatin1String("cancelled");
            m_result.outcome =
                m_result.cancelled ? ProbeResult::Outcome::Cancelled : ProbeResult::Outcome::Failed;
            m_result.errorMessage = text(record, "text");
            readInt(record, "errno", &m_result.errorNumber, &error);
        }
    }
    // Other kinds come from newer launchers and are skipped on purpose.
    if (!error.isEmpty())
        problem(Text::tr("line %1: %2").arg(m_lineNumber).arg(error));
}

void LauncherProtocolParser::applyResult(const LauncherRecord &record)
{
    ProbeResult &r = m_result;
    QString error;
    if (!readInt(record, "exit", &r.exitCode, &error) ||
        !readInt(record, "signal", &r.signal, &error)) {
        problem(
            Text::tr("line %1: result without exit and signal %2").arg(m_lineNumber).arg(error));
        return;
    }
    const std::pair<const char *, qint64 *> numbers[] = {
        {"wall_ns", &r.wallNs},
        {"user_us", &r.userCpuUs},
        {"sys_us", &r.systemCpuUs},
        {"maxrss_kib", &r.maxRssKib},
        {"nvcsw", &r.voluntaryContextSwitches},
        {"nivcsw", &r.involuntaryContextSwitches},
        {"minflt", &r.minorPageFaults},
        {"majflt", &r.majorPageFaults},
        {"faults", &r.pageFaults},
        {"stdout_bytes", &r.stdoutBytes},
        {"stdout_dropped", &r.stdoutDroppedBytes},
        {"stderr_bytes", &r.stderrBytes},
        {"stderr_dropped", &r.stderrDroppedBytes},
        {"cgroup_peak_kib", &r.cgroupPeakKib},
        {"commit_peak_kib", &r.commitPeakKib},
        {"footprint_peak_kib", &r.footprintPeakKib},
        {"instructions", &r.instructions},
        {"cycles", &r.cycles},
        {"proc_limit_hits", &r.processLimitHits},
        {"leftover_procs", &r.leftoverProcesses},
        {"spawn_ns", &r.spawnNs},
        {"launcher_maxrss_kib", &r.launcherMaxRssKib},
    };
    for (const auto &[key, target] : numbers) {
        QString fieldError;
        readInt(record, key, target, &fieldError);
        if (!fieldError.isEmpty())
            problem(Text::tr("line %1: %2").arg(m_lineNumber).arg(fieldError));
    }
    readFlag(record, "core_dumped", &r.coreDumped, &error);
    readFlag(record, "timed_out", &r.timedOut, &error);
    readFlag(record, "cancelled", &r.cancelled, &error);
    readInt(record, "oom_killed", &r.oomKilled, &error);
    if (!error.isEmpty())
        problem(Text::tr("line %1: %2").arg(m_lineNumber).arg(error));

    m_hasOutcome = true;
    if (r.cancelled)
        r.outcome = ProbeResult::Outcome::Cancelled;
    else if (r.timedOut)
        r.outcome = ProbeResult::Outcome::TimedOut;
    else if (r.signal > 0)
        r.outcome = ProbeResult::Outcome::Signalled;
    else
        r.outcome = ProbeResult::Outcome::Exited;
}

} // namespace fc

// The Windows probe: the program starts suspended, joins a Job Object and is resumed, so that
// every process it creates is in the job from its first instruction. The job gives the tree's
// CPU times and peak commit, enforces the process and memory caps, kills the tree at once
// (TerminateJobObject, and KILL_ON_JOB_CLOSE should the launcher die), and reports new processes
// through a completion port: each is opened at once so that its PeakWorkingSetSize (the resident
// peak) can be read when it is gone. Compiled in the test suite with MinGW-w64; it cannot run
// there.
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include "outputsink.h"
#include "probe.h"
#include "windows_util.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <map>
#include <string>
#include <thread>
#include <vector>
// clang-format off: psapi.h needs windows.h before it
#include <windows.h>
#include <psapi.h>
// clang-format on

namespace fcl {

const char *probeOsName()
{
    return "windows";
}

using namespace windows;

namespace {

constexpr ULONG_PTR kJobKey = 1;
constexpr ULONG_PTR kCancelKey = 2;
constexpr std::int64_t kMs = 1000000;
constexpr std::int64_t kKillBudgetNs = 1000 * kMs;

struct Capture
{
    HANDLE read = nullptr;
    OutputSink sink;
    std::thread reader;

    void start()
    {
        reader = std::thread([this] {
            static thread_local char buffer[64 * 1024];
            DWORD n = 0;
            // Ends with ERROR_BROKEN_PIPE once every holder of the write end (all in the job) is
            // gone.
            while (ReadFile(read, buffer, sizeof buffer, &n, nullptr) && n > 0)
                sink.write(buffer, n);
        });
    }
    void finish()
    {
        if (reader.joinable())
            reader.join();
        sink.close();
        if (read)
            CloseHandle(read);
        read = nullptr;
    }
};

struct Tracked
{
    HANDLE handle = nullptr;
    std::int64_t peakWorkingSetKib = 0;
};

class WindowsRun
{
public:
    WindowsRun(const Options &options, ProtocolWriter &out)
        : m_o(options)
        , m_out(out)
    {}
    ~WindowsRun();
    int run();

private:
    bool refuse(const char *code, DWORD error, const std::string &text);
    bool prepare();
    bool openCapture(Capture *capture, const std::string &path, HANDLE *childEnd, const char *code);
    HANDLE openNull(DWORD access);
    bool createJob();
    bool spawn();
    void watch();
    void handleJobMessage(DWORD message, DWORD pid);
    void track(DWORD pid);
    void refreshPeaks();
    void takeSample(std::int64_t now);
    void killJob();
    JOBOBJECT_BASIC_ACCOUNTING_INFORMATION accounting() const;
    void emitResult();

    const Options &m_o;
    ProtocolWriter &m_out;
    std::wstring m_program;
    HANDLE m_stdin = nullptr;
    HANDLE m_childStdout = nullptr;
    HANDLE m_childStderr = nullptr;
    Capture m_stdout;
    Capture m_stderr;
    HANDLE m_job = nullptr;
    HANDLE m_port = nullptr;
    Limits m_limits;
    PROCESS_INFORMATION m_pi{};
    std::map<DWORD, Tracked> m_tracked;

    std::int64_t m_createNs = 0;
    std::int64_t m_startNs = 0;
    std::int64_t m_exitNs = 0;
    bool m_exited = false;
    bool m_killed = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    bool m_memoryCapHit = false;
    std::int64_t m_processLimitHits = 0;
    std::int64_t m_leftovers = 0;
    std::int64_t m_previousCpu100ns = 0;
    std::int64_t m_previousSampleNs = 0;
};

WindowsRun::~WindowsRun()
{
    for (HANDLE h : {m_stdin, m_childStdout, m_childStderr, m_pi.hProcess, m_pi.hThread, m_port}) {
        if (h)
            CloseHandle(h);
    }
    for (auto &[pid, t] : m_tracked) {
        if (t.handle)
            CloseHandle(t.handle);
    }
    // Closing the job kills whatever is left (JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE).
    if (m_job)
        CloseHandle(m_job);
}

bool WindowsRun::refuse(const char *code, DWORD error, const std::string &text)
{
    m_out.error(code, int(error), text);
    return false;
}

HANDLE WindowsRun::openNull(DWORD access)
{
    SECURITY_ATTRIBUTES sa{sizeof sa, nullptr, TRUE};
    return CreateFileW(L"NUL", access, FILE_SHARE_READ | FILE_SHARE_WRITE, &sa, OPEN_EXISTING,
                       FILE_ATTRIBUTE_NORMAL, nullptr);
}

bool WindowsRun::openCapture(Capture *capture, const std::string &path, HANDLE *childEnd,
                             const char *code)
{
    if (path.empty()) {
        *childEnd = openNull(GENERIC_WRITE);
        return *childEnd != INVALID_HANDLE_VALUE || refuse("internal", GetLastError(), "NUL");
    }
    if (!capture->sink.open(path, m_o.outputCapBytes))
        return refuse(code, 0, std::string("cannot create ") + code + " file " + path);
    SECURITY_ATTRIBUTES sa{sizeof sa, nullptr, TRUE};
    HANDLE read = nullptr;
    HANDLE write = nullptr;
    if (!CreatePipe(&read, &write, &sa, 1 << 20))
        return refuse("internal", GetLastError(), "CreatePipe: " + systemMessage(GetLastError()));
    SetHandleInformation(read, HANDLE_FLAG_INHERIT, 0); // only the write end goes to the child
    capture->read = read;
    *childEnd = write;
    return true;
}

bool WindowsRun::prepare()
{
    if (!m_o.user.empty())
        return refuse("user", 0, "--user is not supported on Windows");
    const std::wstring name = widen(m_o.command[0]);
    wchar_t found[MAX_PATH * 4];
    const DWORD n =
        SearchPathW(nullptr, name.c_str(), L".exe", DWORD(std::size(found)), found, nullptr);
    if (n == 0 || n >= std::size(found))
        return refuse("not_found", GetLastError(), "program not found: " + m_o.command[0]);
    m_program.assign(found, n);

    if (m_o.stdinPath.empty()) {
        m_stdin = openNull(GENERIC_READ);
    } else {
        SECURITY_ATTRIBUTES sa{sizeof sa, nullptr, TRUE};
        m_stdin = CreateFileW(widen(m_o.stdinPath).c_str(), GENERIC_READ, FILE_SHARE_READ, &sa,
                              OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    }
    if (m_stdin == INVALID_HANDLE_VALUE) {
        m_stdin = nullptr;
        return refuse("stdin", GetLastError(),
                      "cannot open standard input file " + m_o.stdinPath + ": " +
                          systemMessage(GetLastError()));
    }
    return openCapture(&m_stdout, m_o.stdoutPath, &m_childStdout, "stdout") &&
           openCapture(&m_stderr, m_o.stderrPath, &m_childStderr, "stderr") && createJob();
}

bool WindowsRun::createJob()
{
    m_job = CreateJobObjectW(nullptr, nullptr);
    m_port = CreateIoCompletionPort(INVALID_HANDLE_VALUE, nullptr, 0, 1);
    if (!m_job || !m_port)
        return refuse("internal", GetLastError(), "job object: " + systemMessage(GetLastError()));
    JOBOBJECT_ASSOCIATE_COMPLETION_PORT association{reinterpret_cast<PVOID>(kJobKey), m_port};
    SetInformationJobObject(m_job, JobObjectAssociateCompletionPortInformation, &association,
                            sizeof association);

    // Crashes end the process instead of waiting on an error-report dialog.
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION info{};
    DWORD &flags = info.BasicLimitInformation.LimitFlags;
    flags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE | JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION;
    if (!SetInformationJobObject(m_job, JobObjectExtendedLimitInformation, &info, sizeof info))
        return refuse("internal", GetLastError(), "job limits: " + systemMessage(GetLastError()));
    m_limits.kill = "job";
    m_limits.maxProcesses = m_o.maxProcesses;
    m_limits.memoryLimitBytes = m_o.memoryLimitBytes;
    m_limits.timeoutMs = m_o.timeoutMs;
    // Each cap separately, so that one the system refuses does not take the other with it.
    if (m_o.maxProcesses > 0) {
        // Windows counts processes here, not threads.
        JOBOBJECT_EXTENDED_LIMIT_INFORMATION cap = info;
        cap.BasicLimitInformation.LimitFlags |= JOB_OBJECT_LIMIT_ACTIVE_PROCESS;
        cap.BasicLimitInformation.ActiveProcessLimit = DWORD(m_o.maxProcesses);
        if (SetInformationJobObject(m_job, JobObjectExtendedLimitInformation, &cap, sizeof cap)) {
            info = cap;
            m_limits.processes = "job";
        } else {
            m_limits.processes = "unenforced";
            m_out.note("proc_cap_unenforced",
                       "the job refused the process limit: " + systemMessage(GetLastError()));
        }
    }
    if (m_o.requireProcessCap && m_o.maxProcesses > 0 && m_limits.processes != "job")
        return refuse("proc_cap_unavailable", 0, "the process cap cannot be enforced");
    if (m_o.memoryLimitBytes > 0) {
        // A job caps committed memory, not resident memory.
        JOBOBJECT_EXTENDED_LIMIT_INFORMATION cap = info;
        cap.BasicLimitInformation.LimitFlags |= JOB_OBJECT_LIMIT_JOB_MEMORY;
        cap.JobMemoryLimit = SIZE_T(m_o.memoryLimitBytes);
        if (SetInformationJobObject(m_job, JobObjectExtendedLimitInformation, &cap, sizeof cap)) {
            m_limits.memory = "job";
        } else {
            m_limits.memory = "unavailable";
            m_out.note("memory_cap_unavailable",
                       "the job refused the memory limit: " + systemMessage(GetLastError()));
        }
    }
    return true;
}

bool WindowsRun::spawn()
{
    std::wstring commandLine;
    appendQuoted(&commandLine, m_program);
    for (std::size_t i = 1; i < m_o.command.size(); ++i)
        appendQuoted(&commandLine, widen(m_o.command[i]));

    // Exactly these three handles are inherited: not the launcher's own pipes to the app.
    HANDLE inherited[3] = {m_stdin, m_childStdout, m_childStderr};
    SIZE_T attributeSize = 0;
    InitializeProcThreadAttributeList(nullptr, 1, 0, &attributeSize);
    std::vector<char> attributeBuffer(attributeSize);
    auto *attributes = reinterpret_cast<LPPROC_THREAD_ATTRIBUTE_LIST>(attributeBuffer.data());
    if (!InitializeProcThreadAttributeList(attributes, 1, 0, &attributeSize) ||
        !UpdateProcThreadAttribute(attributes, 0, PROC_THREAD_ATTRIBUTE_HANDLE_LIST, inherited,
                                   sizeof inherited, nullptr, nullptr))
        return refuse("internal", GetLastError(), "handle list: " + systemMessage(GetLastError()));
    STARTUPINFOEXW si{};
    si.StartupInfo.cb = sizeof si;
    si.StartupInfo.dwFlags = STARTF_USESTDHANDLES;
    si.StartupInfo.hStdInput = m_stdin;
    si.StartupInfo.hStdOutput = m_childStdout;
    si.StartupInfo.hStdError = m_childStderr;
    si.lpAttributeList = attributes;

    const std::wstring cwd = widen(m_o.workingDirectory);
    m_createNs = nowNs();
    const BOOL created =
        CreateProcessW(m_program.c_str(), commandLine.data(), nullptr, nullptr, TRUE,
                       CREATE_SUSPENDED | CREATE_UNICODE_ENVIRONMENT | EXTENDED_STARTUPINFO_PRESENT,
                       nullptr, cwd.empty() ? nullptr : cwd.c_str(), &si.StartupInfo, &m_pi);
    const DWORD error = GetLastError();
    DeleteProcThreadAttributeList(attributes);
    for (HANDLE *h : {&m_childStdout, &m_childStderr}) {
        CloseHandle(*h);
        *h = nullptr;
    }
    if (!created) {
        const std::string &name = m_o.command[0];
        if (error == ERROR_DIRECTORY)
            return refuse("cwd", error, "cannot use working directory " + m_o.workingDirectory);
        if (error == ERROR_FILE_NOT_FOUND || error == ERROR_PATH_NOT_FOUND)
            return refuse("not_found", error, "program not found: " + name);
        if (error == ERROR_ACCESS_DENIED)
            return refuse("permission_denied", error, "permission denied: " + name);
        if (error == ERROR_BAD_EXE_FORMAT)
            return refuse("bad_executable", error, "not an executable format: " + name);
        return refuse("exec_failed", error, "cannot execute " + name + ": " + systemMessage(error));
    }
    if (!AssignProcessToJobObject(m_job, m_pi.hProcess)) {
        const DWORD assignError = GetLastError();
        TerminateProcess(m_pi.hProcess, 1);
        return refuse("internal", assignError,
                      "cannot put the program in a job: " + systemMessage(assignError));
    }
    track(m_pi.dwProcessId);
    m_startNs = nowNs();
    ResumeThread(m_pi.hThread);
    return true;
}

void WindowsRun::track(DWORD pid)
{
    if (m_tracked.count(pid))
        return;
    Tracked t;
    if (pid == m_pi.dwProcessId) {
        DuplicateHandle(GetCurrentProcess(), m_pi.hProcess, GetCurrentProcess(), &t.handle, 0,
                        FALSE, DUPLICATE_SAME_ACCESS);
    } else {
        // A process that is already gone again is missed: its peak stays unknown.
        t.handle = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION | SYNCHRONIZE, FALSE, pid);
    }
    m_tracked[pid] = t;
}

void WindowsRun::refreshPeaks()
{
    // A process handle keeps its counters after the process ends, so late reads are exact.
    for (auto &[pid, t] : m_tracked) {
        PROCESS_MEMORY_COUNTERS counters{};
        counters.cb = sizeof counters;
        if (t.handle && GetProcessMemoryInfo(t.handle, &counters, sizeof counters))
            t.peakWorkingSetKib =
                std::max(t.peakWorkingSetKib, std::int64_t(counters.PeakWorkingSetSize / 1024));
    }
}

JOBOBJECT_BASIC_ACCOUNTING_INFORMATION WindowsRun::accounting() const
{
    JOBOBJECT_BASIC_ACCOUNTING_INFORMATION info{};
    QueryInformationJobObject(m_job, JobObjectBasicAccountingInformation, &info, sizeof info,
                              nullptr);
    return info;
}

void WindowsRun::takeSample(std::int64_t now)
{
    const JOBOBJECT_BASIC_ACCOUNTING_INFORMATION info = accounting();
    const std::int64_t cpu = info.TotalUserTime.QuadPart + info.TotalKernelTime.QuadPart;
    Sample s;
    s.elapsedMs = (now - m_startNs) / kMs;
    const std::int64_t wall100ns = (now - m_previousSampleNs) / 100;
    if (wall100ns > 0)
        s.cpuPercent = 100.0 * double(cpu - m_previousCpu100ns) / double(wall100ns);
    s.processes = info.ActiveProcesses;
    for (auto &[pid, t] : m_tracked) {
        PROCESS_MEMORY_COUNTERS counters{};
        counters.cb = sizeof counters;
        if (t.handle && WaitForSingleObject(t.handle, 0) == WAIT_TIMEOUT &&
            GetProcessMemoryInfo(t.handle, &counters, sizeof counters)) {
            s.rssKib += std::int64_t(counters.WorkingSetSize / 1024);
            t.peakWorkingSetKib =
                std::max(t.peakWorkingSetKib, std::int64_t(counters.PeakWorkingSetSize / 1024));
        }
    }
    m_previousCpu100ns = cpu;
    m_previousSampleNs = now;
    if (s.processes > 0) // else the program has just ended
        m_out.sample(s);
}

void WindowsRun::killJob()
{
    m_killed = true;
    TerminateJobObject(m_job, 1);
}

void WindowsRun::handleJobMessage(DWORD message, DWORD pid)
{
    switch (message) {
    case JOB_OBJECT_MSG_NEW_PROCESS:
        track(pid);
        break;
    case JOB_OBJECT_MSG_ACTIVE_PROCESS_LIMIT:
        ++m_processLimitHits;
        break;
    case JOB_OBJECT_MSG_JOB_MEMORY_LIMIT:
    case JOB_OBJECT_MSG_PROCESS_MEMORY_LIMIT:
        m_memoryCapHit = true;
        break;
    default:
        break;
    }
}

void WindowsRun::watch()
{
    const std::int64_t sampleNs = m_o.sampleMs * kMs;
    std::int64_t nextSample = sampleNs > 0 ? m_startNs + sampleNs : INT64_MAX;
    const std::int64_t deadline = m_o.timeoutMs > 0 ? m_startNs + m_o.timeoutMs * kMs : INT64_MAX;
    m_previousSampleNs = m_startNs;
    while (!m_exited) {
        const std::int64_t now = nowNs();
        // Never more than 100 ms: the exit is also checked directly, not only through messages.
        const std::int64_t wakeAt =
            std::min({nextSample, m_killed ? INT64_MAX : deadline, now + 100 * kMs});
        const DWORD timeout =
            DWORD(std::clamp<std::int64_t>((wakeAt - now + kMs - 1) / kMs, 0, 100));
        DWORD message = 0;
        ULONG_PTR key = 0;
        LPOVERLAPPED overlapped = nullptr;
        if (GetQueuedCompletionStatus(m_port, &message, &key, &overlapped, timeout) || overlapped) {
            if (key == kJobKey)
                handleJobMessage(message, DWORD(reinterpret_cast<ULONG_PTR>(overlapped)));
            else if (key == kCancelKey && !m_killed) {
                m_cancelled = true;
                killJob();
            }
        }
        if (WaitForSingleObject(m_pi.hProcess, 0) == WAIT_OBJECT_0) {
            m_exitNs = nowNs();
            m_exited = true;
            break;
        }
        const std::int64_t after = nowNs();
        if (!m_killed && after >= deadline) {
            m_timedOut = true;
            killJob();
        }
        if (after >= nextSample && !m_killed) {
            takeSample(after);
            nextSample = after + sampleNs;
        }
    }
    // The program is done; whatever it left running is killed, so its pipes close.
    m_leftovers = accounting().ActiveProcesses;
    if (m_leftovers > 0)
        killJob();
    const std::int64_t giveUp = nowNs() + kKillBudgetNs;
    while (accounting().ActiveProcesses > 0 && nowNs() < giveUp)
        Sleep(1);
}

void WindowsRun::emitResult()
{
    refreshPeaks();
    const JOBOBJECT_BASIC_ACCOUNTING_INFORMATION acct = accounting();
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits{};
    QueryInformationJobObject(m_job, JobObjectExtendedLimitInformation, &limits, sizeof limits,
                              nullptr);
    DWORD code = 0;
    GetExitCodeProcess(m_pi.hProcess, &code);

    RunResult r;
    r.wallNs = m_exitNs - m_startNs;
    r.spawnNs = m_startNs - m_createNs;
    r.userUs = acct.TotalUserTime.QuadPart / 10;
    r.sysUs = acct.TotalKernelTime.QuadPart / 10;
    r.pageFaults = acct.TotalPageFaultCount;
    r.maxRssKib = 0;
    for (const auto &[pid, t] : m_tracked)
        r.maxRssKib = std::max(r.maxRssKib, t.peakWorkingSetKib);
    r.commitPeakKib = std::int64_t(limits.PeakJobMemoryUsed / 1024);
    r.exitCode = std::int32_t(code); // NTSTATUS crash codes read as negative numbers
    r.timedOut = m_timedOut;
    r.cancelled = m_cancelled;
    r.oomKilled = m_memoryCapHit ? 1 : 0;
    r.processLimitHits = m_processLimitHits;
    r.leftoverProcesses = m_leftovers;
    r.stdoutBytes = m_stdout.sink.kept();
    r.stdoutDropped = m_stdout.sink.dropped();
    r.stderrBytes = m_stderr.sink.kept();
    r.stderrDropped = m_stderr.sink.dropped();
    PROCESS_MEMORY_COUNTERS own{};
    own.cb = sizeof own;
    if (GetProcessMemoryInfo(GetCurrentProcess(), &own, sizeof own))
        r.launcherMaxRssKib = std::int64_t(own.PeakWorkingSetSize / 1024);
    m_out.result(r);
}

HANDLE g_cancelPort = nullptr;

BOOL WINAPI onConsoleControl(DWORD)
{
    PostQueuedCompletionStatus(g_cancelPort, 0, kCancelKey, nullptr);
    return TRUE;
}

int WindowsRun::run()
{
    if (!prepare())
        return 1;
    g_cancelPort = m_port;
    SetConsoleCtrlHandler(onConsoleControl, TRUE);
    if (m_o.cancelOnStdinEof) {
        // Blocks in ReadFile for the whole run; it ends with the process.
        std::thread([port = m_port] {
            char scratch[256];
            DWORD n = 0;
            HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
            while (ReadFile(in, scratch, sizeof scratch, &n, nullptr) && n > 0) {
            }
            PostQueuedCompletionStatus(port, 0, kCancelKey, nullptr);
        }).detach();
    }
    if (!spawn())
        return 1; // the destructor closes the job, which kills anything that started
    // Started once the launcher's copies of the write ends are closed, so that they always end.
    if (m_stdout.read)
        m_stdout.start();
    if (m_stderr.read)
        m_stderr.start();
    m_out.limits(m_limits);
    watch();
    m_stdout.finish();
    m_stderr.finish();
    emitResult();
    return 0;
}

} // namespace

int runProbe(const Options &options, ProtocolWriter &out)
{
    if (refuseLinuxOnlyOptions(options, out))
        return 2;
    WindowsRun run(options, out);
    return run.run();
}

} // namespace fcl

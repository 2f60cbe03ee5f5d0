// fastercodes-spawner: the process that creates each program of a launcher session on Linux.
//
// Why it exists: fork() from the launcher costs more than a short program's whole run (the
// copied address space is built, faulted and torn down again at execve), and vfork() from the
// launcher would fold the launcher's resident peak into the program's ru_maxrss, which Linux
// takes from the image a process leaves at execve. This process is tiny (no libc, a few pages),
// so it can share its memory with the child (CLONE_VM | CLONE_VFORK) and the program's peak stays
// its own. CLONE_PARENT makes the program the launcher's child: the launcher reaps it with wait4
// and keeps every figure it had on the fork path.
//
// Freestanding on purpose: any runtime would add its pages to every program's peak. Built for
// x86_64 and aarch64; elsewhere the launcher forks (launcher/CMakeLists.txt).
#include "child_steps.h"
#include "spawner_kernel.h"
#include "spawner_protocol.h"

#include <asm/unistd.h>
#include <stddef.h>
#include <stdint.h>

using namespace fcl::spawnproto;
using namespace fcl::spawnerkernel;

extern "C" {
[[noreturn]] void spawnerMain();
long spawnClone(unsigned long flags, void *stack, int (*fn)(void *), void *arg);
void *memset(void *dest, int c, size_t n);
void *memcpy(void *dest, const void *src, size_t n);
}

// The entry point, and clone() with the child on its own stack: in the child, nothing of the
// caller's frame may be used (the kernel returns there on the new stack).
#if defined(__x86_64__)
asm(R"(
    .pushsection .text
    .global _start
    .type _start,@function
_start:
    xor %ebp, %ebp
    and $-16, %rsp
    call spawnerMain
    ud2

    .global spawnClone
    .type spawnClone,@function
spawnClone:
    and $-16, %rsi
    sub $16, %rsi
    mov %rcx, 8(%rsi)
    mov %rdx, (%rsi)
    mov $56, %eax
    xor %edx, %edx
    xor %r10d, %r10d
    xor %r8d, %r8d
    syscall
    test %rax, %rax
    jnz 1f
    xor %ebp, %ebp
    pop %rax
    pop %rdi
    call *%rax
    mov %rax, %rdi
    mov $60, %eax
    syscall
    ud2
1:  ret
    .popsection
)");

namespace {
long sys(long n, long a = 0, long b = 0, long c = 0, long d = 0, long e = 0, long f = 0)
{
    register long r10 asm("r10") = d;
    register long r8 asm("r8") = e;
    register long r9 asm("r9") = f;
    long ret;
    asm volatile("syscall"
                 : "=a"(ret)
                 : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
                 : "rcx", "r11", "memory");
    return ret;
}
} // namespace
#elif defined(__aarch64__)
asm(R"(
    .pushsection .text
    .global _start
    .type _start,%function
_start:
    mov x29, #0
    mov x30, #0
    mov x0, sp
    and x0, x0, #-16
    mov sp, x0
    bl spawnerMain
    brk #0

    .global spawnClone
    .type spawnClone,%function
spawnClone:
    and x1, x1, #-16
    stp x2, x3, [x1, #-16]!
    mov x2, #0
    mov x3, #0
    mov x4, #0
    mov x8, #220
    svc #0
    cbnz x0, 1f
    ldp x1, x0, [sp], #16
    blr x1
    mov x8, #93
    svc #0
    brk #0
1:  ret
    .popsection
)");

namespace {
long sys(long n, long a = 0, long b = 0, long c = 0, long d = 0, long e = 0, long f = 0)
{
    register long x8 asm("x8") = n;
    register long x0 asm("x0") = a;
    register long x1 asm("x1") = b;
    register long x2 asm("x2") = c;
    register long x3 asm("x3") = d;
    register long x4 asm("x4") = e;
    register long x5 asm("x5") = f;
    asm volatile("svc 0"
                 : "+r"(x0)
                 : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x5)
                 : "memory");
    return x0;
}
} // namespace
#else
#error "fastercodes-spawner is built for x86_64 and aarch64 only"
#endif

// The compiler may call these for struct copies and zeroing.
void *memset(void *dest, int c, size_t n)
{
    auto *d = static_cast<volatile unsigned char *>(dest);
    while (n--)
        *d++ = static_cast<unsigned char>(c);
    return dest;
}

void *memcpy(void *dest, const void *src, size_t n)
{
    auto *d = static_cast<volatile unsigned char *>(dest);
    const auto *s = static_cast<const unsigned char *>(src);
    while (n--)
        *d++ = *s++;
    return dest;
}

namespace {

constexpr int kSocketFd = 3;           // set up by the launcher
constexpr int kPollsAfterNudge = 1000; // each yields the CPU: a fraction of a millisecond

constexpr uint32_t kMaxFds = kStdFds + kMaxJoins;

struct Plan
{
    fcl::child::Spec spec; // its descriptors as they arrived with the request
    uint32_t fdCount = 0;
    Reply reply{}; // written by the child, read once it has executed or exited
};

alignas(16) char g_request[kMaxRequestBytes];
char *g_pointers[kMaxStrings + 2];
alignas(16) char g_childStack[16 * 1024];

[[noreturn]] void exitNow(long code)
{
    for (;;)
        sys(__NR_exit, code);
}

// The child's system calls, made directly; it reports in the reply, which it shares with the
// spawner until execve.
struct SpawnerOs
{
    Reply &reply;

    long setpgid() { return sys(__NR_setpgid, 0, 0); }
    long write(int fd, const char *data, unsigned long size)
    {
        return sys(__NR_write, fd, reinterpret_cast<long>(data), static_cast<long>(size));
    }
    long dup2(int from, int to) { return sys(__NR_dup3, from, to, 0); }
    long chdir(const char *dir) { return sys(__NR_chdir, reinterpret_cast<long>(dir)); }
    // The spawner handles no signal and blocks none (the launcher reset them when it started it).
    void defaultSignals() {}
    long setLimit(fcl::child::Limit which, uint64_t value)
    {
        const Rlimit limit{value, value};
        return sys(__NR_prlimit64, 0, which == fcl::child::Limit::Core ? kRlimitCore : kRlimitNproc,
                   reinterpret_cast<long>(&limit), 0);
    }
    long setgroups0() { return sys(__NR_setgroups, 0, 0); }
    long setgid(uint32_t gid) { return sys(__NR_setgid, gid); }
    long setuid(uint32_t uid) { return sys(__NR_setuid, uid); }
    void parentDeathSignal() { sys(__NR_prctl, kPrSetPdeathsig, kSigKill); }
    long getppid() { return sys(__NR_getppid); }
    long setAffinity(uint32_t cpu)
    {
        unsigned long mask[16] = {}; // 1024 CPUs, the kernel's default cpumask size
        if (cpu >= sizeof(mask) * 8)
            return -kEinval;
        mask[cpu / 64] = 1UL << (cpu % 64);
        return sys(__NR_sched_setaffinity, 0, static_cast<long>(sizeof(mask)),
                   reinterpret_cast<long>(mask));
    }
    void closeInherited()
    {
#ifdef __NR_close_range
        sys(__NR_close_range, 3, ~0U, kCloseRangeCloexec);
#endif
    }
    int64_t monotonicNs()
    {
        Timespec now{};
        sys(__NR_clock_gettime, kClockMonotonic, reinterpret_cast<long>(&now));
        return now.seconds * 1000000000L + now.nanoseconds;
    }
    long execve(const char *path, char *const *argv, char *const *envp)
    {
        return sys(__NR_execve, reinterpret_cast<long>(path), reinterpret_cast<long>(argv),
                   reinterpret_cast<long>(envp));
    }
    void joinFailed(uint32_t join, long result)
    {
        reply.joinFailed |= 1U << join;
        reply.joinError = static_cast<int32_t>(-result);
    }
    void execTime(int64_t ns) { reply.execNs = ns; }
    [[noreturn]] void fail(int32_t stage, long result)
    {
        reply.stage = stage;
        reply.error = static_cast<int32_t>(-result);
        exitNow(127);
    }
    [[noreturn]] void exit(int code) { exitNow(code); }
};

// Runs in the child, on g_childStack, sharing the spawner's memory until execve.
int childMain(void *arg)
{
    Plan &p = *static_cast<Plan *>(arg);
    SpawnerOs os{p.reply};
    fcl::child::becomeProgram(p.spec, os);
}

// Splits the strings after the header into the plan; false when the request is malformed.
bool parse(long size, Plan *plan)
{
    if (size < static_cast<long>(sizeof(Request)))
        return false;
    const auto *r = reinterpret_cast<const Request *>(g_request);
    if (r->magic != kMagic || r->size != static_cast<uint64_t>(size) || r->argc == 0 ||
        r->joinCount > kMaxJoins || r->argc + r->envc > kMaxStrings ||
        plan->fdCount != kStdFds + r->joinCount)
        return false;
    fcl::child::Spec &spec = plan->spec;
    spec.settings = *r;
    char *cursor = g_request + sizeof(Request);
    char *const end = g_request + size;
    const uint32_t strings = 2 + r->argc + r->envc;
    uint32_t pointer = 0;
    for (uint32_t i = 0; i < strings; ++i) {
        char *start = cursor;
        while (cursor < end && *cursor != '\0')
            ++cursor;
        if (cursor == end)
            return false;
        ++cursor;
        if (i == 0)
            spec.path = start;
        else if (i == 1)
            spec.cwd = start;
        else {
            g_pointers[pointer++] = start;
            if (i == 1 + r->argc)
                g_pointers[pointer++] = nullptr; // ends argv
        }
    }
    g_pointers[pointer] = nullptr; // ends envp
    spec.argv = g_pointers;
    spec.envp = g_pointers + r->argc + 1;
    return true;
}

long receive(Plan *plan, bool wait)
{
    alignas(8) char control[sizeof(CmsgHdr) + kMaxFds * sizeof(int) + 8];
    IoVec iov{g_request, sizeof g_request};
    MsgHdr message{};
    message.iov = &iov;
    message.iovLength = 1;
    message.control = control;
    message.controlLength = sizeof control;
    long n;
    do {
        n = sys(__NR_recvmsg, kSocketFd, reinterpret_cast<long>(&message),
                kMsgCmsgCloexec | (wait ? 0 : kMsgDontwait));
    } while (n == -kEintr);
    plan->fdCount = 0;
    if (n <= 0)
        return n;
    // Descriptors arrive close-on-exec: the child's dup3 onto 0..2 clears that flag, and the
    // program never sees the rest.
    if (message.controlLength >= sizeof(CmsgHdr)) {
        const auto *header = reinterpret_cast<const CmsgHdr *>(control);
        if (header->level == kSolSocket && header->type == kScmRights) {
            const int *fds = reinterpret_cast<const int *>(control + sizeof(CmsgHdr));
            const size_t count = (header->length - sizeof(CmsgHdr)) / sizeof(int);
            for (size_t i = 0; i < count; ++i) {
                if (plan->fdCount < kMaxFds)
                    plan->spec.fds[plan->fdCount++] = fds[i];
                else
                    sys(__NR_close, fds[i]);
            }
        }
    }
    return n;
}

} // namespace

extern "C" [[noreturn]] void spawnerMain()
{
    // Inherited open so that it survived this image's execve; no program may inherit it.
    sys(__NR_fcntl, kSocketFd, kFSetfd, kFdCloexec);
    // After a nudge it stays runnable, yielding, until the request arrives: the launcher, which
    // woke it on its own CPU, keeps that CPU while it reports the run, and the request then finds
    // the spawner ready there instead of asleep (a wake-up across CPUs).
    int polls = 0;
    for (;;) {
        Plan plan;
        const long n = receive(&plan, polls == 0);
        if (n == -kEagain) {
            --polls;
            sys(__NR_sched_yield);
            continue;
        }
        if (n <= 0)
            exitNow(0); // the launcher has gone
        if (n == kNudgeBytes) {
            polls = kPollsAfterNudge;
            for (uint32_t i = 0; i < plan.fdCount; ++i)
                sys(__NR_close, plan.spec.fds[i]);
            continue;
        }
        polls = 0;
        Reply reply{};
        if (!parse(n, &plan)) {
            reply.pid = static_cast<int32_t>(-kEinval);
        } else {
            const long pid = spawnClone(kCloneVm | kCloneVfork | kCloneParent | kSigChld,
                                        g_childStack + sizeof g_childStack, childMain, &plan);
            reply = plan.reply;
            reply.pid = static_cast<int32_t>(pid);
        }
        for (uint32_t i = 0; i < plan.fdCount; ++i)
            sys(__NR_close, plan.spec.fds[i]);
        sys(__NR_sendto, kSocketFd, reinterpret_cast<long>(&reply), sizeof reply, kMsgNosignal, 0,
            0);
    }
}

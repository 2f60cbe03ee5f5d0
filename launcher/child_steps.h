// The steps that turn a newly created child into the program on Linux, in their order: the one
// list both ways of creating a program run (docs/measurement.md, "How a program is created"),
// fastercodes-spawner's clone (spawner_linux.cpp: freestanding, raw system calls) and the
// launcher's fork (linux_fork.cpp: libc). A step added here is taken on both paths; how a system
// call is made and where a failure is reported is the `Os` each path passes:
//
//   long setpgid(); long write(int fd, const char *data, unsigned long size);
//   long dup2(int from, int to); long chdir(const char *dir); void defaultSignals();
//   long setLimit(Limit which, uint64_t value); long setgroups0(); long setgid(uint32_t gid);
//   long setuid(uint32_t uid); void parentDeathSignal(); long getppid(); void closeInherited();
//   long setAffinity(uint32_t cpu);
//   int64_t monotonicNs(); long execve(const char *path, char *const *argv, char *const *envp);
//   void joinFailed(uint32_t join, long result); void execTime(int64_t ns);
//   [[noreturn]] void fail(int32_t stage, long result); [[noreturn]] void exit(int code);
//
// Calls return what the system call does: a negative errno on failure. Between the child's
// creation and execve nothing may allocate or take a lock (the launcher's fork copies one thread;
// the spawner's child shares its memory), so this header uses no library at all.
#pragma once

#include "spawner_protocol.h"

#include <stdint.h>

namespace fcl::child {

// Everything the child needs, prepared before it is created.
struct Spec
{
    // joinCount, requiredJoin, flags, processLimit, uid, gid, cpu and launcher are read here; the
    // spawner's request carries them as they are.
    spawnproto::Request settings{};
    const char *path = nullptr;
    const char *cwd = ""; // "": the launcher's
    char *const *argv = nullptr;
    char *const *envp = nullptr;
    // stdin, stdout, stderr, then the cgroup.procs files to join (settings.joinCount of them)
    int fds[spawnproto::kStdFds + spawnproto::kMaxJoins] = {};
};

enum class Limit
{
    Core,
    Processes
};

template<typename Os> [[noreturn]] void becomeProgram(const Spec &spec, Os &os)
{
    using namespace spawnproto;
    const Request &r = spec.settings;
    os.setpgid(); // its own group: the tree is killed by it
    for (uint32_t i = 0; i < r.joinCount; ++i) {
        const long n = os.write(spec.fds[kStdFds + i], "0", 1);
        if (n == 1)
            continue;
        if (static_cast<int32_t>(i) == r.requiredJoin)
            os.fail(kStageCgroup, n);
        os.joinFailed(i, n);
    }
    for (int target = 0; target < 3; ++target) {
        const long result = os.dup2(spec.fds[target], target);
        if (result < 0)
            os.fail(kStageStdio, result);
    }
    if (spec.cwd[0] != '\0') {
        const long result = os.chdir(spec.cwd);
        if (result < 0)
            os.fail(kStageCwd, result);
    }
    os.defaultSignals();
    // A crashing snippet must not leave core files behind nor stall its reaping while one is
    // written.
    os.setLimit(Limit::Core, 0);
    if (r.flags & kSetProcessLimit) {
        const long result = os.setLimit(Limit::Processes, r.processLimit);
        if (result < 0)
            os.fail(kStageLimits, result);
    }
    // Pinned before the program exists, so that none of its instructions runs elsewhere; both sides
    // of a comparison get the same CPU.
    if (r.flags & kSetAffinity) {
        const long result = os.setAffinity(r.cpu);
        if (result < 0)
            os.fail(kStageAffinity, result);
    }
    if (r.flags & kSwitchUser) {
        long result = os.setgroups0();
        if (result == 0)
            result = os.setgid(r.gid);
        if (result == 0)
            result = os.setuid(r.uid);
        if (result < 0)
            os.fail(kStageUser, result);
    }
    // Set after the user switch, which clears it. Covers a launcher that is killed outright.
    os.parentDeathSignal();
    if (os.getppid() != r.launcher)
        os.exit(127);
    // Descriptors the launcher inherited from its caller are no business of the program.
    os.closeInherited();
    os.execTime(os.monotonicNs());
    os.fail(kStageExec, os.execve(spec.path, spec.argv, spec.envp));
}

} // namespace fcl::child

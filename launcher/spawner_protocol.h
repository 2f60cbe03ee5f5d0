// What the Linux launcher sends to fastercodes-spawner for each run, and what comes back
// (docs/measurement.md, "The spawner"). Plain structs over a SOCK_SEQPACKET pair: both ends are
// built from this tree at the same time, so there is no versioning beyond the magic number.
#pragma once

#include <stdint.h>

namespace fcl::spawnproto {

constexpr uint32_t kMagic = 0x46435331; // "FCS1"
// A request's header and strings; a larger one (a huge environment) takes the fork path.
constexpr uint32_t kMaxRequestBytes = 64 * 1024;
constexpr uint32_t kMaxStrings = 4096; // argv and envp entries together
constexpr uint32_t kMaxJoins = 4;
// A message of this size is a nudge: the launcher's program has ended and its next request is
// queued. The spawner stays runnable for it.
constexpr uint32_t kNudgeBytes = 1;
// Descriptors sent with a request (SCM_RIGHTS), in this order: stdin, stdout, stderr, joins.
constexpr uint32_t kStdFds = 3;

enum Flags : uint32_t
{
    kSetProcessLimit = 1,
    kSwitchUser = 2,
    kSetAffinity = 4
};

// Where a child failed before it became the program: the same on the fork path.
enum Stage : int32_t
{
    kStageNone = 0,
    kStageCgroup = 1,
    kStageStdio,
    kStageCwd,
    kStageLimits,
    kStageUser,
    kStageExec,
    kStageAffinity
};

// Followed by NUL-terminated strings: path, working directory ("" for none), argv, envp.
struct Request
{
    uint32_t magic;
    uint32_t size; // the whole message
    int32_t launcher;
    int32_t requiredJoin; // index of the join that must succeed, or -1
    uint32_t joinCount;
    uint32_t argc;
    uint32_t envc;
    uint32_t flags;
    uint64_t processLimit;
    uint32_t uid;
    uint32_t gid;
    uint32_t cpu; // kSetAffinity: the one CPU the program may run on
    uint32_t reserved;
};

struct Reply
{
    int32_t pid;         // the program (the launcher's child), or -errno when none was created
    int32_t stage;       // kStageNone once execve was reached and succeeded
    int32_t error;       // errno of the failed stage
    uint32_t joinFailed; // bit i: join i failed (it was not the required one)
    int32_t joinError;
    int32_t reserved;
    int64_t execNs; // CLOCK_MONOTONIC just before execve
};

} // namespace fcl::spawnproto

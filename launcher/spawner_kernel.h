#pragma once
// The kernel ABI the freestanding spawner (spawner_linux.cpp) uses, copied by hand because it
// includes no libc header. spawner_kernel_check.cpp ties every value and layout here to the
// system headers with static_asserts, for each architecture it is compiled for (the build's,
// and aarch64 in tests/core/probe.cmake's cross check).
#include <stddef.h>
#include <stdint.h>

namespace fcl::spawnerkernel {

// The generic Linux ABI values, the same on x86_64 and aarch64.
constexpr long kSigKill = 9;
constexpr long kSigChld = 17;
constexpr long kCloneVm = 0x00000100;
constexpr long kCloneVfork = 0x00004000;
constexpr long kCloneParent = 0x00008000;
constexpr long kRlimitCore = 4;
constexpr long kRlimitNproc = 6;
constexpr long kPrSetPdeathsig = 1;
constexpr long kClockMonotonic = 1;
constexpr int kSolSocket = 1;
constexpr int kScmRights = 1;
constexpr long kMsgCmsgCloexec = 0x40000000;
constexpr long kMsgNosignal = 0x4000;
constexpr long kMsgDontwait = 0x40;
constexpr long kEagain = 11;
constexpr long kFSetfd = 2;
constexpr long kFdCloexec = 1;
constexpr long kEintr = 4;
constexpr long kEinval = 22;
constexpr long kCloseRangeCloexec = 4;

struct IoVec
{
    void *base;
    size_t length;
};
struct MsgHdr
{
    void *name;
    int nameLength;
    IoVec *iov;
    size_t iovLength;
    void *control;
    size_t controlLength;
    int flags;
};
struct CmsgHdr
{
    size_t length;
    int level;
    int type;
};
struct Rlimit
{
    unsigned long current;
    unsigned long maximum;
};
struct Timespec
{
    long seconds;
    long nanoseconds;
};

} // namespace fcl::spawnerkernel

// Compiled, never run: every value and layout spawner_kernel.h copies by hand, checked against
// the system's own headers for the architecture this is compiled for. A mismatch fails the build.
#include "spawner_kernel.h"

#include <cerrno>
#include <csignal>
#include <ctime>
#include <fcntl.h>
#include <linux/close_range.h>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/uio.h>

namespace k = fcl::spawnerkernel;

static_assert(k::kSigKill == SIGKILL);
static_assert(k::kSigChld == SIGCHLD);
static_assert(k::kCloneVm == CLONE_VM);
static_assert(k::kCloneVfork == CLONE_VFORK);
static_assert(k::kCloneParent == CLONE_PARENT);
static_assert(k::kRlimitCore == RLIMIT_CORE);
static_assert(k::kRlimitNproc == RLIMIT_NPROC);
static_assert(k::kPrSetPdeathsig == PR_SET_PDEATHSIG);
static_assert(k::kClockMonotonic == CLOCK_MONOTONIC);
static_assert(k::kSolSocket == SOL_SOCKET);
static_assert(k::kScmRights == SCM_RIGHTS);
static_assert(k::kMsgCmsgCloexec == MSG_CMSG_CLOEXEC);
static_assert(k::kMsgNosignal == MSG_NOSIGNAL);
static_assert(k::kMsgDontwait == MSG_DONTWAIT);
static_assert(k::kEagain == EAGAIN);
static_assert(k::kFSetfd == F_SETFD);
static_assert(k::kFdCloexec == FD_CLOEXEC);
static_assert(k::kEintr == EINTR);
static_assert(k::kEinval == EINVAL);
static_assert(k::kCloseRangeCloexec == CLOSE_RANGE_CLOEXEC);

// The structures the kernel reads and writes: same size, same field offsets.
#define FC_SAME_FIELD(ours, field, theirs, theirField)                                             \
    static_assert(offsetof(ours, field) == offsetof(theirs, theirField) &&                         \
                  sizeof(ours::field) == sizeof(theirs::theirField))
static_assert(sizeof(k::IoVec) == sizeof(iovec));
FC_SAME_FIELD(k::IoVec, base, iovec, iov_base);
FC_SAME_FIELD(k::IoVec, length, iovec, iov_len);
static_assert(sizeof(k::MsgHdr) == sizeof(msghdr));
FC_SAME_FIELD(k::MsgHdr, name, msghdr, msg_name);
FC_SAME_FIELD(k::MsgHdr, nameLength, msghdr, msg_namelen);
FC_SAME_FIELD(k::MsgHdr, iov, msghdr, msg_iov);
FC_SAME_FIELD(k::MsgHdr, iovLength, msghdr, msg_iovlen);
FC_SAME_FIELD(k::MsgHdr, control, msghdr, msg_control);
FC_SAME_FIELD(k::MsgHdr, controlLength, msghdr, msg_controllen);
FC_SAME_FIELD(k::MsgHdr, flags, msghdr, msg_flags);
static_assert(sizeof(k::CmsgHdr) == sizeof(cmsghdr));
FC_SAME_FIELD(k::CmsgHdr, length, cmsghdr, cmsg_len);
FC_SAME_FIELD(k::CmsgHdr, level, cmsghdr, cmsg_level);
FC_SAME_FIELD(k::CmsgHdr, type, cmsghdr, cmsg_type);
static_assert(sizeof(k::Rlimit) == sizeof(rlimit));
FC_SAME_FIELD(k::Rlimit, current, rlimit, rlim_cur);
FC_SAME_FIELD(k::Rlimit, maximum, rlimit, rlim_max);
static_assert(sizeof(k::Timespec) == sizeof(timespec));
FC_SAME_FIELD(k::Timespec, seconds, timespec, tv_sec);
FC_SAME_FIELD(k::Timespec, nanoseconds, timespec, tv_nsec);

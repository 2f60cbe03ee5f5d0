// The launcher's own way of creating a program on Linux: fork, then the child steps
// (child_steps.h) in the forked copy. For one-shot runs, --no-spawner, and whatever the spawner
// cannot take (docs/measurement.md, "How a program is created").
#pragma once

#include "child_steps.h"

namespace fcl::linuxfork {

// Creates the program and waits until it has executed or failed; *reply says which, as the
// spawner's reply would (reply->pid < 0: -errno of a failed fork). False when not even that
// could be tried (errno set).
bool forkProgram(const child::Spec &spec, spawnproto::Reply *reply);

} // namespace fcl::linuxfork

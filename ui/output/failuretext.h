#pragma once

#include "model/side.h"

#include <QString>

namespace fc::ui {

/// What went wrong on a side, as one short line for the verdict banner: "A did not compile:
/// main.c:7", "B crashed: signal 11 (SIGSEGV)", "A timed out". Empty when the side did not fail.
QString failureHeadline(int side, const fc::Side &data);

/// The explanation under the headline: the error's message and what to try.
QString failureDetail(const fc::Side &data);

/// One line beside the headline in the banner: the compiler's first error, what to do about a
/// limit, or the error's message; empty when there is nothing to add.
QString failureSummary(const fc::Side &data);

/// "SIGSEGV" for 11 and so on; empty for unknown numbers.
QString signalName(int signal);

} // namespace fc::ui

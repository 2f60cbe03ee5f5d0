#pragma once

class QChart;

namespace fc {
struct Comparison;
}

namespace fc::ui {

/// Wall time run by run for each side (counted runs numbered from 1, warm-ups at 0 and below,
/// drawn hollow): reveals warm-up effects and drift of the machine.
QChart *createProgressionChart(const fc::Comparison &comparison);

} // namespace fc::ui

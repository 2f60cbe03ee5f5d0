#pragma once

#include <QFont>

namespace fc::ui {

/// `font` with tabular (equal-width) figures, so columns of numbers line up.
QFont tabularFigures(QFont font);

} // namespace fc::ui

#pragma once

#include <QString>

namespace fc::ui {

/// Gives a button or an action its text and the tooltip that explains it, together: the two
/// are written, and retranslated, as one.
template<typename Control>
void setTextAndTip(Control *control, const QString &text, const QString &toolTip)
{
    control->setText(text);
    control->setToolTip(toolTip);
}

} // namespace fc::ui

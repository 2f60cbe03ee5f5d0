#pragma once

#include <QString>
#include <QTextDocument>

namespace fc::ui {

/// A tooltip for text from elsewhere (a server's message, a downloaded document): tooltips
/// guess rich text from the text itself, so anything that looks like markup is turned into
/// HTML that shows it literally.
inline QString plainToolTip(const QString &text)
{
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}

} // namespace fc::ui

#include "format/tabularfont.h"

namespace fc::ui {

QFont tabularFigures(QFont font)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    font.setFeature(QFont::Tag("tnum"), 1);
#endif
    return font;
}

} // namespace fc::ui

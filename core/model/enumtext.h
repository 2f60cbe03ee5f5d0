#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringView>
#include <cstddef>
#include <optional>

namespace fc {

/// One value of an enum and its text: the name it has in JSON, the history database and the
/// command line, or another fixed text that goes with it. A table of these is the one place
/// that pairs them, read in both directions by textOf() and valueOf().
template<typename Enum> struct EnumText
{
    Enum value;
    QLatin1StringView text;
};

/// The text of `value` in `table`; empty for a value the table leaves out.
template<typename Enum, std::size_t N> QString textOf(const EnumText<Enum> (&table)[N], Enum value)
{
    for (const EnumText<Enum> &entry : table) {
        if (entry.value == value)
            return QString(entry.text);
    }
    return {};
}

/// The value whose text in `table` is `text`; nothing for a text the table does not have.
template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const EnumText<Enum> (&table)[N], QStringView text)
{
    for (const EnumText<Enum> &entry : table) {
        if (text == entry.text)
            return entry.value;
    }
    return std::nullopt;
}

} // namespace fc

#pragma once

namespace fc {

/// Which side of a comparison: the left editor is A, the right one B.
enum class SideId
{
    None,
    A,
    B,
};

} // namespace fc

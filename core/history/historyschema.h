#pragma once

#include "history/schemamigrator.h"

namespace fc {

/// The history database's schema, one migration per version. Never edit a released step:
/// add the next one.
const QList<Migration> &historyMigrations();

} // namespace fc

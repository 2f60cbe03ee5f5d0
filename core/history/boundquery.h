#pragma once

#include <QSqlQuery>
#include <QVariantList>

namespace fc {

/// Binds `values` in order and runs the prepared query. A null QString binds as an empty string,
/// since the history's text columns are NOT NULL. On failure the driver's message goes to
/// `error` (when given) and to the log, prefixed with `area` ("history", "upload queue").
bool execBound(QSqlQuery &query, const QVariantList &values, const char *area,
               QString *error = nullptr);

} // namespace fc

#include "history/boundquery.h"

#include <QSqlError>

namespace fc {

bool execBound(QSqlQuery &q, const QVariantList &values, const char *area, QString *error)
{
    for (const QVariant &v : values) {
        const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
        q.addBindValue(nullText ? QVariant(QStringLiteral("")) : v);
    }
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    qWarning("fastercodes: %s: %s", area, qPrintable(q.lastError().text()));
    return false;
}

} // namespace fc

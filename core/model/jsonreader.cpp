#include "jsonreader.h"

#include <QCoreApplication>
#include <QVariant>
#include <cmath>

namespace fc {

namespace {

// Translation context "ComparisonJson": what is wrong with a comparison document (JSON).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonJson)
};

} // namespace

JsonReader::JsonReader(const QJsonObject &object, QString path, QString *error)
    : m_object(object)
    , m_path(std::move(path))
    , m_error(error)
{}

QString JsonReader::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

void JsonReader::fail(const QString &key, const QString &message)
{
    if (m_error->isEmpty()) // the first problem is the one worth reporting
        *m_error = QStringLiteral("%1: %2").arg(pathOf(key), message);
}

QString JsonReader::string(const QString &key, bool required, qsizetype maxLength)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(key, QStringLiteral("missing"));
        return {};
    }
    if (!v.isString()) {
        fail(key, Text::tr("expected a string"));
        return {};
    }
    const QString s = v.toString();
    if (maxLength >= 0 && s.size() > maxLength) {
        fail(key, Text::tr("longer than %1 characters").arg(maxLength));
        return {};
    }
    return s;
}

double JsonReader::number(const QString &key, bool required, double fallback, double minimum)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(key, QStringLiteral("missing"));
        return fallback;
    }
    if (!v.isDouble()) {
        fail(key, Text::tr("expected a number"));
        return fallback;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d)) {
        fail(key, Text::tr("out of range"));
        return fallback;
    }
    if (d < minimum) {
        fail(key, Text::tr("must be at least %1").arg(minimum));
        return fallback;
    }
    return d;
}

std::optional<double> JsonReader::optionalNumber(const QString &key)
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isDouble()) {
        fail(key, Text::tr("expected a number"));
        return std::nullopt;
    }
    return v.toDouble();
}

qint64 JsonReader::integer(const QString &key, bool required, qint64 fallback, qint64 minimum,
                           qint64 maximum)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(key, QStringLiteral("missing"));
        return fallback;
    }
    if (!v.isDouble()) {
        fail(key, Text::tr("expected a number"));
        return fallback;
    }
    // QJsonValue keeps integers that fit in 64 bits exactly; anything else is a double, which
    // must be checked before it is cast (a cast out of range is undefined).
    const QVariant exact = v.toVariant();
    qint64 n = 0;
    if (exact.typeId() == QMetaType::LongLong) {
        n = exact.toLongLong();
    } else {
        const double d = v.toDouble();
        constexpr double twoTo63 = 9223372036854775808.0;
        if (!std::isfinite(d) || d >= twoTo63 || d < -twoTo63) {
            fail(key, Text::tr("out of range (%1)").arg(d));
            return fallback;
        }
        if (d != std::trunc(d)) {
            fail(key, Text::tr("expected a whole number"));
            return fallback;
        }
        n = qint64(d);
    }
    if (n < minimum) {
        fail(key, Text::tr("must be at least %1").arg(minimum));
        return fallback;
    }
    if (n > maximum) {
        fail(key, Text::tr("out of range (at most %1)").arg(maximum));
        return fallback;
    }
    return n;
}

int JsonReader::int32(const QString &key, bool required, int fallback, int minimum)
{
    return int(integer(key, required, fallback, minimum, INT_MAX));
}

bool JsonReader::boolean(const QString &key, bool fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        fail(key, Text::tr("expected true or false"));
        return fallback;
    }
    return v.toBool();
}

QStringList JsonReader::stringList(const QString &key, qsizetype maxItems)
{
    QStringList out;
    const auto items = array(key, false, maxItems);
    if (!items)
        return out;
    for (qsizetype i = 0; i < items->size(); ++i) {
        if (!items->at(i).isString()) {
            fail(QStringLiteral("%1[%2]").arg(key).arg(i), Text::tr("expected a string"));
            return {};
        }
        out << items->at(i).toString();
    }
    return out;
}

QString JsonReader::oneOf(const QString &key, const QStringList &allowed, bool required)
{
    const QString s = string(key, required);
    if (!s.isEmpty() && !allowed.contains(s)) {
        fail(key,
             QStringLiteral("'%1' is not one of %2").arg(s, allowed.join(QStringLiteral(", "))));
        return {};
    }
    return s;
}

std::optional<QJsonArray> JsonReader::array(const QString &key, bool required, qsizetype maxItems)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(key, QStringLiteral("missing"));
        return std::nullopt;
    }
    if (!v.isArray()) {
        fail(key, Text::tr("expected an array"));
        return std::nullopt;
    }
    const QJsonArray a = v.toArray();
    if (maxItems >= 0 && a.size() > maxItems) {
        fail(key, Text::tr("more than %1 items").arg(maxItems));
        return std::nullopt;
    }
    return a;
}

JsonReader JsonReader::object(const QString &key, bool required)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(key, QStringLiteral("missing"));
        return JsonReader({}, pathOf(key), m_error);
    }
    if (!v.isObject())
        fail(key, Text::tr("expected an object"));
    return JsonReader(v.toObject(), pathOf(key), m_error);
}

JsonReader JsonReader::element(const QString &key, const QJsonArray &array, qsizetype index)
{
    const QString name = QStringLiteral("%1[%2]").arg(key).arg(index);
    const QJsonValue v = array.at(index);
    if (!v.isObject())
        fail(name, Text::tr("expected an object"));
    return JsonReader(v.toObject(), pathOf(name), m_error);
}

} // namespace fc

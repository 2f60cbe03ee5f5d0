#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <climits>
#include <cstdint>
#include <optional>

namespace fc {

/// Reads a JSON object field by field and remembers the first problem with its full path
/// ("codeRuns[1].runs[3].wallMs: expected a number"), so bad input gets a clear error.
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, QString path, QString *error);

    bool ok() const { return m_error->isEmpty(); }
    bool has(const QString &key) const
    {
        return m_object.contains(key) && !m_object.value(key).isNull();
    }

    QString string(const QString &key, bool required = false, qsizetype maxLength = -1);
    double number(const QString &key, bool required = false, double fallback = 0,
                  double minimum = -1e300);
    std::optional<double> optionalNumber(const QString &key);
    /// A whole number in [minimum, maximum]; anything a cast to qint64 would wrap (2^63 and
    /// beyond), a fraction or a number below `minimum` is an error, never a cast.
    qint64 integer(const QString &key, bool required = false, qint64 fallback = 0,
                   qint64 minimum = INT64_MIN, qint64 maximum = INT64_MAX);
    /// integer() for fields held in an int.
    int int32(const QString &key, bool required = false, int fallback = 0, int minimum = INT_MIN);
    bool boolean(const QString &key, bool fallback = false);
    QStringList stringList(const QString &key, qsizetype maxItems = 10000);
    /// An enum given as string; fails unless it is one of `allowed`.
    QString oneOf(const QString &key, const QStringList &allowed, bool required = false);
    std::optional<QJsonArray> array(const QString &key, bool required = false,
                                    qsizetype maxItems = -1);
    /// A nested object's reader (an empty object when absent and not required).
    JsonReader object(const QString &key, bool required = false);
    /// A reader for element `index` of an array read under `key`.
    JsonReader element(const QString &key, const QJsonArray &array, qsizetype index);

    void fail(const QString &key, const QString &message);
    QString pathOf(const QString &key) const;

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

} // namespace fc

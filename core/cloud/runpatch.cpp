#include "cloud/runpatch.h"

#include <QJsonDocument>

namespace fc {

namespace {

constexpr qsizetype kMaxPathDepth = 6; // the backend's limit
constexpr qsizetype kCollapseOps = 8;

QJsonArray withStep(QJsonArray path, const QJsonValue &step)
{
    path.append(step);
    return path;
}

void set(const QJsonArray &path, const QJsonValue &value, QJsonArray *ops)
{
    ops->append(QJsonArray{QStringLiteral("set"), path, value});
}

qsizetype textSize(const QJsonValue &v)
{
    return v.isObject()  ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact).size()
           : v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact).size()
                         : 0;
}

void diffInto(const QJsonValue &a, const QJsonValue &b, const QJsonArray &path, QJsonArray *ops);

// Appends to `ops` the changes inside `b` one by one, or, when there are many and `b` whole is
// smaller (a summary whose every figure moved), `b` set whole: what the backend's deltas to its
// watchers do too (live-delta.ts).
void diffInside(const QJsonValue &a, const QJsonValue &b, const QJsonArray &path, QJsonArray *ops)
{
    QJsonArray mine;
    diffInto(a, b, path, &mine);
    if (mine.size() > kCollapseOps && textSize(b) < textSize(mine)) {
        ops->append(QJsonArray{QStringLiteral("set"), path, b});
        return;
    }
    for (const QJsonValue &op : std::as_const(mine))
        ops->append(op);
}

// Appends to `ops` what turns `a` into `b` at `path` (not the root).
void diffInto(const QJsonValue &a, const QJsonValue &b, const QJsonArray &path, QJsonArray *ops)
{
    if (a == b)
        return;
    const bool deeper = path.size() < kMaxPathDepth;
    if (deeper && a.isObject() && b.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        for (auto it = y.begin(); it != y.end(); ++it) {
            const auto old = x.constFind(it.key());
            if (old == x.constEnd())
                set(withStep(path, it.key()), it.value(), ops);
            else
                diffInside(old.value(), it.value(), withStep(path, it.key()), ops);
        }
        for (auto it = x.begin(); it != x.end(); ++it)
            if (!y.contains(it.key()))
                ops->append(QJsonArray{QStringLiteral("unset"), withStep(path, it.key())});
        return;
    }
    if (deeper && a.isArray() && b.isArray() && b.toArray().size() >= a.toArray().size()) {
        // Runs and per-run values are only ever added: the new items go alone, after what
        // changed in the others (nothing, as a rule).
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        for (qsizetype i = 0; i < x.size(); ++i)
            diffInside(x.at(i), y.at(i), withStep(path, i), ops);
        if (y.size() > x.size()) {
            QJsonArray items;
            for (qsizetype i = x.size(); i < y.size(); ++i)
                items.append(y.at(i));
            ops->append(QJsonArray{QStringLiteral("append"), path, x.size(), items});
        }
        return;
    }
    set(path, b, ops);
}

} // namespace

std::optional<QJsonArray> runPatchOps(const QJsonObject &before, const QJsonObject &after)
{
    QJsonArray ops;
    for (auto it = after.begin(); it != after.end(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.constEnd())
            set(QJsonArray{it.key()}, it.value(), &ops);
        else
            diffInside(old.value(), it.value(), QJsonArray{it.key()}, &ops);
    }
    for (auto it = before.begin(); it != before.end(); ++it)
        if (!after.contains(it.key()))
            ops.append(QJsonArray{QStringLiteral("unset"), QJsonArray{it.key()}});
    if (ops.size() > kMaxRunPatchOps)
        return std::nullopt;
    return ops;
}

QByteArray runPatchBody(int baseVersion, const QJsonArray &ops)
{
    QJsonObject body;
    body.insert(QStringLiteral("base"), baseVersion);
    body.insert(QStringLiteral("ops"), ops);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace fc

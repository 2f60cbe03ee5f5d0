#pragma once

// A loopback stand-in for the backend's create, update (PUT, PATCH) and finish, for the live
// share's suite: it keeps the document and its version as the backend does and records what came
// (the real backend: tst_liveshare_e2e).

#include "tst_cloud_httpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fc::testing {

// `value` with `op` ("set", "unset" or "append" at a path) applied, as the backend's PATCH does;
// false when it does not fit.
inline bool applyOp(QJsonValue &value, const QJsonArray &path, qsizetype step, const QJsonArray &op)
{
    if (step == path.size() - 1) {
        const QJsonValue key = path.at(step);
        if (value.isObject()) {
            QJsonObject o = value.toObject();
            const QString name = key.toString();
            if (op.at(0) == QLatin1String("set")) {
                o.insert(name, op.at(2));
            } else if (op.at(0) == QLatin1String("unset")) {
                o.remove(name);
            } else {
                QJsonArray list = o.value(name).toArray();
                if (!o.value(name).isArray() || list.size() != op.at(2).toInteger())
                    return false;
                for (const QJsonValue &item : op.at(3).toArray())
                    list.append(item);
                o.insert(name, list);
            }
            value = o;
            return true;
        }
        return false;
    }
    const QJsonValue key = path.at(step);
    if (value.isObject() && key.isString()) {
        QJsonObject o = value.toObject();
        QJsonValue child = o.value(key.toString());
        if (!o.contains(key.toString()) || !applyOp(child, path, step + 1, op))
            return false;
        o.insert(key.toString(), child);
        value = o;
        return true;
    }
    if (value.isArray() && key.isDouble()) {
        QJsonArray a = value.toArray();
        const qsizetype i = key.toInteger();
        if (i < 0 || i >= a.size())
            return false;
        QJsonValue child = a.at(i);
        if (!applyOp(child, path, step + 1, op))
            return false;
        a[i] = child;
        value = a;
        return true;
    }
    return false;
}

inline HttpResponse busy()
{
    HttpResponse r =
        HttpResponse::json(503, "{\"error\":{\"code\":\"internal\",\"message\":\"busy\"}}");
    r.headers << std::pair<QByteArray, QByteArray>("Retry-After", "1");
    return r;
}

// The backend's create, update (PUT, PATCH) and finish, as far as a live share needs them:
// keeps the document and its version as the backend does; records what came.
class LiveBackend
{
public:
    LiveBackend()
        : server([this](const HttpRequest &r) { return handle(r); })
    {}
    HttpResponse written()
    {
        return HttpResponse::json(
            200, "{\"runId\":\"abcdefghij\",\"status\":\"RUNNING\",\"finished\":false" +
                     (answerVersions ? ",\"version\":" + QByteArray::number(version) : "") + "}");
    }
    HttpResponse handle(const HttpRequest &r)
    {
        requests << r;
        if (r.method == "POST" && r.target == "/api/runs") {
            document = QJsonDocument::fromJson(r.body).object();
            version = 1;
            return HttpResponse::json(201, "{\"runId\":\"abcdefghij\",\"writeToken\":\"fcw_" +
                                               QByteArray(43, 't') + "\",\"permalink\":\"" +
                                               server.origin().toUtf8() + "/?runId=abcdefghij\"}");
        }
        if (r.header("authorization") != "Bearer fcw_" + QByteArray(43, 't'))
            return HttpResponse::json(401, "{\"error\":{\"code\":\"unauthorized\"}}");
        const bool update = r.method == "PUT" || r.method == "PATCH";
        if (silentUpdates && update) {
            HttpResponse silent;
            silent.mode = HttpResponse::Mode::Silent;
            return silent;
        }
        if (failUpdates > 0 && update) {
            --failUpdates;
            if (applyFailed) { // it went through; only the answer was lost
                applyFailed = false;
                handle(r);
                requests.removeLast();
            }
            return busy();
        }
        if (r.method == "PUT" && r.target == "/api/runs/abcdefghij") {
            document = QJsonDocument::fromJson(r.body).object();
            ++version;
            return written();
        }
        if (r.method == "PATCH" && r.target == "/api/runs/abcdefghij") {
            if (refusePatches)
                return HttpResponse::json(405, "{\"error\":{\"code\":\"method_not_allowed\"}}");
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            if (body.value(QStringLiteral("base")).toInt() != version)
                return HttpResponse::json(409, "{\"error\":{\"code\":\"version_mismatch\"}}");
            QJsonValue changed = document;
            for (const QJsonValue &op : body.value(QStringLiteral("ops")).toArray()) {
                if (!applyOp(changed, op.toArray().at(1).toArray(), 0, op.toArray()))
                    return HttpResponse::json(422, "{\"error\":{\"code\":\"invalid_patch\"}}");
            }
            document = changed.toObject();
            ++version;
            return written();
        }
        if (r.method == "POST" && r.target == "/api/runs/abcdefghij/finish") {
            document = QJsonDocument::fromJson(r.body).object();
            return HttpResponse::json(200, "{\"runId\":\"abcdefghij\",\"status\":\"SUCCESS\"}");
        }
        return HttpResponse::json(404, "{\"error\":{\"code\":\"not_found\"}}");
    }
    QList<QByteArray> methods() const
    {
        QList<QByteArray> m;
        for (const HttpRequest &r : requests)
            m << r.method + ' ' + r.target;
        return m;
    }
    LocalHttpServer server;
    QList<HttpRequest> requests;
    QJsonObject document; ///< what the server has
    int version = 0;
    int failUpdates = 0;
    bool applyFailed = false;   ///< the failed update is applied all the same
    bool answerVersions = true; ///< false: answers as a backend without PATCH
    bool refusePatches = false;
    bool silentUpdates = false; ///< updates are read and never answered
};

} // namespace fc::testing

#pragma once

#include "cloud/networkproblem.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>
#include <chrono>
#include <qcoro/qcorotask.h>

class QNetworkAccessManager;

namespace fc {

/// The limits of one exchange with a server.
struct HttpLimits
{
    /// Given up when nothing moves (connect, send, receive) for this long.
    std::chrono::milliseconds idleTimeout{20000};
    /// Answers larger than this are cut off and rejected.
    qint64 maxAnswerBytes = 8 * 1024 * 1024;
};

/// A finished exchange: the status and body of an answer, or the problem that prevented one.
/// An answer with an error status is an answer (problem.kind == Http) and keeps its body.
struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;
    NetworkProblem problem;
};

/// One request/answer over `network`, asynchronously (QCoro), with an idle timeout and a cap on
/// the answer's size; every failure comes back in words naming the server.
QCoro::Task<HttpAnswer> httpExchange(QNetworkAccessManager *network, QNetworkRequest request,
                                     QByteArray verb, QByteArray body, HttpLimits limits);

/// "127.0.0.1:8787" or "faster.codes" for messages.
QString serverName(const QUrl &url);

} // namespace fc

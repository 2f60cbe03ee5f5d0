#pragma once

// A tiny HTTP/1.1 server on 127.0.0.1 for the cloud suites: it answers what the test says,
// or misbehaves on purpose (never answers, drops the connection, sends too much). Real sockets,
// real Qt networking on the client side; nothing leaves the machine.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <functional>

namespace fc::testing {

struct HttpRequest
{
    QByteArray method;
    QByteArray target;                     ///< as on the request line (absolute through a proxy)
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
};

struct HttpResponse
{
    enum class Mode
    {
        Normal,
        Silent,       ///< read the request, never answer
        Drop,         ///< read the request, close without a word
        StreamForever ///< 200 without Content-Length, then bytes until the client gives up
    };
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    Mode mode = Mode::Normal;

    static HttpResponse json(int status, const QByteArray &body) { return {status, body}; }
};

class LocalHttpServer : public QTcpServer
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit LocalHttpServer(Handler handler, QObject *parent = nullptr)
        : QTcpServer(parent)
        , m_handler(std::move(handler))
    {
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                serve(socket);
        });
    }

    bool start(quint16 port = 0) { return listen(QHostAddress::LocalHost, port); }
    QString origin() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
    QList<HttpRequest> requests;

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            HttpRequest request;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                           lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = request.header("content-length").toLongLong();
            if (buffer->size() < end + 4 + length)
                return; // the rest of the body is on its way
            request.body = buffer->mid(end + 4, length);
            buffer->clear();
            requests << request;
            respond(socket, m_handler(request));
        });
    }

    void respond(QTcpSocket *socket, const HttpResponse &r)
    {
        switch (r.mode) {
        case HttpResponse::Mode::Silent:
            return;
        case HttpResponse::Mode::Drop:
            socket->abort();
            socket->deleteLater();
            return;
        case HttpResponse::Mode::StreamForever: {
            socket->write(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n[");
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [socket] {
                if (socket->bytesToWrite() < 1024 * 1024)
                    socket->write(QByteArray(256 * 1024, ' '));
            });
            timer->start(1);
            return;
        }
        case HttpResponse::Mode::Normal:
            break;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + " X\r\n";
        for (const auto &[name, value] : r.headers)
            out += name + ": " + value + "\r\n";
        out += "Content-Length: " + QByteArray::number(r.body.size()) +
               "\r\nConnection: close\r\n\r\n" + r.body;
        socket->write(out);
        socket->disconnectFromHost();
    }

    Handler m_handler;
};

} // namespace fc::testing

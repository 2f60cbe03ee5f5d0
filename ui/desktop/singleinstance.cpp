#include "desktop/singleinstance.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace fc::ui {

namespace {

constexpr qint64 kMaxMessage = 64 * 1024;

QString defaultKey()
{
    // The data folder differs per user and per test home: one instance per history file.
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
{
    const QByteArray hash = QCryptographicHash::hash((key.isEmpty() ? defaultKey() : key).toUtf8(),
                                                     QCryptographicHash::Sha256);
    m_name = QStringLiteral("fastercodes-") + QString::fromLatin1(hash.toHex().left(20));
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::handOff(const QStringList &links, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    const QByteArray message =
        QJsonDocument(QJsonObject{{QStringLiteral("open"), QJsonArray::fromStringList(links)}})
            .toJson(QJsonDocument::Compact);
    QDataStream out(&socket);
    out << message;
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running instance answers once it has taken the links.
    if (!socket.waitForReadyRead(timeoutMs))
        return false;
    return socket.readAll().startsWith("ok");
}

bool SingleInstance::listen()
{
    if (m_server)
        return m_server->isListening();
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // Someone answers there: another instance started at the same moment. Leave it be.
        QLocalSocket probe;
        probe.connectToServer(m_name);
        if (probe.waitForConnected(300))
            return false;
        // Nobody: a socket file left by an instance that crashed.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            qWarning("fastercodes: links from later starts cannot be received: %s",
                     qPrintable(m_server->errorString()));
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
                if (socket->bytesAvailable() > kMaxMessage) {
                    socket->abort();
                    return;
                }
                QDataStream in(socket);
                in.startTransaction();
                QByteArray message;
                in >> message;
                if (!in.commitTransaction())
                    return; // the rest is on its way
                socket->write("ok\n");
                socket->flush();
                const QJsonArray links = QJsonDocument::fromJson(message)
                                             .object()
                                             .value(QStringLiteral("open"))
                                             .toArray();
                emit activationRequested();
                for (const QJsonValue &link : links) {
                    if (link.isString())
                        emit linkReceived(link.toString());
                }
            });
        }
    });
    return true;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

} // namespace fc::ui

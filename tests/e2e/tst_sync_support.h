#pragma once

// Shared by the e2e suites of history, sync and permalinks: runs the real `fastercodes` binary
// with a private home (nothing touches the user's data), reads the fixture backend's address,
// and forwards TCP to that backend with the power to lose answers on purpose.

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <functional>

namespace fc::testing {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(exitCode)
            .arg(outText(), errText());
    }
};

/// The app with a home of its own: data, config and cache under one temporary folder.
class Cli
{
public:
    Cli()
    {
        m_env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"FASTERCODES_BACKEND", "http_proxy", "https_proxy", "HTTP_PROXY",
                                 "HTTPS_PROXY", "all_proxy"})
            m_env.remove(QString::fromLatin1(name));
        m_env.insert(QStringLiteral("HOME"), m_home.path());
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        m_env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("runtime")));
        QDir(m_home.path()).mkpath(QStringLiteral("runtime"));
        QFile::setPermissions(m_home.filePath(QStringLiteral("runtime")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    static QString program() { return QStringLiteral(FC_BIN_DIR "/fastercodes"); }
    QString home() const { return m_home.path(); }
    QString file(const QString &name) const { return m_home.filePath(name); }
    /// Where the app keeps its history (QStandardPaths::AppDataLocation for this home).
    QString historyPath() const
    {
        return m_home.filePath(QStringLiteral("data/faster.codes/fastercodes/history.sqlite"));
    }
    QProcessEnvironment environment() const { return m_env; }

    /// Runs the app to completion while this thread's event loop keeps serving (in-process
    /// servers answer the app meanwhile).
    CliResult run(const QStringList &arguments, int timeoutMs = 60000) const
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.setWorkingDirectory(m_home.path());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(program(), arguments);
        CliResult r;
        if (!process.waitForStarted(10000)) {
            r.err = process.errorString().toUtf8();
            return r;
        }
        if (!finished.wait(timeoutMs)) {
            process.kill();
            process.waitForFinished(5000);
            r.err = "timed out\n" + process.readAllStandardError();
            return r;
        }
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = process.readAllStandardOutput();
        r.err = process.readAllStandardError();
        return r;
    }

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};

/// The origin of the backend the ctest fixture started (tests/e2e/backend_fixture.py).
inline QString fixtureBackend()
{
    QFile state(qEnvironmentVariable("FC_E2E_BACKEND_STATE"));
    if (!state.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(state.readAll())
        .object()
        .value(QStringLiteral("origin"))
        .toString();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The body of a raw HTTP/1.1 answer, chunked or not.
inline QByteArray httpBody(const QByteArray &answer)
{
    const qsizetype end = answer.indexOf("\r\n\r\n");
    if (end < 0)
        return {};
    QByteArray body = answer.mid(end + 4);
    if (!answer.left(end).toLower().contains("transfer-encoding: chunked"))
        return body;
    QByteArray out;
    qsizetype pos = 0;
    while (pos < body.size()) {
        const qsizetype lineEnd = body.indexOf("\r\n", pos);
        if (lineEnd < 0)
            break;
        bool ok = false;
        const qsizetype size =
            body.mid(pos, lineEnd - pos).split(';').value(0).trimmed().toLongLong(&ok, 16);
        if (!ok || size == 0)
            break;
        out += body.mid(lineEnd + 2, size);
        pos = lineEnd + 2 + size + 2;
    }
    return out;
}

/// A TCP forwarder in front of the real backend: "up" forwards every request and its answer;
/// with dropAnswers it delivers the request, reads the backend's answer, keeps it, and closes
/// the client's connection without a word (the answer is lost on the way back).
class Forwarder : public QTcpServer
{
public:
    Forwarder(quint16 targetPort, QObject *parent = nullptr)
        : QTcpServer(parent)
        , m_target(targetPort)
    {
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *client = nextPendingConnection())
                serve(client);
        });
    }

    bool dropAnswers = false;
    /// Called with each request as it is about to go to the backend (e.g. to fill a rate limit's
    /// window at exactly that moment).
    std::function<void(const QByteArray &request)> beforeForward;
    QList<QByteArray> requests;    ///< request heads and bodies as forwarded
    QList<QDateTime> requestTimes; ///< when each of them arrived
    QList<QByteArray> lostAnswers; ///< answers the client never saw
    QList<QByteArray> passedAnswers;

private:
    void serve(QTcpSocket *client)
    {
        auto buffer = std::make_shared<QByteArray>();
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, client, [this, client, buffer] {
            buffer->append(client->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer->left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < end + 4 + length)
                return;
            // One request per connection: the backend closes after answering, which marks the end.
            QByteArray head = buffer->left(end);
            QByteArray request;
            for (const QByteArray &line : head.split('\n')) {
                // Plain answers (no brotli), so that the test can read what it forwards.
                if (!line.toLower().startsWith("connection:") &&
                    !line.toLower().startsWith("accept-encoding:"))
                    request += line.trimmed() + "\r\n";
            }
            request += "Connection: close\r\n\r\n" + buffer->mid(end + 4, length);
            buffer->clear();
            if (beforeForward)
                beforeForward(request);
            requests << request;
            requestTimes << QDateTime::currentDateTime();
            forward(client, request);
        });
    }

public:
    // Whether `answer` holds a whole HTTP/1.1 answer (by its Content-Length, or the last chunk).
    static bool complete(const QByteArray &answer)
    {
        const qsizetype end = answer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QByteArray head = answer.left(end).toLower();
        const QByteArray status = head.mid(9, 3);
        if (status == "204" || status == "304")
            return true;
        for (const QByteArray &line : head.split('\n')) {
            if (line.startsWith("content-length:"))
                return answer.size() - (end + 4) >= line.mid(15).trimmed().toLongLong();
        }
        return head.contains("transfer-encoding: chunked") && answer.endsWith("\r\n0\r\n\r\n");
    }

private:
    void forward(QTcpSocket *client, const QByteArray &request)
    {
        auto *upstream = new QTcpSocket(client);
        auto answer = std::make_shared<QByteArray>();
        auto done = std::make_shared<bool>(false);
        const bool drop = dropAnswers;
        // Passed on (or lost) as soon as it is complete: the backend may keep its side of the
        // connection open for a while after answering.
        const auto finish = [this, client, upstream, answer, drop, done] {
            if (*done)
                return;
            *done = true;
            if (drop) {
                lostAnswers << *answer;
                client->abort();
            } else {
                passedAnswers << *answer;
                client->write(*answer);
                client->disconnectFromHost();
            }
            upstream->abort();
        };
        connect(upstream, &QTcpSocket::connected, upstream,
                [upstream, request] { upstream->write(request); });
        connect(upstream, &QTcpSocket::readyRead, client, [upstream, answer, finish] {
            answer->append(upstream->readAll());
            if (complete(*answer))
                finish();
        });
        connect(upstream, &QTcpSocket::disconnected, client, [upstream, answer, finish, done] {
            if (*done)
                return; // closed by finish()
            answer->append(upstream->readAll());
            finish();
        });
        upstream->connectToHost(QHostAddress::LocalHost, m_target);
    }

    quint16 m_target;
};

} // namespace fc::testing

#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace fc::ui {

/// One app per user and data folder: a second start hands its links (permalinks given on the
/// command line or by the desktop's fastercodes:// handler) to the running app and quits.
/// QLocalServer (a Unix socket, a named pipe on Windows), readable only by this user.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    /// `key` separates independent instances (by default: this user's data folder).
    explicit SingleInstance(const QString &key = QString(), QObject *parent = nullptr);
    ~SingleInstance() override;

    /// Tries to give `links` to a running instance (which also comes to the front). True when
    /// one took them: this process should then exit.
    bool handOff(const QStringList &links, int timeoutMs = 2000);
    /// Starts listening for later instances; false when that is not possible (the app then
    /// simply runs on its own).
    bool listen();
    bool isListening() const;
    QString serverName() const { return m_name; }

signals:
    /// A later instance was started with this link.
    void linkReceived(const QString &link);
    /// A later instance was started: show the window.
    void activationRequested();

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace fc::ui

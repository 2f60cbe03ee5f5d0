#pragma once

#include <QNetworkProxyFactory>

namespace fc {

/// The system's proxy settings, except for this machine: a local backend must be reached
/// directly even when http_proxy (or the desktop's proxy) would send everything elsewhere.
class LoopbackProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;
};

} // namespace fc

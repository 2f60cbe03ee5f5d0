#include "cloud/loopbackproxyfactory.h"

#include "cloud/permalink.h"

namespace fc {

QList<QNetworkProxy> LoopbackProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    if (isLoopbackHost(query.peerHostName()))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    return QNetworkProxyFactory::systemProxyForQuery(query);
}

} // namespace fc

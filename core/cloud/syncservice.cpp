#include "cloud/syncservice.h"

#include "cloud/shareddocument.h"
#include "cloud/syncsettings.h"
#include "history/historystore.h"
#include "history/uploadqueue.h"
#include "model/analysis.h"

#include <QJsonDocument>
#include <QLocale>
#include <QPointer>

namespace fc {

SyncService::SyncService(HistoryStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(new BackendClient(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncService::backgroundTick);
}

SyncService::~SyncService() = default;

std::optional<QByteArray> SyncService::uploadBody(const Comparison &comparison, QString *error)
{
    if (comparison.status == Comparison::Status::Running) {
        if (error)
            *error = tr("only a finished comparison can be shared");
        return std::nullopt;
    }
    return QJsonDocument(sharedDocument(comparison)).toJson(QJsonDocument::Compact);
}

QCoro::Task<Delivery> SyncService::share(qint64 comparisonId, QUrl backend)
{
    Delivery d;
    d.comparisonId = comparisonId;
    d.backend = backend;
    d.result = Delivery::Result::Failed;
    QString error;
    const auto comparison = m_store.load(comparisonId, &error);
    if (!comparison) {
        d.message = error;
        co_return d;
    }
    // Shared before: its permalink, without analysing and serialising the document again.
    if (const auto existing = m_store.uploads().find(comparisonId, backend);
        existing && existing->state == UploadItem::State::Uploaded) {
        d.result = Delivery::Result::Delivered;
        d.uploadId = existing->id;
        d.permalink = existing->permalink;
        co_return d;
    }
    // The backend answers with the write token: over plain http to another machine anyone on
    // the way could read it and delete or overwrite the run. Nothing is sent or queued.
    if (!m_cleartextAllowed && !syncsettings::cleartextAllowed(backend)) {
        d.message = tr("not sent: %1 is plain http to another machine, so the run's write token "
                       "would travel unencrypted; use https, or allow this backend in the "
                       "Sync settings (command line: --allow-insecure-http)")
                        .arg(backend.toString());
        co_return d;
    }
    const auto body = uploadBody(*comparison, &d.message);
    if (!body)
        co_return d;
    // The bytes are fixed now, with the key: every retry sends exactly these.
    const auto item = m_store.uploads().enqueue(comparisonId, backend, *body, &error);
    if (!item) {
        d.message = tr("the upload could not be queued: %1").arg(error);
        co_return d;
    }
    wake();
    co_return co_await deliver(item->id);
}

QCoro::Task<Delivery> SyncService::deliver(qint64 uploadId)
{
    Delivery d;
    d.uploadId = uploadId;
    const auto item = m_store.uploads().item(uploadId);
    if (!item) {
        d.result = Delivery::Result::Failed;
        d.message = tr("upload %1 is no longer queued").arg(uploadId);
        co_return d;
    }
    d.comparisonId = item->comparisonId;
    d.backend = item->backend;
    if (item->state == UploadItem::State::Uploaded) {
        d.result = Delivery::Result::Delivered;
        d.permalink = item->permalink;
        co_return d;
    }
    if (item->notBefore.isValid() && item->notBefore > QDateTime::currentDateTime()) {
        // The server asked for time (Retry-After): not even a retry the user asks for is sent
        // before then. Nothing changes in the row.
        d.result = Delivery::Result::Queued;
        d.retryAt = item->notBefore;
        const QString until = item->notBefore.date() == QDate::currentDate()
                                  ? item->notBefore.time().toString(QStringLiteral("HH:mm:ss"))
                                  : QLocale().toString(item->notBefore, QLocale::ShortFormat);
        d.message = tr("not sent: %1 asked to wait until %2 (%3)")
                        .arg(serverName(item->backend), until, item->lastError);
        co_return d;
    }
    if (m_inFlight.contains(uploadId)) {
        // The same request is on its way already; its answer will settle the row.
        d.result = Delivery::Result::Queued;
        d.message = tr("already being uploaded");
        co_return d;
    }
    m_inFlight.insert(uploadId);
    // Destroyed meanwhile: the upload ends as cancelled (httpExchange) and nothing here is left to
    // settle; the row stays queued for the next start.
    const QPointer<SyncService> self(this);
    const UploadOutcome outcome =
        co_await m_client->upload(item->backend, item->body, item->idempotencyKey);
    if (!self) {
        d.message = outcome.problem.message;
        co_return d;
    }
    m_inFlight.remove(uploadId);

    if (outcome.run) {
        m_store.uploads().markUploaded(uploadId, outcome.run->runId, outcome.run->writeToken,
                                       outcome.run->permalink);
        d.result = Delivery::Result::Delivered;
        d.permalink = outcome.run->permalink;
        emit delivered(d.comparisonId, d.permalink);
        co_return d;
    }
    d.message = outcome.problem.message;
    if (outcome.problem.isTransient()) {
        // Stays queued (a 503 or 429 included): the next attempt after the backoff, and never
        // before the server's Retry-After.
        const QDateTime now = QDateTime::currentDateTime();
        const std::chrono::milliseconds retryAfter = outcome.problem.retryAfter;
        const QDateTime notBefore =
            retryAfter.count() > 0 ? now.addMSecs(retryAfter.count()) : QDateTime();
        const auto wait =
            std::max<std::chrono::milliseconds>(m_backoff.delay(item->attempts + 1), retryAfter);
        d.result = Delivery::Result::Queued;
        d.retryAt = now.addMSecs(wait.count());
        m_store.uploads().markRetry(uploadId, d.message, d.retryAt, notBefore);
    } else {
        d.result = Delivery::Result::Failed;
        m_store.uploads().markFailed(uploadId, d.message);
    }
    emit deliveryFailed(d.comparisonId, d.message, d.result == Delivery::Result::Queued);
    wake();
    co_return d;
}

QCoro::Task<QList<Delivery>> SyncService::deliverQueued(bool onlyDue)
{
    QList<Delivery> results;
    const QList<UploadItem> items =
        m_store.uploads().queued(onlyDue ? QDateTime::currentDateTime() : QDateTime());
    const QPointer<SyncService> self(this);
    for (const UploadItem &item : items) {
        results << co_await deliver(item.id);
        if (!self) // destroyed meanwhile (see deliver)
            break;
    }
    co_return results;
}

QCoro::Task<QString> SyncService::deleteFromServer(qint64 comparisonId)
{
    const QList<UploadItem> items = m_store.uploads().forComparison(comparisonId);
    bool any = false;
    for (const UploadItem &item : items) {
        if (item.state != UploadItem::State::Uploaded)
            continue;
        any = true;
        if (!m_cleartextAllowed && !syncsettings::cleartextAllowed(item.backend))
            co_return tr("not sent: %1 is plain http to another machine, so the run's write "
                         "token would travel unencrypted; allow this backend in the Sync "
                         "settings first")
                .arg(item.backend.toString());
        const QPointer<SyncService> self(this);
        const RemoteDeletion deletion =
            co_await m_client->removeRun(item.backend, item.runId, item.writeToken);
        if (!self) // destroyed meanwhile: the request ended as cancelled
            co_return deletion.problem.message;
        if (!deletion.deleted)
            co_return deletion.problem.message;
        m_store.uploads().remove(item.id);
    }
    if (!any)
        co_return tr("this comparison is not on any server");
    co_return QString();
}

void SyncService::startBackgroundRetries(std::chrono::milliseconds maxWait)
{
    m_background = true;
    m_maxWait = maxWait;
    wake();
}

void SyncService::stopBackgroundRetries()
{
    m_background = false;
    m_timer.stop();
}

void SyncService::wake()
{
    if (!m_background)
        return;
    const QDateTime next = m_store.uploads().nextDue();
    qint64 wait = m_maxWait.count();
    if (next.isValid())
        wait = std::clamp<qint64>(QDateTime::currentDateTime().msecsTo(next), 0, wait);
    m_timer.start(std::chrono::milliseconds(wait));
}

void SyncService::backgroundTick()
{
    QCoro::connect(deliverQueued(true), this, [this](const QList<Delivery> &) { wake(); });
}

} // namespace fc

#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLocale>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QThread>
#include <QThreadStorage>

#include <algorithm>
#include <limits>
#include <thread>

namespace keyward::net {

namespace {

QByteArray findHeader(const Headers &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// The threads Qt runs network managers' requests on, by their system name: Qt names them after the thread object,
// "QNetworkAccessManager thread", which the kernel cuts to 15 characters. Linux only; elsewhere none are found.
QSet<qint64> networkThreadIds()
{
    QSet<qint64> ids;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith("QNetworkAccessM"))
            ids.insert(tid.toLongLong());
    }
    return ids;
}

// A thread's network manager. Qt runs the manager's requests, TLS included, on a thread of its own, and deleting
// the manager waits only until Qt has marked that thread finished: the thread still has its last steps to run, the
// C library's thread-specific destructors, OpenSSL's among them. A program that ends right after would clean
// OpenSSL up at exit under that thread (see util/PoolThread.h). So once a manager that sent requests is deleted,
// its thread is waited for until it is gone (within a second; normally microseconds). A manager is made only for a
// request, so every one has sent.
struct ThreadManager
{
    QNetworkAccessManager *manager = new QNetworkAccessManager;
    // Per server (scheme, host and port), the certificates trusted beyond the system's on the connections the
    // manager keeps open to it. Qt keys those connections by server alone and keeps the TLS settings of the request
    // that opened them, so a request that trusts other certificates must not be sent over one of them.
    QHash<QString, QByteArray> trustByServer;

    ~ThreadManager()
    {
        const QSet<qint64> before = networkThreadIds();
        delete manager;
        QDeadlineTimer deadline(1000);
        while (!before.isEmpty() && !deadline.hasExpired()) {
            const QSet<qint64> now = networkThreadIds();
            if (std::any_of(before.begin(), before.end(), [&](qint64 id) { return !now.contains(id); }))
                return;
            QThread::usleep(200);
        }
    }
};

// One manager per thread, made on first use in that thread and deleted when the thread ends, so a blocking send never
// crosses threads and connections are reused. The main thread's goes first thing when the application object does
// (a post routine), while the TLS backend its connections close through is still there.
QThreadStorage<ThreadManager *> &managers()
{
    static QThreadStorage<ThreadManager *> storage;
    return storage;
}

// What a client trusts beyond the system's certificates, as one digest of its extra CA certificates.
QByteArray trustDigest(const QList<QSslCertificate> &extraCa)
{
    QCryptographicHash trust(QCryptographicHash::Sha256);
    for (const QSslCertificate &cert : extraCa)
        trust.addData(cert.digest(QCryptographicHash::Sha256));
    return trust.result();
}

// This thread's manager, ready for a request to `url` from a client whose extra trust is `trust` (trustDigest()).
QNetworkAccessManager &threadManager(const QUrl &url, const QByteArray &trust)
{
    if (!managers().hasLocalData()) {
        managers().setLocalData(new ThreadManager);
        if (QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread())
            qAddPostRoutine([] { managers().setLocalData(nullptr); });
    }
    ThreadManager *local = managers().localData();
    const QString server =
        url.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    const auto known = local->trustByServer.constFind(server);
    if (known != local->trustByServer.cend() && *known != trust)
        local->manager->clearConnectionCache();
    local->trustByServer.insert(server, trust);
    return *local->manager;
}

bool sendsBody(const QByteArray &method)
{
    return method == "PUT" || method == "POST" || method == "PATCH";
}

struct Attempt
{
    std::optional<HttpResponse> response; // set when an HTTP answer came back
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText;
};

} // namespace

void HttpRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    headers.removeIf([&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    headers.append({name, value});
}

QByteArray HttpRequest::header(QByteArrayView name) const
{
    return findHeader(headers, name);
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    return findHeader(headers, name);
}

std::optional<std::chrono::milliseconds> HttpResponse::retryAfter() const
{
    bool ok = false;
    for (const char *name : {"x-ms-retry-after-ms", "retry-after-ms"}) {
        const QByteArray ms = header(name).trimmed();
        const qint64 value = ms.toLongLong(&ok);
        if (!ms.isEmpty() && ok && value >= 0)
            return std::chrono::milliseconds(value);
    }
    const QByteArray after = header("retry-after").trimmed();
    if (after.isEmpty())
        return std::nullopt;
    const qint64 seconds = after.toLongLong(&ok);
    if (ok)
        return seconds >= 0
                   ? std::optional(std::chrono::milliseconds(seconds > std::numeric_limits<qint64>::max() / 1000
                                                                 ? std::numeric_limits<qint64>::max()
                                                                 : seconds * 1000))
                   : std::nullopt;
    // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime at =
        QLocale::c().toDateTime(QString::fromLatin1(after), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (at.isValid())
        at.setTimeSpec(Qt::UTC);
    else
        at = QDateTime::fromString(QString::fromLatin1(after), Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return std::chrono::milliseconds(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at)));
}

struct HttpClient::Private
{
    explicit Private(Options o)
        : options(std::move(o)), trust(trustDigest(options.extraCaCertificates)),
          inFlight(std::max(1, options.maxParallel))
    {
    }

    Attempt attempt(const HttpRequest &request);
    double random()
    {
        if (options.random) {
            const QMutexLocker lock(&randomMutex);
            return options.random();
        }
        return QRandomGenerator::global()->generateDouble();
    }
    void sleep(std::chrono::milliseconds wait) const
    {
        if (options.sleep)
            options.sleep(wait);
        else
            std::this_thread::sleep_for(wait);
    }

    Options options;
    QByteArray trust; // trustDigest() of options.extraCaCertificates, made once
    QSemaphore inFlight;
    QMutex randomMutex;
};

Attempt HttpClient::Private::attempt(const HttpRequest &request)
{
    QNetworkRequest req(request.url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setTransferTimeout(int(options.timeout.count()));
    req.setRawHeader("User-Agent", "keyward");
    req.setRawHeader("Accept-Encoding", "identity");
    for (const auto &[name, value] : request.headers)
        req.setRawHeader(name, value);
    if (sendsBody(request.method))
        req.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
    if (request.url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!options.extraCaCertificates.isEmpty())
            tls.addCaCertificates(options.extraCaCertificates);
        req.setSslConfiguration(tls);
    }

    QNetworkAccessManager &manager = threadManager(request.url, trust);
    QNetworkReply *reply =
        request.method == "HEAD" ? manager.head(req) : manager.sendCustomRequest(req, request.method, request.body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);

    Attempt result;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid() && reply->error() != QNetworkReply::RemoteHostClosedError &&
        reply->error() != QNetworkReply::OperationCanceledError && reply->error() != QNetworkReply::TimeoutError) {
        HttpResponse response;
        response.status = status.toInt();
        for (const auto &pair : reply->rawHeaderPairs())
            response.headers.append({pair.first, pair.second});
        response.body = reply->readAll();
        result.response = std::move(response);
    } else {
        result.error = reply->error();
        result.errorText = reply->error() == QNetworkReply::OperationCanceledError
                               ? QStringLiteral("no answer within %1 s").arg(options.timeout.count() / 1000.0)
                               : reply->errorString();
        // Qt's words may quote the URL, and a query can hold a SAS token: never in an error.
        if (request.url.hasQuery()) {
            const QString bare = request.url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
            for (const QString &form :
                 {request.url.toString(), QString::fromLatin1(request.url.toEncoded()), request.url.toDisplayString()})
                result.errorText.replace(form, bare);
            const QString query = request.url.query(QUrl::FullyEncoded);
            if (!query.isEmpty())
                result.errorText.replace(query, QStringLiteral("..."));
        }
    }
    reply->deleteLater();
    return result;
}

HttpClient::HttpClient() : HttpClient(Options{}) {}

HttpClient::HttpClient(Options options) : d(std::make_unique<Private>(std::move(options))) {}

HttpClient::~HttpClient() = default;

const HttpClient::Options &HttpClient::options() const
{
    return d->options;
}

std::chrono::milliseconds HttpClient::backoff(int attempt, const RetryPolicy &policy, double random01)
{
    const int shift = std::clamp(attempt - 1, 0, 30);
    const double exponential = double(policy.base.count()) * double(qint64(1) << shift);
    const double bounded = std::min(double(policy.cap.count()), exponential);
    return std::chrono::milliseconds(qint64(bounded * (0.5 + 0.5 * std::clamp(random01, 0.0, 1.0))));
}

Result<HttpResponse> HttpClient::send(HttpRequest request)
{
    const RetryPolicy &policy = d->options.retry;
    const int maxAttempts = std::max(1, policy.maxAttempts);
    for (int attempt = 1;; ++attempt) {
        if (request.sign)
            request.sign(request);
        d->inFlight.acquire();
        Attempt outcome = d->attempt(request);
        d->inFlight.release();

        std::optional<std::chrono::milliseconds> wait;
        if (outcome.response) {
            HttpResponse &response = *outcome.response;
            response.attempts = attempt;
            if (!policy.statuses.contains(response.status))
                return std::move(response);
            const auto asked = response.retryAfter();
            const bool comeBack = asked && (response.status == 429 || response.status == 503);
            if (asked && *asked > policy.maxRetryAfter)
                return std::move(response);
            if ((!request.idempotent && !comeBack) || attempt >= maxAttempts)
                return std::move(response);
            wait = asked;
        } else {
            // Refused: the request never reached the service, so even a non-idempotent one may go again.
            const bool neverSent = outcome.error == QNetworkReply::ConnectionRefusedError;
            const bool transient = neverSent || outcome.error == QNetworkReply::RemoteHostClosedError ||
                                   outcome.error == QNetworkReply::TimeoutError ||
                                   outcome.error == QNetworkReply::OperationCanceledError ||
                                   outcome.error == QNetworkReply::HostNotFoundError ||
                                   outcome.error == QNetworkReply::TemporaryNetworkFailureError ||
                                   outcome.error == QNetworkReply::NetworkSessionFailedError ||
                                   outcome.error == QNetworkReply::UnknownNetworkError ||
                                   outcome.error == QNetworkReply::ProxyConnectionClosedError;
            if (!transient || (!request.idempotent && !neverSent) || attempt >= maxAttempts)
                return Error::make(ErrorCode::Unavailable,
                                   QStringLiteral("%1 %2: %3 (after %4 attempts)")
                                       .arg(QString::fromLatin1(request.method),
                                            request.url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo),
                                            outcome.errorText)
                                       .arg(attempt));
        }
        d->sleep(wait.value_or(backoff(attempt, policy, d->random())));
    }
}

} // namespace keyward::net

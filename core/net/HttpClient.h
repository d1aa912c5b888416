// HttpClient: the one way core speaks HTTP (Azure Blob Storage, Key Vault, Entra ID tokens). Blocking calls that
// any worker thread may make, retried with exponential backoff and jitter on 408/429/5xx and dropped connections,
// honouring Retry-After, with a bound on the requests in flight. Qt Network and OpenSSL only.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace keyward::net {

struct RetryPolicy
{
    int maxAttempts = 6; // the first try included
    // Waits of 0.5, 1, 2, 4 and 8 s, each one between half and all of that (jitter): 7.75 to 15.5 s in all, so a
    // service restarted at once (Azurite takes up to 5 s on a busy machine) is ridden out.
    std::chrono::milliseconds base{500};
    std::chrono::milliseconds cap{20000};
    // A Retry-After longer than this is not waited for: the response is returned at once, carrying it.
    std::chrono::seconds maxRetryAfter{60};
    QList<int> statuses{408, 429, 500, 502, 503, 504};
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    Headers headers;
    QByteArray body; // never more than one block: large data goes in several requests
    // false (creating a key, rotating): retried only when it was surely never received (the connection was
    // refused) or the service said to come back (429 or 503 with Retry-After).
    bool idempotent = true;
    // Run before each attempt, so that every attempt is signed afresh (x-ms-date, a refreshed bearer token).
    std::function<void(HttpRequest &)> sign;

    void setHeader(const QByteArray &name, const QByteArray &value); // replaces one of the same name (any case)
    QByteArray header(QByteArrayView name) const;                    // case-insensitive; empty when absent
};

struct HttpResponse
{
    int status = 0;
    Headers headers;
    QByteArray body;
    int attempts = 1;

    QByteArray header(QByteArrayView name) const; // case-insensitive; empty when absent
    // How long the service asked to wait: x-ms-retry-after-ms, else Retry-After in seconds or as an HTTP date.
    std::optional<std::chrono::milliseconds> retryAfter() const;
};

class HttpClient
{
public:
    struct Options
    {
        int maxParallel = 6; // requests in flight at once, across all threads using this client
        RetryPolicy retry;
        std::chrono::milliseconds timeout{60000}; // no byte moving for this long ends an attempt
        // Trusted besides the system's CAs (a private endpoint, a test server).
        QList<QSslCertificate> extraCaCertificates;
        // Tests: record the waits instead of sleeping, and pin the jitter.
        std::function<void(std::chrono::milliseconds)> sleep;
        std::function<double()> random; // in [0, 1)
    };

    HttpClient();
    explicit HttpClient(Options options);
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    const Options &options() const;

    // Sends `request`, retrying as the policy says; blocking and thread-safe (each calling thread runs its own
    // connections in a local event loop). An HTTP error is returned as a response (status >= 400) once retries
    // are spent, for the caller to map to what it means. A transport failure after the retries (refused,
    // dropped, timed out, TLS) is Error Unavailable with the network's own words in `detail`.
    Result<HttpResponse> send(HttpRequest request);

    // The wait before attempt `attempt` + 1 (attempt >= 1): min(cap, base * 2^(attempt-1)) * (0.5 + 0.5 * random01).
    static std::chrono::milliseconds backoff(int attempt, const RetryPolicy &policy, double random01);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace keyward::net

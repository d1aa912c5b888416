// net::HttpClient against a scripted local HTTP server on its own thread: which answers are retried and how long it
// waits (recorded, not slept), Retry-After in its three forms, dropped and refused connections, requests that must
// not be repeated, the bound on requests in flight, and no query string (a SAS token) in an error.
#include "ServerThread.h"
#include "net/HttpClient.h"
#include "storage/AzureBlobStore.h"

#include <QDateTime>
#include <QLocale>
#include <QMutex>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

using namespace keyward;
using namespace keyward::net;
using namespace std::chrono_literals;

namespace {

struct Step
{
    enum Kind
    {
        Answer,     // send `raw`
        Drop,       // close without answering
        DropInBody, // headers promising 1000 bytes, 10 of them, then close
    } kind = Answer;
    QByteArray raw;
    int delayMs = 0;
};

Step answer(int status, const QByteArray &extraHeaders = {}, const QByteArray &body = "ok", int delayMs = 0)
{
    return {Step::Answer,
            "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Length: " + QByteArray::number(body.size()) +
                "\r\n" + extraHeaders + "\r\n" + body,
            delayMs};
}

// Runs on its own thread; answers each request with the next step (the last one repeats).
class StubServer : public QObject
{
public:
    StubServer()
    {
        moveToThread(&m_thread);
        m_thread.start();
    }
    ~StubServer() override
    {
        QMetaObject::invokeMethod(
            this,
            [this] {
                delete m_server;
                m_server = nullptr;
            },
            Qt::BlockingQueuedConnection);
        m_thread.end();
    }
    void setSteps(QList<Step> steps)
    {
        const QMutexLocker lock(&m_mutex);
        m_steps = std::move(steps);
    }
    bool listen(quint16 port = 0)
    {
        bool ok = false;
        QMetaObject::invokeMethod(
            this,
            [&] {
                m_server = new QTcpServer;
                ok = m_server->listen(QHostAddress::LocalHost, port);
                QObject::connect(m_server, &QTcpServer::newConnection, this, [this] {
                    while (QTcpSocket *s = m_server->nextPendingConnection())
                        serve(s);
                });
                m_port = m_server->serverPort();
            },
            Qt::BlockingQueuedConnection);
        return ok;
    }
    quint16 port() const { return m_port; }
    int requests() const { return m_requests; }
    int maxInFlight() const { return m_maxInFlight; }
    QList<QByteArray> seen() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_seen;
    }

private:
    void serve(QTcpSocket *s)
    {
        auto *buffer = new QByteArray;
        QObject::connect(s, &QTcpSocket::disconnected, s, [s, buffer] {
            delete buffer;
            s->deleteLater();
        });
        QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
            buffer->append(s->readAll());
            for (;;) {
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
                const QByteArray request = buffer->left(end + 4 + length);
                buffer->remove(0, end + 4 + length);
                respond(s, request);
            }
        });
    }
    void respond(QTcpSocket *s, const QByteArray &request)
    {
        Step step;
        {
            const QMutexLocker lock(&m_mutex);
            m_seen.append(request.left(request.indexOf("\r\n")));
            step = m_steps.size() > 1 ? m_steps.takeFirst() : m_steps.value(0, answer(200));
        }
        ++m_requests;
        const int now = ++m_inFlight;
        int seenMax = m_maxInFlight;
        while (now > seenMax && !m_maxInFlight.compare_exchange_weak(seenMax, now)) {
        }
        QPointer<QTcpSocket> guard(s);
        QTimer::singleShot(step.delayMs, s, [this, guard, step] {
            --m_inFlight;
            if (!guard)
                return;
            if (step.kind == Step::Drop) {
                guard->abort();
            } else if (step.kind == Step::DropInBody) {
                guard->write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n0123456789");
                guard->flush();
                guard->disconnectFromHost();
            } else {
                guard->write(step.raw);
            }
        });
    }

    test::ServerThread m_thread{QStringLiteral("StubServer")};
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QList<Step> m_steps;
    QList<QByteArray> m_seen;
    std::atomic<int> m_requests{0};
    std::atomic<int> m_inFlight{0};
    std::atomic<int> m_maxInFlight{0};
};

} // namespace

Q_DECLARE_METATYPE(Step)

namespace {

// A Blob store whose service is `server` (container "data", a SAS token).
Result<std::unique_ptr<storage::AzureBlobStore>> blobStoreOn(const StubServer &server)
{
    auto location = storage::AzureBlobLocation::parse(
        QStringLiteral("azure-blob:http://127.0.0.1:%1/devstoreaccount1/data").arg(server.port()));
    if (!location)
        return location.error();
    storage::AzureBlobCredential credential;
    credential.kind = storage::AzureBlobCredential::Kind::Sas;
    credential.account = QStringLiteral("devstoreaccount1");
    credential.sas = crypto::SecureBytes::fromView("sv=2025-11-05&sig=x");
    return storage::AzureBlobStore::open(*location, std::move(credential));
}

struct Recorder
{
    QMutex mutex;
    QList<qint64> sleeps;
    std::function<void()> onSleep;
};

HttpClient::Options options(Recorder &r, int maxAttempts = 6)
{
    HttpClient::Options o;
    o.retry.maxAttempts = maxAttempts;
    o.sleep = [&r](std::chrono::milliseconds ms) {
        const QMutexLocker lock(&r.mutex);
        r.sleeps.append(ms.count());
        if (r.onSleep)
            std::exchange(r.onSleep, nullptr)();
    };
    o.random = [] { return 0.0; };
    o.timeout = 5s;
    return o;
}

HttpRequest get(quint16 port, const QByteArray &method = "GET", const QString &query = {})
{
    HttpRequest r;
    r.method = method;
    r.url = QUrl(QStringLiteral("http://127.0.0.1:%1/x%2").arg(port).arg(query));
    if (method != "GET")
        r.setHeader("Content-Type", "application/octet-stream");
    return r;
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private slots:
    void retries_data()
    {
        QTest::addColumn<QList<Step>>("steps");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("idempotent");
        QTest::addColumn<int>("maxAttempts");
        QTest::addColumn<int>("status");   // what send() returns
        QTest::addColumn<int>("requests"); // what the server saw
        QTest::addColumn<QList<qint64>>("sleeps");
        const auto d = [](qint64 ms) { return QList<qint64>{ms}; };
        QTest::newRow("503-then-200") << QList<Step>{answer(503), answer(200)} << QByteArray("GET") << true << 6 << 200
                                      << 2 << d(250); // base 500 ms, jitter pinned at 0: half of it
        QTest::newRow("429-retry-after-2s") << QList<Step>{answer(429, "Retry-After: 2\r\n"), answer(200)}
                                            << QByteArray("GET") << true << 6 << 200 << 2 << d(2000);
        QTest::newRow("x-ms-retry-after-ms") << QList<Step>{answer(503, "x-ms-retry-after-ms: 1500\r\n"), answer(200)}
                                             << QByteArray("GET") << true << 6 << 200 << 2 << d(1500);
        QTest::newRow("retry-after-over-max-gives-up") << QList<Step>{answer(429, "Retry-After: 120\r\n"), answer(200)}
                                                       << QByteArray("GET") << true << 6 << 429 << 1 << QList<qint64>{};
        QTest::newRow("connection-dropped-mid-body") << QList<Step>{Step{Step::DropInBody, {}, 0}, answer(200)}
                                                     << QByteArray("GET") << true << 6 << 200 << 2 << d(250);

        QTest::newRow("400-not-retried") << QList<Step>{answer(400), answer(200)} << QByteArray("GET") << true << 6
                                         << 400 << 1 << QList<qint64>{};
        QTest::newRow("404-not-retried") << QList<Step>{answer(404), answer(200)} << QByteArray("GET") << true << 6
                                         << 404 << 1 << QList<qint64>{};
        QTest::newRow("attempts-exhausted")
            << QList<Step>{answer(500)} << QByteArray("GET") << true << 3 << 500 << 3 << QList<qint64>{250, 500};
        QTest::newRow("non-idempotent-500-not-retried")
            << QList<Step>{answer(500), answer(200)} << QByteArray("POST") << false << 6 << 500 << 1 << QList<qint64>{};
        QTest::newRow("non-idempotent-dropped-mid-body-not-retried")
            << QList<Step>{Step{Step::DropInBody, {}, 0}, answer(200)} << QByteArray("POST") << false << 6 << -1 << 1
            << QList<qint64>{};
        QTest::newRow("non-idempotent-429-retried") << QList<Step>{answer(429, "Retry-After: 1\r\n"), answer(200)}
                                                    << QByteArray("POST") << false << 6 << 200 << 2 << d(1000);
        QTest::newRow("non-idempotent-503-without-retry-after")
            << QList<Step>{answer(503), answer(200)} << QByteArray("POST") << false << 6 << 503 << 1 << QList<qint64>{};
    }
    void retries()
    {
        QFETCH(QList<Step>, steps);
        QFETCH(QByteArray, method);
        QFETCH(bool, idempotent);
        QFETCH(int, maxAttempts);
        QFETCH(int, status);
        QFETCH(int, requests);
        QFETCH(QList<qint64>, sleeps);
        StubServer server;
        server.setSteps(steps);
        QVERIFY(server.listen());
        Recorder rec;
        HttpClient client(options(rec, maxAttempts));
        HttpRequest r = get(server.port(), method);
        r.idempotent = idempotent;
        r.body = method == "GET" ? QByteArray() : QByteArray("payload");
        auto response = client.send(r);
        // A GET dropped mid-body is tried again by this client, after its backoff. Now and then (one run in ten
        // or so on a loaded machine) Qt's HTTP layer takes the close for one before any answer and sends the
        // request again by itself (closedBeforeAnswerIsResentByQt): the same two requests and the same answer,
        // in one attempt here and without a backoff.
        const bool resentByQt = status >= 0 && response && !steps.isEmpty() && steps.first().kind == Step::DropInBody &&
                                response->attempts == requests - 1 && rec.sleeps.isEmpty();
        if (resentByQt)
            qInfo("the dropped answer was sent again by Qt's HTTP layer itself");
        if (status < 0) {
            QVERIFY(!response);
            QCOMPARE(response.error().code, ErrorCode::Unavailable);
        } else {
            QVERIFY2(response, response ? "" : qPrintable(response.error().detail));
            QCOMPARE(response->status, status);
            QCOMPARE(response->attempts + (resentByQt ? 1 : 0), requests);
        }
        QCOMPARE(server.requests(), requests);
        QCOMPARE(rec.sleeps, resentByQt ? QList<qint64>{} : sleeps);
    }

    // Qt's HTTP/1.1 layer sends a request once more by itself when the connection closes before any byte of the
    // answer (it takes it for a keep-alive connection the server dropped): the service sees two requests for one
    // attempt. Known, and why create and rotate calls must be safe to see twice or be checked afterwards.
    void closedBeforeAnswerIsResentByQt()
    {
        StubServer server;
        server.setSteps({Step{Step::Drop, {}, 0}, answer(200)});
        QVERIFY(server.listen());
        Recorder rec;
        HttpClient client(options(rec));
        auto response = client.send(get(server.port()));
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(server.requests(), 2);
        QCOMPARE(response->attempts, 1); // one attempt of ours
        QVERIFY(rec.sleeps.isEmpty());
    }

    void retryAfterHttpDate()
    {
        StubServer server;
        const QByteArray date =
            QLocale::c()
                .toString(QDateTime::currentDateTimeUtc().addSecs(3), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                .toLatin1();
        server.setSteps({answer(503, "Retry-After: " + date + "\r\n"), answer(200)});
        QVERIFY(server.listen());
        Recorder rec;
        HttpClient client(options(rec));
        auto response = client.send(get(server.port()));
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(rec.sleeps.size(), 1);
        QVERIFY2(rec.sleeps[0] > 1000 && rec.sleeps[0] <= 3000, qPrintable(QString::number(rec.sleeps[0])));
    }

    void refusedThenUp()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        StubServer server;
        server.setSteps({answer(201, {}, "made")});
        Recorder rec;
        rec.onSleep = [&] { QVERIFY(server.listen(port)); };
        HttpClient client(options(rec));
        HttpRequest r = get(port, "POST");
        r.idempotent = false; // refused: surely never received, so even this goes again
        auto response = client.send(r);
        QVERIFY2(response, response ? "" : qPrintable(response.error().detail));
        QCOMPARE(response->status, 201);
        QCOMPARE(response->body, QByteArray("made"));
        QCOMPARE(server.requests(), 1);
    }

    void refusedGivesUnavailableWithoutQuery()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        Recorder rec;
        HttpClient client(options(rec, 2));
        auto response = client.send(get(port, "GET", QStringLiteral("?sv=1&sig=SECRETSIGNATURE")));
        QVERIFY(!response);
        QCOMPARE(response.error().code, ErrorCode::Unavailable);
        QVERIFY(!response.error().detail.contains(QLatin1String("SECRETSIGNATURE")));
        QCOMPARE(rec.sleeps.size(), 1);
    }

    void timeoutIsRetriedThenUnavailable()
    {
        StubServer server;
        server.setSteps({answer(200, {}, "late", 3000)});
        QVERIFY(server.listen());
        Recorder rec;
        HttpClient::Options o = options(rec, 2);
        o.timeout = 300ms;
        HttpClient client(o);
        auto response = client.send(get(server.port()));
        QVERIFY(!response);
        QCOMPARE(response.error().code, ErrorCode::Unavailable);
        QCOMPARE(server.requests(), 2);
    }

    void signRunsBeforeEachAttempt()
    {
        StubServer server;
        server.setSteps({answer(503), answer(200)});
        QVERIFY(server.listen());
        Recorder rec;
        HttpClient client(options(rec));
        HttpRequest r = get(server.port());
        int signs = 0;
        r.sign = [&signs](HttpRequest &req) { req.setHeader("x-attempt", QByteArray::number(++signs)); };
        auto response = client.send(r);
        QVERIFY(response);
        QCOMPARE(signs, 2);
    }

    void backoffBounds()
    {
        RetryPolicy p;
        p.base = 250ms;
        p.cap = 20000ms;
        for (int attempt = 1; attempt <= 10; ++attempt) {
            const qint64 full = std::min<qint64>(20000, 250LL << (attempt - 1));
            QCOMPARE(HttpClient::backoff(attempt, p, 0.0).count(), full / 2);
            QCOMPARE(HttpClient::backoff(attempt, p, 1.0).count(), full);
            const qint64 mid = HttpClient::backoff(attempt, p, 0.5).count();
            QVERIFY(mid >= full / 2 && mid <= full);
        }
        QCOMPARE(HttpClient::backoff(40, p, 1.0).count(), 20000);
    }

    // The default budget outlasts a service restarted at once, whatever the jitter draws: Azurite took 5.1 s to
    // answer again on this 2-core machine with a CPU hog per core, and a job's requests must ride that out.
    void defaultBudgetOutlastsARestart()
    {
        const RetryPolicy p;
        qint64 shortest = 0;
        qint64 longest = 0;
        for (int attempt = 1; attempt < p.maxAttempts; ++attempt) {
            shortest += HttpClient::backoff(attempt, p, 0.0).count();
            longest += HttpClient::backoff(attempt, p, 1.0).count();
        }
        QCOMPARE(shortest, 7750);
        QCOMPARE(longest, 15500);
        QVERIFY(shortest > 5100 * 3 / 2); // half as long again as the slowest restart seen
    }

    void responseRetryAfter()
    {
        HttpResponse r;
        QVERIFY(!r.retryAfter());
        r.headers = {{"Retry-After", "7"}};
        QCOMPARE(r.retryAfter()->count(), 7000);
        r.headers = {{"retry-after", "7"}, {"X-MS-Retry-After-Ms", "250"}};
        QCOMPARE(r.retryAfter()->count(), 250);
        r.headers = {{"Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"}}; // in the past: no wait
        QCOMPARE(r.retryAfter()->count(), 0);
        r.headers = {{"Retry-After", "soon"}};
        QVERIFY(!r.retryAfter());
    }

    void parallelBound()
    {
        StubServer server;
        server.setSteps({answer(200, {}, "ok", 100)});
        QVERIFY(server.listen());
        Recorder rec;
        HttpClient::Options o = options(rec);
        o.maxParallel = 3;
        HttpClient client(o);
        QThreadPool pool;
        pool.setMaxThreadCount(20);
        QList<QFuture<int>> futures;
        for (int i = 0; i < 20; ++i)
            futures << QtConcurrent::run(&pool, [&client, &server] {
                auto r = client.send(get(server.port()));
                return r ? r->status : -1;
            });
        for (auto &f : futures)
            QCOMPARE(f.result(), 200);
        QCOMPARE(server.requests(), 20);
        QVERIFY2(server.maxInFlight() <= 3, qPrintable(QString::number(server.maxInFlight())));
        QVERIFY(server.maxInFlight() >= 2);
    }

    // A hostile or broken Blob service that hands back the marker it gave before: the listing stops with a format
    // error instead of going round for ever.
    void blobListingThatGoesRound()
    {
        const QByteArray page = "<?xml version=\"1.0\" encoding=\"utf-8\"?><EnumerationResults><Blobs><Blob>"
                                "<Name>a.csv</Name><Properties><Content-Length>1</Content-Length></Properties>"
                                "</Blob></Blobs><NextMarker>again</NextMarker></EnumerationResults>";
        StubServer server;
        server.setSteps({answer(200, "Content-Type: application/xml\r\n", page)});
        QVERIFY(server.listen());
        auto store = blobStoreOn(server);
        QVERIFY2(store, store ? "" : qPrintable(store.error().detail));
        auto listed = (*store)->list();
        QVERIFY(!listed);
        QCOMPARE(listed.error().code, ErrorCode::Format);
        QCOMPARE(server.requests(), 2);
    }

    // A conditional Put Blob whose answer is lost with its connection, after the service applied it: the retry
    // finds the condition no longer met (the blob is now our version). The blob holding exactly our bytes is our
    // own write, committed; any other bytes are a change made meanwhile (Conflict, ObjectChanged).
    void blobWriteRetriedAfterItsAnswerWasLost_data()
    {
        QTest::addColumn<QByteArray>("nowInTheBlob");
        QTest::addColumn<bool>("committed");
        QTest::newRow("our bytes") << QByteArray("sealed object bytes") << true;
        QTest::newRow("someone else's") << QByteArray("another writer's bytes") << false;
    }
    void blobWriteRetriedAfterItsAnswerWasLost()
    {
        QFETCH(QByteArray, nowInTheBlob);
        QFETCH(bool, committed);
        StubServer server;
        server.setSteps({{Step::Drop, {}, 0},
                         answer(412, "x-ms-error-code: ConditionNotMet\r\n", "condition not met"),
                         answer(200, "ETag: \"0x2\"\r\nx-ms-blob-type: BlockBlob\r\n", nowInTheBlob)});
        QVERIFY(server.listen());
        auto store = blobStoreOn(server);
        QVERIFY(store);
        auto writer = (*store)->openWrite(QStringLiteral("obj"), QStringLiteral("\"0x1\""));
        QVERIFY2(writer, writer ? "" : qPrintable(writer.error().detail));
        QCOMPARE((*writer)->device()->write("sealed object bytes"), 19);
        const Status st = (*writer)->commit();
        const QList<QByteArray> seen = server.seen();
        QVERIFY2(seen.size() == 3 && seen.at(0).startsWith("PUT ") && seen.at(1).startsWith("PUT ") &&
                     seen.at(2).startsWith("GET "),
                 seen.join('\n').constData());
        if (committed) {
            QVERIFY2(st, st ? "" : qPrintable(st.error().detail));
        } else {
            QVERIFY(!st);
            QCOMPARE(st.error().code, ErrorCode::Conflict);
        }
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"

// AzureTokenSource against a plain-HTTP stub of the token endpoint (and of one vault route, for the 401 path):
// the cache, the refresh in a token's last 300 s, the challenge's authority check, a refused client, and that
// neither the secret nor a token reaches an error.
#include "ServerThread.h"
#include "TestSupport.h"
#include "keystore/AzureKeyVaultStore.h"

#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QtTest>

using namespace keyward;
using namespace keyward::keystore;

namespace {

const QByteArray Secret = "s3cr3t+/&=value";

// One HTTP/1.1 request per connection; answers and closes. Runs on its own thread, since the client blocks.
class Stub : public QObject
{
public:
    Stub()
    {
        m_thread.start();
        moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_server = new QTcpServer(this);
                connect(m_server, &QTcpServer::newConnection, this, &Stub::accept);
                m_server->listen(QHostAddress::LocalHost, 0);
            },
            Qt::BlockingQueuedConnection);
    }
    ~Stub() override
    {
        QMetaObject::invokeMethod(
            this, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.end();
    }
    QUrl base() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort())); }

    // What the stub does.
    void setChallengeAuthority(const QString &a)
    {
        QMutexLocker l(&m_mutex);
        m_challenge = a;
    }
    void revoke()
    {
        QMutexLocker l(&m_mutex);
        m_valid.clear();
    }
    // What it saw.
    int tokenRequests() const
    {
        QMutexLocker l(&m_mutex);
        return m_issued + m_refused;
    }
    QList<QByteArray> bodies() const
    {
        QMutexLocker l(&m_mutex);
        return m_bodies;
    }
    QList<QByteArray> vaultAuthorizations() const
    {
        QMutexLocker l(&m_mutex);
        return m_vaultAuth;
    }

private:
    void accept()
    {
        while (QTcpSocket *s = m_server->nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                buffer->append(s->readAll());
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QList<QByteArray> lines = buffer->left(end).split('\n');
                qsizetype length = 0;
                QByteArray authorization;
                for (const QByteArray &line : lines) {
                    const qsizetype colon = line.indexOf(':');
                    const QByteArray name = line.left(colon).trimmed().toLower();
                    if (name == "content-length")
                        length = line.mid(colon + 1).trimmed().toLongLong();
                    if (name == "authorization")
                        authorization = line.mid(colon + 1).trimmed();
                }
                if (buffer->size() < end + 4 + length)
                    return;
                const QList<QByteArray> first = lines.first().trimmed().split(' ');
                answer(s, first.value(0), first.value(1), buffer->mid(end + 4, length), authorization);
            });
        }
    }
    void answer(QTcpSocket *s, const QByteArray &method, const QByteArray &path, const QByteArray &body,
                const QByteArray &authorization)
    {
        QMutexLocker l(&m_mutex);
        int status = 200;
        QByteArray out;
        QByteArray extra;
        if (path.endsWith("/oauth2/v2.0/token") && method == "POST") {
            m_bodies << body;
            const QUrlQuery form(QString::fromUtf8(body).replace(QLatin1Char('+'), QLatin1Char(' ')));
            const QByteArray secret = QByteArray::fromPercentEncoding(
                form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyEncoded).toLatin1());
            if (secret != Secret ||
                form.queryItemValue(QStringLiteral("grant_type")) != QLatin1String("client_credentials")) {
                ++m_refused;
                status = 401;
                out = R"({"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret."})";
            } else {
                ++m_issued;
                const QByteArray token = "token-" + QByteArray::number(m_issued);
                m_valid = token;
                out = R"({"token_type":"Bearer","expires_in":)" + QByteArray::number(m_lifetime) +
                      R"(,"access_token":")" + token + "\"}";
            }
        } else if (path.startsWith("/keys/")) {
            m_vaultAuth << authorization;
            if (path.contains("/versions") && !m_valid.isEmpty()) {
                // A page whose next link leads to another host.
                out = R"({"value":[{"kid":"https://myvault.vault.azure.net/keys/CreateSoftKeyTest/)"
                      R"(78deebed173b48e48f55abf87ed4cf71","attributes":{"enabled":true,"created":1}}],)"
                      R"("nextLink":"https://elsewhere.example/keys/CreateSoftKeyTest/versions?api-version=7.2"})";
            } else if (m_valid.isEmpty() || authorization != "Bearer " + m_valid) {
                status = 401;
                extra = "WWW-Authenticate: Bearer authorization=\"" + m_challenge.toUtf8() +
                        "\", resource=\"https://vault.azure.net\"\r\n";
                out = R"({"error":{"code":"Unauthorized","message":"no token"}})";
            } else {
                out = QJsonDocument(test::keyVaultExampleBody(QStringLiteral("GetKey"))).toJson(QJsonDocument::Compact);
            }
        } else {
            status = 404;
        }
        s->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n" + extra +
                 "Content-Length: " + QByteArray::number(out.size()) + "\r\nConnection: close\r\n\r\n" + out);
        s->disconnectFromHost();
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
    }

    test::ServerThread m_thread{QStringLiteral("TokenStub")};
    QTcpServer *m_server = nullptr;
    mutable QMutex m_mutex;
    int m_lifetime = 3599;
    int m_issued = 0;
    int m_refused = 0;
    QByteArray m_valid;
    QString m_challenge;
    QList<QByteArray> m_bodies;
    QList<QByteArray> m_vaultAuth;
};

AzureKeyVaultConfig configFor(const Stub &stub)
{
    AzureKeyVaultConfig c;
    c.vaultUrl = stub.base();
    c.authority = stub.base();
    c.tenant = QStringLiteral("tenant-1");
    c.clientId = QStringLiteral("client-1");
    return c;
}

// GCC 12 warns, wrongly, about RetryPolicy's list of statuses when Options is made inline here.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
net::HttpClient::Options quick()
{
    net::HttpClient::Options o;
    o.retry.maxAttempts = 2;
    o.sleep = [](std::chrono::milliseconds) {};
    o.timeout = std::chrono::milliseconds(10000);
    return o;
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

crypto::SecureBytes secret(const QByteArray &s = Secret)
{
    return crypto::SecureBytes::fromView(s);
}

bool mentions(const Error &e, const QByteArray &what)
{
    const QString w = QString::fromLatin1(what);
    return e.detail.contains(w) || e.args.join(QLatin1Char('\n')).contains(w);
}

} // namespace

class AzureTokenTest : public QObject
{
    Q_OBJECT

private slots:
    void requestIsClientCredentials()
    {
        Stub stub;
        net::HttpClient http(quick());
        ManualClock clock;
        AzureTokenSource source(QStringLiteral("kv1"), configFor(stub), secret(), http, clock);
        auto token = source.token();
        QVERIFY2(token, qPrintable(token ? QString() : token.error().detail));
        QCOMPARE(*token, QByteArray("token-1"));
        QCOMPARE(stub.bodies().size(), 1);
        const QUrlQuery form(QString::fromLatin1(stub.bodies().first()));
        QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("client_credentials"));
        QCOMPARE(form.queryItemValue(QStringLiteral("client_id")), QStringLiteral("client-1"));
        QCOMPARE(form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("https://vault.azure.net/.default"));
        // The secret's '+', '/', '&' and '=' are percent-encoded, so the form cannot be misread.
        QVERIFY(stub.bodies().first().contains("client_secret=s3cr3t%2B%2F%26%3Dvalue"));
    }

    void managedHsmScope()
    {
        Stub stub;
        net::HttpClient http(quick());
        ManualClock clock;
        AzureKeyVaultConfig c = configFor(stub);
        c.flavour = AzureFlavour::ManagedHsm;
        AzureTokenSource source(QStringLiteral("hsm1"), c, secret(), http, clock);
        QVERIFY(source.token());
        QCOMPARE(QUrlQuery(QString::fromLatin1(stub.bodies().first()))
                     .queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("https://managedhsm.azure.net/.default"));
    }

    void cacheHit()
    {
        Stub stub;
        net::HttpClient http(quick());
        ManualClock clock;
        AzureTokenSource source(QStringLiteral("kv1"), configFor(stub), secret(), http, clock);
        QVERIFY(source.token());
        clock.advance(3000); // 599 s left: still more than 300
        auto again = source.token();
        QVERIFY(again);
        QCOMPARE(*again, QByteArray("token-1"));
        QCOMPARE(stub.tokenRequests(), 1);
        QCOMPARE(source.requestsMade(), 1);
    }

    void refreshUnder300s()
    {
        Stub stub;
        net::HttpClient http(quick());
        ManualClock clock;
        AzureTokenSource source(QStringLiteral("kv1"), configFor(stub), secret(), http, clock);
        QVERIFY(source.token());
        clock.advance(3599 - 299); // 299 s left
        auto fresh = source.token();
        QVERIFY(fresh);
        QCOMPARE(*fresh, QByteArray("token-2"));
        QCOMPARE(stub.tokenRequests(), 2);
        auto forced = source.token(true);
        QVERIFY(forced);
        QCOMPARE(*forced, QByteArray("token-3"));
    }

    void challengeRefreshOnce()
    {
        // Through the store: the vault revokes the token; the 401's challenge names the configured authority, so
        // one new token is asked for and the request goes again once.
        Stub stub;
        const AzureKeyVaultConfig c = configFor(stub);
        stub.setChallengeAuthority(c.authority.toString() + QStringLiteral("/tenant-1"));
        ManualClock clock;
        auto store = AzureKeyVaultStore::open(QStringLiteral("kv1"), c, secret(), clock, quick());
        QVERIFY(store);
        QVERIFY((*store)->keyVersion(QStringLiteral("CreateSoftKeyTest"),
                                     QStringLiteral("78deebed173b48e48f55abf87ed4cf71")));
        QCOMPARE((*store)->tokenRequests(), 1);
        stub.revoke();
        auto info = (*store)->keyVersion(QStringLiteral("CreateSoftKeyTest"),
                                         QStringLiteral("78deebed173b48e48f55abf87ed4cf71"));
        QVERIFY2(info, qPrintable(info ? QString() : info.error().detail));
        QCOMPARE((*store)->tokenRequests(), 2);
        const auto seen = stub.vaultAuthorizations();
        QCOMPARE(seen.size(), 3);
        QCOMPARE(seen.at(0), QByteArray("Bearer token-1")); // the first request already carries a token
        QCOMPARE(seen.at(1), QByteArray("Bearer token-1"));
        QCOMPARE(seen.at(2), QByteArray("Bearer token-2"));
    }

    void authorityMismatchRefused()
    {
        Stub stub;
        const AzureKeyVaultConfig c = configFor(stub);
        stub.setChallengeAuthority(QStringLiteral("https://login.evil.example/tenant-1"));
        ManualClock clock;
        auto store = AzureKeyVaultStore::open(QStringLiteral("kv1"), c, secret(), clock, quick());
        QVERIFY(store);
        QVERIFY((*store)->keyVersion(QStringLiteral("CreateSoftKeyTest")));
        stub.revoke();
        auto info = (*store)->keyVersion(QStringLiteral("CreateSoftKeyTest"));
        QVERIFY(!info);
        QCOMPARE(info.error().code, ErrorCode::Forbidden);
        QCOMPARE(info.error().reason, Reason::ChallengeAuthorityMismatch);
        QCOMPARE(info.error().args.value(2), QStringLiteral("https://login.evil.example/tenant-1"));
        QCOMPARE((*store)->tokenRequests(), 1); // nothing more was sent anywhere
        QCOMPARE(stub.tokenRequests(), 1);

        // The source alone: a matching challenge (any case, a trailing slash) drops the token; another refuses.
        net::HttpClient http(quick());
        AzureTokenSource source(QStringLiteral("kv1"), c, secret(), http, clock);
        QVERIFY(source.token());
        QVERIFY(source.onChallenge("Bearer authorization=\"" + c.authority.toString().toLatin1() +
                                   "/TENANT-1/\", resource=\"https://vault.azure.net\""));
        QVERIFY(source.token());
        QCOMPARE(source.requestsMade(), 2);
        auto refused =
            source.onChallenge("Bearer authorization=\"" + c.authority.toString().toLatin1() + "/other-tenant\"");
        QVERIFY(!refused);
        QCOMPARE(refused.error().reason, Reason::ChallengeAuthorityMismatch);
    }

    void nextLinkToAnotherHostRefused()
    {
        // The bearer token goes to the vault only: a next page elsewhere is not followed.
        Stub stub;
        ManualClock clock;
        auto store = AzureKeyVaultStore::open(QStringLiteral("kv1"), configFor(stub), secret(), clock, quick());
        QVERIFY(store);
        auto versions = (*store)->listVersions(QStringLiteral("CreateSoftKeyTest"));
        QVERIFY(!versions);
        QCOMPARE(versions.error().code, ErrorCode::Format);
        QVERIFY(versions.error().detail.contains(QStringLiteral("elsewhere.example")));
        QCOMPARE(stub.vaultAuthorizations().size(), 1);
    }

    void invalidClient()
    {
        Stub stub;
        net::HttpClient http(quick());
        ManualClock clock;
        const QByteArray wrong = "wr0ng-secret-value";
        AzureTokenSource source(QStringLiteral("kv1"), configFor(stub), secret(wrong), http, clock);
        auto token = source.token();
        QVERIFY(!token);
        QCOMPARE(token.error().code, ErrorCode::Forbidden);
        QCOMPARE(token.error().reason, Reason::AzureAuthFailed);
        QCOMPARE(token.error().args.value(0), QStringLiteral("kv1"));
        QCOMPARE(token.error().args.value(2), QStringLiteral("invalid_client"));
        QVERIFY(!mentions(token.error(), wrong));
    }

    void secretNotInErrors()
    {
        // Every failure the source and the store can give: none names the secret or a token.
        Stub stub;
        ManualClock clock;
        AzureKeyVaultConfig c = configFor(stub);
        stub.setChallengeAuthority(QStringLiteral("https://elsewhere.example/t"));
        auto store = AzureKeyVaultStore::open(QStringLiteral("kv1"), c, secret(), clock, quick());
        QVERIFY(store);
        QVERIFY((*store)->keyVersion(QStringLiteral("CreateSoftKeyTest")));
        stub.revoke();
        auto mismatch = (*store)->keyVersion(QStringLiteral("CreateSoftKeyTest"));
        QVERIFY(!mismatch);
        QVERIFY(!mentions(mismatch.error(), Secret));
        QVERIFY(!mentions(mismatch.error(), "token-1"));
        QVERIFY(!mentions(mismatch.error(), QByteArray(Secret).toPercentEncoding()));

        // A token endpoint that does not answer.
        AzureKeyVaultConfig gone = c;
        gone.authority = QUrl(QStringLiteral("http://127.0.0.1:1"));
        net::HttpClient http(quick());
        AzureTokenSource source(QStringLiteral("kv1"), gone, secret(), http, clock);
        auto down = source.token();
        QVERIFY(!down);
        QCOMPARE(down.error().code, ErrorCode::Unavailable);
        QVERIFY(!mentions(down.error(), Secret));
        QVERIFY(!mentions(down.error(), QByteArray(Secret).toPercentEncoding()));

        // A store opened without a secret is refused before anything is sent.
        auto none = AzureKeyVaultStore::open(QStringLiteral("kv1"), c, crypto::SecureBytes(), clock, quick());
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::Key);
    }
};

QTEST_GUILESS_MAIN(AzureTokenTest)
#include "tst_azuretoken.moc"

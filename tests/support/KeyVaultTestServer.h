// KeyVaultTestServer: an Azure Key Vault / Managed HSM data plane for tests, since no real one is reachable. HTTPS
// on 127.0.0.1 (a free port) with its own test CA (TestCa), served from its own thread, so blocking clients (the
// store's HttpClient) and node (Microsoft's @azure/keyvault-keys) can both talk to it.
//
// What it does, as the Key Vault REST API (api-version 2025-07-01, the shapes of ../shared/fixtures/keyvault):
// - a token endpoint, POST /<tenant>/oauth2/v2.0/token (client credentials form; the authority is baseUrl());
// - the 401 challenge: no or another bearer token gets `WWW-Authenticate: Bearer authorization="<baseUrl>/<tenant>",
//   resource="<resource>"`;
// - keys: create, get (/keys/{n}, /keys/{n}/ and /keys/{n}/{v}), list and versions with paging (maxresults,
//   $skiptoken, absolute nextLink), update (PATCH), rotate, rotation policy get/put, wrapkey/unwrapkey, delete,
//   deleted keys list/get, recover, purge; real RSA keys (OpenSSL EVP) with RSA-OAEP-256 (SHA-256 and MGF1-SHA-256),
//   RSA-OAEP and RSA1_5, and on Managed HSM oct-HSM keys with CKM_AES_KEY_WRAP_PAD (RFC 5649) / CKM_AES_KEY_WRAP;
// - errors as `{"error":{"code","message","innererror":{"code"}}}`; private key material is never sent;
// - faults on demand (throttle, 500, slow, dropped connection, 401), and keys disabled, expired or deleted behind the
//   client's back.
//
// HTTP/1.1 with keep-alive; request bodies with Content-Length or chunked; every answer but 204 has Content-Length.
// Versions are listed oldest first. A create or rotate hit by a ServerError fault is carried out before the 500 is
// sent (the answer was lost, the version exists), so a client that blindly retries makes two versions.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <optional>

namespace keyward::test {

class KeyVaultTestServer
{
public:
    enum class Flavour
    {
        KeyVault,
        ManagedHsm
    };
    struct Options
    {
        Flavour flavour = Flavour::KeyVault;
        QString dir; // the test CA and the server certificate go here (a temp dir of the test; servers may share it)
        QString tenant = QStringLiteral("test-tenant");
        QString clientId = QStringLiteral("test-client");
        QByteArray clientSecret = "test-secret";
        QByteArray token = "test-token";
        int tokenLifetimeSeconds = 3600;
        QString recoveryLevel = QStringLiteral("Recoverable+Purgeable"); // as the fixtures
        std::optional<int> recoverableDays;                              // sent only when set
        quint16 port = 0;                                                // listen on this port (0: any free one)
    };

    explicit KeyVaultTestServer(Options o);
    ~KeyVaultTestServer();
    KeyVaultTestServer(const KeyVaultTestServer &) = delete;
    KeyVaultTestServer &operator=(const KeyVaultTestServer &) = delete;

    // Makes the test CA in Options::dir and listens on 127.0.0.1 (Options::port) in its own thread. false (with a
    // warning) when openssl, TLS or the listen fails.
    bool start();
    QUrl baseUrl() const;       // https://127.0.0.1:<port>; also the authority
    QString caFile() const;     // the test CA (PEM)
    QSslCertificate ca() const; // the same, loaded
    QString resource() const;   // https://vault.azure.net | https://managedhsm.azure.net
    QString scope() const;      // resource() + "/.default": the only scope the token endpoint accepts
    QUrl tokenUrl() const;      // baseUrl()/<tenant>/oauth2/v2.0/token
    // The vault becomes unreachable: the server stops listening (connections are refused) and cuts every open
    // connection. comeBack() listens again on the same port, with the same keys; false when the port was taken.
    void goAway();
    bool comeBack();

    struct Fault
    {
        enum class Kind
        {
            Throttle,       // 429 Throttled with Retry-After: retryAfterSeconds
            ServerError,    // 500 InternalServerError
            Slow,           // the request is carried out at once; its answer waits delayMs
            DropConnection, // the connection is closed without an answer
            Unauthorized,   // 401 with the challenge, even for the right token
        } kind;
        // create|get|list|versions|update|rotate|policy|wrapkey|unwrapkey|delete|deleted|recover|purge|token;
        // "*" is every operation except token.
        QString operation = QStringLiteral("*");
        int times = 1;
        int retryAfterSeconds = 1;
        int delayMs = 0;
    };
    void inject(const Fault &f); // faults apply in the order injected, each `times` times
    void clearFaults();

    // Behind the client's back (empty version: the latest).
    void setEnabled(const QString &name, const QString &version, bool on);
    void setExpires(const QString &name, const QString &version, const QDateTime &at);
    void deleteBehindBack(const QString &name);
    void setRecoveryLevel(const QString &level, std::optional<int> days);
    QStringList versions(const QString &name) const; // oldest first; empty when there is no such key

    struct Seen
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QByteArray authorization; // the header as sent
        QJsonObject body;         // JSON bodies; the token form without client_secret
        int status = 0;           // 0: the connection was dropped
    };
    QList<Seen> requests() const;
    void clearRequests();
    int tokenRequests() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace keyward::test

// The Key Vault test server, driven with a plain QNetworkAccessManager (not Keyward's client): its answers have the
// official examples' field sets, its errors and challenge are shaped as Key Vault's, it needs its own CA, its crypto
// is real RSA-OAEP-256 and RFC 5649, it never sends private key material, and each fault does what it says.
#include "KeyVaultTestServer.h"
#include "TestSupport.h"
#include "crypto/RsaKey.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;
using keyward::test::KeyVaultTestServer;

namespace {

const QByteArray kApi = "2025-07-01";

struct Resp
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
};

// The recursive set of key paths of a JSON value, arrays collapsed to "[]".
void keyPaths(const QJsonValue &v, const QString &prefix, QSet<QString> &out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString p = prefix + QLatin1Char('/') + it.key();
            out.insert(p);
            keyPaths(it.value(), p, out);
        }
    } else if (v.isArray()) {
        for (const auto &e : v.toArray())
            keyPaths(e, prefix + QStringLiteral("[]"), out);
    }
}

QStringList keyPaths(const QJsonObject &o)
{
    QSet<QString> s;
    keyPaths(o, QString(), s);
    QStringList l(s.begin(), s.end());
    l.sort();
    return l;
}

// DER SubjectPublicKeyInfo of an RSA key from its JWK n and e (written here, not by the server's code).
QByteArray derLength(qsizetype n)
{
    if (n < 0x80)
        return QByteArray(1, char(n));
    QByteArray b;
    while (n > 0) {
        b.prepend(char(n & 0xff));
        n >>= 8;
    }
    return char(0x80 | b.size()) + b;
}
QByteArray der(char tag, const QByteArray &content)
{
    return tag + derLength(content.size()) + content;
}
QByteArray derInteger(QByteArray bytes)
{
    if (!bytes.isEmpty() && (uchar(bytes[0]) & 0x80))
        bytes.prepend('\0');
    return der(0x02, bytes);
}
QByteArray spkiFromJwk(const QByteArray &n, const QByteArray &e)
{
    const QByteArray rsaKey = der(0x30, derInteger(n) + derInteger(e));
    const QByteArray algo = der(0x30, QByteArray::fromHex("06092a864886f70d010101") + QByteArray::fromHex("0500"));
    return der(0x30, algo + der(0x03, QByteArray(1, '\0') + rsaKey));
}

QByteArray unb64url(const QString &s)
{
    return QByteArray::fromBase64(s.toLatin1(), QByteArray::Base64UrlEncoding);
}

} // namespace

class TestKeyVaultServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QNetworkAccessManager m_nam;

    std::unique_ptr<KeyVaultTestServer>
    server(KeyVaultTestServer::Flavour flavour = KeyVaultTestServer::Flavour::KeyVault)
    {
        KeyVaultTestServer::Options o;
        o.flavour = flavour;
        o.dir = m_tmp.filePath(QStringLiteral("ca")); // one CA for every server of this test
        auto s = std::make_unique<KeyVaultTestServer>(o);
        if (!s->start())
            return nullptr;
        return s;
    }

    Resp send(KeyVaultTestServer &s, const QByteArray &method, const QString &pathAndQuery,
              const QJsonObject &body = {}, const QByteArray &auth = "Bearer test-token", bool trust = true)
    {
        const QUrl url = pathAndQuery.startsWith(QLatin1String("https://"))
                             ? QUrl(pathAndQuery)
                             : QUrl(s.baseUrl().toString() + pathAndQuery);
        QByteArray data = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
        return sendRaw(s, method, url, data, "application/json", auth, trust);
    }

    Resp sendRaw(KeyVaultTestServer &s, const QByteArray &method, const QUrl &url, const QByteArray &data,
                 const QByteArray &contentType, const QByteArray &auth, bool trust)
    {
        QNetworkRequest req(url);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (trust)
            tls.addCaCertificate(s.ca());
        req.setSslConfiguration(tls);
        if (!auth.isEmpty())
            req.setRawHeader("Authorization", auth);
        if (!data.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        req.setTransferTimeout(20000);
        QNetworkReply *reply = m_nam.sendCustomRequest(req, method, data);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Resp r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        r.json = QJsonDocument::fromJson(r.body).object();
        r.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return r;
    }

    static QString api(const QString &path)
    {
        return path + (path.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?")) +
               QStringLiteral("api-version=") + QString::fromLatin1(kApi);
    }

    Resp createKey(KeyVaultTestServer &s, const QString &name, QJsonObject body = {})
    {
        if (body.isEmpty())
            body = QJsonObject{{QStringLiteral("kty"), QStringLiteral("RSA")}, {QStringLiteral("key_size"), 2048}};
        return send(s, "POST", api(QStringLiteral("/keys/%1/create").arg(name)), body);
    }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void fieldSet_data()
    {
        QTest::addColumn<QString>("fixture");
        for (const char *f : {"CreateKey", "GetKey", "GetKeys", "GetKeyVersions", "RotateKey", "GetKeyRotationPolicy",
                              "UpdateKeyRotationPolicy", "wrapKey", "unwrapKey", "DeleteKey", "GetDeletedKey"})
            QTest::newRow((QByteArray("field-set/") + f).constData()) << QString::fromLatin1(f);
    }
    // Each fixture's own request replayed (key name, body, tags with the trailing-space name); the answer has the
    // same recursive set of key paths as the fixture's 200 body.
    void fieldSet()
    {
        QFETCH(QString, fixture);
        const QJsonObject fx =
            test::loadJsonObject(test::sharedPath(QStringLiteral("fixtures/keyvault/%1-example.json").arg(fixture)));
        const QJsonObject params = fx.value(QStringLiteral("parameters")).toObject();
        const QString name = params.value(QStringLiteral("key-name")).toString();
        const QJsonObject expected = test::keyVaultExampleBody(fixture);
        QVERIFY(!expected.isEmpty());
        auto s = server();
        QVERIFY(s);
        const QJsonObject createBody =
            test::loadJsonObject(test::sharedPath(QStringLiteral("fixtures/keyvault/CreateKey-example.json")))
                .value(QStringLiteral("parameters"))
                .toObject()
                .value(QStringLiteral("parameters"))
                .toObject();
        QVERIFY(createBody.value(QStringLiteral("tags")).toObject().contains(QStringLiteral("test name ")));
        Resp r;
        if (fixture == QLatin1String("CreateKey")) {
            r = createKey(*s, name, params.value(QStringLiteral("parameters")).toObject());
        } else if (fixture == QLatin1String("GetKey")) {
            const Resp c = createKey(*s, name, createBody);
            QCOMPARE(c.status, 200);
            r = send(*s, "GET", api(QStringLiteral("/keys/%1/%2").arg(name, s->versions(name).last())));
        } else if (fixture == QLatin1String("GetKeys")) {
            QCOMPARE(createKey(*s, QStringLiteral("sdktestkey")).status, 200);
            QCOMPARE(createKey(*s, QStringLiteral("sdktestkey2")).status, 200);
            r = send(
                *s, "GET",
                api(QStringLiteral("/keys?maxresults=%1").arg(params.value(QStringLiteral("maxresults")).toInt())));
        } else if (fixture == QLatin1String("GetKeyVersions")) {
            QCOMPARE(createKey(*s, name).status, 200);
            QCOMPARE(createKey(*s, name).status, 200);
            r = send(*s, "GET",
                     api(QStringLiteral("/keys/%1/versions?maxresults=%2")
                             .arg(name)
                             .arg(params.value(QStringLiteral("maxresults")).toInt())));
        } else if (fixture == QLatin1String("RotateKey")) {
            QCOMPARE(createKey(*s, name, createBody).status, 200);
            r = send(*s, "POST", api(QStringLiteral("/keys/%1/rotate").arg(name)));
            QCOMPARE(s->versions(name).size(), 2);
        } else if (fixture == QLatin1String("GetKeyRotationPolicy") ||
                   fixture == QLatin1String("UpdateKeyRotationPolicy")) {
            QCOMPARE(createKey(*s, name).status, 200);
            const QJsonObject policy =
                test::loadJsonObject(
                    test::sharedPath(QStringLiteral("fixtures/keyvault/UpdateKeyRotationPolicy-example.json")))
                    .value(QStringLiteral("parameters"))
                    .toObject()
                    .value(QStringLiteral("keyRotationPolicy"))
                    .toObject();
            r = send(*s, "PUT", api(QStringLiteral("/keys/%1/rotationpolicy").arg(name)), policy);
            if (fixture == QLatin1String("GetKeyRotationPolicy")) {
                QCOMPARE(r.status, 200);
                r = send(*s, "GET", api(QStringLiteral("/keys/%1/rotationpolicy").arg(name)));
            }
            QCOMPARE(r.json.value(QStringLiteral("lifetimeActions")),
                     expected.value(QStringLiteral("lifetimeActions")));
            QCOMPARE(r.json.value(QStringLiteral("id")).toString(),
                     QStringLiteral("%1/keys/%2/rotationpolicy").arg(s->baseUrl().toString(), name));
        } else if (fixture == QLatin1String("wrapKey")) {
            QCOMPARE(createKey(*s, name).status, 200);
            r = send(*s, "POST", api(QStringLiteral("/keys/%1/%2/wrapkey").arg(name, s->versions(name).last())),
                     params.value(QStringLiteral("parameters")).toObject());
            QCOMPARE(unb64url(r.json.value(QStringLiteral("value")).toString()).size(), 256);
        } else if (fixture == QLatin1String("unwrapKey")) {
            // The fixture's ciphertext belongs to another key: wrap the fixture's answer here with its algorithm first.
            QCOMPARE(createKey(*s, name).status, 200);
            const QString v = s->versions(name).last();
            const QJsonObject unwrapBody = params.value(QStringLiteral("parameters")).toObject();
            const Resp w = send(*s, "POST", api(QStringLiteral("/keys/%1/%2/wrapkey").arg(name, v)),
                                QJsonObject{{QStringLiteral("alg"), unwrapBody.value(QStringLiteral("alg"))},
                                            {QStringLiteral("value"), expected.value(QStringLiteral("value"))}});
            QCOMPARE(w.status, 200);
            r = send(*s, "POST", api(QStringLiteral("/keys/%1/%2/unwrapkey").arg(name, v)),
                     QJsonObject{{QStringLiteral("alg"), unwrapBody.value(QStringLiteral("alg"))},
                                 {QStringLiteral("value"), w.json.value(QStringLiteral("value"))}});
            QCOMPARE(r.json.value(QStringLiteral("value")).toString(),
                     expected.value(QStringLiteral("value")).toString());
        } else if (fixture == QLatin1String("DeleteKey") || fixture == QLatin1String("GetDeletedKey")) {
            QCOMPARE(createKey(*s, name, createBody).status, 200);
            r = send(*s, "DELETE", api(QStringLiteral("/keys/%1").arg(name)));
            if (fixture == QLatin1String("GetDeletedKey")) {
                QCOMPARE(r.status, 200);
                r = send(*s, "GET", api(QStringLiteral("/deletedkeys/%1").arg(name)));
            }
            const qint64 purgeIn = r.json.value(QStringLiteral("scheduledPurgeDate")).toInteger() -
                                   r.json.value(QStringLiteral("deletedDate")).toInteger();
            QCOMPARE(purgeIn, expected.value(QStringLiteral("scheduledPurgeDate")).toInteger() -
                                  expected.value(QStringLiteral("deletedDate")).toInteger());
        }
        QCOMPARE(r.status, 200);
        QCOMPARE(keyPaths(r.json), keyPaths(expected));
        if (r.json.contains(QStringLiteral("tags")))
            QCOMPARE(r.json.value(QStringLiteral("tags")).toObject(),
                     createBody.value(QStringLiteral("tags")).toObject());
    }

    void errorShape()
    {
        auto s = server();
        QVERIFY(s);
        Resp r = send(*s, "GET", api(QStringLiteral("/keys/missing/")));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("KeyNotFound"));
        QVERIFY(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).isString());
        QCOMPARE(keyPaths(r.json), (QStringList{QStringLiteral("/error"), QStringLiteral("/error/code"),
                                                QStringLiteral("/error/message")}));

        QCOMPARE(createKey(*s, QStringLiteral("k1")).status, 200);
        QCOMPARE(send(*s, "DELETE", api(QStringLiteral("/keys/k1"))).status, 200);
        r = createKey(*s, QStringLiteral("k1"));
        QCOMPARE(r.status, 409);
        const QJsonObject e = r.json.value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("Conflict"));
        QCOMPARE(e.value(QStringLiteral("innererror")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("ObjectIsDeletedButRecoverable"));

        r = send(*s, "GET", QStringLiteral("/keys?api-version=1999-01-01"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("BadParameter"));
        r = send(*s, "GET", QStringLiteral("/keys"));
        QCOMPARE(r.status, 400);

        // Disabled: wrap is refused with innererror KeyDisabled; purge protection: 403 on purge.
        QCOMPARE(createKey(*s, QStringLiteral("k2")).status, 200);
        s->setEnabled(QStringLiteral("k2"), {}, false);
        r = send(*s, "POST", api(QStringLiteral("/keys/k2//wrapkey")),
                 QJsonObject{{QStringLiteral("alg"), QStringLiteral("RSA-OAEP-256")},
                             {QStringLiteral("value"), QStringLiteral("AAAA")}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("innererror"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("KeyDisabled"));
        s->setRecoveryLevel(QStringLiteral("Recoverable"), std::nullopt);
        r = send(*s, "DELETE", api(QStringLiteral("/deletedkeys/k1")));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("Forbidden"));
        s->setRecoveryLevel(QStringLiteral("Recoverable+Purgeable"), std::nullopt);
        QCOMPARE(send(*s, "DELETE", api(QStringLiteral("/deletedkeys/k1"))).status, 204);
        QCOMPARE(send(*s, "DELETE", api(QStringLiteral("/deletedkeys/k1"))).status, 404);
        QCOMPARE(createKey(*s, QStringLiteral("k1")).status, 200);
    }

    void challengeHeader()
    {
        auto s = server();
        QVERIFY(s);
        const QByteArray expected =
            QStringLiteral("Bearer authorization=\"%1/test-tenant\", resource=\"https://vault.azure.net\"")
                .arg(s->baseUrl().toString())
                .toUtf8();
        for (const QByteArray &auth : {QByteArray(), QByteArray("Bearer other-token")}) {
            const Resp r = send(*s, "GET", api(QStringLiteral("/keys")), {}, auth);
            QCOMPARE(r.status, 401);
            QCOMPARE(r.header("WWW-Authenticate"), expected);
            QCOMPARE(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                     QStringLiteral("Unauthorized"));
        }
        QCOMPARE(send(*s, "GET", api(QStringLiteral("/keys"))).status, 200);
        const auto seen = s->requests();
        QCOMPARE(seen.size(), 3);
        QVERIFY(seen[0].authorization.isEmpty());
        QCOMPARE(seen[1].authorization, QByteArray("Bearer other-token"));
        QCOMPARE(seen[2].status, 200);

        auto hsm = server(KeyVaultTestServer::Flavour::ManagedHsm);
        QVERIFY(hsm);
        QVERIFY(send(*hsm, "GET", api(QStringLiteral("/keys")), {}, {})
                    .header("WWW-Authenticate")
                    .endsWith("resource=\"https://managedhsm.azure.net\""));
    }

    void tokenEndpoint()
    {
        auto s = server();
        QVERIFY(s);
        auto form = [&](const QByteArray &secret, const QString &scope) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
            q.addQueryItem(QStringLiteral("client_id"), QStringLiteral("test-client"));
            q.addQueryItem(QStringLiteral("client_secret"), QString::fromUtf8(secret));
            q.addQueryItem(QStringLiteral("scope"), scope);
            return sendRaw(*s, "POST", s->tokenUrl(), q.toString(QUrl::FullyEncoded).toUtf8(),
                           "application/x-www-form-urlencoded", {}, true);
        };
        Resp r = form("test-secret", QStringLiteral("https://vault.azure.net/.default"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("access_token")).toString(), QStringLiteral("test-token"));
        QCOMPARE(r.json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(r.json.value(QStringLiteral("expires_in")).toInt(), 3600);
        r = form("wrong-secret", QStringLiteral("https://vault.azure.net/.default"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
        r = form("test-secret", QStringLiteral("https://managedhsm.azure.net/.default"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_scope"));
        QCOMPARE(s->tokenRequests(), 3);
        for (const auto &seen : s->requests()) {
            QCOMPARE(seen.path, QStringLiteral("/test-tenant/oauth2/v2.0/token"));
            QCOMPARE(seen.body.value(QStringLiteral("client_id")).toString(), QStringLiteral("test-client"));
            QVERIFY(!QJsonDocument(seen.body).toJson().contains("secret"));
        }
    }

    void tlsNeedsTestCa()
    {
        auto s = server();
        QVERIFY(s);
        const Resp r = send(*s, "GET", api(QStringLiteral("/keys")), {}, "Bearer test-token", false);
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(r.status, 0);
        // A new connection (the access manager keeps the refused one's TLS settings per host) with the CA works.
        m_nam.clearConnectionCache();
        QCOMPARE(send(*s, "GET", api(QStringLiteral("/keys"))).status, 200);
        // The certificate names 127.0.0.1 and localhost.
        QUrl local = s->baseUrl();
        local.setHost(QStringLiteral("localhost"));
        QCOMPARE(send(*s, "GET", api(local.toString() + QStringLiteral("/keys"))).status, 200);
    }

    // A ciphertext made here with RSA-OAEP-256 from the JWK's n and e is unwrapped by the server; SHA-1 OAEP
    // does not unwrap it.
    void wrapIsRealOaep256()
    {
        auto s = server();
        QVERIFY(s);
        const Resp c = createKey(*s, QStringLiteral("oaep"));
        QCOMPARE(c.status, 200);
        const QJsonObject jwk = c.json.value(QStringLiteral("key")).toObject();
        auto pub = crypto::RsaPublicKey::fromSpkiDer(spkiFromJwk(unb64url(jwk.value(QStringLiteral("n")).toString()),
                                                                 unb64url(jwk.value(QStringLiteral("e")).toString())));
        QVERIFY(pub);
        QCOMPARE(pub->bits(), 2048);
        const QByteArray dek = QByteArray::fromHex("a2f40895b0740e05a1640eec8243f16e0f47f8bcbe5653463d2806aeb66f948a");
        auto ct = pub->encryptOaepSha256(dek);
        QVERIFY(ct);
        const QString kid = jwk.value(QStringLiteral("kid")).toString();
        QVERIFY(kid.startsWith(s->baseUrl().toString() + QStringLiteral("/keys/oaep/")));
        QCOMPARE(kid.section(QLatin1Char('/'), -1).size(), 32);
        const QString path = api(QStringLiteral("/keys/oaep/%1/unwrapkey").arg(kid.section(QLatin1Char('/'), -1)));
        const QString value =
            QString::fromLatin1(ct->toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        Resp r = send(
            *s, "POST", path,
            QJsonObject{{QStringLiteral("alg"), QStringLiteral("RSA-OAEP-256")}, {QStringLiteral("value"), value}});
        QCOMPARE(r.status, 200);
        QCOMPARE(unb64url(r.json.value(QStringLiteral("value")).toString()), dek);
        QCOMPARE(r.json.value(QStringLiteral("kid")).toString(), kid);
        r = send(*s, "POST", path,
                 QJsonObject{{QStringLiteral("alg"), QStringLiteral("RSA-OAEP")}, {QStringLiteral("value"), value}});
        QCOMPARE(r.status, 400);
        // The server's own wrap round-trips, and two wraps differ (OAEP is randomised).
        const QJsonObject wrapBody{
            {QStringLiteral("alg"), QStringLiteral("RSA-OAEP-256")},
            {QStringLiteral("value"), QString::fromLatin1(dek.toBase64(QByteArray::Base64UrlEncoding))}};
        const Resp w1 = send(*s, "POST", api(QStringLiteral("/keys/oaep/wrapkey")), wrapBody);
        const Resp w2 = send(*s, "POST", api(QStringLiteral("/keys/oaep/wrapkey")), wrapBody);
        QCOMPARE(w1.status, 200);
        QVERIFY(w1.json.value(QStringLiteral("value")) != w2.json.value(QStringLiteral("value")));
        r = send(*s, "POST", path,
                 QJsonObject{{QStringLiteral("alg"), QStringLiteral("RSA-OAEP-256")},
                             {QStringLiteral("value"), w1.json.value(QStringLiteral("value"))}});
        QCOMPARE(unb64url(r.json.value(QStringLiteral("value")).toString()), dek);
    }

    void octWrapRfc5649()
    {
        auto vault = server();
        QVERIFY(vault);
        const QJsonObject octBody{{QStringLiteral("kty"), QStringLiteral("oct-HSM")},
                                  {QStringLiteral("key_size"), 256}};
        QCOMPARE(createKey(*vault, QStringLiteral("aes"), octBody).status, 400);
        auto s = server(KeyVaultTestServer::Flavour::ManagedHsm);
        QVERIFY(s);
        const Resp c = createKey(*s, QStringLiteral("aes"), octBody);
        QCOMPARE(c.status, 200);
        QCOMPARE(keyPaths(c.json.value(QStringLiteral("key")).toObject()),
                 (QStringList{QStringLiteral("/key_ops"), QStringLiteral("/kid"), QStringLiteral("/kty")}));
        QCOMPARE(c.json.value(QStringLiteral("key")).toObject().value(QStringLiteral("kty")).toString(),
                 QStringLiteral("oct-HSM"));
        for (int len : {32, 20}) {
            const QByteArray dek = QByteArray(len, '\x5a');
            const Resp w = send(*s, "POST", api(QStringLiteral("/keys/aes/wrapkey")),
                                QJsonObject{{QStringLiteral("alg"), QStringLiteral("CKM_AES_KEY_WRAP_PAD")},
                                            {QStringLiteral("value"),
                                             QString::fromLatin1(dek.toBase64(QByteArray::Base64UrlEncoding |
                                                                              QByteArray::OmitTrailingEquals))}});
            QCOMPARE(w.status, 200);
            // RFC 5649: 8 bytes of integrity block plus the key padded to a multiple of 8.
            QCOMPARE(unb64url(w.json.value(QStringLiteral("value")).toString()).size(), 8 + (len + 7) / 8 * 8);
            const Resp u = send(*s, "POST", api(QStringLiteral("/keys/aes/unwrapkey")),
                                QJsonObject{{QStringLiteral("alg"), QStringLiteral("CKM_AES_KEY_WRAP_PAD")},
                                            {QStringLiteral("value"), w.json.value(QStringLiteral("value"))}});
            QCOMPARE(u.status, 200);
            QCOMPARE(unb64url(u.json.value(QStringLiteral("value")).toString()), dek);
        }
        // RFC 3394 refuses a 20-byte key; an RSA algorithm does not fit an AES key.
        QCOMPARE(send(*s, "POST", api(QStringLiteral("/keys/aes/wrapkey")),
                      QJsonObject{{QStringLiteral("alg"), QStringLiteral("CKM_AES_KEY_WRAP")},
                                  {QStringLiteral("value"),
                                   QString::fromLatin1(QByteArray(20, 'x').toBase64(QByteArray::Base64UrlEncoding))}})
                     .status,
                 400);
        QCOMPARE(send(*s, "POST", api(QStringLiteral("/keys/aes/wrapkey")),
                      QJsonObject{{QStringLiteral("alg"), QStringLiteral("RSA-OAEP-256")},
                                  {QStringLiteral("value"), QStringLiteral("AAAA")}})
                     .status,
                 400);
        // On a Managed HSM an RSA key is an HSM key.
        QCOMPARE(createKey(*s, QStringLiteral("rsa"))
                     .json.value(QStringLiteral("key"))
                     .toObject()
                     .value(QStringLiteral("kty"))
                     .toString(),
                 QStringLiteral("RSA-HSM"));
    }

    void noPrivateFields()
    {
        auto s = server(KeyVaultTestServer::Flavour::ManagedHsm);
        QVERIFY(s);
        QList<Resp> all;
        all << createKey(*s, QStringLiteral("r"))
            << createKey(*s, QStringLiteral("a"), QJsonObject{{QStringLiteral("kty"), QStringLiteral("oct-HSM")}});
        all << send(*s, "GET", api(QStringLiteral("/keys/r"))) << send(*s, "GET", api(QStringLiteral("/keys/a/")));
        all << send(*s, "POST", api(QStringLiteral("/keys/r/rotate"))) << send(*s, "GET", api(QStringLiteral("/keys")));
        all << send(*s, "GET", api(QStringLiteral("/keys/r/versions")))
            << send(*s, "PATCH", api(QStringLiteral("/keys/r/")),
                    QJsonObject{{QStringLiteral("attributes"), QJsonObject{{QStringLiteral("enabled"), false}}}});
        all << send(*s, "DELETE", api(QStringLiteral("/keys/r")))
            << send(*s, "GET", api(QStringLiteral("/deletedkeys")));
        all << send(*s, "DELETE", api(QStringLiteral("/keys/a")))
            << send(*s, "POST", api(QStringLiteral("/deletedkeys/a/recover")));
        const QSet<QString> privateNames{QStringLiteral("d"),  QStringLiteral("p"),  QStringLiteral("q"),
                                         QStringLiteral("dp"), QStringLiteral("dq"), QStringLiteral("qi"),
                                         QStringLiteral("k")};
        for (const Resp &r : all) {
            QCOMPARE(r.status, 200);
            for (const QString &p : keyPaths(r.json))
                QVERIFY2(!privateNames.contains(p.section(QLatin1Char('/'), -1)), qPrintable(p));
        }
    }

    void faults()
    {
        using Kind = KeyVaultTestServer::Fault::Kind;
        auto s = server();
        QVERIFY(s);
        QCOMPARE(createKey(*s, QStringLiteral("f")).status, 200);
        const QString get = api(QStringLiteral("/keys/f/"));

        s->inject({Kind::Throttle, QStringLiteral("get"), 1, 7, 0});
        Resp r = send(*s, "GET", get);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("7"));
        QCOMPARE(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("Throttled"));
        QCOMPARE(send(*s, "GET", get).status, 200);

        s->inject({Kind::ServerError, QStringLiteral("*"), 2, 1, 0});
        QCOMPARE(send(*s, "GET", get).status, 500);
        QCOMPARE(send(*s, "GET", api(QStringLiteral("/keys"))).status, 500);
        QCOMPARE(send(*s, "GET", get).status, 200);

        // A create hit by a 500 was carried out: the answer was lost, not the version.
        s->inject({Kind::ServerError, QStringLiteral("create"), 1, 1, 0});
        QCOMPARE(createKey(*s, QStringLiteral("f")).status, 500);
        QCOMPARE(s->versions(QStringLiteral("f")).size(), 2);

        s->inject({Kind::Slow, QStringLiteral("get"), 1, 1, 800});
        QElapsedTimer t;
        t.start();
        QCOMPARE(send(*s, "GET", get).status, 200);
        QVERIFY(t.elapsed() >= 750);

        // The access manager sends a request again (twice, in Qt 6.4) when a kept-alive connection closes: drop
        // them all.
        s->inject({Kind::DropConnection, QStringLiteral("get"), 6, 1, 0});
        r = send(*s, "GET", get);
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        QCOMPARE(s->requests().last().status, 0);
        s->clearFaults();
        QCOMPARE(send(*s, "GET", get).status, 200);

        s->inject({Kind::Unauthorized, QStringLiteral("wrapkey"), 1, 1, 0});
        r = send(*s, "POST", api(QStringLiteral("/keys/f/wrapkey")),
                 QJsonObject{{QStringLiteral("alg"), QStringLiteral("RSA-OAEP-256")},
                             {QStringLiteral("value"), QStringLiteral("AAAA")}});
        QCOMPARE(r.status, 401);
        QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer authorization="));
        QCOMPARE(send(*s, "POST", api(QStringLiteral("/keys/f/wrapkey")),
                      QJsonObject{{QStringLiteral("alg"), QStringLiteral("RSA-OAEP-256")},
                                  {QStringLiteral("value"), QStringLiteral("AAAA")}})
                     .status,
                 200);

        // "*" leaves the token endpoint alone; clearFaults drops what is left.
        s->inject({Kind::ServerError, QStringLiteral("*"), 5, 1, 0});
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        q.addQueryItem(QStringLiteral("client_id"), QStringLiteral("test-client"));
        q.addQueryItem(QStringLiteral("client_secret"), QStringLiteral("test-secret"));
        q.addQueryItem(QStringLiteral("scope"), s->scope());
        QCOMPARE(sendRaw(*s, "POST", s->tokenUrl(), q.toString(QUrl::FullyEncoded).toUtf8(),
                         "application/x-www-form-urlencoded", {}, true)
                     .status,
                 200);
        s->clearFaults();
        QCOMPARE(send(*s, "GET", get).status, 200);

        // Behind the client's back: expired (wrap refused, unwrap allowed), deleted.
        s->setExpires(QStringLiteral("f"), {}, QDateTime::currentDateTimeUtc().addSecs(-60));
        QCOMPARE(send(*s, "POST", api(QStringLiteral("/keys/f/wrapkey")),
                      QJsonObject{{QStringLiteral("alg"), QStringLiteral("RSA-OAEP-256")},
                                  {QStringLiteral("value"), QStringLiteral("AAAA")}})
                     .status,
                 403);
        QVERIFY(
            send(*s, "GET", get).json.value(QStringLiteral("attributes")).toObject().contains(QStringLiteral("exp")));
        s->deleteBehindBack(QStringLiteral("f"));
        QCOMPARE(send(*s, "GET", get).status, 404);
        QCOMPARE(send(*s, "GET", api(QStringLiteral("/deletedkeys/f"))).status, 200);
    }

    // nextLink is an absolute URL on the server; following it as given walks every version once, oldest first.
    void pagingNextLinkAbsolute()
    {
        auto s = server();
        QVERIFY(s);
        QCOMPARE(createKey(*s, QStringLiteral("pg")).status, 200);
        QCOMPARE(send(*s, "POST", api(QStringLiteral("/keys/pg/rotate"))).status, 200);
        QCOMPARE(send(*s, "POST", api(QStringLiteral("/keys/pg/rotate"))).status, 200);
        QStringList seen;
        QString next = api(QStringLiteral("/keys/pg/versions?maxresults=1"));
        int pages = 0;
        while (!next.isEmpty() && pages < 10) {
            const Resp r = send(*s, "GET", next);
            QCOMPARE(r.status, 200);
            ++pages;
            for (const auto &v : r.json.value(QStringLiteral("value")).toArray())
                seen << v.toObject().value(QStringLiteral("kid")).toString().section(QLatin1Char('/'), -1);
            next = r.json.value(QStringLiteral("nextLink")).toString();
            if (!next.isEmpty()) {
                QVERIFY2(next.startsWith(s->baseUrl().toString() + QStringLiteral("/keys/pg/versions?")),
                         qPrintable(next));
                QVERIFY(next.contains(QStringLiteral("api-version=2025-07-01")));
            }
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen, s->versions(QStringLiteral("pg")));
        QCOMPARE(send(*s, "GET", api(QStringLiteral("/keys?maxresults=0"))).status, 400);
        QCOMPARE(send(*s, "GET", api(QStringLiteral("/keys?maxresults=26"))).status, 400);
    }

    // Update: enable/disable and expiry; exp null clears it.
    void updateAttributes()
    {
        auto s = server();
        QVERIFY(s);
        QCOMPARE(createKey(*s, QStringLiteral("u")).status, 200);
        const QString v = s->versions(QStringLiteral("u")).last();
        Resp r =
            send(*s, "PATCH", api(QStringLiteral("/keys/u/%1").arg(v)),
                 QJsonObject{{QStringLiteral("attributes"), QJsonObject{{QStringLiteral("enabled"), false},
                                                                        {QStringLiteral("exp"), qint64(4102444800)}}}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("enabled")).toBool(),
                 false);
        QCOMPARE(r.json.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("exp")).toInteger(),
                 qint64(4102444800));
        r = send(*s, "PATCH", api(QStringLiteral("/keys/u/%1").arg(v)),
                 QJsonObject{{QStringLiteral("attributes"), QJsonObject{{QStringLiteral("enabled"), true},
                                                                        {QStringLiteral("exp"), QJsonValue::Null}}}});
        QCOMPARE(r.json.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("enabled")).toBool(), true);
        QVERIFY(!r.json.value(QStringLiteral("attributes")).toObject().contains(QStringLiteral("exp")));
        QCOMPARE(send(*s, "GET", api(QStringLiteral("/keys/u/0123456789abcdef0123456789abcdef"))).status, 404);
    }

    // The hand-written HTTP/1.1: a chunked request body, then a second request on the same (kept-alive) connection.
    void rawHttpChunkedKeepAlive()
    {
        auto s = server();
        QVERIFY(s);
        QSslSocket sock;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificate(s->ca());
        sock.setSslConfiguration(tls);
        sock.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(s->baseUrl().port()));
        QVERIFY2(sock.waitForEncrypted(20000), qPrintable(sock.errorString()));
        auto readAnswer = [&sock]() -> QByteArray {
            QByteArray buf;
            for (int i = 0; i < 200; ++i) {
                const qsizetype end = buf.indexOf("\r\n\r\n");
                if (end >= 0) {
                    const qsizetype at = buf.toLower().indexOf("content-length:");
                    const qsizetype lineEnd = buf.indexOf("\r\n", at);
                    const qsizetype len = at < 0 ? 0 : buf.mid(at + 15, lineEnd - at - 15).trimmed().toLongLong();
                    if (buf.size() >= end + 4 + len)
                        return buf;
                }
                if (!sock.waitForReadyRead(200) && sock.state() != QAbstractSocket::ConnectedState)
                    break;
                buf += sock.readAll();
            }
            return buf;
        };
        const QByteArray body = R"({"kty":"RSA","key_size":2048})";
        QByteArray req = "POST /keys/chunk/create?api-version=2025-07-01 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         "Authorization: Bearer test-token\r\nContent-Type: application/json\r\n"
                         "Transfer-Encoding: chunked\r\n\r\n";
        req += QByteArray::number(10, 16) + "\r\n" + body.left(10) + "\r\n";
        req += QByteArray::number(body.size() - 10, 16) + "\r\n" + body.mid(10) + "\r\n0\r\n\r\n";
        sock.write(req);
        const QByteArray first = readAnswer();
        QVERIFY2(first.startsWith("HTTP/1.1 200 "), first.constData());
        QCOMPARE(s->versions(QStringLiteral("chunk")).size(), 1);
        sock.write("GET /keys/chunk/?api-version=2025-07-01 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                   "Authorization: Bearer test-token\r\n\r\n");
        const QByteArray second = readAnswer();
        QVERIFY2(second.startsWith("HTTP/1.1 200 "), second.constData());
        QVERIFY(second.contains(s->versions(QStringLiteral("chunk")).first().toLatin1()));
        QCOMPARE(sock.state(), QAbstractSocket::ConnectedState);
    }
};

QTEST_GUILESS_MAIN(TestKeyVaultServer)
#include "tst_keyvaultserver.moc"

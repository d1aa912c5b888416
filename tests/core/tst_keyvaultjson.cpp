// The Key Vault JSON layer against Microsoft's official REST examples (../shared/fixtures/keyvault): every
// response body parses into the model, the create body has the example request's fields, recoveryLevel gives the
// protection, and each error row of the mapping gives its code and reason.
#include "TestSupport.h"
#include "keystore/AzureKeyVaultStore.h"
#include "keystore/StoreRegistry.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyward;
using namespace keyward::keystore;

namespace {

QJsonObject fixture(const QString &name)
{
    return test::loadJsonObject(test::sharedPath(QStringLiteral("fixtures/keyvault/%1-example.json").arg(name)));
}

QJsonObject responseBody(const QString &name)
{
    return test::keyVaultExampleBody(name);
}

QSet<QString> keyPaths(const QJsonObject &o, const QString &prefix = {})
{
    QSet<QString> out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        out.insert(path);
        if (it.value().isObject())
            out.unite(keyPaths(it.value().toObject(), path));
    }
    return out;
}

net::HttpResponse errorResponse(int status, const QString &code, const QString &inner = {},
                                const QByteArray &retryAfter = {})
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), QStringLiteral("words")}};
    if (!inner.isEmpty())
        error.insert(QStringLiteral("innererror"), QJsonObject{{QStringLiteral("code"), inner}});
    net::HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson();
    if (!retryAfter.isEmpty())
        r.headers.append({"Retry-After", retryAfter});
    return r;
}

} // namespace

class KeyVaultJsonTest : public QObject
{
    Q_OBJECT

private slots:
    void defaultApiVersionIsTheFixtures()
    {
        const QJsonObject keys = test::loadJsonObject(test::sharedPath(QStringLiteral("fixtures/keyvault/keys.json")));
        QCOMPARE(AzureKeyVaultConfig::defaultApiVersion(),
                 keys.value(QStringLiteral("info")).toObject().value(QStringLiteral("version")).toString());
        QCOMPARE(AzureKeyVaultConfig().apiVersion, QStringLiteral("2025-07-01"));
    }

    void keyBundles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("CreateKey") << QStringLiteral("CreateKey");
        QTest::newRow("GetKey") << QStringLiteral("GetKey");
        QTest::newRow("RotateKey") << QStringLiteral("RotateKey");
    }
    void keyBundles()
    {
        QFETCH(QString, name);
        auto info = keyVersionFromBundle(responseBody(name));
        QVERIFY2(info, qPrintable(info ? QString() : info.error().detail));
        QCOMPARE(info->id, QStringLiteral("https://myvault.vault.azure.net/keys/CreateSoftKeyTest/"
                                          "78deebed173b48e48f55abf87ed4cf71"));
        QCOMPARE(info->name, QStringLiteral("CreateSoftKeyTest"));
        QCOMPARE(info->version, QStringLiteral("78deebed173b48e48f55abf87ed4cf71"));
        QCOMPARE(info->kind, KeyKind::Rsa);
        QCOMPARE(info->bits, 2048);
        QVERIFY(!info->hsmBacked);
        QVERIFY(info->enabled);
        QCOMPARE(info->created, QDateTime::fromSecsSinceEpoch(1493942451, Qt::UTC));
        QCOMPARE(info->updated, QDateTime::fromSecsSinceEpoch(1493942451, Qt::UTC));
        QVERIFY(!info->expires);
        QVERIFY(!info->notBefore);
        QCOMPARE(info->operations,
                 (QStringList{QStringLiteral("encrypt"), QStringLiteral("decrypt"), QStringLiteral("sign"),
                              QStringLiteral("verify"), QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")}));
        QCOMPARE(info->recoveryLevel, QStringLiteral("Recoverable+Purgeable"));
        QVERIFY(!info->recoverableDays);
    }

    void bundleHsmExpiryAndDays()
    {
        QJsonObject b = responseBody(QStringLiteral("GetKey"));
        QJsonObject key = b.value(QStringLiteral("key")).toObject();
        key.insert(QStringLiteral("kty"), QStringLiteral("RSA-HSM"));
        // A modulus with a leading zero byte still counts its bits from the first non-zero byte.
        auto n = decodeJwkBase64(key.value(QStringLiteral("n")).toString());
        QVERIFY(n);
        key.insert(QStringLiteral("n"), QString::fromLatin1(("\0" + *n).toBase64(QByteArray::Base64UrlEncoding |
                                                                                 QByteArray::OmitTrailingEquals)));
        b.insert(QStringLiteral("key"), key);
        QJsonObject attributes = b.value(QStringLiteral("attributes")).toObject();
        attributes.insert(QStringLiteral("exp"), 1800000000);
        attributes.insert(QStringLiteral("nbf"), 1500000000);
        attributes.insert(QStringLiteral("enabled"), false);
        attributes.insert(QStringLiteral("recoveryLevel"), QStringLiteral("CustomizedRecoverable"));
        attributes.insert(QStringLiteral("recoverableDays"), 30);
        b.insert(QStringLiteral("attributes"), attributes);
        auto info = keyVersionFromBundle(b);
        QVERIFY(info);
        QVERIFY(info->hsmBacked);
        QCOMPARE(info->bits, 2048);
        QVERIFY(!info->enabled);
        QCOMPARE(*info->expires, QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC));
        QCOMPARE(*info->notBefore, QDateTime::fromSecsSinceEpoch(1500000000, Qt::UTC));
        QCOMPARE(info->recoverableDays, std::optional<int>(30));

        QJsonObject oct{{QStringLiteral("key"),
                         QJsonObject{{QStringLiteral("kid"), QStringLiteral("https://h.managedhsm.azure.net/keys/k/"
                                                                            "0123456789abcdef0123456789abcdef")},
                                     {QStringLiteral("kty"), QStringLiteral("oct-HSM")},
                                     {QStringLiteral("key_ops"), QJsonArray{QStringLiteral("wrapKey")}}}}};
        auto aes = keyVersionFromBundle(oct);
        QVERIFY(aes);
        QCOMPARE(aes->kind, KeyKind::Aes);
        QCOMPARE(aes->bits, 256);
        QVERIFY(aes->hsmBacked);

        QJsonObject ec{
            {QStringLiteral("key"), QJsonObject{{QStringLiteral("kid"), QStringLiteral("https://v/keys/e/1")},
                                                {QStringLiteral("kty"), QStringLiteral("EC")}}}};
        QCOMPARE(keyVersionFromBundle(ec).error().code, ErrorCode::Unsupported);
        QJsonObject bad{{QStringLiteral("kid"), QStringLiteral("not a key id")}};
        QCOMPARE(keyVersionFromBundle(bad).error().code, ErrorCode::Format);
    }

    void listItems_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("version");
        QTest::newRow("GetKeys") << QStringLiteral("GetKeys") << QStringLiteral("sdktestkey") << QString();
        QTest::newRow("GetKeyVersions") << QStringLiteral("GetKeyVersions") << QStringLiteral("listkeyversionstest")
                                        << QStringLiteral("7c9dc6775d0e4177827c4f98f482fc12");
    }
    void listItems()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QFETCH(QString, version);
        const QJsonObject body = responseBody(name);
        const QJsonArray value = body.value(QStringLiteral("value")).toArray();
        QCOMPARE(value.size(), 1);
        auto info = keyVersionFromBundle(value.first().toObject());
        QVERIFY2(info, qPrintable(info ? QString() : info.error().detail));
        QCOMPARE(info->name, key);
        QCOMPARE(info->version, version); // a GetKeys item's kid is unversioned
        QCOMPARE(info->recoveryLevel, QStringLiteral("Recoverable+Purgeable"));
        QVERIFY(info->created.isValid());
        // The next page is an absolute URL on the vault, with its own api-version, to be used as given.
        const QUrl next(body.value(QStringLiteral("nextLink")).toString());
        QCOMPARE(next.host(), QStringLiteral("myvault.vault.azure.net"));
        QVERIFY(next.query().contains(QStringLiteral("api-version=7.2")));
    }

    void deletedBundles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("DeleteKey") << QStringLiteral("DeleteKey");
        QTest::newRow("GetDeletedKey") << QStringLiteral("GetDeletedKey");
    }
    void deletedBundles()
    {
        QFETCH(QString, name);
        auto d = deletedKeyFromBundle(responseBody(name));
        QVERIFY(d);
        QCOMPARE(d->name, QStringLiteral("CreateSoftKeyTest"));
        QCOMPARE(d->recoveryId, QStringLiteral("https://myvault.vault.azure.net/deletedkeys/CreateSoftKeyTest"));
        QCOMPARE(d->deletedOn, QDateTime::fromSecsSinceEpoch(1493942452, Qt::UTC));
        QCOMPARE(d->deletedOn.daysTo(d->scheduledPurge), 90);
        QCOMPARE(d->latest.bits, 2048);
    }

    void rotationPolicyRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("GetKeyRotationPolicy") << QStringLiteral("GetKeyRotationPolicy");
        QTest::newRow("UpdateKeyRotationPolicy") << QStringLiteral("UpdateKeyRotationPolicy");
    }
    void rotationPolicyRoundTrip()
    {
        QFETCH(QString, name);
        auto policy = RotationPolicy::fromKeyVaultJson(responseBody(name));
        QVERIFY(policy);
        QCOMPARE(policy->rotateAfterCreate->toString(), QStringLiteral("P90D"));
        QCOMPARE(policy->notifyBeforeExpiry->toString(), QStringLiteral("P30D"));
        QCOMPARE(policy->expiryTime->toString(), QStringLiteral("P2Y"));
        auto again = RotationPolicy::fromKeyVaultJson(policy->toKeyVaultJson());
        QVERIFY(again);
        QVERIFY(*again == *policy);
        if (name == QLatin1String("UpdateKeyRotationPolicy")) {
            // What Keyward would PUT has the request's fields.
            const QJsonObject request = fixture(name)
                                            .value(QStringLiteral("parameters"))
                                            .toObject()
                                            .value(QStringLiteral("keyRotationPolicy"))
                                            .toObject();
            QJsonObject put = policy->toKeyVaultJson();
            QJsonObject attributes = put.value(QStringLiteral("attributes")).toObject();
            attributes.remove(QStringLiteral("updated"));
            put.insert(QStringLiteral("attributes"), attributes);
            QCOMPARE(put, request);
        }
    }

    void wrapValues()
    {
        // The wrapKey example's answer uses the standard alphabet (a quirk); the others base64url.
        auto wrapped =
            decodeJwkBase64(responseBody(QStringLiteral("wrapKey")).value(QStringLiteral("value")).toString());
        QVERIFY(wrapped);
        QCOMPARE(wrapped->size(), 256);
        auto unwrapped =
            decodeJwkBase64(responseBody(QStringLiteral("unwrapKey")).value(QStringLiteral("value")).toString());
        QVERIFY(unwrapped);
        QCOMPARE(unwrapped->size(), 32);
        const QString input = fixture(QStringLiteral("wrapKey"))
                                  .value(QStringLiteral("parameters"))
                                  .toObject()
                                  .value(QStringLiteral("parameters"))
                                  .toObject()
                                  .value(QStringLiteral("value"))
                                  .toString();
        QCOMPARE(*decodeJwkBase64(input), *unwrapped);
        QVERIFY(!decodeJwkBase64(QStringLiteral("ab-c+d"))); // both alphabets at once
        QVERIFY(!decodeJwkBase64(QStringLiteral("ab$c")));   // not base64 at all
        QCOMPARE(*decodeJwkBase64(QStringLiteral("AQAB")), QByteArray("\x01\x00\x01", 3));
    }

    void createBody_data()
    {
        QTest::addColumn<int>("flavour");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("bits");
        QTest::addColumn<QString>("kty");
        QTest::newRow("vault-rsa-2048") << int(AzureFlavour::KeyVault) << int(KeyKind::Rsa) << 2048 << "RSA";
        QTest::newRow("hsm-rsa-3072") << int(AzureFlavour::ManagedHsm) << int(KeyKind::Rsa) << 3072 << "RSA-HSM";
        QTest::newRow("hsm-oct-256") << int(AzureFlavour::ManagedHsm) << int(KeyKind::Aes) << 256 << "oct-HSM";
    }
    void createBody()
    {
        QFETCH(int, flavour);
        QFETCH(int, kind);
        QFETCH(int, bits);
        QFETCH(QString, kty);
        CreateKeyRequest request(QStringLiteral("k1"), KeyKind(kind), bits);
        request.operations = {QStringLiteral("encrypt"), QStringLiteral("decrypt"), QStringLiteral("sign"),
                              QStringLiteral("verify"),  QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")};
        const QJsonObject body = createKeyBody(request, AzureFlavour(flavour));
        QJsonObject example = fixture(QStringLiteral("CreateKey"))
                                  .value(QStringLiteral("parameters"))
                                  .toObject()
                                  .value(QStringLiteral("parameters"))
                                  .toObject();
        example.remove(QStringLiteral("tags"));
        QCOMPARE(keyPaths(body), keyPaths(example));
        QCOMPARE(body.value(QStringLiteral("kty")).toString(), kty);
        QCOMPARE(body.value(QStringLiteral("key_size")).toInt(), bits);
        if (kind == int(KeyKind::Rsa) && flavour == int(AzureFlavour::KeyVault)) // the example's request itself
            QCOMPARE(body, example);

        request.expires = QDateTime::fromSecsSinceEpoch(1900000000, Qt::UTC);
        const QJsonObject withExpiry = createKeyBody(request, AzureFlavour(flavour));
        QCOMPARE(withExpiry.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("exp")).toInteger(),
                 1900000000);
    }

    void protection_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<int>("days"); // -1: none given
        QTest::addColumn<bool>("softDelete");
        QTest::addColumn<bool>("purgeProtection");
        QTest::addColumn<int>("retention");
        QTest::newRow("Purgeable") << "Purgeable" << -1 << false << false << 0;
        QTest::newRow("Recoverable+Purgeable") << "Recoverable+Purgeable" << -1 << true << false << 90;
        QTest::newRow("Recoverable") << "Recoverable" << -1 << true << true << 90;
        QTest::newRow("Recoverable+ProtectedSubscription")
            << "Recoverable+ProtectedSubscription" << -1 << true << true << 90;
        QTest::newRow("CustomizedRecoverable+Purgeable")
            << "CustomizedRecoverable+Purgeable" << 7 << true << false << 7;
        QTest::newRow("CustomizedRecoverable") << "CustomizedRecoverable" << 89 << true << true << 89;
        QTest::newRow("CustomizedRecoverable+ProtectedSubscription")
            << "CustomizedRecoverable+ProtectedSubscription" << 30 << true << true << 30;
        QTest::newRow("Recoverable-days-given") << "Recoverable" << 90 << true << true << 90;
    }
    void protection()
    {
        QFETCH(QString, level);
        QFETCH(int, days);
        QFETCH(bool, softDelete);
        QFETCH(bool, purgeProtection);
        QFETCH(int, retention);
        const Protection p = protectionFromRecoveryLevel(level, days < 0 ? std::nullopt : std::optional<int>(days));
        QCOMPARE(p.softDelete, softDelete);
        QCOMPARE(p.purgeProtection, purgeProtection);
        QCOMPARE(p.retentionDays, retention);
    }

    void errors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("inner");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("expectCode");
        QTest::addColumn<int>("expectReason");
        QTest::newRow("401") << 401 << "Unauthorized"
                             << ""
                             << "get" << int(ErrorCode::Forbidden) << int(Reason::AzureAuthFailed);
        QTest::newRow("403-access-denied") << 403 << "Forbidden"
                                           << "AccessDenied"
                                           << "wrapKey" << int(ErrorCode::Forbidden) << int(Reason::AzureAccessDenied);
        QTest::newRow("403-rbac") << 403 << "Forbidden"
                                  << "ForbiddenByRbac"
                                  << "unwrapKey" << int(ErrorCode::Forbidden) << int(Reason::AzureAccessDenied);
        QTest::newRow("403-disabled") << 403 << "Forbidden"
                                      << "KeyDisabled"
                                      << "wrapKey" << int(ErrorCode::KeyDisabled) << int(Reason::None);
        QTest::newRow("404-key") << 404 << "KeyNotFound"
                                 << ""
                                 << "get" << int(ErrorCode::NotFound) << int(Reason::KeyNotFound);
        QTest::newRow("404-purge") << 404 << "KeyNotFound"
                                   << ""
                                   << "purge" << int(ErrorCode::Conflict) << int(Reason::None);
        QTest::newRow("404-recover") << 404 << "KeyNotFound"
                                     << ""
                                     << "recover" << int(ErrorCode::NotFound) << int(Reason::None);
        QTest::newRow("409-conflict") << 409 << "Conflict"
                                      << "ObjectIsDeletedButRecoverable"
                                      << "create" << int(ErrorCode::Conflict) << int(Reason::KeyNameHeldByDeleted);
        QTest::newRow("429") << 429 << "Throttled"
                             << ""
                             << "wrapKey" << int(ErrorCode::Unavailable) << int(Reason::StoreThrottled);
        QTest::newRow("500") << 500 << "InternalServerError"
                             << ""
                             << "get" << int(ErrorCode::Unavailable) << int(Reason::AzureRequestFailed);
        QTest::newRow("503") << 503 << "ServiceUnavailable"
                             << ""
                             << "get" << int(ErrorCode::Unavailable) << int(Reason::AzureRequestFailed);
        QTest::newRow("400") << 400 << "BadParameter"
                             << ""
                             << "create" << int(ErrorCode::InvalidArgument) << int(Reason::AzureRequestFailed);
    }
    void errors()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, inner);
        QFETCH(QString, operation);
        QFETCH(int, expectCode);
        QFETCH(int, expectReason);
        const Error e = errorFromResponse(QStringLiteral("kv1"), errorResponse(status, code, inner, "7"), operation,
                                          QStringLiteral("k1"));
        QCOMPARE(int(e.code), expectCode);
        QCOMPARE(int(e.reason), expectReason);
        QCOMPARE(e.args.value(0, QStringLiteral("kv1")), QStringLiteral("kv1"));
        if (e.reason == Reason::StoreThrottled)
            QCOMPARE(e.args.value(1), QStringLiteral("7"));
        if (e.reason == Reason::AzureAccessDenied)
            QCOMPARE(e.args, (QStringList{QStringLiteral("kv1"), operation, QStringLiteral("k1")}));
        if (e.reason == Reason::AzureRequestFailed)
            QCOMPARE(e.args.value(1), QString::number(status));
    }

    void errorWithoutJsonBody()
    {
        net::HttpResponse r;
        r.status = 502;
        r.body = "<html>bad gateway</html>";
        const Error e = errorFromResponse(QStringLiteral("kv1"), r, QStringLiteral("get"), QStringLiteral("k1"));
        QCOMPARE(e.code, ErrorCode::Unavailable);
        QCOMPARE(e.reason, Reason::AzureRequestFailed);
    }

    void registryKinds_data()
    {
        QTest::addColumn<int>("flavour");
        QTest::newRow("azure-keyvault") << int(AzureFlavour::KeyVault);
        QTest::newRow("managed-hsm") << int(AzureFlavour::ManagedHsm);
    }
    void registryKinds()
    {
        QFETCH(int, flavour);
        StoreConfig c;
        c.name = QStringLiteral("az1");
        c.id = QStringLiteral("0d8e6f4e-1111-4222-8333-444455556666");
        c.kind = AzureKeyVaultConfig::kindName(AzureFlavour(flavour));
        c.azure.flavour = AzureFlavour(flavour);
        c.azure.vaultUrl = QUrl(QStringLiteral("https://contoso.vault.azure.net"));
        c.azure.tenant = QStringLiteral("contoso.onmicrosoft.com");
        c.azure.clientId = QStringLiteral("00000000-aaaa-bbbb-cccc-000000000000");
        c.azure.scope = QStringLiteral("https://example.test/.default");
        c.azure.caFile = QStringLiteral("/etc/keyward/private-endpoint-ca.pem");
        const QJsonObject json = c.toJson();
        QCOMPARE(json.value(QStringLiteral("kind")).toString(), c.kind);
        QCOMPARE(json.value(QStringLiteral("vault_url")).toString(), QStringLiteral("https://contoso.vault.azure.net"));
        QVERIFY(!json.contains(QStringLiteral("module")));
        auto back = StoreConfig::fromJson(json);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().detail));
        QCOMPARE(back->azure.flavour, AzureFlavour(flavour));
        QCOMPARE(back->azure.vaultUrl, c.azure.vaultUrl);
        QCOMPARE(back->azure.tenant, c.azure.tenant);
        QCOMPARE(back->azure.clientId, c.azure.clientId);
        QCOMPARE(back->azure.scope, c.azure.scope);
        QCOMPARE(back->azure.caFile, c.azure.caFile);
        QCOMPARE(back->azure.apiVersion, QStringLiteral("2025-07-01"));
        QCOMPARE(back->azure.authority, QUrl(QStringLiteral("https://login.microsoftonline.com")));

        QJsonObject broken = json;
        broken.insert(QStringLiteral("vault_url"), QStringLiteral("http://contoso.vault.azure.net"));
        QCOMPARE(StoreConfig::fromJson(broken).error().code, ErrorCode::Format);

        // Opening it needs the client secret from the keychain: without it, a Key error naming the entry.
        QTemporaryDir dir;
        StoreRegistry registry(dir.path());
        StoreConfig plain = c;
        plain.azure.caFile.clear();
        QVERIFY(registry.add(plain));
        secrets::MemorySecretStore secrets;
        auto missing = registry.open(QStringLiteral("az1"), secrets, nullptr);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::Key);
        QVERIFY(missing.error().detail.contains(AzureKeyVaultConfig::secretName(c.id)));
        QVERIFY(secrets.write(AzureKeyVaultConfig::secretName(c.id), crypto::SecureBytes::fromView("s")));
        auto opened = registry.open(QStringLiteral("az1"), secrets, nullptr); // nothing is sent on open
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().detail));
        QCOMPARE((*opened)->properties().kind, c.kind);
        QCOMPARE((*opened)->properties().hsmBacked, AzureFlavour(flavour) == AzureFlavour::ManagedHsm);
        // A CA file that holds no certificate is refused at open.
        StoreConfig withCa = c;
        withCa.name = QStringLiteral("az2");
        withCa.id = QStringLiteral("0d8e6f4e-1111-4222-8333-444455556667");
        QVERIFY(registry.add(withCa));
        QVERIFY(secrets.write(AzureKeyVaultConfig::secretName(withCa.id), crypto::SecureBytes::fromView("s")));
        QCOMPARE(registry.open(QStringLiteral("az2"), secrets, nullptr).error().code, ErrorCode::InvalidArgument);
        // A keychain that does not answer is said as such, not as a missing secret.
        secrets.failWith(ErrorCode::Locked);
        QCOMPARE(registry.open(QStringLiteral("az1"), secrets, nullptr).error().code, ErrorCode::Locked);
    }

    void challenge_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("authority");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("scope");
        QTest::newRow("authorization") << QByteArray("Bearer authorization=\"https://login.example/tenant\", "
                                                     "resource=\"https://vault.azure.net\"")
                                       << true << "https://login.example/tenant"
                                       << "https://vault.azure.net"
                                       << "";
        QTest::newRow("authorization_uri")
            << QByteArray("Bearer authorization_uri=\"https://login.microsoftonline.com/t1/\", "
                          "resource=\"https://managedhsm.azure.net\"")
            << true << "https://login.microsoftonline.com/t1"
            << "https://managedhsm.azure.net"
            << "";
        QTest::newRow("scope") << QByteArray("Bearer authorization=\"https://login.example/t\", "
                                             "scope=\"https://vault.azure.net/.default\"")
                               << true << "https://login.example/t"
                               << ""
                               << "https://vault.azure.net/.default";
        QTest::newRow("extra-spaces") << QByteArray("  bearer   authorization = \"https://a.example/t\" ,  "
                                                    "resource=\"r\"  ")
                                      << true << "https://a.example/t"
                                      << "r"
                                      << "";
        QTest::newRow("unquoted") << QByteArray("Bearer authorization=https://a.example/t,resource=r") << true
                                  << "https://a.example/t"
                                  << "r"
                                  << "";
        QTest::newRow("garbage") << QByteArray("garbage") << false << ""
                                 << ""
                                 << "";
        QTest::newRow("basic") << QByteArray("Basic realm=\"x\"") << false << ""
                               << ""
                               << "";
        QTest::newRow("no-authority") << QByteArray("Bearer resource=\"r\"") << false << ""
                                      << ""
                                      << "";
        QTest::newRow("unterminated") << QByteArray("Bearer authorization=\"https://a.example/t") << false << ""
                                      << ""
                                      << "";
        QTest::newRow("empty") << QByteArray() << false << ""
                               << ""
                               << "";
    }
    void challenge()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, ok);
        QFETCH(QString, authority);
        QFETCH(QString, resource);
        QFETCH(QString, scope);
        const auto c = AzureChallenge::parse(header);
        QCOMPARE(bool(c), ok);
        if (!c)
            return;
        QCOMPARE(c->authority, authority);
        QCOMPARE(c->resource, resource);
        QCOMPARE(c->scope, scope);
    }
};

QTEST_GUILESS_MAIN(KeyVaultJsonTest)
#include "tst_keyvaultjson.moc"

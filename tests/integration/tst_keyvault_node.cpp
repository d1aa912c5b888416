// Microsoft's own Key Vault client (@azure/keyvault-keys from npm, run by node) against the Key Vault test server, and
// across with Keyward's AzureKeyVaultStore: a server only Keyward's client understood would prove nothing.
#include "KeyVaultTestServer.h"
#include "NodeScript.h"
#include "keystore/AzureKeyVaultStore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;
using keyward::test::KeyVaultTestServer;

namespace {

QString b64url(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray unb64url(const QString &text)
{
    return QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding);
}

} // namespace

class TestKeyVaultNode : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    std::unique_ptr<KeyVaultTestServer>
    server(KeyVaultTestServer::Flavour flavour = KeyVaultTestServer::Flavour::KeyVault)
    {
        KeyVaultTestServer::Options o;
        o.flavour = flavour;
        o.dir = m_tmp.filePath(QStringLiteral("ca"));
        auto s = std::make_unique<KeyVaultTestServer>(o);
        if (!s->start())
            return nullptr;
        return s;
    }

    // keyvault-crosscheck.mjs COMMAND ARGS against `s`; the JSON it prints (empty, with a failure, when it failed).
    QJsonObject node(KeyVaultTestServer &s, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NODE_EXTRA_CA_CERTS"), s.caFile());
        env.insert(QStringLiteral("KEYVAULT_URL"), s.baseUrl().toString());
        const test::NodeRun run = test::runNodeScript(QStringLiteral("keyvault-crosscheck.mjs"), args, env, 120000);
        if (run.status != 0) {
            qWarning().noquote() << "keyvault-crosscheck.mjs" << args.join(QLatin1Char(' '))
                                 << "failed:" << (run.problem.isEmpty() ? QString::number(run.status) : run.problem)
                                 << QString::fromUtf8(run.out) << QString::fromUtf8(run.err);
            return {};
        }
        return run.json().object();
    }

    // Keyward's own store, configured for the test server (its CA, its authority and tenant).
    std::unique_ptr<keystore::AzureKeyVaultStore> keyward(KeyVaultTestServer &s)
    {
        keystore::AzureKeyVaultConfig c;
        c.flavour = s.resource().contains(QLatin1String("managedhsm")) ? keystore::AzureFlavour::ManagedHsm
                                                                       : keystore::AzureFlavour::KeyVault;
        c.vaultUrl = s.baseUrl();
        c.tenant = QStringLiteral("test-tenant");
        c.clientId = QStringLiteral("test-client");
        c.authority = s.baseUrl();
        c.caFile = s.caFile();
        auto store = keystore::AzureKeyVaultStore::open(QStringLiteral("crosscheck"), c,
                                                        crypto::SecureBytes::fromView("test-secret"));
        if (!store) {
            qWarning().noquote() << "the store does not open:" << store.error().detail;
            return nullptr;
        }
        return std::move(*store);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const QString missing = test::npmToolMissing(QStringLiteral("@azure/keyvault-keys"));
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
    }

    // The client's first request carries no token; after the 401 challenge it sends Bearer test-token.
    void nodeSeesChallenge()
    {
        auto s = server();
        QVERIFY(s);
        const QJsonObject created = node(*s, {QStringLiteral("create"), QStringLiteral("challenged")});
        QCOMPARE(created.value(QStringLiteral("name")).toString(), QStringLiteral("challenged"));
        const auto seen = s->requests();
        QVERIFY(seen.size() >= 2);
        QVERIFY(seen[0].authorization.isEmpty());
        QCOMPARE(seen[0].status, 401);
        QCOMPARE(seen[1].authorization, QByteArray("Bearer test-token"));
        QCOMPARE(seen[1].path, QStringLiteral("/keys/challenged/create"));
        QCOMPARE(seen[1].status, 200);
        QCOMPARE(seen[1].body.value(QStringLiteral("kty")).toString(), QStringLiteral("RSA"));
        QCOMPARE(s->tokenRequests(), 0); // node's credential is a plain object: the token endpoint is not used
    }

    // Every request the client sends names the api-version of the official examples.
    void nodeApiVersion()
    {
        auto s = server();
        QVERIFY(s);
        QVERIFY(!node(*s, {QStringLiteral("create"), QStringLiteral("versioned")}).isEmpty());
        QVERIFY(!node(*s, {QStringLiteral("get"), QStringLiteral("versioned")}).isEmpty());
        const auto seen = s->requests();
        QVERIFY(!seen.isEmpty());
        for (const auto &r : seen)
            QCOMPARE(r.query.queryItemValue(QStringLiteral("api-version")), QStringLiteral("2025-07-01"));
    }

    // Created and rotated by Microsoft's client: two versions, which its own listing and Keyward's both see.
    void nodeCreateRotate()
    {
        auto s = server();
        QVERIFY(s);
        const QJsonObject created = node(*s, {QStringLiteral("create"), QStringLiteral("rotating")});
        const QJsonObject rotated = node(*s, {QStringLiteral("rotate"), QStringLiteral("rotating")});
        QVERIFY(!created.isEmpty() && !rotated.isEmpty());
        QCOMPARE(created.value(QStringLiteral("kty")).toString(), QStringLiteral("RSA"));
        QVERIFY(created.value(QStringLiteral("version")) != rotated.value(QStringLiteral("version")));
        const QStringList versions = s->versions(QStringLiteral("rotating"));
        QCOMPARE(versions, (QStringList{created.value(QStringLiteral("version")).toString(),
                                        rotated.value(QStringLiteral("version")).toString()}));
        const QJsonArray listed = node(*s, {QStringLiteral("versions"), QStringLiteral("rotating")})
                                      .value(QStringLiteral("versions"))
                                      .toArray();
        QCOMPARE(listed.size(), 2);
        const QJsonObject latest = node(*s, {QStringLiteral("get"), QStringLiteral("rotating")});
        QCOMPARE(latest.value(QStringLiteral("version")), rotated.value(QStringLiteral("version")));
        QCOMPARE(latest.value(QStringLiteral("recoveryLevel")).toString(), QStringLiteral("Recoverable+Purgeable"));

        auto store = keyward(*s);
        QVERIFY(store);
        auto mine = store->listVersions(QStringLiteral("rotating"));
        QVERIFY2(mine, mine ? "" : qPrintable(mine.error().detail));
        QCOMPARE(mine->size(), 2);
        QStringList ids;
        for (const auto &v : *mine)
            ids << v.version;
        QCOMPARE(ids, versions);
    }

    // Microsoft's client wraps at the server (the log shows /wrapkey); Keyward's store unwraps the same bytes.
    void nodeWrapsKeywardUnwraps()
    {
        auto s = server();
        QVERIFY(s);
        const QJsonObject created = node(*s, {QStringLiteral("create"), QStringLiteral("shared")});
        const QString kid = created.value(QStringLiteral("kid")).toString();
        QVERIFY(!kid.isEmpty());
        const QByteArray dek = QByteArray::fromHex("a2f40895b0740e05a1640eec8243f16e0f47f8bcbe5653463d2806aeb66f948a");
        s->clearRequests();
        const QJsonObject wrapped =
            node(*s, {QStringLiteral("wrap"), kid, QStringLiteral("RSA-OAEP-256"), b64url(dek)});
        QCOMPARE(wrapped.value(QStringLiteral("kid")).toString(), kid);
        bool hitWrap = false;
        for (const auto &r : s->requests())
            hitWrap |= r.path.endsWith(QLatin1String("/wrapkey")) && r.status == 200 &&
                       r.body.value(QStringLiteral("alg")).toString() == QLatin1String("RSA-OAEP-256");
        QVERIFY(hitWrap);
        const QByteArray ct = unb64url(wrapped.value(QStringLiteral("value")).toString());
        QCOMPARE(ct.size(), 256);

        auto store = keyward(*s);
        QVERIFY(store);
        auto plain =
            store->unwrapKey(QStringLiteral("shared"), created.value(QStringLiteral("version")).toString(), ct);
        QVERIFY2(plain, plain ? "" : qPrintable(plain.error().detail));
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(plain->data()), qsizetype(plain->size())), dek);
    }

    // Keyward's store wraps; Microsoft's client unwraps at the server.
    void keywardWrapsNodeUnwraps()
    {
        auto s = server();
        QVERIFY(s);
        auto store = keyward(*s);
        QVERIFY(store);
        const keystore::CreateKeyRequest req(QStringLiteral("mine"), keystore::KeyKind::Rsa, 2048);
        auto created = store->createKey(req);
        QVERIFY2(created, created ? "" : qPrintable(created.error().detail));
        const QByteArray dek = QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        auto wrapped = store->wrapKey(QStringLiteral("mine"), created->version, crypto::SecureBytes::fromView(dek));
        QVERIFY2(wrapped, wrapped ? "" : qPrintable(wrapped.error().detail));
        bool keywardHitWrap = false;
        for (const auto &r : s->requests())
            keywardHitWrap |= r.path.endsWith(QLatin1String("/wrapkey")) && r.status == 200;
        QVERIFY(keywardHitWrap);
        QCOMPARE(s->tokenRequests(), 1); // Keyward signs in at the server's token endpoint, once

        const QJsonObject unwrapped =
            node(*s, {QStringLiteral("unwrap"), created->id, QStringLiteral("RSA-OAEP-256"), b64url(wrapped->wrapped)});
        QCOMPARE(unb64url(unwrapped.value(QStringLiteral("value")).toString()), dek);
        QCOMPARE(unwrapped.value(QStringLiteral("kid")).toString(), created->id);
    }

    // The Managed HSM flavour: an RSA key is an RSA-HSM key; wrap and unwrap through Microsoft's client, across
    // with Keyward's store.
    void nodeManagedHsmRsa()
    {
        auto s = server(KeyVaultTestServer::Flavour::ManagedHsm);
        QVERIFY(s);
        const QJsonObject created =
            node(*s, {QStringLiteral("create"), QStringLiteral("hsmkey"), QStringLiteral("RSA-HSM")});
        QCOMPARE(created.value(QStringLiteral("kty")).toString(), QStringLiteral("RSA-HSM"));
        const QString kid = created.value(QStringLiteral("kid")).toString();
        const QByteArray dek(32, '\x42');
        const QJsonObject wrapped =
            node(*s, {QStringLiteral("wrap"), kid, QStringLiteral("RSA-OAEP-256"), b64url(dek)});
        const QJsonObject unwrapped = node(*s, {QStringLiteral("unwrap"), kid, QStringLiteral("RSA-OAEP-256"),
                                                wrapped.value(QStringLiteral("value")).toString()});
        QCOMPARE(unb64url(unwrapped.value(QStringLiteral("value")).toString()), dek);
        const auto seen = s->requests();
        QVERIFY(!seen.isEmpty());
        QVERIFY(seen.first().authorization.isEmpty());

        auto store = keyward(*s);
        QVERIFY(store);
        auto plain = store->unwrapKey(QStringLiteral("hsmkey"), created.value(QStringLiteral("version")).toString(),
                                      unb64url(wrapped.value(QStringLiteral("value")).toString()));
        QVERIFY2(plain, plain ? "" : qPrintable(plain.error().detail));
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(plain->data()), qsizetype(plain->size())), dek);
    }

    // An oct-HSM key on a Managed HSM: Microsoft's client wraps with CKM_AES_KEY_WRAP_PAD (RFC 5649) and Keyward
    // unwraps, and the other way round.
    void nodeManagedHsmOct()
    {
        auto s = server(KeyVaultTestServer::Flavour::ManagedHsm);
        QVERIFY(s);
        const QJsonObject created = node(
            *s, {QStringLiteral("create"), QStringLiteral("aeskey"), QStringLiteral("oct-HSM"), QStringLiteral("256")});
        QCOMPARE(created.value(QStringLiteral("kty")).toString(), QStringLiteral("oct-HSM"));
        const QString kid = created.value(QStringLiteral("kid")).toString();
        const QString version = created.value(QStringLiteral("version")).toString();
        const QByteArray dek = QByteArray::fromHex("0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0");
        const QJsonObject wrapped =
            node(*s, {QStringLiteral("wrap"), kid, QStringLiteral("CKM_AES_KEY_WRAP_PAD"), b64url(dek)});
        QCOMPARE(unb64url(wrapped.value(QStringLiteral("value")).toString()).size(), 40);

        auto store = keyward(*s);
        QVERIFY(store);
        auto plain = store->unwrapKey(QStringLiteral("aeskey"), version,
                                      unb64url(wrapped.value(QStringLiteral("value")).toString()));
        QVERIFY2(plain, plain ? "" : qPrintable(plain.error().detail));
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(plain->data()), qsizetype(plain->size())), dek);

        auto mine = store->wrapKey(QStringLiteral("aeskey"), version, crypto::SecureBytes::fromView(dek));
        QVERIFY2(mine, mine ? "" : qPrintable(mine.error().detail));
        const QJsonObject unwrapped =
            node(*s, {QStringLiteral("unwrap"), kid, QStringLiteral("CKM_AES_KEY_WRAP_PAD"), b64url(mine->wrapped)});
        QCOMPARE(unb64url(unwrapped.value(QStringLiteral("value")).toString()), dek);
    }

    // Microsoft's client deletes (its poller reads GET /deletedkeys/{n}); the deleted key has the service's 90 days of
    // retention, and Keyward lists it among the deleted keys.
    void nodeDelete()
    {
        auto s = server();
        QVERIFY(s);
        QVERIFY(!node(*s, {QStringLiteral("create"), QStringLiteral("doomed")}).isEmpty());
        const QJsonObject gone = node(*s, {QStringLiteral("delete"), QStringLiteral("doomed")});
        QCOMPARE(gone.value(QStringLiteral("recoveryId")).toString(),
                 s->baseUrl().toString() + QStringLiteral("/deletedkeys/doomed"));
        const QDateTime deletedOn =
            QDateTime::fromString(gone.value(QStringLiteral("deletedOn")).toString(), Qt::ISODateWithMs);
        const QDateTime purge =
            QDateTime::fromString(gone.value(QStringLiteral("scheduledPurgeDate")).toString(), Qt::ISODateWithMs);
        QVERIFY(deletedOn.isValid());
        QCOMPARE(deletedOn.secsTo(purge), qint64(90) * 86400);
        bool polled = false;
        for (const auto &r : s->requests())
            polled |= r.method == "GET" && r.path == QLatin1String("/deletedkeys/doomed") && r.status == 200;
        QVERIFY(polled);

        auto store = keyward(*s);
        QVERIFY(store);
        auto deleted = store->listDeletedKeys();
        QVERIFY2(deleted, deleted ? "" : qPrintable(deleted.error().detail));
        QCOMPARE(deleted->size(), 1);
        QCOMPARE(deleted->first().name, QStringLiteral("doomed"));
        QCOMPARE(deleted->first().scheduledPurge, purge);
    }
};

QTEST_GUILESS_MAIN(TestKeyVaultNode)
#include "tst_keyvault_node.moc"

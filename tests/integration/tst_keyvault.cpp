// AzureKeyVaultStore against the Key Vault test server (HTTPS with its own test CA, real RSA-OAEP-256 and AES key
// wrap), as a vault and as a Managed HSM: every KeyStore operation, the error mapping, and the faults the server
// can be told to make (throttling, 500s, slowness, keys disabled or deleted behind the store's back, a token that
// stops being accepted).
#include "KeyVaultTestServer.h"
#include "keystore/AzureKeyVaultStore.h"
#include "keystore/StoreRegistry.h"

#include "crypto/Random.h"

#include <QMutex>
#include <QTemporaryDir>
#include <QtTest>

using namespace keyward;
using namespace keyward::keystore;
using Server = keyward::test::KeyVaultTestServer;

// Evaluates `expr` once (it may be a request) and fails with the error's detail.
#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        const auto &result_ = (expr);                                                                                  \
        QVERIFY2(bool(result_), qPrintable(bool(result_) ? QString() : result_.error().detail));                       \
    } while (false)

namespace {

// GCC 12 warns, wrongly, about RetryPolicy's list of statuses when Options is made inline here.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
struct Waits
{
    QMutex mutex;
    QList<qint64> ms;
};

net::HttpClient::Options httpOptions(const std::shared_ptr<Waits> &waits, int maxAttempts = 6, int timeoutMs = 15000)
{
    net::HttpClient::Options o;
    o.retry.maxAttempts = maxAttempts;
    o.timeout = std::chrono::milliseconds(timeoutMs);
    o.random = [] { return 0.0; };
    o.sleep = [waits](std::chrono::milliseconds wait) {
        QMutexLocker lock(&waits->mutex);
        waits->ms << wait.count();
    };
    return o;
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

crypto::SecureBytes featureKey()
{
    crypto::SecureBytes k(32);
    if (auto st = crypto::SystemRandom::instance().fill(k.data(), k.size(), true); !st)
        qFatal("no randomness");
    return k;
}

// One server and one store over it, per test row.
struct Bench
{
    QTemporaryDir dir;
    std::unique_ptr<Server> server;
    std::unique_ptr<AzureKeyVaultStore> store;
    std::shared_ptr<Waits> waits = std::make_shared<Waits>();
    ManualClock clock;

    bool start(Server::Flavour flavour, const QString &level = QStringLiteral("Recoverable+Purgeable"),
               std::optional<int> days = std::nullopt)
    {
        Server::Options o;
        o.flavour = flavour;
        o.dir = dir.path();
        o.recoveryLevel = level;
        o.recoverableDays = days;
        server = std::make_unique<Server>(o);
        if (!server->start())
            return false;
        clock.set(QDateTime::currentDateTimeUtc());
        auto s = open();
        if (!s)
            return false;
        store = std::move(s).value();
        return true;
    }
    AzureKeyVaultConfig config() const
    {
        AzureKeyVaultConfig c;
        c.flavour = server->resource().contains(QLatin1String("managedhsm")) ? AzureFlavour::ManagedHsm
                                                                             : AzureFlavour::KeyVault;
        c.vaultUrl = server->baseUrl();
        c.authority = server->baseUrl();
        c.tenant = QStringLiteral("test-tenant");
        c.clientId = QStringLiteral("test-client");
        c.caFile = server->caFile();
        return c;
    }
    Result<std::unique_ptr<AzureKeyVaultStore>> open(int maxAttempts = 6, int timeoutMs = 15000,
                                                     const QByteArray &secret = "test-secret")
    {
        return AzureKeyVaultStore::open(QStringLiteral("kv1"), config(), crypto::SecureBytes::fromView(secret), clock,
                                        httpOptions(waits, maxAttempts, timeoutMs));
    }
    Result<KeyVersionInfo> create(const QString &name, int bits = 2048, KeyKind kind = KeyKind::Rsa)
    {
        return store->createKey(CreateKeyRequest(name, kind, bits));
    }
    int count(const QString &method, const QString &pathEnd) const
    {
        int n = 0;
        for (const auto &seen : server->requests())
            if (seen.method == method.toLatin1() && seen.path.endsWith(pathEnd))
                ++n;
        return n;
    }
};

void flavours()
{
    QTest::addColumn<int>("flavour");
    QTest::newRow("keyvault") << int(Server::Flavour::KeyVault);
    QTest::newRow("managed-hsm") << int(Server::Flavour::ManagedHsm);
}

#define START(bench, ...)                                                                                              \
    QFETCH(int, flavour);                                                                                              \
    Bench bench;                                                                                                       \
    QVERIFY(bench.start(Server::Flavour(flavour) __VA_OPT__(, ) __VA_ARGS__))

} // namespace

class KeyVaultTest : public QObject
{
    Q_OBJECT

private slots:
    void createRsa_data()
    {
        QTest::addColumn<int>("flavour");
        QTest::addColumn<int>("bits");
        for (int bits : {2048, 3072, 4096}) {
            QTest::addRow("keyvault-rsa-%d", bits) << int(Server::Flavour::KeyVault) << bits;
            QTest::addRow("managed-hsm-rsa-hsm-%d", bits) << int(Server::Flavour::ManagedHsm) << bits;
        }
    }
    void createRsa()
    {
        QFETCH(int, bits);
        START(b);
        auto info = b.create(QStringLiteral("k1"), bits);
        VERIFY_OK(info);
        QCOMPARE(info->kind, KeyKind::Rsa);
        QCOMPARE(info->bits, bits);
        QCOMPARE(info->name, QStringLiteral("k1"));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(info->version).hasMatch());
        QCOMPARE(info->id, b.server->baseUrl().toString() + QStringLiteral("/keys/k1/") + info->version);
        QCOMPARE(info->hsmBacked, Server::Flavour(flavour) == Server::Flavour::ManagedHsm);
        QVERIFY(info->permits(QStringLiteral("wrapKey")) && info->permits(QStringLiteral("unwrapKey")));
        QCOMPARE(b.server->versions(QStringLiteral("k1")).size(), 1);
        // Every request names the configured api-version and carries the bearer token from the first one on.
        for (const auto &seen : b.server->requests()) {
            if (seen.path.endsWith(QLatin1String("/token")))
                continue;
            QCOMPARE(seen.query.queryItemValue(QStringLiteral("api-version")), QStringLiteral("2025-07-01"));
            QCOMPARE(seen.authorization, QByteArray("Bearer test-token"));
        }
        // A second create of the same name is refused, not a new version.
        auto again = b.create(QStringLiteral("k1"), bits);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QCOMPARE(again.error().reason, Reason::KeyExists);
        QCOMPARE(b.server->versions(QStringLiteral("k1")).size(), 1);
    }

    void createOct_data() { flavours(); }
    void createOct()
    {
        START(b);
        auto info = b.create(QStringLiteral("aes1"), 256, KeyKind::Aes);
        if (Server::Flavour(flavour) == Server::Flavour::KeyVault) {
            QVERIFY(!info);
            QCOMPARE(info.error().code, ErrorCode::Unsupported);
            QCOMPARE(info.error().reason, Reason::KeyTypeNotOffered);
            QCOMPARE(b.count(QStringLiteral("POST"), QStringLiteral("/create")), 0);
            return;
        }
        VERIFY_OK(info);
        QCOMPARE(info->kind, KeyKind::Aes);
        QCOMPARE(info->bits, 256);
        QVERIFY(info->hsmBacked);
    }

    void getLatestAndRotate_data() { flavours(); }
    void getLatestAndRotate()
    {
        START(b);
        auto first = b.create(QStringLiteral("k1"));
        VERIFY_OK(first);
        auto second = b.store->rotateKey(QStringLiteral("k1"));
        VERIFY_OK(second);
        QVERIFY(second->version != first->version);
        QCOMPARE(second->bits, 2048);
        auto latest = b.store->keyVersion(QStringLiteral("k1"));
        VERIFY_OK(latest);
        QCOMPARE(latest->version, second->version);
        auto older = b.store->keyVersion(QStringLiteral("k1"), first->version);
        VERIFY_OK(older);
        QCOMPARE(older->id, first->id);
        auto missing = b.store->keyVersion(QStringLiteral("k1"), QStringLiteral("0123456789abcdef0123456789abcdef"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QCOMPARE(missing.error().reason, Reason::KeyVersionNotFound);
        auto none = b.store->keyVersion(QStringLiteral("nokey"));
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::NotFound);
        QCOMPARE(none.error().reason, Reason::KeyNotFound);
        auto rotateNone = b.store->rotateKey(QStringLiteral("nokey"));
        QVERIFY(!rotateNone);
        QCOMPARE(rotateNone.error().code, ErrorCode::NotFound);
    }

    void versionsPaging_data() { flavours(); }
    void versionsPaging()
    {
        START(b);
        VERIFY_OK(b.create(QStringLiteral("k1")));
        VERIFY_OK(b.store->rotateKey(QStringLiteral("k1")));
        VERIFY_OK(b.store->rotateKey(QStringLiteral("k1")));
        b.store->setPageSize(1);
        b.server->clearRequests();
        auto versions = b.store->listVersions(QStringLiteral("k1"));
        VERIFY_OK(versions);
        QStringList got;
        for (const auto &v : *versions)
            got << v.version;
        QCOMPARE(got, b.server->versions(QStringLiteral("k1"))); // oldest first
        QCOMPARE(b.count(QStringLiteral("GET"), QStringLiteral("/versions")), 3);
        bool first = true;
        for (const auto &seen : b.server->requests())
            if (seen.path.endsWith(QLatin1String("/versions")) && std::exchange(first, false))
                QCOMPARE(seen.query.queryItemValue(QStringLiteral("maxresults")), QStringLiteral("1"));
    }

    void listKeys_data() { flavours(); }
    void listKeys()
    {
        START(b);
        VERIFY_OK(b.create(QStringLiteral("k1")));
        VERIFY_OK(b.create(QStringLiteral("k2"), 3072));
        b.store->setPageSize(1);
        auto keys = b.store->listKeys();
        VERIFY_OK(keys);
        QCOMPARE(keys->size(), 2);
        QMap<QString, int> bits;
        for (const auto &k : *keys)
            bits.insert(k.name, k.bits);
        QCOMPARE(bits.value(QStringLiteral("k1")), 2048);
        QCOMPARE(bits.value(QStringLiteral("k2")), 3072);
    }

    void updateDisableEnable_data() { flavours(); }
    void updateDisableEnable()
    {
        START(b);
        auto v = b.create(QStringLiteral("k1"));
        VERIFY_OK(v);
        VERIFY_OK(b.store->setVersionEnabled(QStringLiteral("k1"), v->version, false));
        auto off = b.store->keyVersion(QStringLiteral("k1"), v->version);
        VERIFY_OK(off);
        QVERIFY(!off->enabled);
        auto wrap = b.store->wrapKey(QStringLiteral("k1"), v->version, featureKey());
        QVERIFY(!wrap);
        QCOMPARE(wrap.error().code, ErrorCode::KeyDisabled);
        VERIFY_OK(b.store->setVersionEnabled(QStringLiteral("k1"), v->version, true));
        VERIFY_OK(b.store->wrapKey(QStringLiteral("k1"), v->version, featureKey()));
        auto missing = b.store->setVersionEnabled(QStringLiteral("nokey"), v->version, false);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void updateExpiry_data() { flavours(); }
    void updateExpiry()
    {
        START(b);
        auto v = b.create(QStringLiteral("k1"));
        VERIFY_OK(v);
        const QDateTime at = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + 40 * 86400, Qt::UTC);
        VERIFY_OK(b.store->setVersionExpiry(QStringLiteral("k1"), v->version, at));
        auto info = b.store->keyVersion(QStringLiteral("k1"), v->version);
        VERIFY_OK(info);
        QVERIFY(info->expires);
        QCOMPARE(*info->expires, at);
        VERIFY_OK(b.store->setVersionExpiry(QStringLiteral("k1"), v->version, std::nullopt));
        info = b.store->keyVersion(QStringLiteral("k1"), v->version);
        VERIFY_OK(info);
        QVERIFY(!info->expires);
    }

    void policyRoundtrip_data() { flavours(); }
    void policyRoundtrip()
    {
        START(b);
        VERIFY_OK(b.create(QStringLiteral("k1")));
        RotationPolicy policy;
        policy.rotateAfterCreate = *IsoDuration::parse(QStringLiteral("P90D"));
        policy.notifyBeforeExpiry = *IsoDuration::parse(QStringLiteral("P30D"));
        policy.expiryTime = *IsoDuration::parse(QStringLiteral("P2Y"));
        VERIFY_OK(b.store->setRotationPolicy(QStringLiteral("k1"), policy));
        auto back = b.store->rotationPolicy(QStringLiteral("k1"));
        VERIFY_OK(back);
        QVERIFY(*back == policy);
    }

    void wrapUnwrapRsa_data() { flavours(); }
    void wrapUnwrapRsa()
    {
        START(b);
        auto v = b.create(QStringLiteral("k1"));
        VERIFY_OK(v);
        const crypto::SecureBytes key = featureKey();
        auto wrapped = b.store->wrapKey(QStringLiteral("k1"), v->version, key);
        VERIFY_OK(wrapped);
        QCOMPARE(wrapped->algorithm, WrapAlgorithm::RsaOaep256);
        QCOMPARE(wrapped->keyId, v->id);
        QCOMPARE(wrapped->wrapped.size(), 256);
        auto back = b.store->unwrapKey(QStringLiteral("k1"), v->version, wrapped->wrapped);
        VERIFY_OK(back);
        QVERIFY(*back == key);
        // What was sent was RSA-OAEP-256 to the pinned version.
        bool sawWrap = false;
        for (const auto &seen : b.server->requests())
            if (seen.path.endsWith(QLatin1String("/wrapkey"))) {
                sawWrap = true;
                QCOMPARE(seen.path, QStringLiteral("/keys/k1/%1/wrapkey").arg(v->version));
                QCOMPARE(seen.body.value(QStringLiteral("alg")).toString(), QStringLiteral("RSA-OAEP-256"));
            }
        QVERIFY(sawWrap);
        // Damaged bytes do not unwrap: a Key error, as in the other stores.
        QByteArray damaged = wrapped->wrapped;
        damaged[10] = char(damaged.at(10) ^ 1);
        auto bad = b.store->unwrapKey(QStringLiteral("k1"), v->version, damaged);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::Key);
        // The latest version when none is named.
        VERIFY_OK(b.store->wrapKey(QStringLiteral("k1"), QString(), key));
    }

    void wrapUnwrapOct()
    {
        Bench b;
        QVERIFY(b.start(Server::Flavour::ManagedHsm));
        auto v = b.create(QStringLiteral("aes1"), 256, KeyKind::Aes);
        VERIFY_OK(v);
        const crypto::SecureBytes key = featureKey();
        auto wrapped = b.store->wrapKey(QStringLiteral("aes1"), v->version, key);
        VERIFY_OK(wrapped);
        QCOMPARE(wrapped->algorithm, WrapAlgorithm::AesKeyWrapPad);
        QCOMPARE(wrapped->wrapped.size(), 40);
        auto back = b.store->unwrapKey(QStringLiteral("aes1"), v->version, wrapped->wrapped);
        VERIFY_OK(back);
        QVERIFY(*back == key);
    }

    void deleteListRecover_data() { flavours(); }
    void deleteListRecover()
    {
        START(b);
        VERIFY_OK(b.create(QStringLiteral("k1")));
        VERIFY_OK(b.create(QStringLiteral("k2")));
        auto deleted = b.store->deleteKey(QStringLiteral("k1"));
        VERIFY_OK(deleted);
        QCOMPARE(deleted->name, QStringLiteral("k1"));
        QCOMPARE(deleted->deletedOn.daysTo(deleted->scheduledPurge), 90);
        auto gone = b.store->keyVersion(QStringLiteral("k1"));
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, ErrorCode::KeyDeleted);
        auto again = b.store->deleteKey(QStringLiteral("k1"));
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::KeyDeleted);
        auto keys = b.store->listKeys();
        VERIFY_OK(keys);
        QCOMPARE(keys->size(), 1);
        QCOMPARE(keys->first().name, QStringLiteral("k2"));
        auto listed = b.store->listDeletedKeys();
        VERIFY_OK(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().name, QStringLiteral("k1"));
        QCOMPARE(listed->first().latest.bits, 2048);
        auto recovered = b.store->recoverKey(QStringLiteral("k1"));
        VERIFY_OK(recovered);
        QCOMPARE(recovered->name, QStringLiteral("k1"));
        VERIFY_OK(b.store->keyVersion(QStringLiteral("k1")));
        auto notDeleted = b.store->recoverKey(QStringLiteral("k2"));
        QVERIFY(!notDeleted);
        QCOMPARE(notDeleted.error().code, ErrorCode::NotFound);
    }

    void purgeProtected_data() { flavours(); }
    void purgeProtected()
    {
        START(b, QStringLiteral("Recoverable"));
        VERIFY_OK(b.create(QStringLiteral("k1")));
        VERIFY_OK(b.store->deleteKey(QStringLiteral("k1")));
        auto purge = b.store->purgeKey(QStringLiteral("k1"));
        QVERIFY(!purge);
        QCOMPARE(purge.error().code, ErrorCode::Forbidden);
        QVERIFY(b.store->listDeletedKeys()->size() == 1);
    }

    void purgeUnprotected_data() { flavours(); }
    void purgeUnprotected()
    {
        START(b);
        VERIFY_OK(b.create(QStringLiteral("k1")));
        auto live = b.store->purgeKey(QStringLiteral("k1"));
        QVERIFY(!live);
        QCOMPARE(live.error().code, ErrorCode::Conflict); // not deleted
        VERIFY_OK(b.store->deleteKey(QStringLiteral("k1")));
        VERIFY_OK(b.store->purgeKey(QStringLiteral("k1")));
        auto gone = b.store->keyVersion(QStringLiteral("k1"));
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, ErrorCode::NotFound);
        auto never = b.store->purgeKey(QStringLiteral("never"));
        QVERIFY(!never);
        QCOMPARE(never.error().code, ErrorCode::NotFound);
        // The name is free again.
        VERIFY_OK(b.create(QStringLiteral("k1")));
    }

    void nameHeldByDeleted_data() { flavours(); }
    void nameHeldByDeleted()
    {
        START(b);
        VERIFY_OK(b.create(QStringLiteral("k1")));
        auto deleted = b.store->deleteKey(QStringLiteral("k1"));
        VERIFY_OK(deleted);
        auto again = b.create(QStringLiteral("k1"));
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QCOMPARE(again.error().reason, Reason::KeyNameHeldByDeleted);
        QCOMPARE(again.error().args.value(2), deleted->scheduledPurge.toString(Qt::ISODate));
    }

    void propertiesFromRecoveryLevel_data()
    {
        QTest::addColumn<int>("flavour");
        QTest::addColumn<QString>("level");
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("purgeProtection");
        QTest::addColumn<int>("retention");
        for (int f : {int(Server::Flavour::KeyVault), int(Server::Flavour::ManagedHsm)}) {
            const char *name = f == int(Server::Flavour::KeyVault) ? "keyvault" : "managed-hsm";
            QTest::addRow("%s-recoverable-purgeable", name) << f << "Recoverable+Purgeable" << -1 << false << 90;
            QTest::addRow("%s-recoverable", name) << f << "Recoverable" << -1 << true << 90;
            QTest::addRow("%s-customized-7", name) << f << "CustomizedRecoverable" << 7 << true << 7;
        }
    }
    void propertiesFromRecoveryLevel()
    {
        QFETCH(QString, level);
        QFETCH(int, days);
        QFETCH(bool, purgeProtection);
        QFETCH(int, retention);
        START(b, level, days < 0 ? std::nullopt : std::optional<int>(days));
        auto empty = b.store->probeRecoveryLevel();
        VERIFY_OK(empty);
        QVERIFY(empty->isEmpty()); // no key yet: unknown
        QVERIFY(b.store->properties().recoveryLevel.isEmpty());
        QCOMPARE(b.store->properties().kind, Server::Flavour(flavour) == Server::Flavour::KeyVault
                                                 ? QStringLiteral("azure-keyvault")
                                                 : QStringLiteral("managed-hsm"));
        VERIFY_OK(b.create(QStringLiteral("k1")));
        auto probe = b.store->probeRecoveryLevel();
        VERIFY_OK(probe);
        QCOMPARE(*probe, level);
        const StoreProperties p = b.store->properties();
        QCOMPARE(p.recoveryLevel, level);
        QVERIFY(p.softDelete);
        QCOMPARE(p.purgeProtection, purgeProtection);
        QCOMPARE(p.retentionDays, retention);
    }

    // A vault answering on the same address with another certificate authority (a server replaced, or one
    // port used by two vaults in turn): requests are checked against the authority of the store that sends them,
    // never sent over a connection opened under the other's.
    void sameAddressOtherAuthority()
    {
        Bench first;
        QVERIFY(first.start(Server::Flavour::KeyVault));
        VERIFY_OK(first.create(QStringLiteral("k1")));
        const quint16 port = quint16(first.server->baseUrl().port());
        const QSslCertificate firstCa = first.server->ca();
        first.store.reset();
        first.server.reset();

        Bench second;
        Server::Options o;
        o.dir = second.dir.path();
        o.port = port;
        second.server = std::make_unique<Server>(o);
        if (!second.server->start())
            QSKIP("the port was taken by another program in between");
        QVERIFY(second.server->ca() != firstCa);
        auto store = second.open();
        VERIFY_OK(store);
        VERIFY_OK((*store)->createKey(CreateKeyRequest(QStringLiteral("k2"), KeyKind::Rsa, 2048)));
    }

    // Faults --------------------------------------------------------------------------------------------------

    void throttleThenOk_data() { flavours(); }
    void throttleThenOk()
    {
        START(b);
        VERIFY_OK(b.create(QStringLiteral("k1")));
        b.server->inject({Server::Fault::Kind::Throttle, QStringLiteral("get"), 2, 2, 0});
        VERIFY_OK(b.store->keyVersion(QStringLiteral("k1")));
        QMutexLocker lock(&b.waits->mutex);
        QCOMPARE(b.waits->ms, (QList<qint64>{2000, 2000})); // Retry-After honoured
    }

    void throttlePastBudget_data() { flavours(); }
    void throttlePastBudget()
    {
        START(b);
        VERIFY_OK(b.create(QStringLiteral("k1")));
        auto limited = b.open(3);
        VERIFY_OK(limited);
        b.server->inject({Server::Fault::Kind::Throttle, QStringLiteral("wrapkey"), 10, 7, 0});
        auto v = (*limited)->wrapKey(QStringLiteral("k1"), QString(), featureKey());
        QVERIFY(!v);
        QCOMPARE(v.error().code, ErrorCode::Unavailable);
        QCOMPARE(v.error().reason, Reason::StoreThrottled);
        QCOMPARE(v.error().args.value(1), QStringLiteral("7"));
    }

    void serverErrorTwiceThenOk_data() { flavours(); }
    void serverErrorTwiceThenOk()
    {
        START(b);
        VERIFY_OK(b.create(QStringLiteral("k1")));
        b.server->inject({Server::Fault::Kind::ServerError, QStringLiteral("get"), 2, 1, 0});
        VERIFY_OK(b.store->keyVersion(QStringLiteral("k1")));
        // Past the budget: Unavailable, AzureRequestFailed with the status.
        auto limited = b.open(2);
        VERIFY_OK(limited);
        b.server->inject({Server::Fault::Kind::ServerError, QStringLiteral("get"), 5, 1, 0});
        auto failed = (*limited)->keyVersion(QStringLiteral("k1"));
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::Unavailable);
        QCOMPARE(failed.error().reason, Reason::AzureRequestFailed);
        QCOMPARE(failed.error().args.value(1), QStringLiteral("500"));
    }

    void slowPastTimeout_data() { flavours(); }
    void slowPastTimeout()
    {
        START(b);
        VERIFY_OK(b.create(QStringLiteral("k1")));
        auto impatient = b.open(1, 500);
        VERIFY_OK(impatient);
        b.server->inject({Server::Fault::Kind::Slow, QStringLiteral("get"), 1, 1, 2500});
        auto slow = (*impatient)->keyVersion(QStringLiteral("k1"));
        QVERIFY(!slow);
        QCOMPARE(slow.error().code, ErrorCode::Unavailable);
    }

    void dropThenOk_data() { flavours(); }
    void dropThenOk()
    {
        START(b);
        VERIFY_OK(b.create(QStringLiteral("k1")));
        b.server->inject({Server::Fault::Kind::DropConnection, QStringLiteral("get"), 1, 1, 0});
        VERIFY_OK(b.store->keyVersion(QStringLiteral("k1")));
    }

    void disabledBehindBack_data() { flavours(); }
    void disabledBehindBack()
    {
        START(b);
        auto v = b.create(QStringLiteral("k1"));
        VERIFY_OK(v);
        VERIFY_OK(b.store->wrapKey(QStringLiteral("k1"), v->version, featureKey()));
        b.server->setEnabled(QStringLiteral("k1"), v->version, false);
        auto wrap = b.store->wrapKey(QStringLiteral("k1"), v->version, featureKey());
        QVERIFY(!wrap);
        QCOMPARE(wrap.error().code, ErrorCode::KeyDisabled);
    }

    void expiredBehindBack_data() { flavours(); }
    void expiredBehindBack()
    {
        START(b);
        auto v = b.create(QStringLiteral("k1"));
        VERIFY_OK(v);
        b.server->setExpires(QStringLiteral("k1"), v->version, QDateTime::currentDateTimeUtc().addDays(-1));
        auto wrap = b.store->wrapKey(QStringLiteral("k1"), v->version, featureKey());
        QVERIFY(!wrap);
        QCOMPARE(wrap.error().code, ErrorCode::KeyExpired);
    }

    void deletedBehindBack_data() { flavours(); }
    void deletedBehindBack()
    {
        START(b);
        auto v = b.create(QStringLiteral("k1"));
        VERIFY_OK(v);
        const crypto::SecureBytes key = featureKey();
        auto wrapped = b.store->wrapKey(QStringLiteral("k1"), v->version, key);
        VERIFY_OK(wrapped);
        b.server->deleteBehindBack(QStringLiteral("k1"));
        auto unwrap = b.store->unwrapKey(QStringLiteral("k1"), v->version, wrapped->wrapped);
        QVERIFY(!unwrap);
        QCOMPARE(unwrap.error().code, ErrorCode::KeyDeleted);
    }

    void tokenExpired_data() { flavours(); }
    void tokenExpired()
    {
        START(b);
        VERIFY_OK(b.create(QStringLiteral("k1")));
        const int before = b.server->tokenRequests();
        QCOMPARE(b.store->tokenRequests(), before);
        b.server->inject({Server::Fault::Kind::Unauthorized, QStringLiteral("get"), 1, 1, 0});
        VERIFY_OK(b.store->keyVersion(QStringLiteral("k1")));
        QCOMPARE(b.server->tokenRequests(), before + 1);
        QCOMPARE(b.store->tokenRequests(), before + 1);
        // A token that is refused twice in a row: AzureAuthFailed, after one new token only.
        b.server->inject({Server::Fault::Kind::Unauthorized, QStringLiteral("get"), 2, 1, 0});
        auto refused = b.store->keyVersion(QStringLiteral("k1"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Forbidden);
        QCOMPARE(refused.error().reason, Reason::AzureAuthFailed);
        QCOMPARE(b.server->tokenRequests(), before + 2);
    }

    void createNotRetriedOn500_data() { flavours(); }
    void createNotRetriedOn500()
    {
        START(b);
        b.server->inject({Server::Fault::Kind::ServerError, QStringLiteral("create"), 1, 1, 0});
        auto created = b.create(QStringLiteral("k1"));
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::Unavailable);
        QCOMPARE(b.server->versions(QStringLiteral("k1")).size(), 1); // made once, not twice
        QCOMPARE(b.count(QStringLiteral("POST"), QStringLiteral("/create")), 1);
        b.server->inject({Server::Fault::Kind::ServerError, QStringLiteral("rotate"), 1, 1, 0});
        QVERIFY(!b.store->rotateKey(QStringLiteral("k1")));
        QCOMPARE(b.server->versions(QStringLiteral("k1")).size(), 2);
    }

    void wrongSecret_data() { flavours(); }
    void wrongSecret()
    {
        START(b);
        const QByteArray wrong = "not-the-secret-4711";
        auto store = b.open(6, 15000, wrong);
        VERIFY_OK(store);
        auto keys = (*store)->listKeys();
        QVERIFY(!keys);
        QCOMPARE(keys.error().code, ErrorCode::Forbidden);
        QCOMPARE(keys.error().reason, Reason::AzureAuthFailed);
        const QString all = keys.error().detail + keys.error().args.join(QLatin1Char(' '));
        QVERIFY(!all.contains(QString::fromLatin1(wrong)));
        QVERIFY(!all.contains(QStringLiteral("test-token")));
    }

    void registryOpen_data() { flavours(); }
    void registryOpen()
    {
        START(b);
        VERIFY_OK(b.create(QStringLiteral("k1")));
        QTemporaryDir data;
        StoreRegistry registry(data.path());
        StoreConfig c;
        c.name = QStringLiteral("azure1");
        c.id = QStringLiteral("6f1c2a9e-0000-4000-8000-000000000001");
        c.kind = AzureKeyVaultConfig::kindName(b.config().flavour);
        c.azure = b.config();
        VERIFY_OK(registry.add(c));
        // The registry keeps the configuration, never the secret.
        QFile file(registry.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains(b.server->baseUrl().toString().toUtf8()));
        QVERIFY(!text.contains("test-secret"));
        auto found = registry.find(QStringLiteral("azure1"));
        VERIFY_OK(found);
        QCOMPARE(found->kind, c.kind);
        QCOMPARE(found->azure.vaultUrl, c.azure.vaultUrl);
        QCOMPARE(found->azure.caFile, c.azure.caFile);
        QCOMPARE(found->azure.flavour, c.azure.flavour);

        secrets::MemorySecretStore secrets;
        auto missing = registry.open(QStringLiteral("azure1"), secrets, nullptr, b.clock);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::Key);
        VERIFY_OK(secrets.write(AzureKeyVaultConfig::secretName(c.id), crypto::SecureBytes::fromView("test-secret")));
        auto store = registry.open(QStringLiteral("azure1"), secrets, nullptr, b.clock);
        VERIFY_OK(store);
        QCOMPARE((*store)->properties().kind, c.kind);
        auto keys = (*store)->listKeys();
        VERIFY_OK(keys);
        QCOMPARE(keys->size(), 1);
    }
};

QTEST_GUILESS_MAIN(KeyVaultTest)
#include "tst_keyvault.moc"

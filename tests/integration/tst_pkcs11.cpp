// TestPkcs11: the PKCS#11 key store against real SoftHSM2 tokens made for this run in a temporary directory:
// the whole key lifecycle, reopening, the probe, and each failure an admin can meet with its own error.
#include "TestSupport.h"

#include "crypto/Random.h"
#include "keystore/Pkcs11Error.h"
#include "keystore/Pkcs11KeyStore.h"
#include "keystore/Pkcs11Uri.h"
#include "secrets/SecretStore.h"
#include "services/KeyService.h"
#include "services/StoreService.h"
#include "util/Clock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace keyward;
using namespace keyward::keystore;

namespace {

const QByteArray kPin = "246810";
const QByteArray kWrongPin = "999999";
const QString kSoPin = QStringLiteral("13572468");

crypto::SecureBytes randomKey()
{
    auto key = crypto::SystemRandom::instance().secretBytes(32);
    return key ? std::move(*key) : crypto::SecureBytes();
}

// "ok" or the error's code name: comparing these keeps a test running (and its message readable) when a call
// that should fail succeeds.
template <typename T> QString outcome(const Result<T> &r)
{
    return r ? QStringLiteral("ok") : errorCodeName(r.error().code);
}

// An error detail must never carry a PIN.
bool leaksPin(const Error &e)
{
    return e.detail.contains(QString::fromLatin1(kPin)) || e.detail.contains(QString::fromLatin1(kWrongPin));
}

} // namespace

class TestPkcs11 : public QObject
{
    Q_OBJECT

private:
    Pkcs11Config config(const QString &label) const
    {
        Pkcs11Config c;
        c.name = label;
        c.modulePath = m_module;
        c.tokenLabel = label;
        return c;
    }
    Result<std::unique_ptr<Pkcs11KeyStore>> open(const QString &label, const Clock &clock = Clock::system())
    {
        secrets::MemorySecretStore pins;
        if (auto st = pins.write(Pkcs11Config::defaultPinSecretKey(label), crypto::SecureBytes::fromView(kPin)); !st)
            return st.error();
        return Pkcs11KeyStore::open(config(label), &pins, nullptr, clock);
    }
    Result<std::unique_ptr<Pkcs11KeyStore>> openWith(const Pkcs11Config &c, const Clock &clock = Clock::system())
    {
        secrets::MemorySecretStore pins;
        if (auto st = pins.write(c.effectivePinSecretKey(), crypto::SecureBytes::fromView(kPin)); !st)
            return st.error();
        return Pkcs11KeyStore::open(c, &pins, nullptr, clock);
    }
    static CreateKeyRequest aesRequest(const QString &name)
    {
        CreateKeyRequest r;
        r.name = name;
        r.kind = KeyKind::Aes;
        r.bits = 256;
        return r;
    }

    // The "Usage:" line pkcs11-tool prints for the key object with this CKA_ID: what the token itself permits.
    QByteArray tokenUsage(const QString &label, const QString &idHex)
    {
        QByteArray listing;
        if (m_hsm->pkcs11Tool({QStringLiteral("--token-label"), label, QStringLiteral("--login"),
                               QStringLiteral("--pin"), QString::fromLatin1(kPin), QStringLiteral("--list-objects")},
                              &listing) != 0)
            return "pkcs11-tool failed";
        const qsizetype at = listing.indexOf("ID:         " + idHex.toLatin1());
        const qsizetype usage = at < 0 ? -1 : listing.indexOf("Usage:", at);
        if (usage < 0)
            return "not listed";
        const qsizetype end = listing.indexOf('\n', usage);
        return listing.mid(usage + 6, end - usage - 6).trimmed();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::SoftHsm> m_hsm;
    QString m_module;
    QMap<QString, QString> m_tokenDirs; // label -> SoftHSM token directory

private slots:
    void initTestCase()
    {
        m_module = test::softHsmModulePath();
        QVERIFY2(!m_module.isEmpty(), "SoftHSM2 is not installed (package softhsm2)");
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_hsm = std::make_unique<test::SoftHsm>(m_dir->path());
        // Every token this run needs, made before any store loads the module (SoftHSM2 scans at C_Initialize).
        for (const char *label :
             {"kw-main", "kw-noprotect", "kw-pin", "kw-lock", "kw-gone", "kw-legacy", "kw-service"}) {
            const QString dir = m_hsm->initToken(QLatin1String(label), kSoPin, QString::fromLatin1(kPin));
            QVERIFY2(!dir.isEmpty(), label);
            m_tokenDirs.insert(QLatin1String(label), dir);
        }
    }

    // ---- pure parts -----------------------------------------------------------------------------------

    void returnCodes_data()
    {
        QTest::addColumn<qulonglong>("rv");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("code");
        QTest::newRow("pin incorrect") << 0xa0ULL << QStringLiteral("CKR_PIN_INCORRECT")
                                       << int(ErrorCode::WrongPassphrase);
        QTest::newRow("pin locked") << 0xa4ULL << QStringLiteral("CKR_PIN_LOCKED") << int(ErrorCode::Locked);
        QTest::newRow("token not present")
            << 0xe0ULL << QStringLiteral("CKR_TOKEN_NOT_PRESENT") << int(ErrorCode::Unavailable);
        QTest::newRow("device removed") << 0x32ULL << QStringLiteral("CKR_DEVICE_REMOVED")
                                        << int(ErrorCode::Unavailable);
        QTest::newRow("session invalid") << 0xb3ULL << QStringLiteral("CKR_SESSION_HANDLE_INVALID")
                                         << int(ErrorCode::Unavailable);
        QTest::newRow("mechanism invalid")
            << 0x70ULL << QStringLiteral("CKR_MECHANISM_INVALID") << int(ErrorCode::Unsupported);
        QTest::newRow("mechanism param") << 0x71ULL << QStringLiteral("CKR_MECHANISM_PARAM_INVALID")
                                         << int(ErrorCode::Unsupported);
        QTest::newRow("wrapped key invalid")
            << 0x110ULL << QStringLiteral("CKR_WRAPPED_KEY_INVALID") << int(ErrorCode::Key);
        QTest::newRow("not permitted") << 0x68ULL << QStringLiteral("CKR_KEY_FUNCTION_NOT_PERMITTED")
                                       << int(ErrorCode::Forbidden);
        QTest::newRow("general error") << 0x5ULL << QStringLiteral("CKR_GENERAL_ERROR") << int(ErrorCode::Crypto);
        QTest::newRow("vendor") << 0x80000123ULL << QStringLiteral("CKR_VENDOR_DEFINED+0x123")
                                << int(ErrorCode::Crypto);
    }
    void returnCodes()
    {
        QFETCH(qulonglong, rv);
        QFETCH(QString, name);
        QFETCH(int, code);
        QCOMPARE(pkcs11ReturnName(rv), name);
        const Error e = pkcs11Error(rv, QStringLiteral("logging in to token 't'"));
        QCOMPARE(int(e.code), code);
        QVERIFY2(e.detail.startsWith(QLatin1String("logging in to token 't': ")), qPrintable(e.detail));
        QVERIFY2(e.detail.endsWith(QStringLiteral("(%1)").arg(name)), qPrintable(e.detail));
    }

    void uris()
    {
        Pkcs11Uri uri;
        uri.token = QStringLiteral("prod hsm");
        uri.object = QStringLiteral("kek-1");
        uri.id = QByteArray::fromHex("00ff10");
        uri.type = QStringLiteral("secret-key");
        QCOMPARE(uri.toString(), QStringLiteral("pkcs11:token=prod%20hsm;object=kek-1;id=%00%ff%10;type=secret-key"));
        auto back = Pkcs11Uri::parse(uri.toString());
        QVERIFY(back);
        QCOMPARE(*back, uri);
        // RFC 7512's own example (section 3.3), with a query part that is ignored.
        auto rfc = Pkcs11Uri::parse(
            QStringLiteral("pkcs11:token=The%20Software%20PKCS%2311%20Softtoken;manufacturer=Snake%20Oil,%20Inc.;"
                           "model=1.0;object=my-certificate;type=cert;id=%69%95%3E%5C%F4%BD%EC%91?pin-value=secret"));
        QVERIFY(rfc);
        QCOMPARE(rfc->token, QStringLiteral("The Software PKCS#11 Softtoken"));
        QCOMPARE(rfc->object, QStringLiteral("my-certificate"));
        QCOMPARE(rfc->type, QStringLiteral("cert"));
        QCOMPARE(rfc->id, QByteArray::fromHex("69953e5cf4bdec91"));
        QCOMPARE(outcome(Pkcs11Uri::parse(QStringLiteral("pkcs11:id=%6"))), errorCodeName(ErrorCode::Format));
        QCOMPARE(outcome(Pkcs11Uri::parse(QStringLiteral("pkcs11:id=%zz"))), errorCodeName(ErrorCode::Format));
        QCOMPARE(outcome(Pkcs11Uri::parse(QStringLiteral("vault://v/keys/k/1"))), errorCodeName(ErrorCode::Format));
    }

    // ---- the token ------------------------------------------------------------------------------------

    void probe()
    {
        auto store = open(QStringLiteral("kw-main"));
        QVERIFY2(store, qPrintable(store ? QString() : store.error().detail));
        auto caps = (*store)->probe();
        QVERIFY2(caps, qPrintable(caps ? QString() : caps.error().detail));
        QVERIFY2(caps->module.contains(QLatin1String("SoftHSM")), qPrintable(caps->module));
        QCOMPARE(caps->tokenLabel, QStringLiteral("kw-main"));
        QVERIFY(!caps->tokenSerial.isEmpty());
        QStringList names;
        for (const auto &m : caps->mechanisms)
            names << m.name;
        qInfo("mechanisms: %s", qPrintable(names.join(u' ')));
        QVERIFY2(names.contains(QLatin1String("CKM_AES_KEY_WRAP_PAD")), qPrintable(names.join(u' ')));
        QVERIFY(names.contains(QLatin1String("CKM_RSA_PKCS_OAEP")));
        QVERIFY(names.contains(QLatin1String("CKM_AES_KEY_GEN")));
        const auto *kwp = caps->mechanism(0x210a);
        QVERIFY(kwp);
        QVERIFY(kwp->flags.contains(QLatin1String("wrap")) && kwp->flags.contains(QLatin1String("unwrap")));

        // What the trials found on SoftHSM 2.6: AES key wrap with padding works, OAEP only with SHA-1.
        QVERIFY2(caps->aesKeyWrapPad, qPrintable(caps->aesKeyWrapPadDetail));
        QVERIFY2(caps->aesKeyWrapPadDetail.contains(QLatin1String("40 bytes")), qPrintable(caps->aesKeyWrapPadDetail));
        QVERIFY2(!caps->rsaOaep256, qPrintable(caps->rsaOaep256Detail));
        QVERIFY2(caps->rsaOaep256Detail.contains(QLatin1String("CKR_ARGUMENTS_BAD")),
                 qPrintable(caps->rsaOaep256Detail));
        QVERIFY(caps->rsaOaepSha1Only);
        QCOMPARE(caps->rsaKeySizes, (QList<int>{2048, 3072, 4096}));
        QVERIFY(caps->supports(KeyKind::Aes, 256));
        QCOMPARE(outcome(caps->supports(KeyKind::Rsa, 3072)), errorCodeName(ErrorCode::Unsupported));

        const QJsonObject json = caps->toJson();
        QCOMPARE(json.value(QStringLiteral("aes_key_wrap_pad")).toObject().value(QStringLiteral("usable")).toBool(),
                 true);
        QCOMPARE(json.value(QStringLiteral("rsa_oaep_256")).toObject().value(QStringLiteral("usable")).toBool(), false);
        qInfo("probe: %s", QJsonDocument(json.value(QStringLiteral("rsa_oaep_256")).toObject())
                               .toJson(QJsonDocument::Compact)
                               .constData());
    }

    void properties()
    {
        auto store = open(QStringLiteral("kw-main"));
        QVERIFY(store);
        const StoreProperties p = (*store)->properties();
        QCOMPARE(p.kind, QStringLiteral("pkcs11"));
        QCOMPARE(p.name, QStringLiteral("kw-main"));
        QVERIFY(p.hsmBacked);
        QVERIFY(p.softDelete);
        QVERIFY(p.purgeProtection);
        QCOMPARE(p.retentionDays, 90);
    }

    void aesLifecycle()
    {
        auto opened = open(QStringLiteral("kw-main"));
        QVERIFY(opened);
        Pkcs11KeyStore &store = **opened;

        auto created = store.createKey(aesRequest(QStringLiteral("kek-payments")));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().detail));
        QCOMPARE(created->kind, KeyKind::Aes);
        QCOMPARE(created->bits, 256);
        QVERIFY(created->hsmBacked);
        QVERIFY(created->enabled);
        QCOMPARE(created->version.size(), 32);
        QCOMPARE(created->operations, (QStringList{QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")}));
        auto uri = Pkcs11Uri::parse(created->id);
        QVERIFY(uri);
        QCOMPARE(uri->token, QStringLiteral("kw-main"));
        QCOMPARE(uri->object, QStringLiteral("kek-payments"));
        QCOMPARE(uri->type, QStringLiteral("secret-key"));
        QCOMPARE(QString::fromLatin1(uri->id.toHex()), created->version);

        auto again = store.createKey(aesRequest(QStringLiteral("kek-payments")));
        QCOMPARE(outcome(again), errorCodeName(ErrorCode::Conflict));

        auto listed = store.listKeys();
        QVERIFY(listed);
        bool found = false;
        for (const auto &k : *listed)
            found = found || (k.name == QLatin1String("kek-payments") && k.version == created->version);
        QVERIFY(found);

        auto v2 = store.rotateKey(QStringLiteral("kek-payments"));
        QVERIFY2(v2, qPrintable(v2 ? QString() : v2.error().detail));
        auto v3 = store.rotateKey(QStringLiteral("kek-payments"));
        QVERIFY(v3);
        QCOMPARE(v3->kind, KeyKind::Aes);
        QCOMPARE(v3->bits, 256);
        auto versions = store.listVersions(QStringLiteral("kek-payments"));
        QVERIFY(versions);
        QCOMPARE(versions->size(), 3);
        QCOMPARE(versions->at(0).version, created->version);
        QCOMPARE(versions->at(1).version, v2->version);
        QCOMPARE(versions->at(2).version, v3->version);
        QVERIFY(versions->at(0).id != versions->at(1).id && versions->at(1).id != versions->at(2).id);
        auto newest = store.keyVersion(QStringLiteral("kek-payments"));
        QVERIFY(newest);
        QCOMPARE(newest->version, v3->version);

        // Every version wraps and unwraps, and only its own wrapped keys.
        QList<WrappedKey> wrappedUnder;
        QList<QByteArray> plain;
        for (const KeyVersionInfo &v : *versions) {
            const crypto::SecureBytes fk = randomKey();
            QCOMPARE(fk.size(), std::size_t(32));
            auto wrapped = store.wrapKey(v.name, v.version, fk);
            QVERIFY2(wrapped, qPrintable(wrapped ? QString() : wrapped.error().detail));
            QCOMPARE(wrapped->keyId, v.id);
            QCOMPARE(wrapped->algorithm, WrapAlgorithm::AesKeyWrapPad);
            QCOMPARE(wrapped->wrapped.size(), 40);
            auto back = store.unwrapKey(v.name, v.version, wrapped->wrapped);
            QVERIFY2(back, qPrintable(back ? QString() : back.error().detail));
            QVERIFY(*back == fk);
            wrappedUnder.append(*wrapped);
            plain.append(fk.view().toByteArray());
        }
        auto crossed = store.unwrapKey(QStringLiteral("kek-payments"), v2->version, wrappedUnder.at(0).wrapped);
        QCOMPARE(outcome(crossed), errorCodeName(ErrorCode::Key));
        QByteArray tampered = wrappedUnder.at(2).wrapped;
        tampered[5] = char(tampered[5] ^ 1);
        auto bad = store.unwrapKey(QStringLiteral("kek-payments"), v3->version, tampered);
        QCOMPARE(outcome(bad), errorCodeName(ErrorCode::Key));
        QVERIFY2(bad.error().detail.contains(QLatin1String("damaged or was wrapped under another key")),
                 qPrintable(bad.error().detail));

        // Nothing the token was given is left behind as a session object or in a message.
        for (const QByteArray &p : plain)
            QVERIFY(!crossed.error().detail.toLatin1().contains(p.toHex()));

        QCOMPARE(outcome(store.wrapKey(QStringLiteral("kek-payments"), v3->version, crypto::SecureBytes(16))),
                 errorCodeName(ErrorCode::InvalidArgument));
        QCOMPARE(outcome(store.wrapKey(QStringLiteral("kek-none"), {}, randomKey())),
                 errorCodeName(ErrorCode::NotFound));
        QCOMPARE(outcome(store.wrapKey(QStringLiteral("kek-payments"), QString(32, u'0'), randomKey())),
                 errorCodeName(ErrorCode::NotFound));
        QCOMPARE(outcome(store.keyVersion(QStringLiteral("kek-payments"), QString(32, u'0'))),
                 errorCodeName(ErrorCode::NotFound));
    }

    void disableAndEnable()
    {
        auto opened = open(QStringLiteral("kw-main"));
        QVERIFY(opened);
        Pkcs11KeyStore &store = **opened;
        auto v1 = store.createKey(aesRequest(QStringLiteral("kek-toggle")));
        QVERIFY(v1);
        auto v2 = store.rotateKey(QStringLiteral("kek-toggle"));
        QVERIFY(v2);
        const crypto::SecureBytes fk = randomKey();
        auto wrapped = store.wrapKey(QStringLiteral("kek-toggle"), v1->version, fk);
        QVERIFY(wrapped);

        QVERIFY(store.setVersionEnabled(QStringLiteral("kek-toggle"), v1->version, false));
        auto info = store.keyVersion(QStringLiteral("kek-toggle"), v1->version);
        QVERIFY(info);
        QVERIFY(!info->enabled);
        auto w = store.wrapKey(QStringLiteral("kek-toggle"), v1->version, fk);
        QCOMPARE(outcome(w), errorCodeName(ErrorCode::KeyDisabled));
        QVERIFY2(w.error().detail.contains(v1->id), qPrintable(w.error().detail));
        auto u = store.unwrapKey(QStringLiteral("kek-toggle"), v1->version, wrapped->wrapped);
        QCOMPARE(outcome(u), errorCodeName(ErrorCode::KeyDisabled));
        // The other version is untouched.
        QVERIFY(store.wrapKey(QStringLiteral("kek-toggle"), v2->version, fk));

        // The token object itself lost its wrap rights, so other tools cannot use the version either.
        QCOMPARE(tokenUsage(QStringLiteral("kw-main"), v1->version), QByteArray("none"));
        QCOMPARE(tokenUsage(QStringLiteral("kw-main"), v2->version), QByteArray("wrap, unwrap"));

        QVERIFY(store.setVersionEnabled(QStringLiteral("kek-toggle"), v1->version, true));
        QCOMPARE(tokenUsage(QStringLiteral("kw-main"), v1->version), QByteArray("wrap, unwrap"));
        auto back = store.unwrapKey(QStringLiteral("kek-toggle"), v1->version, wrapped->wrapped);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().detail));
        QVERIFY(*back == fk);
        QCOMPARE(outcome(store.setVersionEnabled(QStringLiteral("kek-toggle"), QString(32, u'1'), false)),
                 errorCodeName(ErrorCode::NotFound));
    }

    void expiryAndNotBefore()
    {
        ManualClock clock(QDateTime(QDate(2031, 3, 1), QTime(12, 0), Qt::UTC));
        auto opened = open(QStringLiteral("kw-main"), clock);
        QVERIFY(opened);
        Pkcs11KeyStore &store = **opened;

        CreateKeyRequest expiring = aesRequest(QStringLiteral("kek-expiring"));
        expiring.expires = clock.now().addDays(1);
        auto e = store.createKey(expiring);
        QVERIFY(e);
        QCOMPARE(e->expires, expiring.expires);
        const crypto::SecureBytes fk = randomKey();
        auto wrapped = store.wrapKey(e->name, e->version, fk);
        QVERIFY(wrapped);
        clock.advance(2 * 86400);
        QCOMPARE(outcome(store.wrapKey(e->name, e->version, fk)), errorCodeName(ErrorCode::KeyExpired));
        QCOMPARE(outcome(store.unwrapKey(e->name, e->version, wrapped->wrapped)), errorCodeName(ErrorCode::KeyExpired));

        CreateKeyRequest future = aesRequest(QStringLiteral("kek-future"));
        future.notBefore = clock.now().addDays(3);
        auto f = store.createKey(future);
        QVERIFY(f);
        auto early = store.wrapKey(f->name, f->version, fk);
        QCOMPARE(outcome(early), errorCodeName(ErrorCode::KeyNotYetValid));
        QVERIFY2(early.error().detail.contains(QLatin1String("2031-03-06")), qPrintable(early.error().detail));
        clock.advance(4 * 86400);
        QVERIFY(store.wrapKey(f->name, f->version, fk));
    }

    void rotationPolicy()
    {
        ManualClock clock(QDateTime(QDate(2032, 1, 10), QTime(8, 30), Qt::UTC));
        auto opened = open(QStringLiteral("kw-main"), clock);
        QVERIFY(opened);
        Pkcs11KeyStore &store = **opened;
        QVERIFY(store.createKey(aesRequest(QStringLiteral("kek-policy"))));
        auto empty = store.rotationPolicy(QStringLiteral("kek-policy"));
        QVERIFY(empty);
        QCOMPARE(*empty, RotationPolicy{});

        RotationPolicy policy;
        policy.rotateBeforeExpiry = IsoDuration{0, 0, 30};
        policy.notifyBeforeExpiry = IsoDuration{0, 0, 7};
        policy.expiryTime = IsoDuration{0, 0, 90};
        QVERIFY(store.setRotationPolicy(QStringLiteral("kek-policy"), policy));
        auto back = store.rotationPolicy(QStringLiteral("kek-policy"));
        QVERIFY(back);
        QCOMPARE(*back, policy);
        QCOMPARE(back->updated, clock.now());

        // New versions take the policy's expiry.
        auto rotated = store.rotateKey(QStringLiteral("kek-policy"));
        QVERIFY(rotated);
        QCOMPARE(rotated->expires, clock.now().addDays(90));

        RotationPolicy invalid;
        invalid.rotateBeforeExpiry = IsoDuration{0, 0, 30};
        QCOMPARE(outcome(store.setRotationPolicy(QStringLiteral("kek-policy"), invalid)),
                 errorCodeName(ErrorCode::InvalidArgument));
        QCOMPARE(outcome(store.setRotationPolicy(QStringLiteral("kek-none"), policy)),
                 errorCodeName(ErrorCode::NotFound));
    }

    void deleteRecoverPurge()
    {
        ManualClock clock(QDateTime(QDate(2033, 6, 1), QTime(0, 0), Qt::UTC));
        auto opened = open(QStringLiteral("kw-main"), clock);
        QVERIFY(opened);
        Pkcs11KeyStore &store = **opened;
        auto v1 = store.createKey(aesRequest(QStringLiteral("kek-doomed")));
        QVERIFY(v1);
        const crypto::SecureBytes fk = randomKey();
        auto wrapped = store.wrapKey(v1->name, v1->version, fk);
        QVERIFY(wrapped);

        auto deleted = store.deleteKey(QStringLiteral("kek-doomed"));
        QVERIFY(deleted);
        QCOMPARE(deleted->deletedOn, clock.now());
        QCOMPARE(deleted->scheduledPurge, clock.now().addDays(90));
        QVERIFY2(deleted->recoveryId.startsWith(QLatin1String("pkcs11:token=kw-main;object=kek-doomed")),
                 qPrintable(deleted->recoveryId));
        QCOMPARE(deleted->latest.version, v1->version);

        QCOMPARE(outcome(store.keyVersion(QStringLiteral("kek-doomed"))), errorCodeName(ErrorCode::KeyDeleted));
        QCOMPARE(outcome(store.listVersions(QStringLiteral("kek-doomed"))), errorCodeName(ErrorCode::KeyDeleted));
        auto w = store.wrapKey(v1->name, v1->version, fk);
        QCOMPARE(outcome(w), errorCodeName(ErrorCode::KeyDeleted));
        QVERIFY2(w.error().detail.contains(QLatin1String("recovered")), qPrintable(w.error().detail));
        QCOMPARE(outcome(store.unwrapKey(v1->name, v1->version, wrapped->wrapped)),
                 errorCodeName(ErrorCode::KeyDeleted));
        QCOMPARE(outcome(store.rotateKey(QStringLiteral("kek-doomed"))), errorCodeName(ErrorCode::KeyDeleted));
        QCOMPARE(outcome(store.deleteKey(QStringLiteral("kek-doomed"))), errorCodeName(ErrorCode::KeyDeleted));
        QCOMPARE(outcome(store.createKey(aesRequest(QStringLiteral("kek-doomed")))),
                 errorCodeName(ErrorCode::Conflict));
        auto listed = store.listKeys();
        QVERIFY(listed);
        for (const auto &k : *listed)
            QVERIFY(k.name != QLatin1String("kek-doomed"));
        auto gone = store.listDeletedKeys();
        QVERIFY(gone);
        QCOMPARE(gone->size(), 1);
        QCOMPARE(gone->first().name, QStringLiteral("kek-doomed"));

        auto recovered = store.recoverKey(QStringLiteral("kek-doomed"));
        QVERIFY(recovered);
        QCOMPARE(recovered->version, v1->version);
        auto back = store.unwrapKey(v1->name, v1->version, wrapped->wrapped);
        QVERIFY(back);
        QVERIFY(*back == fk);
        QCOMPARE(outcome(store.recoverKey(QStringLiteral("kek-doomed"))), errorCodeName(ErrorCode::NotFound));
        QCOMPARE(outcome(store.purgeKey(QStringLiteral("kek-doomed"))), errorCodeName(ErrorCode::NotFound));

        QVERIFY(store.deleteKey(QStringLiteral("kek-doomed")));
        auto refused = store.purgeKey(QStringLiteral("kek-doomed"));
        QCOMPARE(outcome(refused), errorCodeName(ErrorCode::Forbidden));
        QVERIFY2(refused.error().detail.contains(QLatin1String("purge protection is on")),
                 qPrintable(refused.error().detail));
        clock.advance(89 * 86400);
        QCOMPARE(outcome(store.purgeKey(QStringLiteral("kek-doomed"))), errorCodeName(ErrorCode::Forbidden));

        // Once the retention period has run out, even purge protection lets the key go.
        clock.advance(2 * 86400);
        QVERIFY(store.purgeKey(QStringLiteral("kek-doomed")));
        QCOMPARE(outcome(store.keyVersion(QStringLiteral("kek-doomed"))), errorCodeName(ErrorCode::NotFound));
        auto none = store.listDeletedKeys();
        QVERIFY(none);
        QVERIFY(none->isEmpty());
        QByteArray listing;
        m_hsm->pkcs11Tool({QStringLiteral("--token-label"), QStringLiteral("kw-main"), QStringLiteral("--login"),
                           QStringLiteral("--pin"), QString::fromLatin1(kPin), QStringLiteral("--list-objects")},
                          &listing);
        QVERIFY2(!listing.contains("kek-doomed"), listing.constData());
    }

    void purgeWithoutProtection()
    {
        Pkcs11Config c = config(QStringLiteral("kw-noprotect"));
        c.purgeProtection = false;
        c.retentionDays = 7;
        {
            auto opened = openWith(c);
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().detail));
            Pkcs11KeyStore &store = **opened;
            QVERIFY(!store.properties().purgeProtection);
            QCOMPARE(store.properties().retentionDays, 7);
            QVERIFY(store.createKey(aesRequest(QStringLiteral("kek-scratch"))));
            QVERIFY(store.rotateKey(QStringLiteral("kek-scratch")));
            auto d = store.deleteKey(QStringLiteral("kek-scratch"));
            QVERIFY(d);
            QCOMPARE(d->scheduledPurge, d->deletedOn.addDays(7));
            QVERIFY(store.purgeKey(QStringLiteral("kek-scratch")));
            QCOMPARE(outcome(store.keyVersion(QStringLiteral("kek-scratch"))), errorCodeName(ErrorCode::NotFound));
            // The name is free again.
            QVERIFY(store.createKey(aesRequest(QStringLiteral("kek-scratch"))));
        }
        // Purge protection can be switched on by a later open, and then stays on.
        c.purgeProtection = true;
        {
            auto opened = openWith(c);
            QVERIFY(opened);
            QVERIFY((*opened)->properties().purgeProtection);
            QCOMPARE((*opened)->properties().retentionDays, 7);
        }
        c.purgeProtection = false;
        auto opened = openWith(c);
        QVERIFY(opened);
        QVERIFY((*opened)->properties().purgeProtection);
        QVERIFY((*opened)->deleteKey(QStringLiteral("kek-scratch")));
        QCOMPARE(outcome((*opened)->purgeKey(QStringLiteral("kek-scratch"))), errorCodeName(ErrorCode::Forbidden));
    }

    void reopen()
    {
        const crypto::SecureBytes fk = randomKey();
        QList<KeyVersionInfo> before;
        WrappedKey wrapped;
        RotationPolicy policy;
        policy.rotateAfterCreate = IsoDuration{0, 6, 0};
        {
            auto opened = open(QStringLiteral("kw-main"));
            QVERIFY(opened);
            Pkcs11KeyStore &store = **opened;
            auto v1 = store.createKey(aesRequest(QStringLiteral("kek-durable")));
            QVERIFY(v1);
            QVERIFY(store.rotateKey(QStringLiteral("kek-durable")));
            QVERIFY(store.setVersionEnabled(QStringLiteral("kek-durable"), v1->version, false));
            QVERIFY(store.setRotationPolicy(QStringLiteral("kek-durable"), policy));
            auto w = store.wrapKey(QStringLiteral("kek-durable"), {}, fk);
            QVERIFY(w);
            wrapped = *w;
            auto vs = store.listVersions(QStringLiteral("kek-durable"));
            QVERIFY(vs);
            before = *vs;
        }
        // A new instance (the module is unloaded and loaded again in between) sees the same keys.
        auto opened = open(QStringLiteral("kw-main"));
        QVERIFY(opened);
        Pkcs11KeyStore &store = **opened;
        auto after = store.listVersions(QStringLiteral("kek-durable"));
        QVERIFY(after);
        QCOMPARE(after->size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(after->at(i).id, before.at(i).id);
            QCOMPARE(after->at(i).created, before.at(i).created);
            QCOMPARE(after->at(i).updated, before.at(i).updated);
            QCOMPARE(after->at(i).enabled, before.at(i).enabled);
            QCOMPARE(after->at(i).operations, before.at(i).operations);
        }
        QVERIFY(!after->at(0).enabled);
        auto p = store.rotationPolicy(QStringLiteral("kek-durable"));
        QVERIFY(p);
        QCOMPARE(*p, policy);
        auto back = store.unwrapKey(QStringLiteral("kek-durable"), after->at(1).version, wrapped.wrapped);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().detail));
        QVERIFY(*back == fk);
        auto keys = store.listKeys();
        QVERIFY(keys);
        QStringList names;
        for (const auto &k : *keys)
            names << k.name;
        QVERIFY2(names.contains(QLatin1String("kek-payments")) && names.contains(QLatin1String("kek-durable")),
                 qPrintable(names.join(u' ')));
    }

    // ---- refusals ---------------------------------------------------------------------------------------

    void rsaRefused_data()
    {
        QTest::addColumn<int>("bits");
        QTest::newRow("2048") << 2048;
        QTest::newRow("3072") << 3072;
        QTest::newRow("4096") << 4096;
    }
    void rsaRefused()
    {
        QFETCH(int, bits);
        auto opened = open(QStringLiteral("kw-main"));
        QVERIFY(opened);
        CreateKeyRequest r;
        r.name = QStringLiteral("kek-rsa-%1").arg(bits);
        r.kind = KeyKind::Rsa;
        r.bits = bits;
        auto created = (*opened)->createKey(r);
        QVERIFY(!created);
        QCOMPARE(outcome(created), errorCodeName(ErrorCode::Unsupported));
        const QString &d = created.error().detail;
        QVERIFY2(d.contains(QLatin1String("OAEP-SHA-256")) && d.contains(QLatin1String("SHA-1")) &&
                     d.contains(QLatin1String("AES-256")) && d.contains(QLatin1String("kw-main")),
                 qPrintable(d));
        QCOMPARE(outcome((*opened)->keyVersion(r.name)), errorCodeName(ErrorCode::NotFound));
    }

    // An RSA key pair put on the token by another tool, with metadata in Keyward's documented format, is
    // refused for wrapping too: there is no silent fall-back to SHA-1.
    void rsaKeyFromElsewhereRefused()
    {
        const QString version = QStringLiteral("0123456789abcdef0123456789abcdef");
        const QStringList login{QStringLiteral("--token-label"), QStringLiteral("kw-legacy"), QStringLiteral("--login"),
                                QStringLiteral("--pin"), QString::fromLatin1(kPin)};
        QByteArray out;
        QCOMPARE(m_hsm->pkcs11Tool(login + QStringList{QStringLiteral("--keypairgen"), QStringLiteral("--key-type"),
                                                       QStringLiteral("rsa:2048"), QStringLiteral("--label"),
                                                       QStringLiteral("legacy-rsa"), QStringLiteral("--id"), version,
                                                       QStringLiteral("--usage-wrap")},
                                   &out),
                 0);
        QTemporaryFile meta;
        QVERIFY(meta.open());
        meta.write(QStringLiteral("{\"format\":\"keyward-pkcs11-key/1\",\"name\":\"legacy-rsa\",\"revision\":1,"
                                  "\"type\":\"RSA\",\"size\":2048,\"versions\":[{\"version\":\"%1\","
                                  "\"created\":\"2030-01-01T00:00:00.000Z\",\"updated\":\"2030-01-01T00:00:00.000Z\","
                                  "\"not_before\":null,\"expires\":null,\"enabled\":true,"
                                  "\"operations\":[\"wrapKey\",\"unwrapKey\"]}]}")
                       .arg(version)
                       .toUtf8());
        meta.close();
        QCOMPARE(m_hsm->pkcs11Tool(login + QStringList{QStringLiteral("--write-object"), meta.fileName(),
                                                       QStringLiteral("--type"), QStringLiteral("data"),
                                                       QStringLiteral("--label"), QStringLiteral("legacy-rsa"),
                                                       QStringLiteral("--application-label"), QStringLiteral("keyward"),
                                                       QStringLiteral("--private")},
                                   &out),
                 0);

        auto opened = open(QStringLiteral("kw-legacy"));
        QVERIFY(opened);
        auto info = (*opened)->keyVersion(QStringLiteral("legacy-rsa"));
        QVERIFY2(info, qPrintable(info ? QString() : info.error().detail));
        QCOMPARE(info->kind, KeyKind::Rsa);
        QVERIFY(info->id.endsWith(QLatin1String(";type=private")));
        auto w = (*opened)->wrapKey(QStringLiteral("legacy-rsa"), version, randomKey());
        QCOMPARE(outcome(w), errorCodeName(ErrorCode::Unsupported));
        QVERIFY2(w.error().detail.contains(QLatin1String("OAEP-SHA-256")), qPrintable(w.error().detail));
        auto u = (*opened)->unwrapKey(QStringLiteral("legacy-rsa"), version, QByteArray(256, 'x'));
        QCOMPARE(outcome(u), errorCodeName(ErrorCode::Unsupported));
        QCOMPARE(outcome((*opened)->rotateKey(QStringLiteral("legacy-rsa"))), errorCodeName(ErrorCode::Unsupported));
    }

    void wrongPin()
    {
        const QString label = QStringLiteral("kw-pin");
        {
            secrets::MemorySecretStore pins;
            QVERIFY(pins.write(Pkcs11Config::defaultPinSecretKey(label), crypto::SecureBytes::fromView(kWrongPin)));
            auto s = Pkcs11KeyStore::open(config(label), &pins, nullptr);
            QVERIFY(!s);
            QCOMPARE(outcome(s), errorCodeName(ErrorCode::WrongPassphrase));
            QVERIFY2(s.error().detail.contains(QLatin1String("'kw-pin'")) &&
                         s.error().detail.contains(QLatin1String("pkcs11/kw-pin/user-pin")),
                     qPrintable(s.error().detail));
            QVERIFY(!leaksPin(s.error()));
        }
        {
            // Asked again after each wrong answer, with the attempt number.
            test::ScriptedPrompt prompt;
            prompt.answer(kWrongPin);
            prompt.answer(kWrongPin);
            prompt.answer(kPin);
            auto s = Pkcs11KeyStore::open(config(label), nullptr, &prompt);
            QVERIFY2(s, qPrintable(s ? QString() : s.error().detail));
            QCOMPARE(prompt.asked.size(), 3);
            for (int i = 0; i < 3; ++i) {
                QCOMPARE(prompt.asked.at(i).kind, SecretRequest::Kind::TokenPin);
                QCOMPARE(prompt.asked.at(i).subject, label);
                QCOMPARE(prompt.asked.at(i).attempt, i + 1);
            }
        }
        {
            test::ScriptedPrompt prompt;
            for (int i = 0; i < 5; ++i)
                prompt.answer(kWrongPin);
            auto s = Pkcs11KeyStore::open(config(label), nullptr, &prompt);
            QCOMPARE(outcome(s), errorCodeName(ErrorCode::WrongPassphrase));
            QCOMPARE(prompt.asked.size(), 3); // maxPinAttempts: every wrong PIN brings a token closer to locking
            QVERIFY2(s.error().detail.contains(QLatin1String("3 attempts")), qPrintable(s.error().detail));
            QVERIFY(!leaksPin(s.error()));
        }
        {
            // A wrong stored PIN falls through to the prompt, counted as the first attempt.
            secrets::MemorySecretStore pins;
            QVERIFY(pins.write(Pkcs11Config::defaultPinSecretKey(label), crypto::SecureBytes::fromView(kWrongPin)));
            test::ScriptedPrompt prompt;
            prompt.answer(kPin);
            auto s = Pkcs11KeyStore::open(config(label), &pins, &prompt);
            QVERIFY(s);
            QCOMPARE(prompt.asked.size(), 1);
            QCOMPARE(prompt.asked.first().attempt, 2);
        }
        {
            test::ScriptedPrompt prompt; // declines
            QCOMPARE(outcome(Pkcs11KeyStore::open(config(label), nullptr, &prompt)),
                     errorCodeName(ErrorCode::Cancelled));
            secrets::MemorySecretStore empty;
            auto s = Pkcs11KeyStore::open(config(label), &empty, nullptr);
            QCOMPARE(outcome(s), errorCodeName(ErrorCode::NotFound));
            QVERIFY2(s.error().detail.contains(QLatin1String("no PIN")), qPrintable(s.error().detail));
            // A keychain that does not answer, and no one to ask: its own error comes through.
            empty.failWith(ErrorCode::Locked);
            QCOMPARE(outcome(Pkcs11KeyStore::open(config(label), &empty, nullptr)), errorCodeName(ErrorCode::Locked));
        }
        // The PIN entry can be named explicitly.
        Pkcs11Config c = config(label);
        c.pinSecretKey = QStringLiteral("hsm/custom");
        secrets::MemorySecretStore pins;
        QVERIFY(pins.write(QStringLiteral("hsm/custom"), crypto::SecureBytes::fromView(kPin)));
        QVERIFY(Pkcs11KeyStore::open(c, &pins, nullptr));
    }

    void lockedPin()
    {
        const QString label = QStringLiteral("kw-lock");
        // SoftHSM2 counts wrong PINs but never locks: each try stays a wrong PIN.
        for (int i = 0; i < 8; ++i) {
            secrets::MemorySecretStore pins;
            QVERIFY(pins.write(Pkcs11Config::defaultPinSecretKey(label), crypto::SecureBytes::fromView(kWrongPin)));
            QCOMPARE(outcome(Pkcs11KeyStore::open(config(label), &pins, nullptr)),
                     errorCodeName(ErrorCode::WrongPassphrase));
        }
        // So the token is locked the way a hardware token locks itself: through its PIN flags.
        QVERIFY(m_hsm->lockUserPin(m_tokenDirs.value(label)));
        test::ScriptedPrompt prompt;
        prompt.answer(kPin);
        secrets::MemorySecretStore pins;
        QVERIFY(pins.write(Pkcs11Config::defaultPinSecretKey(label), crypto::SecureBytes::fromView(kPin)));
        auto s = Pkcs11KeyStore::open(config(label), &pins, &prompt);
        QVERIFY(!s);
        QCOMPARE(outcome(s), errorCodeName(ErrorCode::Locked));
        QVERIFY2(s.error().detail.contains(QLatin1String("locked")) &&
                     s.error().detail.contains(QLatin1String("security officer")) &&
                     s.error().detail.contains(QLatin1String("'kw-lock'")),
                 qPrintable(s.error().detail));
        QVERIFY(!leaksPin(s.error()));
        QVERIFY(prompt.asked.isEmpty()); // not one more try on a locked token
    }

    void missingModule()
    {
        Pkcs11Config c = config(QStringLiteral("kw-main"));
        c.modulePath = m_dir->filePath(QStringLiteral("no/such/libpkcs11.so"));
        auto s = openWith(c);
        QCOMPARE(outcome(s), errorCodeName(ErrorCode::Unavailable));
        QVERIFY2(s.error().detail.contains(c.modulePath), qPrintable(s.error().detail));

        // A file that is there but is not a shared library, and a library that is not a PKCS#11 module.
        c.modulePath = m_hsm->confPath();
        s = openWith(c);
        QCOMPARE(outcome(s), errorCodeName(ErrorCode::Unavailable));
        QVERIFY2(s.error().detail.contains(c.modulePath), qPrintable(s.error().detail));
        for (const char *lib : {"/lib/x86_64-linux-gnu/libz.so.1", "/usr/lib/x86_64-linux-gnu/libz.so.1"}) {
            if (!QFile::exists(QLatin1String(lib)))
                continue;
            c.modulePath = QLatin1String(lib);
            s = openWith(c);
            QCOMPARE(outcome(s), errorCodeName(ErrorCode::Unavailable));
            QVERIFY2(s.error().detail.contains(QLatin1String("not a PKCS#11 module")), qPrintable(s.error().detail));
            break;
        }
    }

    void missingToken()
    {
        auto s = open(QStringLiteral("kw-nowhere"));
        QCOMPARE(outcome(s), errorCodeName(ErrorCode::Unavailable));
        QVERIFY2(s.error().detail.contains(QLatin1String("'kw-nowhere' is not present")) &&
                     s.error().detail.contains(QLatin1String("'kw-main' (serial ")) &&
                     !s.error().detail.contains(QLatin1String("''")),
                 qPrintable(s.error().detail));
        Pkcs11Config c = config(QStringLiteral("kw-main"));
        c.tokenSerial = QStringLiteral("0000000000000000");
        s = openWith(c);
        QCOMPARE(outcome(s), errorCodeName(ErrorCode::Unavailable));
        QVERIFY2(s.error().detail.contains(QLatin1String("token 'kw-main' with serial number 0000000000000000 is not")),
                 qPrintable(s.error().detail));
        c.tokenLabel.clear();
        c.tokenSerial.clear();
        QCOMPARE(outcome(openWith(c)), errorCodeName(ErrorCode::InvalidArgument));
    }

    void tokenBySerial()
    {
        QString serial;
        {
            auto s = open(QStringLiteral("kw-main"));
            QVERIFY(s);
            serial = (*s)->tokenSerial();
        }
        Pkcs11Config c;
        c.name = QStringLiteral("by-serial");
        c.modulePath = m_module;
        c.tokenSerial = serial;
        auto s = openWith(c);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().detail));
        QCOMPARE((*s)->tokenLabel(), QStringLiteral("kw-main"));
        QVERIFY((*s)->keyVersion(QStringLiteral("kek-payments")));
    }

    void removedToken()
    {
        const QString label = QStringLiteral("kw-gone");
        auto opened = open(label);
        QVERIFY(opened);
        Pkcs11KeyStore &store = **opened;
        auto v = store.createKey(aesRequest(QStringLiteral("kek-lost")));
        QVERIFY(v);
        const crypto::SecureBytes fk = randomKey();
        auto wrapped = store.wrapKey(v->name, v->version, fk);
        QVERIFY(wrapped);

        QVERIFY(QDir(m_tokenDirs.value(label)).removeRecursively());
        auto listed = store.listKeys();
        QVERIFY(!listed);
        QCOMPARE(outcome(listed), errorCodeName(ErrorCode::Unavailable));
        QVERIFY2(listed.error().detail.contains(QLatin1String("'kw-gone'")) &&
                     listed.error().detail.contains(QLatin1String("removed")),
                 qPrintable(listed.error().detail));
        QCOMPARE(outcome(store.unwrapKey(v->name, v->version, wrapped->wrapped)),
                 errorCodeName(ErrorCode::Unavailable));
        QCOMPARE(outcome(store.wrapKey(v->name, v->version, fk)), errorCodeName(ErrorCode::Unavailable));
        QCOMPARE(outcome(store.createKey(aesRequest(QStringLiteral("kek-more")))),
                 errorCodeName(ErrorCode::Unavailable));
        opened->reset();
        QCOMPARE(outcome(open(label)), errorCodeName(ErrorCode::Unavailable));
    }

    // Through the services, as the key wizard and keywardctl reach a token: the key types it offers are those
    // its mechanisms allow, an RSA key is refused in the token's own words, and an AES key is made with a
    // rotation preset kept on the token.
    void keyServiceOnAToken()
    {
        secrets::MemorySecretStore secrets;
        const QString name = QStringLiteral("kw-service");
        QVERIFY(secrets.write(Pkcs11Config::defaultPinSecretKey(name), crypto::SecureBytes::fromView(kPin)).ok());
        services::Context context(m_dir->filePath(QStringLiteral("services")), secrets, nullptr);
        services::AddPkcs11StoreRequest add;
        add.name = name;
        add.modulePath = m_module;
        add.tokenLabel = name;
        auto added = services::StoreService(context).addPkcs11(add);
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().detail));
        services::KeyService keys(context);
        auto types = keys.keyTypes(name);
        QVERIFY(types.ok());
        QCOMPARE(*types, (QList<services::KeyType>{{KeyKind::Aes, 256}}));
        const Status rsa = keys.checkCreate(name, CreateKeyRequest(QStringLiteral("rsa-kek"), KeyKind::Rsa, 3072));
        QCOMPARE(rsa.error().code, ErrorCode::Unsupported);
        QVERIFY2(rsa.error().detail.contains(QLatin1String("OAEP-SHA-256")), qPrintable(rsa.error().detail));
        const auto preset = services::rotationPreset(services::RotationPresetId::Every180Days);
        auto created = keys.create(name, aesRequest(QStringLiteral("svc-kek")), preset.policy());
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().detail));
        QVERIFY(!created->policyError);
        QVERIFY(created->version.expires.has_value());
        auto store = keys.store(name);
        QCOMPARE((*store)->rotationPolicy(QStringLiteral("svc-kek")).value(), *preset.policy());
    }

    void cleanupTestCase()
    {
        // Nothing Keyward wrote outside the token holds the PIN.
        QVERIFY(test::filesContaining(m_dir->path(), kPin).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPkcs11)
#include "tst_pkcs11.moc"

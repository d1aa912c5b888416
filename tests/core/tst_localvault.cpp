// TestLocalVault: the embedded key store's whole lifecycle, its file protection and its failure modes.
#include "TestSupport.h"

#include "crypto/Digest.h"
#include "crypto/Random.h"
#include "crypto/RsaKey.h"
#include "keystore/LocalVault.h"
#include "secrets/SecretStore.h"
#include "util/ProcessLock.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;
using namespace keyward::keystore;

namespace {

const QDateTime Start(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);

crypto::ScryptParams fastScrypt()
{
    crypto::ScryptParams p;
    p.n = 1u << 12; // tests only: the product default is 2^16
    return p;
}

crypto::SecureBytes randomFk()
{
    return std::move(crypto::SystemRandom::instance().secretBytes(32)).value();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace

class TestLocalVault : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createAndReopenKeychainVault();
    void lifecycleAesAndRsa();
    void keyStates();
    void signingKeys();
    void rotationPolicy();
    void softDeleteRecoverPurge();
    void purgeWithoutProtection();
    void passphraseVault();
    void autoFallsBackToPassphrase();
    void corruptFileIsRefusedAndKept();
    void tamperedBodyIsRefused();
    void wrongMasterKeyIsAKeyError();
    void secondInstanceSeesChanges();
    void lockLeftByAKilledWriter_data();
    void lockLeftByAKilledWriter();
    void invalidRequests();
    void noSecretsInFilesOrLogs();
    void olderCopyIsRefused();
    void anotherVaultIsRefused();

private:
    std::unique_ptr<LocalVault> makeVault(VaultOptions options = {});
    std::unique_ptr<QTemporaryDir> m_dir;
    secrets::MemorySecretStore m_secrets;
    ManualClock m_clock{Start};
    QString m_path;
};

void TestLocalVault::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = LocalVault::pathFor(m_dir->path(), QStringLiteral("main"));
    m_secrets = secrets::MemorySecretStore();
    m_clock.set(Start);
}

std::unique_ptr<LocalVault> TestLocalVault::makeVault(VaultOptions options)
{
    if (options.name.isEmpty())
        options.name = QStringLiteral("main");
    options.scrypt = fastScrypt();
    auto vault = LocalVault::create(m_path, options, m_secrets, nullptr, m_clock);
    if (!vault) {
        qWarning("%s", qPrintable(vault.error().detail));
        return nullptr;
    }
    return std::move(vault).value();
}

void TestLocalVault::createAndReopenKeychainVault()
{
    auto vault = makeVault();
    QVERIFY(vault);
    QCOMPARE(vault->protection(), VaultProtection::Keychain);
    QCOMPARE(m_secrets.size(), std::size_t(1));
    QVERIFY(QFile::exists(m_path));
    QCOMPARE(QFile(m_path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    const StoreProperties p = vault->properties();
    QVERIFY(p.softDelete && p.purgeProtection);
    QCOMPARE(p.retentionDays, 90);
    auto created = vault->createKey({QStringLiteral("kek"), KeyKind::Aes, 256});
    QVERIFY(created.ok());
    QVERIFY(QRegularExpression(QStringLiteral("^vault://main/keys/kek/[0-9a-f]{32}$")).match(created->id).hasMatch());

    auto again = LocalVault::open(m_path, m_secrets, nullptr, m_clock);
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().detail));
    auto keys = (*again)->listKeys();
    QVERIFY(keys.ok());
    QCOMPARE(keys->size(), 1);
    QCOMPARE(keys->first().id, created->id);
    // A second vault at the same path is refused.
    auto twice = LocalVault::create(m_path, VaultOptions{QStringLiteral("main")}, m_secrets, nullptr, m_clock);
    QCOMPARE(twice.error().code, ErrorCode::Conflict);
}

void TestLocalVault::lifecycleAesAndRsa()
{
    auto vault = makeVault();
    QVERIFY(vault);
    for (auto [name, kind, bits] : {std::tuple{QStringLiteral("aes"), KeyKind::Aes, 256},
                                    std::tuple{QStringLiteral("rsa"), KeyKind::Rsa, 2048}}) {
        auto v1 = vault->createKey({name, kind, bits});
        QVERIFY(v1.ok());
        QCOMPARE(v1->bits, bits);
        auto v2 = vault->rotateKey(name);
        auto v3 = vault->rotateKey(name);
        QVERIFY(v2.ok() && v3.ok());
        auto versions = vault->listVersions(name);
        QVERIFY(versions.ok());
        QCOMPARE(versions->size(), 3);
        QCOMPARE(versions->last().version, v3->version);
        QCOMPARE(vault->keyVersion(name)->version, v3->version); // empty version = newest
        // Every version wraps and unwraps, and only under itself.
        for (const KeyVersionInfo &v : *versions) {
            const auto fk = randomFk();
            auto wrapped = vault->wrapKey(name, v.version, fk);
            QVERIFY2(wrapped.ok(), wrapped.ok() ? "" : qPrintable(wrapped.error().detail));
            QCOMPARE(wrapped->keyId, v.id);
            QCOMPARE(wrapped->algorithm,
                     kind == KeyKind::Rsa ? WrapAlgorithm::RsaOaep256 : WrapAlgorithm::AesKeyWrapPad);
            QCOMPARE(wrapped->wrapped.size(), kind == KeyKind::Rsa ? 256 : 40);
            auto back = vault->unwrapKey(name, v.version, wrapped->wrapped);
            QVERIFY(back.ok());
            QVERIFY(*back == fk);
            const QString other = v.version == v1->version ? v2->version : v1->version;
            auto wrong = vault->unwrapKey(name, other, wrapped->wrapped);
            QCOMPARE(wrong.error().code, ErrorCode::Key);
        }
    }
    auto keys = vault->listKeys();
    QCOMPARE(keys->size(), 2);
}

void TestLocalVault::keyStates()
{
    auto vault = makeVault();
    QVERIFY(vault);
    auto v1 = vault->createKey({QStringLiteral("k"), KeyKind::Aes, 256});
    QVERIFY(v1.ok());
    const auto fk = randomFk();
    auto wrapped = vault->wrapKey(QStringLiteral("k"), v1->version, fk);
    QVERIFY(wrapped.ok());

    QVERIFY(vault->setVersionEnabled(QStringLiteral("k"), v1->version, false).ok());
    QCOMPARE(vault->wrapKey(QStringLiteral("k"), v1->version, fk).error().code, ErrorCode::KeyDisabled);
    QCOMPARE(vault->unwrapKey(QStringLiteral("k"), v1->version, wrapped->wrapped).error().code, ErrorCode::KeyDisabled);
    QVERIFY(vault->setVersionEnabled(QStringLiteral("k"), v1->version, true).ok());
    QVERIFY(vault->unwrapKey(QStringLiteral("k"), v1->version, wrapped->wrapped).ok());

    CreateKeyRequest dated{QStringLiteral("dated"), KeyKind::Aes, 256};
    dated.notBefore = Start.addDays(1);
    dated.expires = Start.addDays(10);
    auto d = vault->createKey(dated);
    QVERIFY(d.ok());
    QCOMPARE(vault->wrapKey(QStringLiteral("dated"), d->version, fk).error().code, ErrorCode::KeyNotYetValid);
    m_clock.advance(2 * 86400);
    QVERIFY(vault->wrapKey(QStringLiteral("dated"), d->version, fk).ok());
    m_clock.advance(9 * 86400);
    QCOMPARE(vault->wrapKey(QStringLiteral("dated"), d->version, fk).error().code, ErrorCode::KeyExpired);

    QCOMPARE(vault->wrapKey(QStringLiteral("nope"), QString(), fk).error().code, ErrorCode::NotFound);
    QCOMPARE(vault->wrapKey(QStringLiteral("k"), QStringLiteral("00"), fk).error().code, ErrorCode::NotFound);

    CreateKeyRequest wrapOnly{QStringLiteral("wraponly"), KeyKind::Aes, 256};
    wrapOnly.operations = {QStringLiteral("wrapKey")};
    auto w = vault->createKey(wrapOnly);
    QVERIFY(w.ok());
    auto ww = vault->wrapKey(QStringLiteral("wraponly"), w->version, fk);
    QVERIFY(ww.ok());
    QCOMPARE(vault->unwrapKey(QStringLiteral("wraponly"), w->version, ww->wrapped).error().code, ErrorCode::Forbidden);
}

void TestLocalVault::signingKeys()
{
    auto vault = makeVault();
    QVERIFY(vault);
    CreateKeyRequest signing{QStringLiteral("signer"), KeyKind::Rsa, 2048};
    signing.operations = {QStringLiteral("sign"), QStringLiteral("verify")};
    signing.expires = Start.addDays(10);
    QVERIFY(signing.validate().ok());
    auto v1 = vault->createKey(signing);
    QVERIFY(v1.ok());
    QCOMPARE(v1->operations, signing.operations);

    const QByteArray message = "a report";
    auto sig = vault->sign(QStringLiteral("signer"), v1->version, message);
    QVERIFY(sig.ok());
    QCOMPARE(sig->size(), qsizetype(256));
    auto pem = vault->publicKeyPem(QStringLiteral("signer"), v1->version);
    QVERIFY(pem.ok());
    QVERIFY(pem->startsWith("-----BEGIN PUBLIC KEY-----"));
    auto pub = crypto::RsaPublicKey::fromPem(*pem);
    QVERIFY(pub.ok());
    QVERIFY(pub->verifyPssSha256(message, *sig).ok());
    QCOMPARE(pub->verifyPssSha256("a report!", *sig).error().code, ErrorCode::Auth);
    // No version: the newest, which is v1 until the key rotates.
    auto newest = vault->sign(QStringLiteral("signer"), QString(), message);
    QVERIFY(newest.ok());
    QVERIFY(pub->verifyPssSha256(message, *newest).ok());
    QCOMPARE(vault->publicKeyPem(QStringLiteral("signer"), QString()).value(), *pem);

    // A reopened vault signs with the same key.
    auto again = LocalVault::open(m_path, m_secrets, nullptr, m_clock);
    QVERIFY(again.ok());
    auto reopened = (*again)->sign(QStringLiteral("signer"), v1->version, message);
    QVERIFY(reopened.ok());
    QVERIFY(pub->verifyPssSha256(message, *reopened).ok());

    // A new version is a new key pair: the old public key does not verify what it signs.
    auto v2 = vault->rotateKey(QStringLiteral("signer"));
    QVERIFY(v2.ok());
    QCOMPARE(v2->operations, signing.operations);
    auto sig2 = vault->sign(QStringLiteral("signer"), QString(), message);
    QVERIFY(sig2.ok());
    QCOMPARE(pub->verifyPssSha256(message, *sig2).error().code, ErrorCode::Auth);
    auto pem2 = vault->publicKeyPem(QStringLiteral("signer"), v2->version);
    QVERIFY(pem2.ok());
    QVERIFY(*pem2 != *pem);
    QVERIFY(crypto::RsaPublicKey::fromPem(*pem2)->verifyPssSha256(message, *sig2).ok());

    // Disabled: no signature, but the public key stays available for what it signed before.
    QVERIFY(vault->setVersionEnabled(QStringLiteral("signer"), v1->version, false).ok());
    QCOMPARE(vault->sign(QStringLiteral("signer"), v1->version, message).error().code, ErrorCode::KeyDisabled);
    QCOMPARE(vault->publicKeyPem(QStringLiteral("signer"), v1->version).value(), *pem);
    QVERIFY(vault->setVersionEnabled(QStringLiteral("signer"), v1->version, true).ok());
    QVERIFY(vault->sign(QStringLiteral("signer"), v1->version, message).ok());

    // Expired, and not yet valid.
    m_clock.advance(11 * 86400);
    QCOMPARE(vault->sign(QStringLiteral("signer"), v1->version, message).error().code, ErrorCode::KeyExpired);
    QCOMPARE(vault->publicKeyPem(QStringLiteral("signer"), v1->version).value(), *pem);
    CreateKeyRequest later{QStringLiteral("later"), KeyKind::Rsa, 2048};
    later.operations = signing.operations;
    later.notBefore = m_clock.now().addDays(1);
    auto l = vault->createKey(later);
    QVERIFY(l.ok());
    QCOMPARE(vault->sign(QStringLiteral("later"), l->version, message).error().code, ErrorCode::KeyNotYetValid);

    // A wrapping key does not sign; it has a public key all the same.
    auto wrapping = vault->createKey({QStringLiteral("kek"), KeyKind::Rsa, 2048});
    QVERIFY(wrapping.ok());
    QCOMPARE(vault->sign(QStringLiteral("kek"), wrapping->version, message).error().code, ErrorCode::Forbidden);
    QVERIFY(vault->publicKeyPem(QStringLiteral("kek"), wrapping->version).ok());
    // A signing key does not wrap.
    QCOMPARE(vault->wrapKey(QStringLiteral("later"), l->version, randomFk()).error().code, ErrorCode::KeyNotYetValid);
    QCOMPARE(vault->wrapKey(QStringLiteral("signer"), v2->version, randomFk()).error().code, ErrorCode::Forbidden);

    // AES keys neither sign nor have a public key, whatever their operations say.
    CreateKeyRequest aes{QStringLiteral("aes"), KeyKind::Aes, 256};
    aes.operations = signing.operations;
    auto a = vault->createKey(aes);
    QVERIFY(a.ok());
    QCOMPARE(vault->sign(QStringLiteral("aes"), a->version, message).error().code, ErrorCode::Unsupported);
    QCOMPARE(vault->publicKeyPem(QStringLiteral("aes"), a->version).error().code, ErrorCode::Unsupported);

    QCOMPARE(vault->sign(QStringLiteral("none"), QString(), message).error().code, ErrorCode::NotFound);
    QCOMPARE(vault->sign(QStringLiteral("signer"), QStringLiteral("00"), message).error().code, ErrorCode::NotFound);
    QCOMPARE(vault->publicKeyPem(QStringLiteral("none"), QString()).error().code, ErrorCode::NotFound);
    QVERIFY(vault->deleteKey(QStringLiteral("signer")).ok());
    QCOMPARE(vault->sign(QStringLiteral("signer"), v2->version, message).error().code, ErrorCode::KeyDeleted);
    QCOMPARE(vault->publicKeyPem(QStringLiteral("signer"), v2->version).error().code, ErrorCode::KeyDeleted);
}

void TestLocalVault::rotationPolicy()
{
    auto vault = makeVault();
    QVERIFY(vault);
    QVERIFY(vault->createKey({QStringLiteral("k"), KeyKind::Aes, 256}).ok());
    // The official Key Vault example, as the policy to set.
    const QJsonObject body = test::keyVaultExampleBody(QStringLiteral("GetKeyRotationPolicy"));
    auto policy = RotationPolicy::fromKeyVaultJson(body);
    QVERIFY(policy.ok());
    QCOMPARE(policy->rotateAfterCreate->days, 90);
    QCOMPARE(policy->notifyBeforeExpiry->days, 30);
    QCOMPARE(policy->expiryTime->years, 2);
    QVERIFY(vault->setRotationPolicy(QStringLiteral("k"), *policy).ok());
    auto back = vault->rotationPolicy(QStringLiteral("k"));
    QVERIFY(back.ok());
    QVERIFY(*back == *policy);
    QCOMPARE(back->toKeyVaultJson().value(QStringLiteral("lifetimeActions")),
             body.value(QStringLiteral("lifetimeActions")));

    // Not due yet; due after 90 days; the new version carries the policy's expiry.
    QCOMPARE(vault->applyRotationPolicies()->size(), 0);
    m_clock.advance(qint64(91) * 86400);
    auto rotated = vault->applyRotationPolicies();
    QVERIFY(rotated.ok());
    QCOMPARE(rotated->size(), 1);
    QVERIFY(rotated->first().expires.has_value());
    QCOMPARE(rotated->first().expires->date(), m_clock.now().addYears(2).date());
    QCOMPARE(vault->listVersions(QStringLiteral("k"))->size(), 2);
    QCOMPARE(vault->applyRotationPolicies()->size(), 0);

    RotationPolicy bad;
    bad.rotateAfterCreate = IsoDuration{0, 0, 800};
    bad.expiryTime = IsoDuration{2, 0, 0};
    QCOMPARE(vault->setRotationPolicy(QStringLiteral("k"), bad).error().code, ErrorCode::InvalidArgument);
}

void TestLocalVault::softDeleteRecoverPurge()
{
    auto vault = makeVault();
    QVERIFY(vault);
    auto v = vault->createKey({QStringLiteral("k"), KeyKind::Aes, 256});
    QVERIFY(v.ok());
    const auto fk = randomFk();
    auto wrapped = vault->wrapKey(QStringLiteral("k"), v->version, fk);
    auto deleted = vault->deleteKey(QStringLiteral("k"));
    QVERIFY(deleted.ok());
    QCOMPARE(deleted->scheduledPurge, Start.addDays(90));
    QCOMPARE(vault->unwrapKey(QStringLiteral("k"), v->version, wrapped->wrapped).error().code, ErrorCode::KeyDeleted);
    QCOMPARE(vault->listKeys()->size(), 0);
    QCOMPARE(vault->listDeletedKeys()->size(), 1);
    QCOMPARE(vault->createKey({QStringLiteral("k"), KeyKind::Aes, 256}).error().code, ErrorCode::Conflict);

    auto recovered = vault->recoverKey(QStringLiteral("k"));
    QVERIFY(recovered.ok());
    QVERIFY(vault->unwrapKey(QStringLiteral("k"), v->version, wrapped->wrapped).ok());

    QCOMPARE(vault->purgeKey(QStringLiteral("k")).error().code, ErrorCode::Conflict); // not deleted
    QVERIFY(vault->deleteKey(QStringLiteral("k")).ok());
    const Status refused = vault->purgeKey(QStringLiteral("k"));
    QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    QVERIFY(refused.error().detail.contains(QStringLiteral("purge protection")));
    m_clock.advance(qint64(90) * 86400 + 1);
    QVERIFY(vault->purgeKey(QStringLiteral("k")).ok());
    QCOMPARE(vault->listDeletedKeys()->size(), 0);
    QCOMPARE(vault->recoverKey(QStringLiteral("k")).error().code, ErrorCode::NotFound);
}

void TestLocalVault::purgeWithoutProtection()
{
    VaultOptions o;
    o.purgeProtection = false;
    o.retentionDays = 7;
    auto vault = makeVault(o);
    QVERIFY(vault);
    QVERIFY(vault->createKey({QStringLiteral("k"), KeyKind::Aes, 256}).ok());
    QVERIFY(vault->deleteKey(QStringLiteral("k")).ok());
    QVERIFY(vault->purgeKey(QStringLiteral("k")).ok());
    QVERIFY(vault->createKey({QStringLiteral("k"), KeyKind::Aes, 256}).ok());
}

void TestLocalVault::passphraseVault()
{
    test::ScriptedPrompt prompt;
    prompt.answer("correct horse battery");
    VaultOptions o{QStringLiteral("main"), VaultOptions::Protection::Passphrase};
    o.scrypt = fastScrypt();
    auto vault = LocalVault::create(m_path, o, m_secrets, &prompt, m_clock);
    QVERIFY2(vault.ok(), vault.ok() ? "" : qPrintable(vault.error().detail));
    QCOMPARE((*vault)->protection(), VaultProtection::Passphrase);
    QCOMPARE(m_secrets.size(), std::size_t(0));
    QCOMPARE(prompt.asked.first().kind, SecretRequest::Kind::NewVaultPassphrase);
    QVERIFY((*vault)->createKey({QStringLiteral("k"), KeyKind::Aes, 256}).ok());

    test::ScriptedPrompt wrongThenRight;
    wrongThenRight.answer("wrong one");
    wrongThenRight.answer("correct horse battery");
    auto opened = LocalVault::open(m_path, m_secrets, &wrongThenRight, m_clock);
    QVERIFY(opened.ok());
    QCOMPARE(wrongThenRight.asked.size(), 2);
    QCOMPARE(wrongThenRight.asked.last().attempt, 2);
    QCOMPARE((*opened)->listKeys()->size(), 1);

    test::ScriptedPrompt allWrong;
    for (int i = 0; i < 5; ++i)
        allWrong.answer("nope nope");
    auto refused = LocalVault::open(m_path, m_secrets, &allWrong, m_clock);
    QCOMPARE(refused.error().code, ErrorCode::WrongPassphrase); // told apart from a damaged file
    QCOMPARE(allWrong.asked.size(), 3);

    test::ScriptedPrompt cancelled;
    QCOMPARE(LocalVault::open(m_path, m_secrets, &cancelled, m_clock).error().code, ErrorCode::Cancelled);
    QCOMPARE(LocalVault::open(m_path, m_secrets, nullptr, m_clock).error().code, ErrorCode::WrongPassphrase);

    test::ScriptedPrompt tooShort;
    tooShort.answer("short");
    QFile::remove(m_path);
    QCOMPARE(LocalVault::create(m_path, o, m_secrets, &tooShort, m_clock).error().code, ErrorCode::InvalidArgument);
}

void TestLocalVault::autoFallsBackToPassphrase()
{
    m_secrets.failWith(ErrorCode::Unavailable);
    test::ScriptedPrompt prompt;
    prompt.answer("a long passphrase");
    VaultOptions o{QStringLiteral("main")};
    o.scrypt = fastScrypt();
    auto vault = LocalVault::create(m_path, o, m_secrets, &prompt, m_clock);
    QVERIFY(vault.ok());
    QCOMPARE((*vault)->protection(), VaultProtection::Passphrase);
    // Asking for the keychain explicitly fails with the keychain's own error.
    QFile::remove(m_path);
    o.protection = VaultOptions::Protection::Keychain;
    QCOMPARE(LocalVault::create(m_path, o, m_secrets, &prompt, m_clock).error().code, ErrorCode::Unavailable);
    m_secrets.failWith(std::nullopt);
}

void TestLocalVault::corruptFileIsRefusedAndKept()
{
    auto vault = makeVault();
    QVERIFY(vault);
    QVERIFY(vault->createKey({QStringLiteral("k"), KeyKind::Aes, 256}).ok());
    QByteArray bytes = readAll(m_path);
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
    writeAll(m_path, bytes);

    auto reopened = LocalVault::open(m_path, m_secrets, nullptr, m_clock);
    QCOMPARE(reopened.error().code, ErrorCode::Format);
    QVERIFY(reopened.error().detail.contains(QStringLiteral("damaged")));
    // The open instance refuses to write over it.
    QCOMPARE(vault->createKey({QStringLiteral("k2"), KeyKind::Aes, 256}).error().code, ErrorCode::Format);
    QCOMPARE(readAll(m_path), bytes);
    QCOMPARE(vault->listKeys().error().code, ErrorCode::Format);
    // Truncated and empty files too.
    writeAll(m_path, bytes.left(40));
    QCOMPARE(LocalVault::open(m_path, m_secrets, nullptr, m_clock).error().code, ErrorCode::Format);
    writeAll(m_path, QByteArray());
    QCOMPARE(LocalVault::open(m_path, m_secrets, nullptr, m_clock).error().code, ErrorCode::Format);
    QCOMPARE(
        LocalVault::open(m_dir->filePath(QStringLiteral("none.kwvault")), m_secrets, nullptr, m_clock).error().code,
        ErrorCode::NotFound);
}

void TestLocalVault::tamperedBodyIsRefused()
{
    // An attacker who rewrites the body and fixes up the checksum is caught by the body's authentication.
    auto vault = makeVault();
    QVERIFY(vault);
    QVERIFY(vault->createKey({QStringLiteral("k"), KeyKind::Aes, 256}).ok());
    const QByteArray bytes = readAll(m_path);
    QByteArray line1 = bytes.left(bytes.indexOf('\n'));
    const qsizetype body = line1.indexOf("\"body\":\"") + 20;
    line1[body] = line1[body] == 'A' ? 'B' : 'A';
    const QByteArray forged = line1 + "\nsha256:" + crypto::Sha256::hash(line1)->toHex() + '\n';
    writeAll(m_path, forged);
    auto reopened = LocalVault::open(m_path, m_secrets, nullptr, m_clock);
    QCOMPARE(reopened.error().code, ErrorCode::Format);
    QVERIFY(reopened.error().detail.contains(QStringLiteral("altered")));
    QCOMPARE(vault->rotateKey(QStringLiteral("k")).error().code, ErrorCode::Format);
    QCOMPARE(readAll(m_path), forged);
}

void TestLocalVault::wrongMasterKeyIsAKeyError()
{
    auto vault = makeVault();
    QVERIFY(vault);
    secrets::MemorySecretStore other;
    QVERIFY(LocalVault::open(m_path, other, nullptr, m_clock).error().code == ErrorCode::Key);
    // Replace the keychain entry with another key: refused as not this vault's key.
    const QString entry = QStringLiteral("vault/%1/master");
    Q_UNUSED(entry);
    secrets::MemorySecretStore swapped;
    auto body = QString::fromLatin1(readAll(m_path));
    const auto m = QRegularExpression(QStringLiteral("\"keychain_entry\":\"([^\"]+)\"")).match(body);
    QVERIFY(m.hasMatch());
    QVERIFY(swapped.write(m.captured(1), randomFk()).ok());
    auto refused = LocalVault::open(m_path, swapped, nullptr, m_clock);
    QCOMPARE(refused.error().code, ErrorCode::Key);
    QVERIFY(refused.error().detail.contains(QStringLiteral("not this vault")));
}

void TestLocalVault::secondInstanceSeesChanges()
{
    auto a = makeVault();
    QVERIFY(a);
    auto b = LocalVault::open(m_path, m_secrets, nullptr, m_clock);
    QVERIFY(b.ok());
    QVERIFY(a->createKey({QStringLiteral("one"), KeyKind::Aes, 256}).ok());
    QVERIFY((*b)->createKey({QStringLiteral("two"), KeyKind::Aes, 256}).ok());
    QCOMPARE(a->listKeys()->size(), 2);
    QCOMPARE((*b)->listKeys()->size(), 2);
    // No temporary file is left beside the vault; the lock file stays: the lock is the kernel's, on that file,
    // and removing the file while another writer waits on it would let two writers in.
    const QStringList left = QDir(QFileInfo(m_path).absolutePath()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(left, (QStringList{QStringLiteral("main.kwvault"), QStringLiteral("main.kwvault.lock")}));
}

void TestLocalVault::lockLeftByAKilledWriter_data()
{
    // What a writer killed while it held the lock leaves behind: its lock file, empty when the kill came
    // between creating and writing it, or naming a process that is gone. Neither may block the next writer.
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("dead process") << QByteArray("999999\nkeywardctl\nhost\n");
}

void TestLocalVault::lockLeftByAKilledWriter()
{
    QFETCH(QByteArray, content);
    auto vault = makeVault();
    QVERIFY(vault);
    QFile leftover(m_path + QStringLiteral(".lock"));
    QVERIFY(leftover.open(QIODevice::WriteOnly));
    leftover.write(content);
    leftover.close();
    auto made = vault->createKey({QStringLiteral("after-a-kill"), KeyKind::Aes, 256});
    QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().detail));
    if (!content.isEmpty())
        return;
    // And while another process really holds it, a writer is refused (after waiting), saying the vault is busy.
    ProcessLock held(m_path + QStringLiteral(".lock"));
    QVERIFY(held.tryLock(0));
    QCOMPARE(vault->createKey({QStringLiteral("while-held"), KeyKind::Aes, 256}).error().code, ErrorCode::Unavailable);
}

void TestLocalVault::invalidRequests()
{
    auto vault = makeVault();
    QVERIFY(vault);
    QCOMPARE(vault->createKey(CreateKeyRequest(QStringLiteral("bad name"), KeyKind::Aes, 256)).error().code,
             ErrorCode::InvalidArgument);
    QCOMPARE(vault->createKey({QStringLiteral("r"), KeyKind::Rsa, 1024}).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(vault->createKey({QStringLiteral("a"), KeyKind::Aes, 128}).error().code, ErrorCode::InvalidArgument);
    QVERIFY(vault->createKey({QStringLiteral("a"), KeyKind::Aes, 256}).ok());
    QCOMPARE(vault->wrapKey(QStringLiteral("a"), QString(), crypto::SecureBytes(16)).error().code,
             ErrorCode::InvalidArgument);
    VaultOptions o{QStringLiteral("x")};
    o.retentionDays = 3;
    QCOMPARE(
        LocalVault::create(m_dir->filePath(QStringLiteral("x.kwvault")), o, m_secrets, nullptr, m_clock).error().code,
        ErrorCode::InvalidArgument);
}

namespace {
QStringList g_messages;
void captureMessages(QtMsgType, const QMessageLogContext &, const QString &msg)
{
    g_messages << msg;
}
} // namespace

void TestLocalVault::noSecretsInFilesOrLogs()
{
    g_messages.clear();
    const auto previous = qInstallMessageHandler(captureMessages);
    const QByteArray passphrase = "never-on-disk-passphrase";
    test::ScriptedPrompt prompt;
    prompt.answer(passphrase);
    prompt.answer(passphrase);
    VaultOptions o{QStringLiteral("main"), VaultOptions::Protection::Passphrase};
    o.scrypt = fastScrypt();
    auto vault = LocalVault::create(m_path, o, m_secrets, &prompt, m_clock);
    QVERIFY(vault.ok());
    QVERIFY((*vault)->createKey({QStringLiteral("rsa"), KeyKind::Rsa, 2048}).ok());
    QVERIFY((*vault)->createKey({QStringLiteral("aes"), KeyKind::Aes, 256}).ok());
    const auto fk = randomFk();
    auto wrappedRsa = (*vault)->wrapKey(QStringLiteral("rsa"), QString(), fk);
    auto wrappedAes = (*vault)->wrapKey(QStringLiteral("aes"), QString(), fk);
    QVERIFY(wrappedRsa.ok() && wrappedAes.ok());
    QVERIFY((*vault)->unwrapKey(QStringLiteral("rsa"), QString(), wrappedRsa->wrapped).ok());
    auto reopened = LocalVault::open(m_path, m_secrets, &prompt, m_clock);
    QVERIFY(reopened.ok());
    const bool unwrapped = (*reopened)->unwrapKey(QStringLiteral("aes"), QString(), QByteArray(40, 'x')).ok();
    QVERIFY(!unwrapped); // a failure, logged nowhere
    qInstallMessageHandler(previous);

    const QByteArray fkBytes(reinterpret_cast<const char *>(fk.data()), qsizetype(fk.size()));
    // Key material in clear would show the PKCS#8 RSA prefix; none of the secrets may appear in any file.
    const QByteArray pkcs8Rsa = QByteArray::fromHex("020100300d06092a864886f70d010101");
    for (const QByteArray &needle : {passphrase, fkBytes, fkBytes.toBase64(), fkBytes.toHex(), pkcs8Rsa}) {
        QCOMPARE(test::filesContaining(m_dir->path(), needle), QStringList());
        for (const QString &m : std::as_const(g_messages))
            QVERIFY(!m.toUtf8().contains(needle));
    }
}

void TestLocalVault::olderCopyIsRefused()
{
    auto vault = makeVault();
    QVERIFY(vault);
    QVERIFY(vault->createKey({QStringLiteral("k"), KeyKind::Aes, 256}).ok());
    const QString version = vault->keyVersion(QStringLiteral("k"))->version;
    const QByteArray beforeDisable = test::readFile(m_path);
    QVERIFY(vault->setVersionEnabled(QStringLiteral("k"), version, false).ok());
    const QByteArray afterDisable = test::readFile(m_path);
    QCOMPARE(vault->counter(), qint64(2));

    // The older copy put back under an open vault: refused, not read back into it.
    test::writeFile(m_path, beforeDisable);
    auto stale = vault->keyVersion(QStringLiteral("k"));
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().reason, Reason::VaultRolledBack);

    // ... and on open: the counter recorded beside the master key is higher than the file's.
    auto reopened = LocalVault::open(m_path, m_secrets, nullptr, m_clock);
    QVERIFY(!reopened.ok());
    QCOMPARE(reopened.error().code, ErrorCode::Conflict);
    QCOMPARE(reopened.error().reason, Reason::VaultRolledBack);
    QCOMPARE(reopened.error().args.value(2), QStringLiteral("1"));
    QCOMPARE(reopened.error().args.value(3), QStringLiteral("2"));
    QCOMPARE(test::readFile(m_path), beforeDisable); // left as it is

    // A file ahead of the record (a crash after the write, before the record) opens, and is recorded.
    test::writeFile(m_path, afterDisable);
    QVERIFY(m_secrets.write(LocalVault::counterEntry(vault->vaultId()), crypto::SecureBytes::fromView("1")).ok());
    auto ahead = LocalVault::open(m_path, m_secrets, nullptr, m_clock);
    QVERIFY(ahead.ok());
    QCOMPARE((*ahead)->keyVersion(QStringLiteral("k"))->enabled, false);
    test::writeFile(m_path, beforeDisable);
    QCOMPARE(LocalVault::open(m_path, m_secrets, nullptr, m_clock).error().reason, Reason::VaultRolledBack);
}

void TestLocalVault::anotherVaultIsRefused()
{
    auto vault = makeVault();
    QVERIFY(vault);
    const QString id = vault->vaultId();
    QCOMPARE(LocalVault::idOf(m_path), id);
    QVERIFY(LocalVault::open(m_path, m_secrets, nullptr, m_clock, id).ok());
    auto other = LocalVault::open(m_path, m_secrets, nullptr, m_clock, QStringLiteral("another-vault-id"));
    QVERIFY(!other.ok());
    QCOMPARE(other.error().code, ErrorCode::Conflict);
    QVERIFY(LocalVault::idOf(m_dir->filePath(QStringLiteral("none.kwvault"))).isEmpty());
}

QTEST_GUILESS_MAIN(TestLocalVault)
#include "tst_localvault.moc"

// LocalVault: key lifecycle over the vault file, with every change written atomically under a lock.
#include "keystore/LocalVault.h"

#include "crypto/KeyWrap.h"
#include "crypto/Random.h"
#include "crypto/RsaKey.h"
#include "util/Input.h"
#include "util/ProcessLock.h"
#include "util/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace keyward::keystore {

namespace {

constexpr int MaxPassphraseAttempts = 3;

Result<QByteArray> readVaultBytes(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return Error::make(ErrorCode::NotFound, QStringLiteral("no vault file at %1").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io, QStringLiteral("cannot read vault file %1: %2").arg(path, f.errorString()));
    if (f.size() > (qint64(64) << 20))
        return Error::make(ErrorCode::Format, QStringLiteral("%1 is too large to be a vault file").arg(path));
    return f.readAll();
}

Status writeVaultBytes(const QString &path, const QByteArray &bytes)
{
    // Owner-only, never through a link, in a folder that is the caller's; the previous version stays intact
    // until the new one is whole.
    return writeFileSafely(path, bytes, OwnerOnlyFileMode);
}

Result<crypto::SecureBytes> unlockWithPassphrase(const VaultHeader &header, SecretPrompt *prompt)
{
    if (!prompt)
        return Error::make(
            ErrorCode::WrongPassphrase,
            QStringLiteral("vault '%1' is protected by a passphrase and none can be asked for").arg(header.name));
    Error last = Error::make(ErrorCode::WrongPassphrase, QString());
    for (int attempt = 1; attempt <= MaxPassphraseAttempts; ++attempt) {
        auto passphrase = prompt->ask({SecretRequest::Kind::VaultPassphrase, header.name, attempt});
        if (!passphrase)
            return passphrase.error();
        auto master = VaultFile::masterFromPassphrase(header, *passphrase);
        if (master || master.error().code != ErrorCode::WrongPassphrase)
            return master;
        last = master.error();
    }
    return last;
}

Result<crypto::SecureBytes> masterKeyFor(const VaultHeader &header, secrets::SecretStore &secrets, SecretPrompt *prompt)
{
    if (header.protection == VaultProtection::Passphrase)
        return unlockWithPassphrase(header, prompt);
    auto master = secrets.read(header.keychainEntry);
    if (master)
        return master;
    Error e = master.error();
    if (e.code == ErrorCode::NotFound)
        return Error::make(ErrorCode::Key, QStringLiteral("the master key of vault '%1' is not in the %2 (entry %3)")
                                               .arg(header.name, secrets.backendName(), header.keychainEntry));
    e.detail = QStringLiteral("cannot unlock vault '%1': %2").arg(header.name, e.detail);
    if (e.reason == Reason::KeychainLocked)
        e.args = QStringList{header.name};
    return e;
}

// The highest write counter recorded for a vault; nullopt when none is (a vault made before counters were kept,
// or a keychain that does not answer: then there is nothing to compare with).
std::optional<qint64> recordedCounter(secrets::SecretStore &secrets, const QString &vaultId)
{
    auto stored = secrets.read(LocalVault::counterEntry(vaultId));
    if (!stored)
        return std::nullopt;
    bool ok = false;
    const qint64 n =
        QByteArray(reinterpret_cast<const char *>(stored->data()), qsizetype(stored->size())).toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

Error rolledBack(const VaultHeader &header, const QString &path, qint64 inFile, qint64 recorded)
{
    return Error::because(ErrorCode::Conflict, Reason::VaultRolledBack,
                          {header.name, path, QString::number(inFile), QString::number(recorded)},
                          QStringLiteral("%1 is an older copy of vault '%2': its write counter is %3, Keyward last "
                                         "wrote %4")
                              .arg(path, header.name)
                              .arg(inFile)
                              .arg(recorded));
}

QString randomVersion()
{
    auto bytes = crypto::SystemRandom::instance().publicBytes(16);
    return bytes ? QString::fromLatin1(bytes->toHex()) : QString();
}

} // namespace

LocalVault::LocalVault(QString path, VaultHeader header, crypto::SecureBytes master, VaultContents contents,
                       secrets::SecretStore &secrets, const Clock &clock)
    : m_path(std::move(path)), m_header(std::move(header)), m_master(std::move(master)),
      m_contents(std::move(contents)), m_secrets(secrets), m_clock(clock)
{
}

QString LocalVault::counterEntry(const QString &vaultId)
{
    return QStringLiteral("vault/%1/counter").arg(vaultId);
}

QString LocalVault::idOf(const QString &path)
{
    auto bytes = readVaultBytes(path);
    if (!bytes)
        return {};
    auto file = VaultFile::parse(*bytes);
    return file ? file->header().id : QString();
}

bool LocalVault::discardAbandoned(const QString &path, secrets::SecretStore &secrets)
{
    auto bytes = readVaultBytes(path);
    if (!bytes)
        return false;
    auto file = VaultFile::parse(*bytes);
    if (!file || file->header().protection != VaultProtection::Keychain || file->header().keychainEntry.isEmpty())
        return false;
    auto master = secrets.read(file->header().keychainEntry);
    if (!master)
        return false;
    auto contents = file->open(*master);
    if (!contents || contents->revision != 0 || !contents->keys.isEmpty())
        return false;
    // Nothing was ever kept in it: the file goes first, so that a kill here leaves at worst an unused entry.
    if (!QFile::remove(path))
        return false;
    if (auto removed = secrets.remove(file->header().keychainEntry); !removed)
        qWarning("keyward: the keychain entry of an abandoned vault file could not be removed: %s",
                 qPrintable(removed.error().detail));
    return true;
}

void LocalVault::recordCounter()
{
    // After the file is written: a crash before this leaves the file ahead of the record, which the next open
    // records. A keychain that does not answer leaves the record behind; it never fails the write.
    if (m_contents.revision == 0)
        return; // never written since it was made
    const auto recorded = recordedCounter(m_secrets, m_header.id);
    if (recorded && *recorded >= m_contents.revision)
        return;
    const QByteArray text = QByteArray::number(m_contents.revision);
    if (auto st = m_secrets.write(counterEntry(m_header.id), crypto::SecureBytes::fromView(text)); !st)
        qWarning("keyward: the write counter of vault '%s' could not be recorded: %s", qPrintable(m_header.name),
                 qPrintable(st.error().detail));
}

LocalVault::~LocalVault() = default;

QString LocalVault::pathFor(const QString &dataDir, const QString &name)
{
    return QDir(dataDir).filePath(QStringLiteral("vaults/%1.kwvault").arg(name));
}

Result<std::unique_ptr<LocalVault>> LocalVault::create(const QString &path, const VaultOptions &options,
                                                       secrets::SecretStore &secrets, SecretPrompt *prompt,
                                                       const Clock &clock)
{
    if (!isValidKeyName(options.name))
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("vault name '%1' must be 1-127 letters, digits or dashes").arg(options.name));
    if (options.retentionDays < 7 || options.retentionDays > 90)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("retention must be 7 to 90 days"));
    if (auto st = options.scrypt.validate(); !st)
        return Error::make(ErrorCode::InvalidArgument, st.error().detail);
    if (QFileInfo::exists(path))
        return Error::make(ErrorCode::Conflict, QStringLiteral("a vault file already exists at %1").arg(path));
    if (auto st = makeOwnerOnlyFolder(QFileInfo(path).absolutePath()); !st)
        return Error::make(ErrorCode::Io, QStringLiteral("cannot create the folder for %1").arg(path));

    auto master = crypto::SystemRandom::instance().secretBytes(32);
    if (!master)
        return master.error();
    VaultHeader header;
    header.name = options.name;
    header.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    header.scrypt = options.scrypt;

    bool useKeychain = options.protection != VaultOptions::Protection::Passphrase;
    if (useKeychain) {
        header.protection = VaultProtection::Keychain;
        header.keychainEntry = QStringLiteral("vault/%1/master").arg(header.id);
        if (auto st = secrets.write(header.keychainEntry, *master); !st) {
            if (options.protection == VaultOptions::Protection::Keychain) {
                Error e = st.error();
                if (e.reason == Reason::KeychainLocked)
                    e.args = QStringList{options.name};
                return e;
            }
            useKeychain = false; // Auto: no keychain answers, so a passphrase protects the master key
        }
    }
    if (!useKeychain) {
        if (!prompt)
            return Error::make(ErrorCode::Unavailable,
                               QStringLiteral("no keychain answers and no passphrase can be asked for"));
        auto passphrase = prompt->ask({SecretRequest::Kind::NewVaultPassphrase, options.name, 1});
        if (!passphrase)
            return passphrase.error();
        if (auto st = input::checkNewPassphraseLength(passphrase->size()); !st)
            return st.error();
        header.keychainEntry.clear();
        if (auto st = VaultFile::protectWithPassphrase(header, *master, *passphrase); !st)
            return st.error();
    }
    auto check = VaultFile::keyCheckFor(header, *master);
    if (!check)
        return check.error();
    header.keyCheck = *check;

    VaultContents contents;
    contents.softDelete = options.softDelete;
    contents.purgeProtection = options.purgeProtection;
    contents.retentionDays = options.retentionDays;
    auto bytes = VaultFile::encode(header, contents, *master);
    if (!bytes)
        return bytes.error();
    if (auto st = writeVaultBytes(path, *bytes); !st) {
        Error e = st.error();
        if (header.protection == VaultProtection::Keychain) {
            if (auto removed = secrets.remove(header.keychainEntry); !removed)
                e.detail += QStringLiteral("; the master key stays in the keychain as %1 (%2)")
                                .arg(header.keychainEntry, removed.error().detail);
        }
        return e;
    }
    // Nothing to record yet: no copy of this vault can be older than its first write.
    return std::unique_ptr<LocalVault>(
        new LocalVault(path, std::move(header), std::move(master).value(), std::move(contents), secrets, clock));
}

Result<std::unique_ptr<LocalVault>> LocalVault::open(const QString &path, secrets::SecretStore &secrets,
                                                     SecretPrompt *prompt, const Clock &clock,
                                                     const QString &expectedId)
{
    auto bytes = readVaultBytes(path);
    if (!bytes)
        return bytes.error();
    auto file = VaultFile::parse(*bytes);
    if (!file)
        return file.error();
    if (!expectedId.isEmpty() && file->header().id != expectedId)
        return Error::make(ErrorCode::Conflict,
                           QStringLiteral("%1 holds vault %2, not vault %3").arg(path, file->header().id, expectedId));
    auto master = masterKeyFor(file->header(), secrets, prompt);
    if (!master)
        return master.error();
    auto contents = file->open(*master);
    if (!contents)
        return contents.error();
    if (const auto recorded = recordedCounter(secrets, file->header().id); recorded && contents->revision < *recorded) {
        // Another program may have written the file and recorded its counter between the read above and the
        // counter's: read both again under the vault's lock, which a writer holds until its counter is recorded.
        ProcessLock lock(path + QStringLiteral(".lock"));
        if (!lock.tryLock(10000))
            return Error::make(
                ErrorCode::Unavailable,
                QStringLiteral("vault '%1' is busy in another program; try again").arg(file->header().name));
        auto again = readVaultBytes(path);
        if (!again)
            return again.error();
        auto reread = VaultFile::parse(*again);
        if (!reread)
            return reread.error();
        if (reread->header().id != file->header().id)
            return Error::make(ErrorCode::Conflict, QStringLiteral("%1 now holds another vault").arg(path));
        contents = reread->open(*master);
        if (!contents)
            return contents.error();
        const auto now = recordedCounter(secrets, file->header().id);
        if (now && contents->revision < *now)
            return rolledBack(file->header(), path, contents->revision, *now);
    }
    auto vault = std::unique_ptr<LocalVault>(
        new LocalVault(path, file->header(), std::move(master).value(), std::move(contents).value(), secrets, clock));
    vault->recordCounter();
    return vault;
}

Status LocalVault::reload()
{
    auto bytes = readVaultBytes(m_path);
    if (!bytes) {
        // The file of an open vault moved, removed or unreadable: the store went away, as a token pulled out does.
        Error e = bytes.error();
        if (e.code == ErrorCode::NotFound || e.code == ErrorCode::Io)
            e = Error::because(ErrorCode::Unavailable, Reason::KeyStoreGone, {m_header.name},
                               QStringLiteral("vault '%1' went away while in use: %2").arg(m_header.name, e.detail));
        return e;
    }
    auto file = VaultFile::parse(*bytes);
    if (!file)
        return file.error();
    if (file->header().id != m_header.id)
        return Error::make(ErrorCode::Conflict, QStringLiteral("%1 now holds another vault").arg(m_path));
    auto contents = file->open(m_master);
    if (!contents)
        return contents.error();
    // An older copy put back while the vault is open is refused like one found when opening it.
    if (contents->revision < m_contents.revision)
        return rolledBack(m_header, m_path, contents->revision, m_contents.revision);
    m_contents = std::move(contents).value();
    return {};
}

Status LocalVault::mutate(const std::function<Status(VaultContents &)> &change)
{
    // A kernel lock, released whenever its holder exits: a lock file left by a killed process (even an empty one,
    // from a kill between creating and writing it) never blocks the next writer.
    ProcessLock lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(10000))
        return Error::make(ErrorCode::Unavailable,
                           QStringLiteral("vault '%1' is busy in another program; try again").arg(m_header.name));
    if (auto st = reload(); !st)
        return st;
    VaultContents next = m_contents;
    if (auto st = change(next); !st)
        return st;
    ++next.revision;
    auto bytes = VaultFile::encode(m_header, next, m_master);
    if (!bytes)
        return bytes.error();
    if (auto st = writeVaultBytes(m_path, *bytes); !st)
        return st;
    m_contents = std::move(next);
    recordCounter();
    return {};
}

QString LocalVault::keyId(const QString &name, const QString &version) const
{
    return QStringLiteral("vault://%1/keys/%2/%3").arg(m_header.name, name, version);
}

KeyVersionInfo LocalVault::info(const VaultKey &key, const VaultVersion &v) const
{
    KeyVersionInfo i;
    i.id = keyId(key.name, v.version);
    i.name = key.name;
    i.version = v.version;
    i.kind = key.kind;
    i.bits = key.bits;
    i.created = v.created;
    i.updated = v.updated;
    i.notBefore = v.notBefore;
    i.expires = v.expires;
    i.enabled = v.enabled;
    i.operations = v.operations;
    i.hsmBacked = false;
    return i;
}

StoreProperties LocalVault::properties() const
{
    StoreProperties p;
    p.name = m_header.name;
    p.kind = QStringLiteral("local");
    p.softDelete = m_contents.softDelete;
    p.purgeProtection = m_contents.purgeProtection;
    p.retentionDays = m_contents.retentionDays;
    p.hsmBacked = false;
    return p;
}

static VaultKey *findKey(VaultContents &c, const QString &name)
{
    for (VaultKey &k : c.keys)
        if (k.name == name)
            return &k;
    return nullptr;
}

Result<const VaultKey *> LocalVault::liveKey(const QString &name) const
{
    for (const VaultKey &k : m_contents.keys) {
        if (k.name != name)
            continue;
        if (k.deletedOn)
            return Error::make(ErrorCode::KeyDeleted,
                               QStringLiteral("key '%1' in vault '%2' was deleted on %3; recover it to use it")
                                   .arg(name, m_header.name, k.deletedOn->toString(Qt::ISODate)));
        return &k;
    }
    return Error::make(ErrorCode::NotFound,
                       QStringLiteral("vault '%1' has no key named '%2'").arg(m_header.name, name));
}

Result<QList<KeyVersionInfo>> LocalVault::listKeys()
{
    if (auto st = reload(); !st)
        return st.error();
    QList<KeyVersionInfo> out;
    for (const VaultKey &k : m_contents.keys)
        if (!k.deletedOn)
            out << info(k, k.versions.last());
    return out;
}

Result<QList<KeyVersionInfo>> LocalVault::listVersions(const QString &name)
{
    if (auto st = reload(); !st)
        return st.error();
    auto key = liveKey(name);
    if (!key)
        return key.error();
    QList<KeyVersionInfo> out;
    for (const VaultVersion &v : (*key)->versions)
        out << info(**key, v);
    return out;
}

Result<KeyVersionInfo> LocalVault::keyVersion(const QString &name, const QString &version)
{
    if (auto st = reload(); !st)
        return st.error();
    auto key = liveKey(name);
    if (!key)
        return key.error();
    if (version.isEmpty())
        return info(**key, (*key)->versions.last());
    for (const VaultVersion &v : (*key)->versions)
        if (v.version == version)
            return info(**key, v);
    return Error::make(ErrorCode::NotFound, QStringLiteral("key %1 does not exist").arg(keyId(name, version)));
}

Result<VaultVersion> LocalVault::newVersion(const QString &name, KeyKind kind, int bits, const QStringList &operations,
                                            const std::optional<QDateTime> &notBefore,
                                            const std::optional<QDateTime> &expires)
{
    VaultVersion v;
    v.version = randomVersion();
    v.created = v.updated = m_clock.now();
    v.notBefore = notBefore;
    v.expires = expires;
    v.enabled = true;
    v.operations = operations;
    crypto::SecureBytes material;
    if (kind == KeyKind::Rsa) {
        auto rsa = crypto::RsaPrivateKey::generate(bits);
        if (!rsa)
            return rsa.error();
        auto der = rsa->toPkcs8Der();
        if (!der)
            return der.error();
        material = std::move(der).value();
    } else {
        auto aes = crypto::SystemRandom::instance().secretBytes(std::size_t(bits / 8));
        if (!aes)
            return aes.error();
        material = std::move(aes).value();
    }
    auto sealed = VaultFile::sealMaterial(m_header, m_master, keyId(name, v.version), material);
    if (!sealed)
        return sealed.error();
    v.sealedMaterial = *sealed;
    return v;
}

Result<KeyVersionInfo> LocalVault::createKey(const CreateKeyRequest &request)
{
    if (auto st = request.validate(); !st)
        return st.error();
    auto version =
        newVersion(request.name, request.kind, request.bits, request.operations, request.notBefore, request.expires);
    if (!version)
        return version.error();
    auto st = mutate([&](VaultContents &c) -> Status {
        if (VaultKey *existing = findKey(c, request.name))
            return Error::make(
                ErrorCode::Conflict,
                existing->deletedOn
                    ? QStringLiteral("a deleted key named '%1' is kept in vault '%2'; recover or purge it first")
                          .arg(request.name, m_header.name)
                    : QStringLiteral("vault '%1' already has a key named '%2'").arg(m_header.name, request.name));
        VaultKey k;
        k.name = request.name;
        k.kind = request.kind;
        k.bits = request.bits;
        k.versions << *version;
        c.keys << k;
        return {};
    });
    if (!st)
        return st.error();
    return keyVersion(request.name, version->version);
}

Result<KeyVersionInfo> LocalVault::rotateKey(const QString &name)
{
    if (auto st = reload(); !st)
        return st.error();
    auto key = liveKey(name);
    if (!key)
        return key.error();
    const VaultKey &k = **key;
    std::optional<QDateTime> expires;
    if (k.policy && k.policy->expiryTime)
        expires = k.policy->expiryTime->addTo(m_clock.now());
    auto version = newVersion(name, k.kind, k.bits, k.versions.last().operations, std::nullopt, expires);
    if (!version)
        return version.error();
    auto st = mutate([&](VaultContents &c) -> Status {
        VaultKey *target = findKey(c, name);
        if (!target || target->deletedOn)
            return Error::make(ErrorCode::NotFound, QStringLiteral("key '%1' is gone").arg(name));
        target->versions << *version;
        return {};
    });
    if (!st)
        return st.error();
    return keyVersion(name, version->version);
}

Result<RotationPolicy> LocalVault::rotationPolicy(const QString &name)
{
    if (auto st = reload(); !st)
        return st.error();
    auto key = liveKey(name);
    if (!key)
        return key.error();
    return (*key)->policy.value_or(RotationPolicy{});
}

Status LocalVault::setRotationPolicy(const QString &name, const RotationPolicy &policy)
{
    if (auto st = policy.validate(); !st)
        return st;
    return mutate([&](VaultContents &c) -> Status {
        VaultKey *k = findKey(c, name);
        if (!k || k->deletedOn)
            return liveKey(name).error();
        k->policy = policy;
        k->policy->updated = m_clock.now();
        return {};
    });
}

Status LocalVault::setVersionEnabled(const QString &name, const QString &version, bool enabled)
{
    return mutate([&](VaultContents &c) -> Status {
        VaultKey *k = findKey(c, name);
        if (!k || k->deletedOn)
            return liveKey(name).error();
        for (VaultVersion &v : k->versions) {
            if (v.version == version) {
                v.enabled = enabled;
                v.updated = m_clock.now();
                return {};
            }
        }
        return Error::make(ErrorCode::NotFound, QStringLiteral("key %1 does not exist").arg(keyId(name, version)));
    });
}

static DeletedKeyInfo deletedInfo(const VaultKey &k, const KeyVersionInfo &latest, const QString &vault)
{
    DeletedKeyInfo d;
    d.name = k.name;
    d.recoveryId = QStringLiteral("vault://%1/deletedkeys/%2").arg(vault, k.name);
    d.deletedOn = *k.deletedOn;
    d.scheduledPurge = k.scheduledPurge.value_or(*k.deletedOn);
    d.latest = latest;
    return d;
}

Result<DeletedKeyInfo> LocalVault::deleteKey(const QString &name)
{
    std::optional<DeletedKeyInfo> result;
    auto st = mutate([&](VaultContents &c) -> Status {
        VaultKey *k = findKey(c, name);
        if (!k || k->deletedOn)
            return liveKey(name).error();
        const QDateTime now = m_clock.now();
        k->deletedOn = now;
        k->scheduledPurge = now.addDays(c.retentionDays);
        result = deletedInfo(*k, info(*k, k->versions.last()), m_header.name);
        if (!c.softDelete) // without soft delete, a delete is final
            c.keys.removeIf([&](const VaultKey &x) { return x.name == name; });
        return {};
    });
    if (!st)
        return st.error();
    return *result;
}

Result<QList<DeletedKeyInfo>> LocalVault::listDeletedKeys()
{
    if (auto st = reload(); !st)
        return st.error();
    QList<DeletedKeyInfo> out;
    for (const VaultKey &k : m_contents.keys)
        if (k.deletedOn)
            out << deletedInfo(k, info(k, k.versions.last()), m_header.name);
    return out;
}

Result<KeyVersionInfo> LocalVault::recoverKey(const QString &name)
{
    auto st = mutate([&](VaultContents &c) -> Status {
        VaultKey *k = findKey(c, name);
        if (!k || !k->deletedOn)
            return Error::make(ErrorCode::NotFound,
                               QStringLiteral("vault '%1' has no deleted key named '%2'").arg(m_header.name, name));
        k->deletedOn.reset();
        k->scheduledPurge.reset();
        return {};
    });
    if (!st)
        return st.error();
    return keyVersion(name);
}

Status LocalVault::purgeKey(const QString &name)
{
    return mutate([&](VaultContents &c) -> Status {
        VaultKey *k = findKey(c, name);
        if (!k)
            return Error::make(ErrorCode::NotFound,
                               QStringLiteral("vault '%1' has no deleted key named '%2'").arg(m_header.name, name));
        if (!k->deletedOn)
            return Error::make(ErrorCode::Conflict,
                               QStringLiteral("key '%1' is not deleted; delete it before purging it").arg(name));
        if (c.purgeProtection && m_clock.now() < k->scheduledPurge.value_or(*k->deletedOn))
            return Error::make(ErrorCode::Forbidden,
                               QStringLiteral("purge protection is on for vault '%1': key '%2' can be purged only "
                                              "after its retention period ends on %3")
                                   .arg(m_header.name, name, k->scheduledPurge->toString(Qt::ISODate)));
        c.keys.removeIf([&](const VaultKey &x) { return x.name == name; });
        return {};
    });
}

Result<crypto::SecureBytes> LocalVault::material(const QString &name, const QString &version, const QString &operation,
                                                 KeyVersionInfo *out)
{
    auto v = keyVersion(name, version);
    if (!v)
        return v.error();
    if (auto st = v->usableFor(operation, m_clock.now()); !st)
        return st.error();
    *out = *v;
    return openMaterial(*v);
}

Result<crypto::SecureBytes> LocalVault::openMaterial(const KeyVersionInfo &v) const
{
    auto key = liveKey(v.name);
    if (!key)
        return key.error();
    for (const VaultVersion &vv : (*key)->versions)
        if (vv.version == v.version)
            return VaultFile::openMaterial(m_header, m_master, v.id, vv.sealedMaterial);
    return Error::make(ErrorCode::NotFound, QStringLiteral("key %1 does not exist").arg(v.id));
}

Result<crypto::RsaPrivateKey> LocalVault::rsaKey(const QString &name, const QString &version, const QString &operation,
                                                 KeyVersionInfo *out)
{
    auto v = keyVersion(name, version);
    if (!v)
        return v.error();
    if (v->kind != KeyKind::Rsa)
        return Error::make(ErrorCode::Unsupported, QStringLiteral("key %1 is not an RSA key").arg(v->id));
    if (!operation.isEmpty()) {
        if (auto st = v->usableFor(operation, m_clock.now()); !st)
            return st.error();
    }
    *out = *v;
    // The PKCS#8 bytes are wiped when `der` goes; the EVP_PKEY clears its own on release.
    auto der = openMaterial(*v);
    if (!der)
        return der.error();
    return crypto::RsaPrivateKey::fromPkcs8Der(der->view());
}

Result<QByteArray> LocalVault::sign(const QString &name, const QString &version, QByteArrayView message)
{
    KeyVersionInfo v;
    auto rsa = rsaKey(name, version, QStringLiteral("sign"), &v);
    if (!rsa)
        return rsa.error();
    return rsa->signPssSha256(message);
}

Result<QByteArray> LocalVault::publicKeyPem(const QString &name, const QString &version)
{
    KeyVersionInfo v;
    auto rsa = rsaKey(name, version, QString(), &v);
    if (!rsa)
        return rsa.error();
    return rsa->publicKey().toPem();
}

Result<WrappedKey> LocalVault::wrapKey(const QString &name, const QString &version, const crypto::SecureBytes &key)
{
    if (key.size() != 32)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("a feature key is 32 bytes"));
    KeyVersionInfo v;
    auto kek = material(name, version, QStringLiteral("wrapKey"), &v);
    if (!kek)
        return kek.error();
    WrappedKey out;
    out.keyId = v.id;
    out.algorithm = wrapAlgorithmFor(v.kind);
    if (v.kind == KeyKind::Rsa) {
        auto rsa = crypto::RsaPrivateKey::fromPkcs8Der(kek->view());
        if (!rsa)
            return rsa.error();
        auto wrapped = rsa->publicKey().encryptOaepSha256(key.view());
        if (!wrapped)
            return wrapped.error();
        out.wrapped = *wrapped;
    } else {
        auto wrapped = crypto::aesKeyWrap(kek->view(), key.view(), crypto::KeyWrapMode::Rfc5649);
        if (!wrapped)
            return wrapped.error();
        out.wrapped = *wrapped;
    }
    return out;
}

Result<crypto::SecureBytes> LocalVault::unwrapKey(const QString &name, const QString &version,
                                                  const QByteArray &wrapped)
{
    KeyVersionInfo v;
    auto kek = material(name, version, QStringLiteral("unwrapKey"), &v);
    if (!kek)
        return kek.error();
    Result<crypto::SecureBytes> key = Error::make(ErrorCode::Key, QString());
    if (v.kind == KeyKind::Rsa) {
        auto rsa = crypto::RsaPrivateKey::fromPkcs8Der(kek->view());
        if (!rsa)
            return rsa.error();
        key = rsa->decryptOaepSha256(wrapped);
    } else {
        key = crypto::aesKeyUnwrap(kek->view(), wrapped, crypto::KeyWrapMode::Rfc5649);
    }
    if (!key || key->size() != 32)
        return Error::make(ErrorCode::Key, QStringLiteral("the wrapped key does not unwrap under %1").arg(v.id));
    return key;
}

Result<QList<KeyVersionInfo>> LocalVault::applyRotationPolicies()
{
    if (auto st = reload(); !st)
        return st.error();
    QStringList due;
    const QDateTime now = m_clock.now();
    for (const VaultKey &k : m_contents.keys) {
        if (k.deletedOn || !k.policy)
            continue;
        const auto when = k.policy->nextRotation(info(k, k.versions.last()));
        if (when && *when <= now)
            due << k.name;
    }
    QList<KeyVersionInfo> rotated;
    for (const QString &name : std::as_const(due)) {
        auto v = rotateKey(name);
        if (!v)
            return v.error();
        rotated << *v;
    }
    return rotated;
}

} // namespace keyward::keystore

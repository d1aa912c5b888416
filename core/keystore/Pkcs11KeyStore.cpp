// Pkcs11KeyStore: the KeyStore calls on a token, built on Pkcs11Login (session and PIN), Pkcs11MetadataStore
// (key records and settings), Pkcs11KeyObjects (key versions, wrap and unwrap) and Pkcs11Probe.
// docs/PKCS11.md describes the model on the token.
#include "keystore/Pkcs11KeyStore.h"

#include "keystore/Pkcs11KeyObjects.h"
#include "keystore/Pkcs11Login.h"
#include "keystore/Pkcs11MetadataStore.h"
#include "keystore/Pkcs11Module.h"
#include "keystore/Pkcs11Probe.h"
#include "keystore/Pkcs11Session.h"
#include "keystore/Pkcs11Uri.h"

namespace keyward::keystore {

// ---------------------------------------------------------------------------------------------------------
// Opening

Pkcs11KeyStore::Pkcs11KeyStore(Pkcs11Config config, const Clock &clock) : m_config(std::move(config)), m_clock(clock) {}

Pkcs11KeyStore::~Pkcs11KeyStore()
{
    // Everything that works through the session goes first, then the session, then the module it belongs to.
    m_keyObjects.reset();
    m_metadata.reset();
    m_session.reset();
    m_module.reset();
}

Result<std::unique_ptr<Pkcs11KeyStore>> Pkcs11KeyStore::open(const Pkcs11Config &config, secrets::SecretStore *secrets,
                                                             SecretPrompt *prompt, const Clock &clock)
{
    if (config.modulePath.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("no PKCS#11 module path given"));
    if (config.tokenLabel.isEmpty() && config.tokenSerial.isEmpty())
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("choose the token by its label or serial number (slot numbers change)"));
    if (config.retentionDays < 7 || config.retentionDays > 90)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("the retention period must be 7 to 90 days"));
    if (config.maxPinAttempts < 1)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("at least one PIN attempt is needed"));

    std::unique_ptr<Pkcs11KeyStore> store(new Pkcs11KeyStore(config, clock));
    if (Status s = store->connect(secrets, prompt); !s)
        return s.error();
    return store;
}

Status Pkcs11KeyStore::connect(secrets::SecretStore *secrets, SecretPrompt *prompt)
{
    auto token = Pkcs11Login::open(m_config, secrets, prompt);
    if (!token)
        return token.error();
    m_module = std::move(token->module);
    m_session = std::move(token->session);
    m_tokenLabel = token->label;
    m_tokenSerial = token->serial;
    m_tokenModel = token->model;
    m_tokenManufacturer = token->manufacturer;
    m_metadata = std::make_unique<Pkcs11MetadataStore>(*m_session, tokenText());
    m_keyObjects = std::make_unique<Pkcs11KeyObjects>(*m_session, tokenText());
    auto settings = m_metadata->loadSettings(m_config);
    if (!settings)
        return settings.error();
    m_settings = *settings;
    return {};
}

QString Pkcs11KeyStore::tokenText() const
{
    return Pkcs11Login::tokenText(m_config, m_tokenLabel);
}

Status Pkcs11KeyStore::checkToken()
{
    return Pkcs11Login::checkToken(*m_session, m_tokenLabel, m_tokenSerial, tokenText());
}

Error Pkcs11KeyStore::goneOr(Error error)
{
    // A key that vanished between the token check and its read: the token may have been pulled out in between
    // (SoftHSM2's objects vanish with its folder a moment before the token itself says so). Asked again, a token
    // that has gone says that, rather than "no such key".
    if (error.code != ErrorCode::NotFound)
        return error;
    if (Status s = checkToken(); !s)
        return s.error();
    return error;
}

Result<Pkcs11KeyRecord> Pkcs11KeyStore::readRecord(const QString &name, bool includeDeleted)
{
    auto record = m_metadata->readKey(name, includeDeleted);
    if (!record)
        return goneOr(record.error());
    return record;
}

Result<QList<Pkcs11KeyRecord>> Pkcs11KeyStore::readAllRecords()
{
    auto records = m_metadata->readAllKeys();
    if (!records)
        return goneOr(records.error());
    return records;
}

// ---------------------------------------------------------------------------------------------------------
// Probing

Result<Pkcs11Capabilities> Pkcs11KeyStore::probe()
{
    std::lock_guard lock(m_mutex);
    if (Status s = checkToken(); !s)
        return s.error();
    auto caps = runProbe();
    if (caps)
        m_capabilities = *caps;
    return caps;
}

Status Pkcs11KeyStore::supportsKeyType(KeyKind kind, int bits)
{
    std::lock_guard lock(m_mutex);
    if (Status s = checkToken(); !s)
        return s.error();
    auto caps = capabilities();
    if (!caps)
        return caps.error();
    return caps->supports(kind, bits);
}

Result<Pkcs11Capabilities> Pkcs11KeyStore::capabilities()
{
    if (!m_capabilities) {
        auto caps = runProbe();
        if (!caps)
            return caps.error();
        m_capabilities = *caps;
    }
    return *m_capabilities;
}

Result<Pkcs11Capabilities> Pkcs11KeyStore::runProbe()
{
    auto caps = Pkcs11Probe(*m_session, tokenText()).run();
    if (!caps)
        return caps.error();
    caps->tokenLabel = m_tokenLabel;
    caps->tokenSerial = m_tokenSerial;
    caps->tokenModel = m_tokenModel;
    caps->tokenManufacturer = m_tokenManufacturer;
    return caps;
}

// ---------------------------------------------------------------------------------------------------------
// Views

QString Pkcs11KeyStore::versionUri(const Pkcs11KeyRecord &record, const QString &version) const
{
    Pkcs11Uri uri;
    uri.token = m_tokenLabel;
    uri.object = record.name;
    uri.id = QByteArray::fromHex(version.toLatin1());
    uri.type = record.kind == KeyKind::Aes ? QStringLiteral("secret-key") : QStringLiteral("private");
    return uri.toString();
}

KeyVersionInfo Pkcs11KeyStore::info(const Pkcs11KeyRecord &record, const QString &version) const
{
    KeyVersionInfo i;
    i.name = record.name;
    i.kind = record.kind;
    i.bits = record.bits;
    i.hsmBacked = true;
    if (const Pkcs11KeyRecord::Version *v = record.resolve(version)) {
        i.id = versionUri(record, v->version);
        i.version = v->version;
        i.created = v->created;
        i.updated = v->updated;
        i.notBefore = v->notBefore;
        i.expires = v->expires;
        i.enabled = v->enabled;
        i.operations = v->operations;
    }
    return i;
}

DeletedKeyInfo Pkcs11KeyStore::deletedInfo(const Pkcs11KeyRecord &record) const
{
    DeletedKeyInfo d;
    d.name = record.name;
    d.latest = info(record, {});
    if (record.deleted) {
        d.recoveryId = record.deleted->recoveryId;
        d.deletedOn = record.deleted->deletedOn;
        d.scheduledPurge = record.deleted->scheduledPurge;
    }
    return d;
}

Result<KeyVersionInfo> Pkcs11KeyStore::usableVersion(const Pkcs11KeyRecord &record, const QString &version,
                                                     const QString &operation) const
{
    if (!record.resolve(version))
        return Error::make(ErrorCode::NotFound,
                           QStringLiteral("key %1 on %2 has no version %3").arg(record.name, tokenText(), version));
    KeyVersionInfo i = info(record, version);
    if (Status s = i.usableFor(operation, m_clock.now()); !s)
        return s.error();
    return i;
}

// ---------------------------------------------------------------------------------------------------------
// KeyStore

StoreProperties Pkcs11KeyStore::properties() const
{
    std::lock_guard lock(m_mutex);
    StoreProperties p;
    p.name = m_config.effectiveName();
    p.kind = QStringLiteral("pkcs11");
    p.softDelete = true;
    p.purgeProtection = m_settings.purgeProtection;
    p.retentionDays = m_settings.retentionDays;
    p.hsmBacked = true;
    return p;
}

Result<QList<KeyVersionInfo>> Pkcs11KeyStore::listKeys()
{
    std::lock_guard lock(m_mutex);
    if (Status s = checkToken(); !s)
        return s.error();
    auto records = readAllRecords();
    if (!records)
        return records.error();
    QList<KeyVersionInfo> keys;
    for (const Pkcs11KeyRecord &r : *records)
        if (!r.deleted)
            keys.append(info(r, {}));
    return keys;
}

Result<QList<KeyVersionInfo>> Pkcs11KeyStore::listVersions(const QString &name)
{
    std::lock_guard lock(m_mutex);
    if (Status s = checkToken(); !s)
        return s.error();
    auto record = readRecord(name, false);
    if (!record)
        return record.error();
    QList<KeyVersionInfo> versions;
    for (const Pkcs11KeyRecord::Version &v : record->versions)
        versions.append(info(*record, v.version));
    return versions;
}

Result<KeyVersionInfo> Pkcs11KeyStore::keyVersion(const QString &name, const QString &version)
{
    std::lock_guard lock(m_mutex);
    if (Status s = checkToken(); !s)
        return s.error();
    auto record = readRecord(name, false);
    if (!record)
        return record.error();
    if (!record->resolve(version))
        return Error::make(ErrorCode::NotFound,
                           QStringLiteral("key %1 on %2 has no version %3").arg(name, tokenText(), version));
    return info(*record, version);
}

// A key object without metadata would be invisible, so a failed metadata write takes the new object off the
// token again; when that fails too, the error says so (the object then needs removing by hand).
static Error withCleanup(Error cause, const Status &cleanup)
{
    if (!cleanup)
        cause.detail += QStringLiteral("; the new key object could not be removed from the token either (%1)")
                            .arg(cleanup.error().detail);
    return cause;
}

Result<KeyVersionInfo> Pkcs11KeyStore::createKey(const CreateKeyRequest &request)
{
    std::lock_guard lock(m_mutex);
    if (Status s = checkToken(); !s)
        return s.error();
    if (Status s = request.validate(); !s)
        return s.error();
    auto caps = capabilities();
    if (!caps)
        return caps.error();
    if (Status s = caps->supports(request.kind, request.bits); !s)
        return s.error();
    auto existing = readRecord(request.name, true);
    if (existing)
        return Error::make(ErrorCode::Conflict,
                           existing->deleted
                               ? QStringLiteral("a deleted key named %1 is still on %2; recover or purge it first")
                                     .arg(request.name, tokenText())
                               : QStringLiteral("a key named %1 already exists on %2").arg(request.name, tokenText()));
    if (existing.error().code != ErrorCode::NotFound)
        return existing.error();

    Pkcs11KeyRecord record;
    record.name = request.name;
    record.kind = request.kind;
    record.bits = request.bits;
    auto version = m_keyObjects->generate(record, request.notBefore, request.expires, request.operations);
    if (!version)
        return version.error();
    const QDateTime now = m_clock.now();
    record.versions.append({*version, now, now, request.notBefore, request.expires, true, request.operations});
    if (Status s = m_metadata->writeKey(record); !s)
        return withCleanup(s.error(), m_keyObjects->destroy(record.name, *version));
    return info(record, *version);
}

Result<KeyVersionInfo> Pkcs11KeyStore::rotateKey(const QString &name)
{
    std::lock_guard lock(m_mutex);
    if (Status s = checkToken(); !s)
        return s.error();
    auto record = readRecord(name, false);
    if (!record)
        return record.error();
    auto caps = capabilities();
    if (!caps)
        return caps.error();
    if (Status s = caps->supports(record->kind, record->bits); !s)
        return s.error();
    const QDateTime now = m_clock.now();
    std::optional<QDateTime> expires;
    if (record->rotationPolicy && record->rotationPolicy->expiryTime)
        expires = record->rotationPolicy->expiryTime->addTo(now);
    const QStringList operations = record->versions.last().operations;
    auto version = m_keyObjects->generate(*record, std::nullopt, expires, operations);
    if (!version)
        return version.error();
    record->versions.append({*version, now, now, std::nullopt, expires, true, operations});
    if (Status s = m_metadata->writeKey(*record); !s)
        return withCleanup(s.error(), m_keyObjects->destroy(name, *version));
    return info(*record, *version);
}

Result<RotationPolicy> Pkcs11KeyStore::rotationPolicy(const QString &name)
{
    std::lock_guard lock(m_mutex);
    if (Status s = checkToken(); !s)
        return s.error();
    auto record = readRecord(name, false);
    if (!record)
        return record.error();
    return record->rotationPolicy.value_or(RotationPolicy{});
}

Status Pkcs11KeyStore::setRotationPolicy(const QString &name, const RotationPolicy &policy)
{
    std::lock_guard lock(m_mutex);
    if (Status s = checkToken(); !s)
        return s.error();
    if (Status s = policy.validate(); !s)
        return s;
    auto record = readRecord(name, false);
    if (!record)
        return record.error();
    record->rotationPolicy = policy;
    record->rotationPolicy->updated = m_clock.now();
    return m_metadata->writeKey(*record);
}

Status Pkcs11KeyStore::setVersionEnabled(const QString &name, const QString &version, bool enabled)
{
    std::lock_guard lock(m_mutex);
    if (Status s = checkToken(); !s)
        return s.error();
    auto record = readRecord(name, false);
    if (!record)
        return record.error();
    Pkcs11KeyRecord::Version *v = record->findVersion(version);
    if (!v)
        return Error::make(ErrorCode::NotFound,
                           QStringLiteral("key %1 on %2 has no version %3").arg(name, tokenText(), version));
    if (v->enabled == enabled)
        return {};
    v->enabled = enabled;
    v->updated = m_clock.now();
    // Enabling opens the token object before the metadata says so; disabling closes the metadata first.
    // Either way a failure in the middle leaves the version disabled somewhere, never wrongly usable.
    if (enabled) {
        if (Status s = mirrorEnabled(name, version, true); !s)
            return s;
        return m_metadata->writeKey(*record);
    }
    if (Status s = m_metadata->writeKey(*record); !s)
        return s;
    return mirrorEnabled(name, version, false);
}

Status Pkcs11KeyStore::mirrorEnabled(const QString &name, const QString &version, bool enabled)
{
    auto record = readRecord(name, true);
    if (!record)
        return record.error();
    const Pkcs11KeyRecord::Version *v = record->findVersion(version);
    if (!v)
        return {};
    return m_keyObjects->setUsage(name, version, enabled, v->operations);
}

Result<DeletedKeyInfo> Pkcs11KeyStore::deleteKey(const QString &name)
{
    std::lock_guard lock(m_mutex);
    if (Status s = checkToken(); !s)
        return s.error();
    auto record = readRecord(name, false);
    if (!record)
        return record.error();
    const QDateTime now = m_clock.now();
    Pkcs11Uri recovery;
    recovery.token = m_tokenLabel;
    recovery.object = name;
    recovery.type = QStringLiteral("data");
    record->deleted = Pkcs11KeyRecord::Deletion{now, now.addDays(m_settings.retentionDays), recovery.toString()};
    if (Status s = m_metadata->writeKey(*record); !s)
        return s.error();
    return deletedInfo(*record);
}

Result<QList<DeletedKeyInfo>> Pkcs11KeyStore::listDeletedKeys()
{
    std::lock_guard lock(m_mutex);
    if (Status s = checkToken(); !s)
        return s.error();
    auto records = readAllRecords();
    if (!records)
        return records.error();
    QList<DeletedKeyInfo> deleted;
    for (const Pkcs11KeyRecord &r : *records)
        if (r.deleted)
            deleted.append(deletedInfo(r));
    return deleted;
}

Result<KeyVersionInfo> Pkcs11KeyStore::recoverKey(const QString &name)
{
    std::lock_guard lock(m_mutex);
    if (Status s = checkToken(); !s)
        return s.error();
    auto record = readRecord(name, true);
    if (!record)
        return record.error();
    if (!record->deleted)
        return Error::make(
            ErrorCode::NotFound,
            QStringLiteral("there is no deleted key named %1 on %2 (it is not deleted)").arg(name, tokenText()));
    record->deleted.reset();
    if (Status s = m_metadata->writeKey(*record); !s)
        return s.error();
    return info(*record, {});
}

Status Pkcs11KeyStore::purgeKey(const QString &name)
{
    std::lock_guard lock(m_mutex);
    if (Status s = checkToken(); !s)
        return s.error();
    auto record = readRecord(name, true);
    if (!record)
        return record.error();
    if (!record->deleted)
        return Error::make(ErrorCode::NotFound,
                           QStringLiteral("there is no deleted key named %1 on %2; delete it before purging it")
                               .arg(name, tokenText()));
    if (m_settings.purgeProtection && m_clock.now() < record->deleted->scheduledPurge)
        return Error::make(ErrorCode::Forbidden,
                           QStringLiteral("purge protection is on for %1: deleted key %2 stays recoverable until %3 "
                                          "and cannot be purged before then")
                               .arg(tokenText(), name, record->deleted->scheduledPurge.toString(Qt::ISODate)));
    // Key objects first, metadata last: if this stops half-way, the key is still listed as deleted and the
    // purge can be run again.
    for (const Pkcs11KeyRecord::Version &v : record->versions)
        if (Status s = m_keyObjects->destroy(name, v.version); !s)
            return s;
    return m_metadata->removeKey(name);
}

Result<Pkcs11KeyStore::KekObject> Pkcs11KeyStore::kekObject(const QString &name, const QString &version, bool wrap)
{
    if (Status s = checkToken(); !s)
        return s.error();
    auto record = readRecord(name, false);
    if (!record)
        return record.error();
    auto use = usableVersion(*record, version, wrap ? QStringLiteral("wrapKey") : QStringLiteral("unwrapKey"));
    if (!use)
        return use.error();
    const QString context = QStringLiteral("%1 a feature key with %2")
                                .arg(wrap ? QStringLiteral("wrapping") : QStringLiteral("unwrapping"), use->id);
    if (record->kind == KeyKind::Rsa) {
        auto caps = capabilities();
        if (!caps)
            return caps.error();
        if (Status s = caps->supports(KeyKind::Rsa, record->bits); !s)
            return s.error();
    }

    auto handle = m_keyObjects->find(name, record->kind, use->version, wrap, use->id, context);
    if (!handle)
        return goneOr(handle.error());
    return KekObject{*record, *use, *handle, context};
}

Result<WrappedKey> Pkcs11KeyStore::wrapKey(const QString &name, const QString &version, const crypto::SecureBytes &key)
{
    std::lock_guard lock(m_mutex);
    if (key.size() != Pkcs11KeyObjects::kFeatureKeySize)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("a feature key is 32 bytes"));
    auto kek = kekObject(name, version, true);
    if (!kek)
        return kek.error();
    auto wrapped = m_keyObjects->wrap(kek->record.kind, kek->handle, key, kek->context);
    if (!wrapped)
        return goneOr(wrapped.error());
    return WrappedKey{kek->version.id, wrapAlgorithmFor(kek->record.kind), *wrapped};
}

Result<crypto::SecureBytes> Pkcs11KeyStore::unwrapKey(const QString &name, const QString &version,
                                                      const QByteArray &wrapped)
{
    std::lock_guard lock(m_mutex);
    auto kek = kekObject(name, version, false);
    if (!kek)
        return kek.error();
    auto key = m_keyObjects->unwrap(kek->record.kind, kek->handle, wrapped, kek->context);
    if (!key)
        return goneOr(key.error());
    return key;
}

} // namespace keyward::keystore

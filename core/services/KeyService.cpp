// KeyService: key lifecycle operations through the context's stores, each audited in one catalog transaction.
#include "services/KeyService.h"

namespace keyward::services {

using keystore::CreateKeyRequest;
using keystore::KeyVersionInfo;
using keystore::RotationPolicy;

namespace {

QString keyTarget(const QString &store, const QString &name)
{
    return store + QLatin1Char('/') + name;
}

// A store's plain NotFound for a key or a version, given the reason that words it. For a version, `s` tells
// whether it is the key itself that is missing.
Error withKeyReason(Error e, const QString &store, const QString &name, const QString &version = {},
                    keystore::KeyStore *s = nullptr)
{
    if (e.code != ErrorCode::NotFound || e.reason != Reason::None)
        return e;
    if (!version.isEmpty() && s) {
        auto versions = s->listVersions(name);
        if (!versions && versions.error().code == ErrorCode::NotFound)
            return Error::because(ErrorCode::NotFound, Reason::KeyNotFound, {store, name}, e.detail);
    }
    if (version.isEmpty())
        return Error::because(ErrorCode::NotFound, Reason::KeyNotFound, {store, name}, e.detail);
    return Error::because(ErrorCode::NotFound, Reason::KeyVersionNotFound, {store, name, version}, e.detail);
}

QString dateText(const std::optional<QDateTime> &t)
{
    return t ? t->toUTC().toString(Qt::ISODate) : QStringLiteral("never");
}

QString policyText(const RotationPolicy &p)
{
    QStringList parts;
    if (p.rotateAfterCreate)
        parts << QStringLiteral("rotate after %1").arg(p.rotateAfterCreate->toString());
    if (p.rotateBeforeExpiry)
        parts << QStringLiteral("rotate %1 before expiry").arg(p.rotateBeforeExpiry->toString());
    if (p.expiryTime)
        parts << QStringLiteral("versions expire after %1").arg(p.expiryTime->toString());
    if (p.notifyBeforeExpiry)
        parts << QStringLiteral("notify %1 before expiry").arg(p.notifyBeforeExpiry->toString());
    return parts.isEmpty() ? QStringLiteral("no rotation") : parts.join(QStringLiteral(", "));
}

} // namespace

Status KeyService::validate(const CreateKeyRequest &request, const QDateTime &now, const QList<KeyType> &offered,
                            const QString &store)
{
    if (auto st = request.validate(); !st)
        return st;
    if (request.expires && *request.expires <= now)
        return Error::because(ErrorCode::InvalidArgument, Reason::KeyExpiryPassed,
                              {request.expires->toUTC().toString(Qt::ISODate)},
                              QStringLiteral("the expiry date has passed"));
    const KeyType type{request.kind, request.bits};
    if (!offered.contains(type))
        return Error::because(ErrorCode::Unsupported, Reason::KeyTypeNotOffered, {store, type.name()},
                              QStringLiteral("store '%1' cannot hold %2 keys").arg(store, type.name()));
    return {};
}

std::optional<QDateTime> KeyService::plannedExpiry(const CreateKeyRequest &request,
                                                   const std::optional<RotationPolicy> &policy, const QDateTime &now)
{
    if (request.expires)
        return request.expires;
    if (policy && policy->expiryTime)
        return policy->expiryTime->addTo(now);
    return std::nullopt;
}

Result<keystore::KeyStore *> KeyService::store(const QString &name)
{
    auto notFound = [&](const QString &detail) {
        return Error::because(ErrorCode::NotFound, Reason::StoreNotFound, {name}, detail);
    };
    // The platform's own store holds the infrastructure layer's key: it is not the admin's to manage.
    if (name == jobs::KeyStoreProvider::platformStoreName())
        return notFound(QStringLiteral("no key store named '%1'").arg(name));
    auto opened = m_context.stores().store(name);
    if (!opened && opened.error().code == ErrorCode::NotFound && !m_context.registry().find(name))
        return notFound(opened.error().detail);
    return opened;
}

Result<QList<KeyType>> KeyService::keyTypes(const QString &storeName)
{
    auto s = store(storeName);
    if (!s)
        return s.error();
    QList<KeyType> types;
    for (const KeyType &t : supportedKeyTypes((*s)->properties())) {
        const Status st = (*s)->supportsKeyType(t.kind, t.bits);
        if (st)
            types << t;
        else if (st.error().code != ErrorCode::Unsupported)
            return st.error();
    }
    return types;
}

Result<QList<KeyVersionInfo>> KeyService::keys(const QString &storeName)
{
    auto s = store(storeName);
    if (!s)
        return s.error();
    return (*s)->listKeys();
}

Result<QList<keystore::DeletedKeyInfo>> KeyService::deletedKeys(const QString &storeName)
{
    auto s = store(storeName);
    if (!s)
        return s.error();
    return (*s)->listDeletedKeys();
}

Result<QList<KeyVersionInfo>> KeyService::versions(const QString &storeName, const QString &name)
{
    auto s = store(storeName);
    if (!s)
        return s.error();
    auto all = (*s)->listVersions(name);
    if (!all)
        return withKeyReason(all.error(), storeName, name);
    return all;
}

Result<KeyVersionInfo> KeyService::version(const QString &storeName, const QString &name, const QString &version)
{
    auto s = store(storeName);
    if (!s)
        return s.error();
    auto v = (*s)->keyVersion(name, version);
    if (!v)
        return withKeyReason(v.error(), storeName, name, version, *s);
    return v;
}

Result<RotationPolicy> KeyService::policy(const QString &storeName, const QString &name)
{
    auto s = store(storeName);
    if (!s)
        return s.error();
    auto p = (*s)->rotationPolicy(name);
    if (!p)
        return withKeyReason(p.error(), storeName, name);
    return p;
}

Status KeyService::checkNameFree(const QString &storeName, const QString &name)
{
    if (!keystore::isValidKeyName(name))
        return Error::because(ErrorCode::InvalidArgument, Reason::KeyNameInvalid, {name},
                              QStringLiteral("key name '%1' must be 1-127 letters, digits or dashes").arg(name));
    auto s = store(storeName);
    if (!s)
        return s.error();
    auto existing = (*s)->keyVersion(name);
    if (existing)
        return Error::because(ErrorCode::Conflict, Reason::KeyExists, {storeName, name},
                              QStringLiteral("store '%1' has a key named '%2' already").arg(storeName, name));
    if (existing.error().code == ErrorCode::NotFound)
        return {};
    if (existing.error().code != ErrorCode::KeyDeleted)
        return existing.error();
    auto deleted = (*s)->listDeletedKeys();
    if (!deleted)
        return deleted.error();
    QString until;
    for (const keystore::DeletedKeyInfo &d : *deleted)
        if (d.name == name)
            until = d.scheduledPurge.toUTC().toString(Qt::ISODate);
    return Error::because(ErrorCode::Conflict, Reason::KeyNameHeldByDeleted, {storeName, name, until},
                          QStringLiteral("store '%1' keeps a deleted key named '%2'").arg(storeName, name));
}

Status KeyService::checkCreate(const QString &storeName, const CreateKeyRequest &request,
                               const std::optional<RotationPolicy> &policy)
{
    if (auto st = request.validate(); !st)
        return st;
    if (policy)
        if (auto st = policy->validate(); !st)
            return st;
    auto types = keyTypes(storeName);
    if (!types)
        return types.error();
    if (!types->contains(KeyType{request.kind, request.bits})) {
        // The store's own words when it can say why (a token without the mechanism, say).
        auto s = store(storeName);
        if (!s)
            return s.error();
        if (auto st = (*s)->supportsKeyType(request.kind, request.bits); !st)
            return st;
    }
    if (auto st = validate(request, m_context.clock().now(), *types, storeName); !st)
        return st;
    return checkNameFree(storeName, request.name);
}

Status KeyService::auditedBefore(const QString &action, const QString &storeName, const QString &name,
                                 const QString &detail, const std::function<Status(keystore::KeyStore &)> &operation)
{
    // Opened (and unlocked, perhaps after a prompt) before the catalog's write lock is taken.
    auto s = store(storeName);
    if (!s)
        return s.error();
    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    bool done = false;
    const Status st = (*catalog)->transaction([&]() -> Status {
        if (auto r = (*catalog)->audit(action, keyTarget(storeName, name), detail); !r)
            return r;
        if (auto r = operation(**s); !r)
            return r;
        done = true;
        return {};
    });
    if (!st && done)
        qWarning("keyward: %s of key '%s' in store '%s' was made but its audit entry was not kept", qPrintable(action),
                 qPrintable(name), qPrintable(storeName));
    return st;
}

Status KeyService::auditedAfter(const QString &action, const QString &storeName, const QString &name,
                                const std::function<Status(keystore::KeyStore &, QString &)> &operation)
{
    auto s = store(storeName);
    if (!s)
        return s.error();
    bool done = false;
    QString detail; // filled in by the operation; Context::change reads it once the change has run
    const Status st = m_context.change(action, keyTarget(storeName, name), detail, [&](catalog::Catalog &) -> Status {
        if (auto r = operation(**s, detail); !r)
            return r;
        done = true;
        return {};
    });
    if (!st && done)
        qWarning("keyward: %s of key '%s' in store '%s' was made but its audit entry was not kept", qPrintable(action),
                 qPrintable(name), qPrintable(storeName));
    return st;
}

Result<KeyCreated> KeyService::create(const QString &storeName, const CreateKeyRequest &asked,
                                      const std::optional<RotationPolicy> &policy)
{
    if (auto st = checkCreate(storeName, asked, policy); !st)
        return st.error();
    CreateKeyRequest request = asked;
    request.expires = plannedExpiry(asked, policy, m_context.clock().now());

    KeyCreated created;
    const QString detail =
        QStringLiteral("%1, expires %2").arg(KeyType{request.kind, request.bits}.name(), dateText(request.expires));
    const Status made = auditedBefore(QStringLiteral("key.create"), storeName, request.name, detail,
                                      [&](keystore::KeyStore &s) -> Status {
                                          auto v = s.createKey(request);
                                          if (!v)
                                              return withKeyReason(v.error(), storeName, request.name);
                                          created.version = *v;
                                          return {};
                                      });
    if (!made)
        return made.error();
    if (!policy)
        return created;

    // The key exists from here on: a policy that cannot be set is reported beside it, not as a failed create.
    const Status set = setPolicy(storeName, request.name, *policy);
    if (set) {
        created.policy = *policy;
    } else {
        const Error &cause = set.error();
        Error e = Error::because(cause.code, Reason::KeyPolicyNotSet,
                                 {storeName, request.name, created.version.version, cause.detail},
                                 QStringLiteral("key '%1' was made, but its rotation policy was not set: %2")
                                     .arg(request.name, cause.detail));
        created.policyError = e;
    }
    return created;
}

Result<KeyVersionInfo> KeyService::rotate(const QString &storeName, const QString &name)
{
    KeyVersionInfo made;
    const Status st = auditedAfter(
        QStringLiteral("key.rotate"), storeName, name, [&](keystore::KeyStore &s, QString &detail) -> Status {
            auto v = s.rotateKey(name);
            if (!v)
                return withKeyReason(v.error(), storeName, name);
            made = *v;
            detail = QStringLiteral("new version %1, expires %2").arg(v->version, dateText(v->expires));
            return {};
        });
    if (!st)
        return st.error();
    return made;
}

Status KeyService::setEnabled(const QString &storeName, const QString &name, const QString &version, bool enabled)
{
    return auditedBefore(enabled ? QStringLiteral("key.enable") : QStringLiteral("key.disable"), storeName, name,
                         QStringLiteral("version %1").arg(version), [&](keystore::KeyStore &s) -> Status {
                             if (auto r = s.setVersionEnabled(name, version, enabled); !r)
                                 return withKeyReason(r.error(), storeName, name, version, &s);
                             return {};
                         });
}

Result<keystore::DeletedKeyInfo> KeyService::remove(const QString &storeName, const QString &name)
{
    keystore::DeletedKeyInfo info;
    const Status st = auditedAfter(
        QStringLiteral("key.delete"), storeName, name, [&](keystore::KeyStore &s, QString &detail) -> Status {
            auto d = s.deleteKey(name);
            if (!d)
                return withKeyReason(d.error(), storeName, name);
            info = *d;
            detail = s.properties().softDelete
                         ? QStringLiteral("recoverable until %1").arg(d->scheduledPurge.toUTC().toString(Qt::ISODate))
                         : QStringLiteral("destroyed (the store keeps no deleted keys)");
            return {};
        });
    if (!st)
        return st.error();
    return info;
}

Result<KeyVersionInfo> KeyService::recover(const QString &storeName, const QString &name)
{
    KeyVersionInfo info;
    const Status st = auditedAfter(QStringLiteral("key.recover"), storeName, name,
                                   [&](keystore::KeyStore &s, QString &detail) -> Status {
                                       auto v = s.recoverKey(name);
                                       if (!v)
                                           return withKeyReason(v.error(), storeName, name);
                                       info = *v;
                                       detail = QStringLiteral("newest version %1").arg(v->version);
                                       return {};
                                   });
    if (!st)
        return st.error();
    return info;
}

Status KeyService::purge(const QString &storeName, const QString &name)
{
    return auditedBefore(QStringLiteral("key.purge"), storeName, name, {}, [&](keystore::KeyStore &s) -> Status {
        if (auto r = s.purgeKey(name); !r)
            return withKeyReason(r.error(), storeName, name);
        return {};
    });
}

Status KeyService::setPolicy(const QString &storeName, const QString &name, const RotationPolicy &policy)
{
    if (auto st = policy.validate(); !st)
        return st;
    return auditedBefore(QStringLiteral("key.policy"), storeName, name, policyText(policy),
                         [&](keystore::KeyStore &s) -> Status {
                             if (auto r = s.setRotationPolicy(name, policy); !r)
                                 return withKeyReason(r.error(), storeName, name);
                             return {};
                         });
}

} // namespace keyward::services

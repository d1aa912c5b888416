// KeyService: the life of a key in a key store: create it (with its rotation policy), rotate it, enable or
// disable a version, delete, recover, purge, set its policy. Each change and its audit entry are written in one
// catalog transaction that holds the write lock while the store works, so a change whose audit entry cannot be
// written is not made. keywardctl's key commands and the console's key wizard both call it.
#pragma once

#include "services/Context.h"
#include "services/KeyOptions.h"

#include <optional>

namespace keyward::services {

struct KeyCreated
{
    keystore::KeyVersionInfo version;
    std::optional<keystore::RotationPolicy> policy; // the policy set, when one was asked for and set
    // The key was made but its policy could not be set (reason KeyPolicyNotSet): the key stays, usable, and
    // the front end says so beside the key it reports.
    std::optional<Error> policyError;
};

class KeyService
{
public:
    explicit KeyService(Context &context) : m_context(context) {}

    // The request's own rules (name, kind and size, dates), then the ones that need the time and the store: an
    // expiry still to come, and a kind and size `offered` (KeyService::keyTypes) by store `store`. Pure.
    static Status validate(const keystore::CreateKeyRequest &request, const QDateTime &now,
                           const QList<KeyType> &offered, const QString &store);
    // When the first version of a new key expires: on the request's date if it gives one; else, under a policy
    // that gives versions an expiry, that long after `now`, as every later version will; else never.
    static std::optional<QDateTime> plannedExpiry(const keystore::CreateKeyRequest &request,
                                                  const std::optional<keystore::RotationPolicy> &policy,
                                                  const QDateTime &now);

    // A store by name, opened and unlocked once for this context (this may prompt for its passphrase or PIN).
    // NotFound with reason StoreNotFound for a name the registry does not hold, and for the platform's own store.
    Result<keystore::KeyStore *> store(const QString &name);
    // What the store can make: supportedKeyTypes() of its kind, narrowed by the store itself (a token's
    // mechanisms), the recommended type first.
    Result<QList<KeyType>> keyTypes(const QString &store);
    // The newest version of every key of the store that is not deleted.
    Result<QList<keystore::KeyVersionInfo>> keys(const QString &store);
    // The soft-deleted keys of the store.
    Result<QList<keystore::DeletedKeyInfo>> deletedKeys(const QString &store);
    // A key's versions, oldest first; one version; a key's rotation policy. NotFound with reason KeyNotFound or
    // KeyVersionNotFound for a key or version the store does not hold.
    Result<QList<keystore::KeyVersionInfo>> versions(const QString &store, const QString &name);
    Result<keystore::KeyVersionInfo> version(const QString &store, const QString &name, const QString &version);
    Result<keystore::RotationPolicy> policy(const QString &store, const QString &name);
    // Whether a new key may be called `name` in the store: a valid name, taken by no key, and not held by a
    // deleted key that is kept until it is purged.
    Status checkNameFree(const QString &store, const QString &name);
    // Everything create() checks before it makes anything, changing nothing.
    Status checkCreate(const QString &store, const keystore::CreateKeyRequest &request,
                       const std::optional<keystore::RotationPolicy> &policy = {});

    // Makes the key's first version (with the expiry plannedExpiry() gives), then sets the policy if one is given.
    Result<KeyCreated> create(const QString &store, const keystore::CreateKeyRequest &request,
                              const std::optional<keystore::RotationPolicy> &policy = {});
    // A new version with the same kind and size (its expiry from the key's policy); older versions stay usable.
    Result<keystore::KeyVersionInfo> rotate(const QString &store, const QString &name);
    Status setEnabled(const QString &store, const QString &name, const QString &version, bool enabled);
    // Soft delete where the store has it: kept, recoverable, until the retention period runs out.
    Result<keystore::DeletedKeyInfo> remove(const QString &store, const QString &name);
    Result<keystore::KeyVersionInfo> recover(const QString &store, const QString &name);
    // Destroys a deleted key for good; Forbidden while purge protection holds it.
    Status purge(const QString &store, const QString &name);
    Status setPolicy(const QString &store, const QString &name, const keystore::RotationPolicy &policy);

private:
    // The audit entry first, then `operation` on the opened store, in one catalog transaction: an entry that
    // cannot be written stops the change before the store is touched, and a refused change leaves no entry.
    Status auditedBefore(const QString &action, const QString &store, const QString &name, const QString &detail,
                         const std::function<Status(keystore::KeyStore &)> &operation);
    // `operation` first, then its entry, which names what the store made (a new version), in one transaction
    // (Context::change) that holds the catalog's write lock while the store works.
    Status auditedAfter(const QString &action, const QString &store, const QString &name,
                        const std::function<Status(keystore::KeyStore &, QString &detail)> &operation);

    Context &m_context;
};

} // namespace keyward::services

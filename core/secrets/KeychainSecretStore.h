// KeychainSecretStore: a SecretStore over QtKeychain (Secret Service on Linux), with its asynchronous jobs
// run to completion and its errors mapped to Keyward's codes. No plaintext fallback is ever enabled. Safe to
// use from any thread: the jobs all run on one thread of their own.
#pragma once

#include "secrets/SecretStore.h"

namespace keyward::secrets {

class KeychainSecretStore final : public SecretStore
{
public:
    // `service` names Keyward's entries in the keychain; tests use their own.
    explicit KeychainSecretStore(QString service = QStringLiteral("keyward"));

    Result<crypto::SecureBytes> read(const QString &key) override;
    Status write(const QString &key, const crypto::SecureBytes &secret) override;
    Status remove(const QString &key) override;
    QString backendName() const override;

    // Writes, reads back and removes a probe entry: Ok when the keychain answers and is unlocked.
    Status probe();

private:
    // The jobs themselves, run on the keychain's own thread (see KeychainSecretStore.cpp).
    Result<crypto::SecureBytes> readHere(const QString &key);
    Status writeHere(const QString &key, const crypto::SecureBytes &secret);
    Status removeHere(const QString &key);

    QString m_service;
};

} // namespace keyward::secrets

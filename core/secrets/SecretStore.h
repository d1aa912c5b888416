// SecretStore: where Keyward keeps secrets (vault master keys, HSM PINs, cloud credentials): the OS keychain
// in the product, an in-memory fake in unit tests. Never a file, a setting or a log.
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QString>

#include <map>
#include <optional>

namespace keyward::secrets {

class SecretStore
{
public:
    virtual ~SecretStore() = default;
    // NotFound when there is no such entry; Locked, Unavailable or Forbidden when the keychain will not answer.
    virtual Result<crypto::SecureBytes> read(const QString &key) = 0;
    virtual Status write(const QString &key, const crypto::SecureBytes &secret) = 0;
    // Removing an absent entry succeeds.
    virtual Status remove(const QString &key) = 0;
    // A short description for messages ("GNOME Keyring (Secret Service)", "memory").
    virtual QString backendName() const = 0;
};

// Keeps secrets in process memory only (tests, and a session that must not persist anything).
class MemorySecretStore final : public SecretStore
{
public:
    Result<crypto::SecureBytes> read(const QString &key) override;
    Status write(const QString &key, const crypto::SecureBytes &secret) override;
    Status remove(const QString &key) override;
    QString backendName() const override { return QStringLiteral("memory"); }

    // Makes every call fail with `code` (to test how callers handle a keychain that stops answering).
    void failWith(std::optional<ErrorCode> code) { m_failure = code; }
    std::size_t size() const { return m_secrets.size(); }

private:
    std::map<QString, crypto::SecureBytes> m_secrets;
    std::optional<ErrorCode> m_failure;
};

} // namespace keyward::secrets

// SecretPrompt: how core asks the person at the console for a passphrase or PIN. The GUI answers with a
// dialog, the CLI with the terminal (or a file or descriptor for scripts), tests with scripted answers.
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QString>

namespace keyward {

struct SecretRequest
{
    enum class Kind
    {
        VaultPassphrase,    // unlock an existing local vault
        NewVaultPassphrase, // choose one for a new vault (the answerer should ask twice)
        TokenPin,           // user PIN of a PKCS#11 token
    };
    Kind kind = Kind::VaultPassphrase;
    QString subject; // the vault or token it is for
    int attempt = 1; // 2 and up after a wrong answer
};

class SecretPrompt
{
public:
    virtual ~SecretPrompt() = default;
    // Cancelled when the person declines.
    virtual Result<crypto::SecureBytes> ask(const SecretRequest &request) = 0;
};

} // namespace keyward

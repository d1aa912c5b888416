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
    // The answer, once accepted, can be kept in the OS keychain so that the next time nobody is asked (token
    // PINs); the answerer offers that choice and says whether it was taken through rememberAnswer().
    bool canRemember = false;
};

class SecretPrompt
{
public:
    virtual ~SecretPrompt() = default;
    // Cancelled when the person declines.
    virtual Result<crypto::SecureBytes> ask(const SecretRequest &request) = 0;
    // Whether the person chose to keep the last answer to `request` (one with canRemember) in the keychain.
    virtual bool rememberAnswer(const SecretRequest &request)
    {
        Q_UNUSED(request);
        return false;
    }
};

} // namespace keyward

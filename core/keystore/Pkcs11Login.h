// Pkcs11Login: finding the configured token in a module, opening the store's session on it and logging in with
// the PIN from the secret store or the prompt; and later, telling whether that session is still good.
#pragma once

#include "keystore/Pkcs11Config.h"
#include "secrets/SecretPrompt.h"
#include "secrets/SecretStore.h"
#include "util/Result.h"

#include <QString>

#include <memory>

namespace keyward::keystore {

class Pkcs11Module;
class Pkcs11Session;

class Pkcs11Login
{
public:
    // The token that was found and logged in to, and what a store keeps of it.
    struct Token
    {
        std::shared_ptr<Pkcs11Module> module;
        std::unique_ptr<Pkcs11Session> session; // declared after the module: closed before it
        QString label;
        QString serial;
        QString model;
        QString manufacturer;
    };

    // Loads the module, finds the one token `config` names (by label and/or serial, never by slot id), opens a
    // read-write session and logs in: on the token's own PIN pad, with the PIN kept in `secrets` under
    // Pkcs11Config::effectivePinSecretKey(), or with PINs from `prompt`. Either may be null.
    static Result<Token> open(const Pkcs11Config &config, secrets::SecretStore *secrets, SecretPrompt *prompt);

    // Unavailable when the token was removed or replaced, Locked when it logged the session out. `tokenText`
    // is only for messages.
    static Status checkToken(Pkcs11Session &session, const QString &label, const QString &serial,
                             const QString &tokenText);

    // "token 'ci-token'": the label found on the token when there is one, else what `config` asks for.
    static QString tokenText(const Pkcs11Config &config, const QString &foundLabel);

private:
    Pkcs11Login(const Pkcs11Config &config, secrets::SecretStore *secrets, SecretPrompt *prompt);

    Status findToken();
    Status logIn();
    // Asks `m_prompt` from `attempt` on until the PIN is right, the attempts run out or the token is about to lock.
    Status logInWithPrompt(int attempt, const QString &context, const QString &secretKey);
    QString tokenText() const { return tokenText(m_config, m_token.label); }

    const Pkcs11Config &m_config;
    secrets::SecretStore *m_secrets;
    SecretPrompt *m_prompt;
    Token m_token;
};

} // namespace keyward::keystore

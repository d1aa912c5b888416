// Pkcs11Probe: what a token offers (C_GetMechanismList, C_GetMechanismInfo) and what it really does with the
// wrapping mechanisms Keyward uses, found by wrapping and unwrapping a random key with throw-away session keys.
#pragma once

#include "keystore/Pkcs11Capabilities.h"
#include "util/Result.h"

#include <QString>

namespace keyward::keystore {

class Pkcs11Session;

class Pkcs11Probe
{
public:
    // `tokenText` ("token 'ci-token'") is only for messages. The session must outlive this object.
    Pkcs11Probe(Pkcs11Session &session, QString tokenText);

    // The module's description, every mechanism with its flags and key sizes, the RSA key sizes and the
    // trial results. The token's own description (label, serial, model) is the caller's to add.
    Result<Pkcs11Capabilities> run();

private:
    Status listMechanisms(Pkcs11Capabilities &caps);
    // A failed trial is an answer (false, with the reason in the detail), not an error.
    void tryAesKeyWrapPad(Pkcs11Capabilities &caps);
    void tryRsaOaep256(Pkcs11Capabilities &caps);

    Pkcs11Session &m_session;
    QString m_tokenText;
};

} // namespace keyward::keystore

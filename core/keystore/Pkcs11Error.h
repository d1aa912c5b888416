// Pkcs11Error: names for PKCS#11 return codes and mechanisms, and the mapping of a CK_RV to a Keyward Error.
#pragma once

#include "util/Error.h"

#include <QString>

namespace keyward::keystore {

// "CKR_PIN_INCORRECT", or the hex value for codes the standard does not name. (CK_RV is an unsigned long.)
QString pkcs11ReturnName(unsigned long rv);
// "CKM_AES_KEY_WRAP_PAD", or the hex value for mechanisms Keyward has no name for.
QString pkcs11MechanismName(unsigned long mechanism);

// The error an admin sees for a failed call: `context` says what was being done and on which token
// ("logging in to token 'ci-token'"); the message adds what the code means in plain words and its name.
// The code decides the ErrorCode (wrong PIN, locked PIN, token gone, unsupported mechanism, ...).
Error pkcs11Error(unsigned long rv, const QString &context);
ErrorCode pkcs11ErrorCode(unsigned long rv);

} // namespace keyward::keystore

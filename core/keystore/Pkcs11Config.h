// Pkcs11Config: what a PKCS#11 key store needs to find its token: the module file, the token, where the
// PIN comes from, and the soft-delete settings a token starts with.
#pragma once

#include <QString>

namespace keyward::keystore {

struct Pkcs11Config
{
    QString name;        // the store's name in Keyward (StoreProperties::name); the token label when empty
    QString modulePath;  // e.g. /usr/lib/softhsm/libsofthsm2.so
    QString tokenLabel;  // choose the token by label ...
    QString tokenSerial; // ... or by serial number (both: both must match). Never by slot id: it changes.
    // The SecretStore entry holding the user PIN; defaultPinSecretKey() when empty.
    QString pinSecretKey;
    // How many times the SecretPrompt is asked after wrong PINs before giving up. Kept low on purpose:
    // every wrong PIN counts towards locking the token.
    int maxPinAttempts = 3;

    // Soft-delete settings written to a token the first time Keyward opens it. On later opens the token's
    // own settings win; purge protection can be switched on that way, never off (as in Key Vault).
    bool purgeProtection = true;
    int retentionDays = 90;

    // "pkcs11/<store name>/user-pin".
    static QString defaultPinSecretKey(const QString &storeName);
    QString effectiveName() const { return name.isEmpty() ? tokenLabel : name; }
    QString effectivePinSecretKey() const
    {
        return pinSecretKey.isEmpty() ? defaultPinSecretKey(effectiveName()) : pinSecretKey;
    }
};

} // namespace keyward::keystore

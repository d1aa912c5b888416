// Pkcs11Config: naming of the secret-store entry that holds a token's user PIN.
#include "keystore/Pkcs11Config.h"

namespace keyward::keystore {

QString Pkcs11Config::defaultPinSecretKey(const QString &storeName)
{
    return QStringLiteral("pkcs11/%1/user-pin").arg(storeName);
}

} // namespace keyward::keystore

// Pkcs11StoreSettings: the soft-delete settings of a token used as a Keyward key store, kept on the token
// (a CKO_DATA object labelled "keyward:store") so every console that opens it applies the same rules.
#pragma once

#include "util/Result.h"

#include <QByteArray>

namespace keyward::keystore {

struct Pkcs11StoreSettings
{
    qint64 revision = 0; // see Pkcs11KeyRecord::revision
    bool purgeProtection = true;
    int retentionDays = 90;

    QByteArray toJson() const; // format "keyward-pkcs11-store/1"
    static Result<Pkcs11StoreSettings> fromJson(const QByteArray &json);
};

} // namespace keyward::keystore

// Pkcs11Uri: RFC 7512 `pkcs11:` URIs, the identifiers PKCS#11 key versions carry in the catalog
// ("pkcs11:token=prod-hsm;object=kek-payments;id=%8f%03...;type=secret-key").
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace keyward::keystore {

struct Pkcs11Uri
{
    QString token;  // CK_TOKEN_INFO label
    QString serial; // CK_TOKEN_INFO serialNumber (optional)
    QString object; // CKA_LABEL
    QByteArray id;  // CKA_ID, raw bytes
    QString type;   // "secret-key", "private", "public", "data", "cert" (optional)

    // Path attributes in a fixed order (token, serial, object, id, type); empty ones are left out. Every byte
    // of the id is percent-encoded, as RFC 7512 recommends; other values keep their unreserved characters.
    QString toString() const;
    // Format error for anything that is not a pkcs11: URI or has a broken escape; unknown attributes and
    // the query part are ignored (the RFC allows vendor attributes).
    static Result<Pkcs11Uri> parse(const QString &text);

    bool operator==(const Pkcs11Uri &) const = default;
};

} // namespace keyward::keystore

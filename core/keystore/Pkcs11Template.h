// Pkcs11Template: a CK_ATTRIBUTE array that owns the values it points to, so templates can be built in
// one expression and handed to C_FindObjectsInit, C_GenerateKey, C_UnwrapKey and friends.
#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <p11-kit/pkcs11.h>

#include <list>
#include <vector>

namespace keyward::keystore {

class Pkcs11Template
{
public:
    Pkcs11Template() = default;
    Pkcs11Template(const Pkcs11Template &) = delete;
    Pkcs11Template &operator=(const Pkcs11Template &) = delete;

    Pkcs11Template &addBool(CK_ATTRIBUTE_TYPE type, bool value);
    Pkcs11Template &addULong(CK_ATTRIBUTE_TYPE type, CK_ULONG value);
    Pkcs11Template &addBytes(CK_ATTRIBUTE_TYPE type, const QByteArray &value);
    Pkcs11Template &addText(CK_ATTRIBUTE_TYPE type, const QString &value); // UTF-8, as CKA_LABEL wants
    Pkcs11Template &addDate(CK_ATTRIBUTE_TYPE type, const QDate &date);    // CK_DATE "YYYYMMDD"
    // Points at the caller's buffer instead of copying key material; `value` must outlive the call it is used in.
    Pkcs11Template &addSecret(CK_ATTRIBUTE_TYPE type, const crypto::SecureBytes &value);

    CK_ATTRIBUTE *data() { return m_attributes.data(); }
    CK_ULONG size() const { return CK_ULONG(m_attributes.size()); }

private:
    Pkcs11Template &addOwned(CK_ATTRIBUTE_TYPE type, QByteArray value);

    std::list<QByteArray> m_values; // a list: the attributes point into it, so nothing may move
    std::vector<CK_ATTRIBUTE> m_attributes;
};

} // namespace keyward::keystore

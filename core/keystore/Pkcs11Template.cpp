// Pkcs11Template: owned storage behind CK_ATTRIBUTE pointers.
#include "keystore/Pkcs11Template.h"

namespace keyward::keystore {

Pkcs11Template &Pkcs11Template::addOwned(CK_ATTRIBUTE_TYPE type, QByteArray value)
{
    QByteArray &stored = m_values.emplace_back(std::move(value));
    m_attributes.push_back(CK_ATTRIBUTE{type, stored.isEmpty() ? nullptr : stored.data(), CK_ULONG(stored.size())});
    return *this;
}

Pkcs11Template &Pkcs11Template::addBool(CK_ATTRIBUTE_TYPE type, bool value)
{
    const CK_BBOOL b = value ? CK_TRUE : CK_FALSE;
    return addOwned(type, QByteArray(reinterpret_cast<const char *>(&b), sizeof b));
}

Pkcs11Template &Pkcs11Template::addULong(CK_ATTRIBUTE_TYPE type, CK_ULONG value)
{
    return addOwned(type, QByteArray(reinterpret_cast<const char *>(&value), sizeof value));
}

Pkcs11Template &Pkcs11Template::addBytes(CK_ATTRIBUTE_TYPE type, const QByteArray &value)
{
    return addOwned(type, value);
}

Pkcs11Template &Pkcs11Template::addText(CK_ATTRIBUTE_TYPE type, const QString &value)
{
    return addOwned(type, value.toUtf8());
}

Pkcs11Template &Pkcs11Template::addDate(CK_ATTRIBUTE_TYPE type, const QDate &date)
{
    static_assert(sizeof(CK_DATE) == 8);
    return addOwned(type, date.toString(QStringLiteral("yyyyMMdd")).toLatin1());
}

Pkcs11Template &Pkcs11Template::addSecret(CK_ATTRIBUTE_TYPE type, const crypto::SecureBytes &value)
{
    m_attributes.push_back(CK_ATTRIBUTE{type, const_cast<std::uint8_t *>(value.data()), CK_ULONG(value.size())});
    return *this;
}

} // namespace keyward::keystore

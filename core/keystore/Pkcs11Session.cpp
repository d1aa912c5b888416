// Pkcs11Session: the session calls, with every return code checked and turned into an admin-readable error.
#include "keystore/Pkcs11Session.h"

#include "keystore/Pkcs11Error.h"

namespace keyward::keystore {

Result<std::unique_ptr<Pkcs11Session>> Pkcs11Session::open(std::shared_ptr<Pkcs11Module> module, CK_SLOT_ID slot,
                                                           const QString &tokenName)
{
    CK_SESSION_HANDLE handle = CK_INVALID_HANDLE;
    const CK_RV rv =
        module->functions()->C_OpenSession(slot, CKF_SERIAL_SESSION | CKF_RW_SESSION, nullptr, nullptr, &handle);
    if (rv != CKR_OK)
        return pkcs11Error(rv, QStringLiteral("opening a session on token '%1'").arg(tokenName));
    return std::unique_ptr<Pkcs11Session>(new Pkcs11Session(std::move(module), slot, handle, tokenName));
}

Pkcs11Session::Pkcs11Session(std::shared_ptr<Pkcs11Module> module, CK_SLOT_ID slot, CK_SESSION_HANDLE handle,
                             QString tokenName)
    : m_module(std::move(module)), m_slot(slot), m_handle(handle), m_tokenName(std::move(tokenName))
{
}

Pkcs11Session::~Pkcs11Session()
{
    // Closing the last session of the application logs it out of the token; nothing to do when it fails
    // (the token is gone).
    functions()->C_CloseSession(m_handle);
}

CK_RV Pkcs11Session::login(const crypto::SecureBytes *pin)
{
    if (!pin)
        return functions()->C_Login(m_handle, CKU_USER, nullptr, 0);
    return functions()->C_Login(m_handle, CKU_USER, const_cast<CK_UTF8CHAR *>(pin->data()), CK_ULONG(pin->size()));
}

Result<QList<CK_OBJECT_HANDLE>> Pkcs11Session::find(Pkcs11Template &match, const QString &context)
{
    CK_RV rv = functions()->C_FindObjectsInit(m_handle, match.data(), match.size());
    if (rv != CKR_OK)
        return pkcs11Error(rv, context);
    QList<CK_OBJECT_HANDLE> found;
    for (;;) {
        CK_OBJECT_HANDLE batch[32];
        CK_ULONG count = 0;
        rv = functions()->C_FindObjects(m_handle, batch, CK_ULONG(std::size(batch)), &count);
        if (rv != CKR_OK)
            break;
        for (CK_ULONG i = 0; i < count; ++i)
            found.append(batch[i]);
        if (count == 0)
            break;
    }
    const CK_RV finalRv = functions()->C_FindObjectsFinal(m_handle);
    if (rv == CKR_OK)
        rv = finalRv;
    if (rv != CKR_OK)
        return pkcs11Error(rv, context);
    return found;
}

Result<QByteArray> Pkcs11Session::attribute(CK_OBJECT_HANDLE object, CK_ATTRIBUTE_TYPE type, const QString &context)
{
    CK_ATTRIBUTE a{type, nullptr, 0};
    CK_RV rv = functions()->C_GetAttributeValue(m_handle, object, &a, 1);
    if (rv == CKR_ATTRIBUTE_TYPE_INVALID || (rv == CKR_OK && a.ulValueLen == CK_UNAVAILABLE_INFORMATION))
        return Error::make(ErrorCode::NotFound, QStringLiteral("%1: the object has no such attribute").arg(context));
    if (rv != CKR_OK)
        return pkcs11Error(rv, context);
    QByteArray value(qsizetype(a.ulValueLen), Qt::Uninitialized);
    a.pValue = value.data();
    rv = functions()->C_GetAttributeValue(m_handle, object, &a, 1);
    if (rv != CKR_OK)
        return pkcs11Error(rv, context);
    value.truncate(qsizetype(a.ulValueLen));
    return value;
}

Result<crypto::SecureBytes> Pkcs11Session::secretValue(CK_OBJECT_HANDLE object, const QString &context)
{
    CK_ATTRIBUTE a{CKA_VALUE, nullptr, 0};
    CK_RV rv = functions()->C_GetAttributeValue(m_handle, object, &a, 1);
    if (rv != CKR_OK)
        return pkcs11Error(rv, context);
    if (a.ulValueLen == CK_UNAVAILABLE_INFORMATION)
        return Error::make(ErrorCode::Forbidden, QStringLiteral("%1: the token will not reveal the key").arg(context));
    crypto::SecureBytes value(std::size_t(a.ulValueLen));
    a.pValue = value.data();
    rv = functions()->C_GetAttributeValue(m_handle, object, &a, 1);
    if (rv != CKR_OK)
        return pkcs11Error(rv, context);
    value.truncate(std::size_t(a.ulValueLen));
    return value;
}

Result<CK_OBJECT_HANDLE> Pkcs11Session::create(Pkcs11Template &attributes, const QString &context)
{
    CK_OBJECT_HANDLE object = CK_INVALID_HANDLE;
    const CK_RV rv = functions()->C_CreateObject(m_handle, attributes.data(), attributes.size(), &object);
    if (rv != CKR_OK)
        return pkcs11Error(rv, context);
    return object;
}

Status Pkcs11Session::setAttributes(CK_OBJECT_HANDLE object, Pkcs11Template &attributes, const QString &context)
{
    const CK_RV rv = functions()->C_SetAttributeValue(m_handle, object, attributes.data(), attributes.size());
    if (rv != CKR_OK)
        return pkcs11Error(rv, context);
    return {};
}

Status Pkcs11Session::destroy(CK_OBJECT_HANDLE object, const QString &context)
{
    const CK_RV rv = functions()->C_DestroyObject(m_handle, object);
    if (rv != CKR_OK)
        return pkcs11Error(rv, context);
    return {};
}

Result<CK_OBJECT_HANDLE> Pkcs11Session::generateKey(CK_MECHANISM &mechanism, Pkcs11Template &attributes,
                                                    const QString &context)
{
    CK_OBJECT_HANDLE key = CK_INVALID_HANDLE;
    const CK_RV rv = functions()->C_GenerateKey(m_handle, &mechanism, attributes.data(), attributes.size(), &key);
    if (rv != CKR_OK)
        return pkcs11Error(rv, context);
    return key;
}

Result<std::pair<CK_OBJECT_HANDLE, CK_OBJECT_HANDLE>> Pkcs11Session::generateKeyPair(CK_MECHANISM &mechanism,
                                                                                     Pkcs11Template &publicAttributes,
                                                                                     Pkcs11Template &privateAttributes,
                                                                                     const QString &context)
{
    CK_OBJECT_HANDLE pub = CK_INVALID_HANDLE;
    CK_OBJECT_HANDLE priv = CK_INVALID_HANDLE;
    const CK_RV rv =
        functions()->C_GenerateKeyPair(m_handle, &mechanism, publicAttributes.data(), publicAttributes.size(),
                                       privateAttributes.data(), privateAttributes.size(), &pub, &priv);
    if (rv != CKR_OK)
        return pkcs11Error(rv, context);
    return std::pair{pub, priv};
}

Result<QByteArray> Pkcs11Session::wrap(CK_MECHANISM &mechanism, CK_OBJECT_HANDLE wrappingKey, CK_OBJECT_HANDLE key,
                                       const QString &context, CK_RV *rvOut)
{
    CK_ULONG size = 0;
    CK_RV rv = functions()->C_WrapKey(m_handle, &mechanism, wrappingKey, key, nullptr, &size);
    QByteArray wrapped;
    if (rv == CKR_OK) {
        wrapped.resize(qsizetype(size));
        rv = functions()->C_WrapKey(m_handle, &mechanism, wrappingKey, key, reinterpret_cast<CK_BYTE *>(wrapped.data()),
                                    &size);
    }
    if (rvOut)
        *rvOut = rv;
    if (rv != CKR_OK)
        return pkcs11Error(rv, context);
    wrapped.truncate(qsizetype(size));
    return wrapped;
}

Result<CK_OBJECT_HANDLE> Pkcs11Session::unwrap(CK_MECHANISM &mechanism, CK_OBJECT_HANDLE unwrappingKey,
                                               const QByteArray &wrapped, Pkcs11Template &attributes,
                                               const QString &context, CK_RV *rvOut)
{
    CK_OBJECT_HANDLE key = CK_INVALID_HANDLE;
    QByteArray input = wrapped; // C_UnwrapKey takes a non-const pointer
    const CK_RV rv =
        functions()->C_UnwrapKey(m_handle, &mechanism, unwrappingKey, reinterpret_cast<CK_BYTE *>(input.data()),
                                 CK_ULONG(input.size()), attributes.data(), attributes.size(), &key);
    if (rvOut)
        *rvOut = rv;
    if (rv != CKR_OK)
        return pkcs11Error(rv, context);
    return key;
}

Pkcs11Session::ScopedObject::~ScopedObject()
{
    if (m_object != CK_INVALID_HANDLE)
        m_session.functions()->C_DestroyObject(m_session.handle(), m_object);
}

} // namespace keyward::keystore

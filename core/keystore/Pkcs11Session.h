// Pkcs11Session: one read-write session on a token (closed on destruction) and the object calls Keyward
// makes through it, each returning a Result whose error says what was being done, on which token.
#pragma once

#include "crypto/SecureBytes.h"
#include "keystore/Pkcs11Module.h"
#include "keystore/Pkcs11Template.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <utility>

namespace keyward::keystore {

class Pkcs11Session
{
public:
    // `tokenName` is only for messages ("token 'ci-token'").
    static Result<std::unique_ptr<Pkcs11Session>> open(std::shared_ptr<Pkcs11Module> module, CK_SLOT_ID slot,
                                                       const QString &tokenName);
    ~Pkcs11Session();
    Pkcs11Session(const Pkcs11Session &) = delete;
    Pkcs11Session &operator=(const Pkcs11Session &) = delete;

    CK_FUNCTION_LIST *functions() const { return m_module->functions(); }
    CK_SESSION_HANDLE handle() const { return m_handle; }
    CK_SLOT_ID slot() const { return m_slot; }
    const QString &tokenName() const { return m_tokenName; }
    const Pkcs11Module &module() const { return *m_module; }

    // The raw code: the caller tells a wrong PIN from a locked one and decides whether to ask again.
    // A null `pin` logs in through the token's own PIN pad (CKF_PROTECTED_AUTHENTICATION_PATH).
    CK_RV login(const crypto::SecureBytes *pin);

    Result<QList<CK_OBJECT_HANDLE>> find(Pkcs11Template &match, const QString &context);
    // A public attribute's bytes; an absent attribute gives NotFound.
    Result<QByteArray> attribute(CK_OBJECT_HANDLE object, CK_ATTRIBUTE_TYPE type, const QString &context);
    // CKA_VALUE read straight into wiped memory (for an unwrapped, non-sensitive session key).
    Result<crypto::SecureBytes> secretValue(CK_OBJECT_HANDLE object, const QString &context);
    Result<CK_OBJECT_HANDLE> create(Pkcs11Template &attributes, const QString &context);
    Status setAttributes(CK_OBJECT_HANDLE object, Pkcs11Template &attributes, const QString &context);
    Status destroy(CK_OBJECT_HANDLE object, const QString &context);

    Result<CK_OBJECT_HANDLE> generateKey(CK_MECHANISM &mechanism, Pkcs11Template &attributes, const QString &context);
    // {public, private}
    Result<std::pair<CK_OBJECT_HANDLE, CK_OBJECT_HANDLE>> generateKeyPair(CK_MECHANISM &mechanism,
                                                                          Pkcs11Template &publicAttributes,
                                                                          Pkcs11Template &privateAttributes,
                                                                          const QString &context);
    // The raw code comes back in `rv` too (when not null), so a caller can tell "mechanism refused" apart.
    Result<QByteArray> wrap(CK_MECHANISM &mechanism, CK_OBJECT_HANDLE wrappingKey, CK_OBJECT_HANDLE key,
                            const QString &context, CK_RV *rv = nullptr);
    Result<CK_OBJECT_HANDLE> unwrap(CK_MECHANISM &mechanism, CK_OBJECT_HANDLE unwrappingKey, const QByteArray &wrapped,
                                    Pkcs11Template &attributes, const QString &context, CK_RV *rv = nullptr);

    // Destroys a session object when it goes out of scope (the feature key copies made for C_WrapKey and
    // produced by C_UnwrapKey must not outlive the call).
    class ScopedObject
    {
    public:
        ScopedObject(Pkcs11Session &session, CK_OBJECT_HANDLE object) : m_session(session), m_object(object) {}
        ~ScopedObject();
        ScopedObject(const ScopedObject &) = delete;
        ScopedObject &operator=(const ScopedObject &) = delete;
        CK_OBJECT_HANDLE get() const { return m_object; }

    private:
        Pkcs11Session &m_session;
        CK_OBJECT_HANDLE m_object;
    };

private:
    Pkcs11Session(std::shared_ptr<Pkcs11Module> module, CK_SLOT_ID slot, CK_SESSION_HANDLE handle, QString tokenName);

    std::shared_ptr<Pkcs11Module> m_module;
    CK_SLOT_ID m_slot;
    CK_SESSION_HANDLE m_handle;
    QString m_tokenName;
};

} // namespace keyward::keystore

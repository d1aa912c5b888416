// Pkcs11KeyObjects: the key objects of key versions on a token (an AES key, or an RSA key pair): generating
// and destroying them, mirroring a version's enabled flag into their usage attributes, and wrapping and
// unwrapping feature keys with them. Private to core: it sees pkcs11.h through Pkcs11Template.h.
#pragma once

#include "crypto/SecureBytes.h"
#include "keystore/KeyStore.h"
#include "keystore/Pkcs11KeyRecord.h"
#include "keystore/Pkcs11Template.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <optional>
#include <utility>

namespace keyward::keystore {

class Pkcs11Session;

class Pkcs11KeyObjects
{
public:
    static constexpr std::size_t kFeatureKeySize = 32;

    // The feature key as a session object that may be wrapped (C_WrapKey takes handles, not bytes).
    static Pkcs11Template &featureKeyTemplate(Pkcs11Template &t);
    // The OAEP parameters of RSA-OAEP-256. Nothing else is ever passed for RSA wrapping.
    static CK_RSA_PKCS_OAEP_PARAMS oaepSha256Params();
    // The codes with which tokens turn down a mechanism or its parameters.
    static bool isMechanismRefusal(CK_RV rv);

    // `tokenText` ("token 'ci-token'") is only for messages. The session must outlive this object.
    Pkcs11KeyObjects(Pkcs11Session &session, QString tokenText);

    // Generates the objects of a new version of `record`'s key and returns the version (its CKA_ID in hex).
    Result<QString> generate(const Pkcs11KeyRecord &record, const std::optional<QDateTime> &notBefore,
                             const std::optional<QDateTime> &expires, const QStringList &operations);
    Status destroy(const QString &name, const QString &version);
    // Sets CKA_WRAP / CKA_UNWRAP as `operations` allow, or clears them; tokens that refuse keep their flags.
    Status setUsage(const QString &name, const QString &version, bool enabled, const QStringList &operations);

    // The object a wrap (AES key, RSA public key) or unwrap (AES key, RSA private key) works with. `id` is the
    // version's URI, for the NotFound message.
    Result<CK_OBJECT_HANDLE> find(const QString &name, KeyKind kind, const QString &version, bool wrap,
                                  const QString &id, const QString &context);
    Result<QByteArray> wrap(KeyKind kind, CK_OBJECT_HANDLE kek, const crypto::SecureBytes &key, const QString &context);
    Result<crypto::SecureBytes> unwrap(KeyKind kind, CK_OBJECT_HANDLE kek, const QByteArray &wrapped,
                                       const QString &context);

private:
    // The key objects (secret, private, public) of one version, with their classes.
    Result<QList<std::pair<CK_OBJECT_HANDLE, CK_OBJECT_CLASS>>> keyObjects(const QString &name, const QString &version,
                                                                           const QString &context);
    Pkcs11Session &m_session;
    QString m_tokenText;
};

} // namespace keyward::keystore

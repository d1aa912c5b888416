// Pkcs11Error: the PKCS#11 code tables and how each return code reads to an admin.
#include "keystore/Pkcs11Error.h"

#include <p11-kit/pkcs11.h>

namespace keyward::keystore {

namespace {

struct Named
{
    unsigned long value;
    const char *name;
};

#define KW_NAMED(x) {x, #x}

// Every return code PKCS#11 2.40 defines: these names go into error details, so an admin can look them up.
constexpr Named kReturnNames[] = {
    KW_NAMED(CKR_OK),
    KW_NAMED(CKR_CANCEL),
    KW_NAMED(CKR_HOST_MEMORY),
    KW_NAMED(CKR_SLOT_ID_INVALID),
    KW_NAMED(CKR_GENERAL_ERROR),
    KW_NAMED(CKR_FUNCTION_FAILED),
    KW_NAMED(CKR_ARGUMENTS_BAD),
    KW_NAMED(CKR_NO_EVENT),
    KW_NAMED(CKR_NEED_TO_CREATE_THREADS),
    KW_NAMED(CKR_CANT_LOCK),
    KW_NAMED(CKR_ATTRIBUTE_READ_ONLY),
    KW_NAMED(CKR_ATTRIBUTE_SENSITIVE),
    KW_NAMED(CKR_ATTRIBUTE_TYPE_INVALID),
    KW_NAMED(CKR_ATTRIBUTE_VALUE_INVALID),
    KW_NAMED(CKR_ACTION_PROHIBITED),
    KW_NAMED(CKR_DATA_INVALID),
    KW_NAMED(CKR_DATA_LEN_RANGE),
    KW_NAMED(CKR_DEVICE_ERROR),
    KW_NAMED(CKR_DEVICE_MEMORY),
    KW_NAMED(CKR_DEVICE_REMOVED),
    KW_NAMED(CKR_ENCRYPTED_DATA_INVALID),
    KW_NAMED(CKR_ENCRYPTED_DATA_LEN_RANGE),
    KW_NAMED(CKR_FUNCTION_CANCELED),
    KW_NAMED(CKR_FUNCTION_NOT_PARALLEL),
    KW_NAMED(CKR_FUNCTION_NOT_SUPPORTED),
    KW_NAMED(CKR_KEY_HANDLE_INVALID),
    KW_NAMED(CKR_KEY_SIZE_RANGE),
    KW_NAMED(CKR_KEY_TYPE_INCONSISTENT),
    KW_NAMED(CKR_KEY_NOT_NEEDED),
    KW_NAMED(CKR_KEY_CHANGED),
    KW_NAMED(CKR_KEY_NEEDED),
    KW_NAMED(CKR_KEY_INDIGESTIBLE),
    KW_NAMED(CKR_KEY_FUNCTION_NOT_PERMITTED),
    KW_NAMED(CKR_KEY_NOT_WRAPPABLE),
    KW_NAMED(CKR_KEY_UNEXTRACTABLE),
    KW_NAMED(CKR_MECHANISM_INVALID),
    KW_NAMED(CKR_MECHANISM_PARAM_INVALID),
    KW_NAMED(CKR_OBJECT_HANDLE_INVALID),
    KW_NAMED(CKR_OPERATION_ACTIVE),
    KW_NAMED(CKR_OPERATION_NOT_INITIALIZED),
    KW_NAMED(CKR_PIN_INCORRECT),
    KW_NAMED(CKR_PIN_INVALID),
    KW_NAMED(CKR_PIN_LEN_RANGE),
    KW_NAMED(CKR_PIN_EXPIRED),
    KW_NAMED(CKR_PIN_LOCKED),
    KW_NAMED(CKR_SESSION_CLOSED),
    KW_NAMED(CKR_SESSION_COUNT),
    KW_NAMED(CKR_SESSION_HANDLE_INVALID),
    KW_NAMED(CKR_SESSION_PARALLEL_NOT_SUPPORTED),
    KW_NAMED(CKR_SESSION_READ_ONLY),
    KW_NAMED(CKR_SESSION_EXISTS),
    KW_NAMED(CKR_SESSION_READ_ONLY_EXISTS),
    KW_NAMED(CKR_SESSION_READ_WRITE_SO_EXISTS),
    KW_NAMED(CKR_SIGNATURE_INVALID),
    KW_NAMED(CKR_SIGNATURE_LEN_RANGE),
    KW_NAMED(CKR_TEMPLATE_INCOMPLETE),
    KW_NAMED(CKR_TEMPLATE_INCONSISTENT),
    KW_NAMED(CKR_TOKEN_NOT_PRESENT),
    KW_NAMED(CKR_TOKEN_NOT_RECOGNIZED),
    KW_NAMED(CKR_TOKEN_WRITE_PROTECTED),
    KW_NAMED(CKR_UNWRAPPING_KEY_HANDLE_INVALID),
    KW_NAMED(CKR_UNWRAPPING_KEY_SIZE_RANGE),
    KW_NAMED(CKR_UNWRAPPING_KEY_TYPE_INCONSISTENT),
    KW_NAMED(CKR_USER_ALREADY_LOGGED_IN),
    KW_NAMED(CKR_USER_NOT_LOGGED_IN),
    KW_NAMED(CKR_USER_PIN_NOT_INITIALIZED),
    KW_NAMED(CKR_USER_TYPE_INVALID),
    KW_NAMED(CKR_USER_ANOTHER_ALREADY_LOGGED_IN),
    KW_NAMED(CKR_USER_TOO_MANY_TYPES),
    KW_NAMED(CKR_WRAPPED_KEY_INVALID),
    KW_NAMED(CKR_WRAPPED_KEY_LEN_RANGE),
    KW_NAMED(CKR_WRAPPING_KEY_HANDLE_INVALID),
    KW_NAMED(CKR_WRAPPING_KEY_SIZE_RANGE),
    KW_NAMED(CKR_WRAPPING_KEY_TYPE_INCONSISTENT),
    KW_NAMED(CKR_RANDOM_SEED_NOT_SUPPORTED),
    KW_NAMED(CKR_RANDOM_NO_RNG),
    KW_NAMED(CKR_DOMAIN_PARAMS_INVALID),
    KW_NAMED(CKR_CURVE_NOT_SUPPORTED),
    KW_NAMED(CKR_BUFFER_TOO_SMALL),
    KW_NAMED(CKR_SAVED_STATE_INVALID),
    KW_NAMED(CKR_INFORMATION_SENSITIVE),
    KW_NAMED(CKR_STATE_UNSAVEABLE),
    KW_NAMED(CKR_CRYPTOKI_NOT_INITIALIZED),
    KW_NAMED(CKR_CRYPTOKI_ALREADY_INITIALIZED),
    KW_NAMED(CKR_MUTEX_BAD),
    KW_NAMED(CKR_MUTEX_NOT_LOCKED),
    KW_NAMED(CKR_NEW_PIN_MODE),
    KW_NAMED(CKR_NEXT_OTP),
    KW_NAMED(CKR_EXCEEDED_MAX_ITERATIONS),
    KW_NAMED(CKR_FIPS_SELF_TEST_FAILED),
    KW_NAMED(CKR_LIBRARY_LOAD_FAILED),
    KW_NAMED(CKR_PIN_TOO_WEAK),
    KW_NAMED(CKR_PUBLIC_KEY_INVALID),
    KW_NAMED(CKR_FUNCTION_REJECTED),
};

// The mechanisms a key store meets when it probes a token; others are shown by value.
constexpr Named kMechanismNames[] = {
    KW_NAMED(CKM_RSA_PKCS_KEY_PAIR_GEN),
    KW_NAMED(CKM_RSA_PKCS),
    KW_NAMED(CKM_RSA_X_509),
    KW_NAMED(CKM_RSA_PKCS_OAEP),
    KW_NAMED(CKM_RSA_PKCS_PSS),
    KW_NAMED(CKM_SHA1_RSA_PKCS),
    KW_NAMED(CKM_SHA256_RSA_PKCS),
    KW_NAMED(CKM_SHA384_RSA_PKCS),
    KW_NAMED(CKM_SHA512_RSA_PKCS),
    KW_NAMED(CKM_SHA1_RSA_PKCS_PSS),
    KW_NAMED(CKM_SHA256_RSA_PKCS_PSS),
    KW_NAMED(CKM_SHA384_RSA_PKCS_PSS),
    KW_NAMED(CKM_SHA512_RSA_PKCS_PSS),
    KW_NAMED(CKM_RSA_AES_KEY_WRAP),
    KW_NAMED(CKM_MD5),
    KW_NAMED(CKM_SHA_1),
    KW_NAMED(CKM_SHA224),
    KW_NAMED(CKM_SHA256),
    KW_NAMED(CKM_SHA384),
    KW_NAMED(CKM_SHA512),
    KW_NAMED(CKM_SHA_1_HMAC),
    KW_NAMED(CKM_SHA256_HMAC),
    KW_NAMED(CKM_SHA384_HMAC),
    KW_NAMED(CKM_SHA512_HMAC),
    KW_NAMED(CKM_GENERIC_SECRET_KEY_GEN),
    KW_NAMED(CKM_AES_KEY_GEN),
    KW_NAMED(CKM_AES_ECB),
    KW_NAMED(CKM_AES_CBC),
    KW_NAMED(CKM_AES_CBC_PAD),
    KW_NAMED(CKM_AES_CTR),
    KW_NAMED(CKM_AES_GCM),
    KW_NAMED(CKM_AES_CCM),
    KW_NAMED(CKM_AES_CMAC),
    KW_NAMED(CKM_AES_KEY_WRAP),
    KW_NAMED(CKM_AES_KEY_WRAP_PAD),
    KW_NAMED(CKM_AES_ECB_ENCRYPT_DATA),
    KW_NAMED(CKM_AES_CBC_ENCRYPT_DATA),
    KW_NAMED(CKM_DES_KEY_GEN),
    KW_NAMED(CKM_DES_ECB),
    KW_NAMED(CKM_DES_CBC),
    KW_NAMED(CKM_DES_CBC_PAD),
    KW_NAMED(CKM_DES3_KEY_GEN),
    KW_NAMED(CKM_DES3_ECB),
    KW_NAMED(CKM_DES3_CBC),
    KW_NAMED(CKM_DES3_CBC_PAD),
    KW_NAMED(CKM_DES3_CMAC),
    KW_NAMED(CKM_EC_KEY_PAIR_GEN),
    KW_NAMED(CKM_ECDSA),
    KW_NAMED(CKM_ECDSA_SHA1),
    KW_NAMED(CKM_ECDSA_SHA256),
    KW_NAMED(CKM_ECDSA_SHA384),
    KW_NAMED(CKM_ECDSA_SHA512),
    KW_NAMED(CKM_ECDH1_DERIVE),
    KW_NAMED(CKM_EC_EDWARDS_KEY_PAIR_GEN),
    KW_NAMED(CKM_EDDSA),
    KW_NAMED(CKM_DH_PKCS_KEY_PAIR_GEN),
    KW_NAMED(CKM_DH_PKCS_DERIVE),
    KW_NAMED(CKM_DSA_KEY_PAIR_GEN),
    KW_NAMED(CKM_DSA_SHA1),
    KW_NAMED(CKM_GOSTR3410),
    KW_NAMED(CKM_CONCATENATE_DATA_AND_BASE),
};

#undef KW_NAMED

template <std::size_t N> const char *lookup(const Named (&table)[N], unsigned long value)
{
    for (const Named &n : table)
        if (n.value == value)
            return n.name;
    return nullptr;
}

struct Meaning
{
    ErrorCode code;
    const char *words;
};

Meaning meaningOf(unsigned long rv)
{
    switch (rv) {
    case CKR_PIN_INCORRECT:
        return {ErrorCode::WrongPassphrase, "the PIN is wrong"};
    case CKR_PIN_INVALID:
        return {ErrorCode::WrongPassphrase, "the PIN holds characters this token does not accept"};
    case CKR_PIN_LEN_RANGE:
        return {ErrorCode::WrongPassphrase, "the PIN is too short or too long for this token"};
    case CKR_PIN_LOCKED:
        return {ErrorCode::Locked,
                "the user PIN is locked after too many wrong attempts; the token's security officer must unlock it"};
    case CKR_PIN_EXPIRED:
        return {ErrorCode::Locked, "the PIN has expired and must be changed on the token first"};
    case CKR_USER_NOT_LOGGED_IN:
        return {ErrorCode::Locked, "the token logged this session out"};
    case CKR_USER_PIN_NOT_INITIALIZED:
        return {ErrorCode::Unavailable, "the token has no user PIN yet; its security officer must set one"};
    case CKR_TOKEN_NOT_PRESENT:
    case CKR_DEVICE_REMOVED:
        return {ErrorCode::Unavailable, "the token has been removed"};
    case CKR_SLOT_ID_INVALID:
        return {ErrorCode::Unavailable, "the token's slot no longer exists"};
    case CKR_SESSION_HANDLE_INVALID:
    case CKR_SESSION_CLOSED:
        return {ErrorCode::Unavailable, "the token closed the session (it was removed or reset)"};
    case CKR_TOKEN_NOT_RECOGNIZED:
        return {ErrorCode::Unavailable, "the module does not recognise the token"};
    case CKR_DEVICE_ERROR:
        return {ErrorCode::Unavailable, "the token reports a device error"};
    case CKR_CRYPTOKI_NOT_INITIALIZED:
        return {ErrorCode::Unavailable, "the PKCS#11 module is not initialised"};
    case CKR_MECHANISM_INVALID:
        return {ErrorCode::Unsupported, "the token does not offer this mechanism"};
    case CKR_MECHANISM_PARAM_INVALID:
        return {ErrorCode::Unsupported, "the token does not accept these mechanism parameters"};
    case CKR_FUNCTION_NOT_SUPPORTED:
        return {ErrorCode::Unsupported, "the module does not implement this function"};
    case CKR_KEY_SIZE_RANGE:
        return {ErrorCode::Unsupported, "the token does not support this key size"};
    case CKR_WRAPPED_KEY_INVALID:
    case CKR_WRAPPED_KEY_LEN_RANGE:
    case CKR_ENCRYPTED_DATA_INVALID:
    case CKR_ENCRYPTED_DATA_LEN_RANGE:
        return {ErrorCode::Key, "the wrapped key is damaged or was wrapped under another key"};
    case CKR_KEY_FUNCTION_NOT_PERMITTED:
        return {ErrorCode::Forbidden, "the key's attributes on the token do not permit this operation"};
    case CKR_KEY_UNEXTRACTABLE:
        return {ErrorCode::Forbidden, "the key may not leave the token"};
    case CKR_ACTION_PROHIBITED:
        return {ErrorCode::Forbidden, "the token's policy prohibits this action"};
    case CKR_TOKEN_WRITE_PROTECTED:
        return {ErrorCode::Forbidden, "the token is write-protected"};
    case CKR_SESSION_READ_ONLY:
        return {ErrorCode::Forbidden, "the session is read-only"};
    case CKR_OBJECT_HANDLE_INVALID:
    case CKR_KEY_HANDLE_INVALID:
    case CKR_WRAPPING_KEY_HANDLE_INVALID:
    case CKR_UNWRAPPING_KEY_HANDLE_INVALID:
        return {ErrorCode::NotFound, "the key object is no longer on the token"};
    case CKR_ARGUMENTS_BAD:
        return {ErrorCode::Crypto, "the token rejected the call's arguments (for a mechanism: parameters it does not "
                                   "support)"};
    case CKR_HOST_MEMORY:
        return {ErrorCode::Io, "this computer ran out of memory"};
    case CKR_DEVICE_MEMORY:
        return {ErrorCode::Io, "the token is out of memory"};
    default:
        return {ErrorCode::Crypto, "the token reported an error"};
    }
}

} // namespace

QString pkcs11ReturnName(unsigned long rv)
{
    if (const char *name = lookup(kReturnNames, rv))
        return QLatin1String(name);
    if (rv & CKR_VENDOR_DEFINED)
        return QStringLiteral("CKR_VENDOR_DEFINED+0x%1").arg(rv & ~CKR_VENDOR_DEFINED, 0, 16);
    return QStringLiteral("0x%1").arg(rv, 0, 16);
}

QString pkcs11MechanismName(unsigned long mechanism)
{
    if (const char *name = lookup(kMechanismNames, mechanism))
        return QLatin1String(name);
    if (mechanism & CKM_VENDOR_DEFINED)
        return QStringLiteral("CKM_VENDOR_DEFINED+0x%1").arg(mechanism & ~CKM_VENDOR_DEFINED, 0, 16);
    return QStringLiteral("0x%1").arg(mechanism, 0, 16);
}

ErrorCode pkcs11ErrorCode(unsigned long rv)
{
    return meaningOf(rv).code;
}

Error pkcs11Error(unsigned long rv, const QString &context)
{
    const Meaning m = meaningOf(rv);
    return Error::make(m.code, QStringLiteral("%1: %2 (%3)").arg(context, QLatin1String(m.words), pkcs11ReturnName(rv)));
}

} // namespace keyward::keystore

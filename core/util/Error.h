// Error: the failure value every fallible core call returns; a code the UI translates, plus a safe detail.
#pragma once

#include <QString>

namespace keyward {

enum class ErrorCode
{
    InvalidArgument, // the caller passed something out of range
    Io,              // a device or file could not be read or written
    Format,          // bytes are not what the format says (before any key is used)
    Key,             // no usable key, or a key does not unwrap / open what it should
    Auth,            // an authenticated ciphertext failed its check
    Crypto,          // the crypto library failed for a reason other than the above
    Unsupported,     // a valid request this build or device cannot serve
    NotFound,        // a named thing does not exist
    Cancelled,       // the caller asked to stop
    // Key-store outcomes that jobs and the UI show as such.
    KeyDisabled,     // the key version is disabled
    KeyExpired,      // the key version is past its expiry date
    KeyNotYetValid,  // the key version's not-before date is in the future
    KeyDeleted,      // the key is soft-deleted (recoverable until purged)
    Forbidden,       // the store refuses the operation (purge protection, operation not permitted)
    Conflict,        // the name is taken, or the object changed under us
    WrongPassphrase, // a passphrase or PIN was wrong
    Locked,          // the store or token is locked (PIN locked, keyring locked)
    Unavailable,     // the store, module, token or keyring does not answer
};

// `detail` is written for an admin and must never hold key material, plaintext, PINs or passwords.
struct Error
{
    ErrorCode code = ErrorCode::InvalidArgument;
    QString detail;
    qint64 segment = -1; // for Auth: 0-based index of the first segment that failed

    static Error make(ErrorCode code, const QString &detail, qint64 segment = -1) { return {code, detail, segment}; }
};

QString errorCodeName(ErrorCode code);

} // namespace keyward

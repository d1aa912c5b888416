// Error: the failure value every fallible core call returns; a code the UI translates, plus a safe detail.
#pragma once

#include "util/Reason.h"

#include <QString>
#include <QStringList>

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

// An error says what kind of failure it is (`code`, which decides exit statuses and how a front end reacts),
// and, where a rule refused something, which rule (`reason`) with the facts it names (`args`, in the order
// the reason documents). Front ends make their text from code, reason and args (services/Messages), so the
// CLI and the console say the same thing in the user's language. `detail` is the English text for logs, the
// audit trail and errors that carry no reason. None of them may hold key material, plaintext, PINs or
// passwords.
struct Error
{
    ErrorCode code = ErrorCode::InvalidArgument;
    QString detail;
    qint64 segment = -1; // for Auth: 0-based index of the first segment that failed
    Reason reason = Reason::None;
    QStringList args;

    static Error make(ErrorCode code, const QString &detail, qint64 segment = -1)
    {
        return {code, detail, segment, Reason::None, {}};
    }
    static Error because(ErrorCode code, Reason reason, const QStringList &args, const QString &detail)
    {
        return {code, detail, -1, reason, args};
    }
};

QString errorCodeName(ErrorCode code);

} // namespace keyward

// Error: stable, untranslated names for error codes (used in JSON output and logs).
#include "util/Error.h"

namespace keyward {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return QStringLiteral("invalid-argument");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Format:
        return QStringLiteral("format");
    case ErrorCode::Key:
        return QStringLiteral("key");
    case ErrorCode::Auth:
        return QStringLiteral("auth");
    case ErrorCode::Crypto:
        return QStringLiteral("crypto");
    case ErrorCode::Unsupported:
        return QStringLiteral("unsupported");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::KeyDisabled:
        return QStringLiteral("key-disabled");
    case ErrorCode::KeyExpired:
        return QStringLiteral("key-expired");
    case ErrorCode::KeyNotYetValid:
        return QStringLiteral("key-not-yet-valid");
    case ErrorCode::KeyDeleted:
        return QStringLiteral("key-deleted");
    case ErrorCode::Forbidden:
        return QStringLiteral("forbidden");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::WrongPassphrase:
        return QStringLiteral("wrong-passphrase");
    case ErrorCode::Locked:
        return QStringLiteral("locked");
    case ErrorCode::Unavailable:
        return QStringLiteral("unavailable");
    }
    return QStringLiteral("unknown");
}

} // namespace keyward

// OpenSsl: error-queue handling shared by the crypto wrappers.
#include "crypto/OpenSsl.h"

#include <openssl/err.h>

namespace keyward::crypto::ossl {

Error failure(ErrorCode code, const char *step)
{
    const unsigned long first = ERR_peek_error();
    ERR_clear_error();
    QString detail = QString::fromLatin1(step);
    if (first != 0) {
        const char *reason = ERR_reason_error_string(first);
        if (reason)
            detail += QStringLiteral(" (") + QString::fromLatin1(reason) + QLatin1Char(')');
    }
    return Error::make(code, detail);
}

} // namespace keyward::crypto::ossl

// Hkdf: HKDF-SHA256 (RFC 5869) extract-and-expand.
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QByteArrayView>

namespace keyward::crypto {

// Fails with InvalidArgument when size is 0 or larger than 255 * 32 bytes.
Result<SecureBytes> hkdfSha256(QByteArrayView ikm, QByteArrayView salt, QByteArrayView info, std::size_t size);

} // namespace keyward::crypto

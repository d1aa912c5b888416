// Kwe1Header: the 87-byte KWE1 object header (envelope-format.md), its parsing, encoding and size arithmetic.
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <cstdint>

namespace keyward::envelope {

// Feature byte codes, as written in the header.
enum class Kwe1Feature : std::uint8_t
{
    ManagedServices = 1,
    DbfsRoot = 2,
    ManagedDisks = 3,
    Platform = 4, // infrastructure (double-encryption) layer
};

QString kwe1FeatureName(Kwe1Feature feature); // "managed-services", "dbfs-root", "managed-disks", "platform"

struct Kwe1Header
{
    static constexpr int Size = 87;
    static constexpr int AadSize = 31; // magic .. nonce_prefix
    static constexpr int TagSize = 16;
    static constexpr int ObjectIdSize = 16;
    static constexpr int NoncePrefixSize = 7;
    static constexpr int FkIdSize = 16;
    static constexpr int WrappedOkSize = 40;
    static constexpr int OkSize = 32;
    static constexpr int MinSegmentLog2 = 12;
    static constexpr int MaxSegmentLog2 = 24;
    static constexpr int DefaultSegmentLog2 = 20;
    static constexpr std::uint8_t Version = 1;

    Kwe1Feature feature = Kwe1Feature::ManagedServices;
    int segmentLog2 = DefaultSegmentLog2;
    QByteArray objectId;    // 16 bytes
    QByteArray noncePrefix; // 7 bytes
    QByteArray fkId;        // 16 bytes
    QByteArray wrappedOk;   // 40 bytes

    qint64 segmentSize() const { return qint64(1) << segmentLog2; }

    // Format errors only: a short header or any fixed field out of range.
    static Result<Kwe1Header> parse(QByteArrayView bytes);
    QByteArray encode() const; // 87 bytes; the fields must have their sizes
    QByteArray aad() const { return encode().left(AadSize); }
    // nonce = nonce_prefix || uint32_be(index) || last
    std::array<std::uint8_t, 12> nonce(std::uint32_t index, bool last) const;

    // Body layout checks that need only the size (no key): a body of 0 bytes or a final piece shorter
    // than a tag is a format error. Returns the number of segments.
    static Result<qint64> segmentCountForBody(qint64 bodySize, int segmentLog2);
    static qint64 objectSizeFor(qint64 plaintextSize, int segmentLog2);
};

} // namespace keyward::envelope

// Kwe1Header: parsing and encoding of the fixed KWE1 header fields.
#include "envelope/Kwe1Header.h"

#include <QtEndian>

#include <cstring>

namespace keyward::envelope {

namespace {
constexpr char Magic[4] = {'K', 'W', 'E', '1'};

Error formatError(const QString &detail)
{
    return Error::make(ErrorCode::Format, detail);
}
} // namespace

QString kwe1FeatureName(Kwe1Feature feature)
{
    switch (feature) {
    case Kwe1Feature::ManagedServices:
        return QStringLiteral("managed-services");
    case Kwe1Feature::DbfsRoot:
        return QStringLiteral("dbfs-root");
    case Kwe1Feature::ManagedDisks:
        return QStringLiteral("managed-disks");
    case Kwe1Feature::Platform:
        return QStringLiteral("platform");
    }
    return QStringLiteral("unknown");
}

Result<Kwe1Header> Kwe1Header::parse(QByteArrayView bytes)
{
    if (bytes.size() < Size)
        return formatError(
            QStringLiteral("the object is shorter than a KWE1 header (%1 of %2 bytes)").arg(bytes.size()).arg(Size));
    const auto *p = reinterpret_cast<const std::uint8_t *>(bytes.data());
    if (std::memcmp(p, Magic, 4) != 0)
        return formatError(QStringLiteral("not a KWE1 object (bad magic)"));
    if (p[4] != Version)
        return formatError(QStringLiteral("unsupported KWE1 version %1").arg(p[4]));
    if (p[5] < 1 || p[5] > 4)
        return formatError(QStringLiteral("unknown feature code %1").arg(p[5]));
    if (p[6] < MinSegmentLog2 || p[6] > MaxSegmentLog2)
        return formatError(QStringLiteral("segment size 2^%1 is outside 2^12..2^24").arg(p[6]));
    if (p[7] != 0)
        return formatError(QStringLiteral("reserved header byte is not zero"));

    Kwe1Header h;
    h.feature = Kwe1Feature(p[5]);
    h.segmentLog2 = p[6];
    h.objectId = bytes.sliced(8, ObjectIdSize).toByteArray();
    h.noncePrefix = bytes.sliced(24, NoncePrefixSize).toByteArray();
    h.fkId = bytes.sliced(31, FkIdSize).toByteArray();
    h.wrappedOk = bytes.sliced(47, WrappedOkSize).toByteArray();
    return h;
}

QByteArray Kwe1Header::encode() const
{
    Q_ASSERT(objectId.size() == ObjectIdSize && noncePrefix.size() == NoncePrefixSize && fkId.size() == FkIdSize &&
             wrappedOk.size() == WrappedOkSize);
    QByteArray out;
    out.reserve(Size);
    out.append(Magic, 4);
    out.append(char(Version));
    out.append(char(feature));
    out.append(char(segmentLog2));
    out.append(char(0));
    out.append(objectId);
    out.append(noncePrefix);
    out.append(fkId);
    out.append(wrappedOk);
    return out;
}

std::array<std::uint8_t, 12> Kwe1Header::nonce(std::uint32_t index, bool last) const
{
    std::array<std::uint8_t, 12> n{};
    std::memcpy(n.data(), noncePrefix.constData(), NoncePrefixSize);
    qToBigEndian(index, n.data() + NoncePrefixSize);
    n[11] = last ? 1 : 0;
    return n;
}

Result<qint64> Kwe1Header::segmentCountForBody(qint64 bodySize, int segmentLog2)
{
    const qint64 piece = (qint64(1) << segmentLog2) + TagSize;
    if (bodySize < TagSize)
        return formatError(QStringLiteral("the object ends before its first segment's tag"));
    const qint64 full = bodySize / piece;
    const qint64 rest = bodySize % piece;
    if (rest != 0 && rest < TagSize)
        return formatError(QStringLiteral("the final segment is shorter than a tag (%1 bytes)").arg(rest));
    const qint64 count = full + (rest ? 1 : 0);
    if (count > qint64(0xFFFFFFFFu) + 1)
        return formatError(QStringLiteral("the object has more segments than KWE1 can number"));
    return count;
}

qint64 Kwe1Header::objectSizeFor(qint64 plaintextSize, int segmentLog2)
{
    const qint64 s = qint64(1) << segmentLog2;
    const qint64 n = plaintextSize == 0 ? 1 : (plaintextSize + s - 1) / s;
    return Size + plaintextSize + TagSize * n;
}

} // namespace keyward::envelope

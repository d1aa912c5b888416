// Kwe1Writer: the STREAM construction of KWE1 (one AES-256-GCM segment at a time).
#include "envelope/Kwe1Writer.h"

#include "crypto/KeyWrap.h"
#include "envelope/IoUtil.h"

#include <algorithm>
#include <cstring>

namespace keyward::envelope {

Kwe1Writer::Kwe1Writer(QIODevice *sink, Kwe1WriterParams params, crypto::RandomSource &random)
    : m_sink(sink), m_params(std::move(params)), m_random(random)
{
}

Kwe1Writer::~Kwe1Writer() = default;

Error Kwe1Writer::fail(Error error)
{
    if (!m_error)
        m_error = error;
    setErrorString(error.detail);
    return *m_error;
}

Status Kwe1Writer::begin(const crypto::SecureBytes &fk, qint64 expectedSize)
{
    if (m_begun)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("KWE1 writer already started"));
    if (m_params.segmentLog2 < Kwe1Header::MinSegmentLog2 || m_params.segmentLog2 > Kwe1Header::MaxSegmentLog2)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("segment size must be 2^12 to 2^24 bytes"));
    if (m_params.fkId.size() != Kwe1Header::FkIdSize)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("fk_id must be 16 bytes"));
    if (fk.size() != 32)
        return Error::make(ErrorCode::Key, QStringLiteral("feature key must be 32 bytes"));
    if (!m_sink || !m_sink->isWritable())
        return Error::make(ErrorCode::Io, QStringLiteral("output is not open for writing"));

    m_header.feature = m_params.feature;
    m_header.segmentLog2 = m_params.segmentLog2;
    m_header.fkId = m_params.fkId;
    auto objectId = m_random.publicBytes(Kwe1Header::ObjectIdSize);
    if (!objectId)
        return objectId.error();
    auto noncePrefix = m_random.publicBytes(Kwe1Header::NoncePrefixSize);
    if (!noncePrefix)
        return noncePrefix.error();
    auto ok = m_random.secretBytes(Kwe1Header::OkSize);
    if (!ok)
        return ok.error();
    m_header.objectId = *objectId;
    m_header.noncePrefix = *noncePrefix;
    auto wrapped = crypto::aesKeyWrap(fk.view(), ok->view(), crypto::KeyWrapMode::Rfc5649);
    if (!wrapped)
        return wrapped.error();
    m_header.wrappedOk = *wrapped;
    if (auto st = m_gcm.setKey(ok->view()); !st)
        return st;

    const QByteArray encoded = m_header.encode();
    m_aad = encoded.left(Kwe1Header::AadSize);
    m_segmentSize = std::size_t(m_header.segmentSize());
    // Most objects are far smaller than a segment: the buffers start at the object's size when it is known, else
    // small, and grow to a segment as data comes.
    const std::size_t initial = expectedSize >= 0 ? std::size_t(expectedSize) + 1 : InitialPending;
    m_pending = crypto::SecureBytes(std::min(m_segmentSize, initial));
    if (auto st = writeFully(m_sink, encoded); !st)
        return st;
    m_written = encoded.size();
    m_begun = true;
    setOpenMode(QIODevice::WriteOnly);
    return {};
}

Status Kwe1Writer::emitSegment(const std::uint8_t *plaintext, std::size_t size, bool last)
{
    if (m_index > qint64(0xFFFFFFFFu))
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("object too large for KWE1 at this segment size"));
    const auto nonce = m_header.nonce(std::uint32_t(m_index), last);
    if (m_out.size() < qsizetype(size + Kwe1Header::TagSize))
        m_out.resize(qsizetype(size + Kwe1Header::TagSize));
    auto *out = reinterpret_cast<std::uint8_t *>(m_out.data());
    if (auto st = m_gcm.encrypt(QByteArrayView(nonce.data(), 12), m_aad, plaintext, size, out, out + size); !st)
        return st;
    if (auto st = writeFully(m_sink, QByteArrayView(m_out.constData(), qsizetype(size + Kwe1Header::TagSize))); !st)
        return st;
    m_written += qint64(size + Kwe1Header::TagSize);
    if (last)
        m_finalTag = m_out.mid(qsizetype(size), Kwe1Header::TagSize);
    ++m_index;
    return {};
}

qint64 Kwe1Writer::writeData(const char *data, qint64 size)
{
    if (m_error)
        return -1;
    if (!m_begun || m_finished) {
        fail(Error::make(ErrorCode::InvalidArgument, QStringLiteral("KWE1 writer is not accepting data")));
        return -1;
    }
    const auto *in = reinterpret_cast<const std::uint8_t *>(data);
    std::size_t left = std::size_t(size);
    while (left > 0) {
        // A full buffered segment with more data behind it is not the final one.
        if (m_pendingSize == m_segmentSize) {
            if (auto st = emitSegment(m_pending.data(), m_pendingSize, false); !st) {
                fail(st.error());
                return -1;
            }
            m_pendingSize = 0;
        }
        // Whole segments that are followed by more input are sealed straight from the caller's buffer.
        if (m_pendingSize == 0 && left > m_segmentSize) {
            if (auto st = emitSegment(in, m_segmentSize, false); !st) {
                fail(st.error());
                return -1;
            }
            in += m_segmentSize;
            left -= m_segmentSize;
            continue;
        }
        const std::size_t take = std::min(m_segmentSize - m_pendingSize, left);
        if (m_pendingSize + take > m_pending.size())
            m_pending.grow(std::min(m_segmentSize, std::max(m_pendingSize + take, 2 * m_pending.size())),
                           m_pendingSize);
        std::memcpy(m_pending.data() + m_pendingSize, in, take);
        m_pendingSize += take;
        in += take;
        left -= take;
    }
    return size;
}

Status Kwe1Writer::writeFrom(QIODevice *in)
{
    if (m_error)
        return *m_error;
    if (!m_begun || m_finished)
        return fail(Error::make(ErrorCode::InvalidArgument, QStringLiteral("KWE1 writer is not accepting data")));
    for (;;) {
        if (m_pendingSize == m_segmentSize) {
            // A full segment is the final one unless a byte follows it.
            char next = 0;
            auto got = readFully(in, &next, 1);
            if (!got)
                return fail(got.error());
            if (*got == 0)
                return {};
            if (auto st = emitSegment(m_pending.data(), m_pendingSize, false); !st)
                return fail(st.error());
            m_pending.data()[0] = std::uint8_t(next);
            m_pendingSize = 1;
        }
        if (m_pendingSize == m_pending.size())
            m_pending.grow(std::min(m_segmentSize, std::max(m_pendingSize + 4096, 2 * m_pending.size())),
                           m_pendingSize);
        const std::size_t room = m_pending.size() - m_pendingSize;
        auto got = readFully(in, reinterpret_cast<char *>(m_pending.data() + m_pendingSize), qint64(room));
        if (!got)
            return fail(got.error());
        m_pendingSize += std::size_t(*got);
        if (std::size_t(*got) < room)
            return {};
    }
}

Status Kwe1Writer::finish()
{
    if (m_error)
        return *m_error;
    if (!m_begun || m_finished)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("KWE1 writer is not open"));
    if (auto st = emitSegment(m_pending.data(), m_pendingSize, true); !st)
        return fail(st.error());
    m_pendingSize = 0;
    m_finished = true;
    m_pending.clear();
    QIODevice::close();
    return {};
}

} // namespace keyward::envelope

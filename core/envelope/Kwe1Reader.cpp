// Kwe1Reader: KWE1 decryption, segment by segment, in the error order the spec sets (format, key, auth).
#include "envelope/Kwe1Reader.h"

#include "crypto/KeyWrap.h"
#include "envelope/IoUtil.h"

#include <QBuffer>

#include <algorithm>
#include <cstring>

namespace keyward::envelope {

Kwe1Reader::Kwe1Reader(QIODevice *source) : m_source(source) {}

Kwe1Reader::~Kwe1Reader() = default;

Error Kwe1Reader::fail(Error error)
{
    if (!m_error)
        m_error = error;
    setErrorString(m_error->detail);
    m_plainSize = m_plainPos = 0;
    return *m_error;
}

Result<Kwe1Header> Kwe1Reader::readHeader()
{
    if (m_headerRead)
        return m_header;
    if (!m_source || !m_source->isReadable())
        return fail(Error::make(ErrorCode::Io, QStringLiteral("input is not open for reading")));
    char raw[Kwe1Header::Size];
    auto got = readFully(m_source, raw, Kwe1Header::Size);
    if (!got)
        return fail(got.error());
    auto header = Kwe1Header::parse(QByteArrayView(raw, *got));
    if (!header)
        return fail(header.error());
    m_header = *header;
    if (!m_source->isSequential()) {
        auto count = Kwe1Header::segmentCountForBody(m_source->size() - m_source->pos(), m_header.segmentLog2);
        if (!count)
            return fail(count.error());
        m_segmentCount = *count;
    }
    m_aad = QByteArray(raw, Kwe1Header::AadSize);
    if (auto *buffer = qobject_cast<QBuffer *>(m_source)) {
        m_memory = reinterpret_cast<const std::uint8_t *>(buffer->data().constData());
        m_memorySize = buffer->data().size();
    }
    m_headerRead = true;
    return m_header;
}

Status Kwe1Reader::unlock(FeatureKeyResolver &keys)
{
    if (m_error)
        return *m_error;
    if (!m_headerRead) {
        if (auto h = readHeader(); !h)
            return h.error();
    }
    if (m_unlocked)
        return {};
    auto fk = keys.featureKey(m_header.fkId);
    if (!fk)
        return fail(fk.error());
    auto ok = crypto::aesKeyUnwrap(fk->view(), m_header.wrappedOk, crypto::KeyWrapMode::Rfc5649);
    if (!ok || ok->size() != std::size_t(Kwe1Header::OkSize))
        return fail(Error::make(ErrorCode::Key, QStringLiteral("the object key does not unwrap under feature key %1 "
                                                               "(wrong feature key, or the header was altered)")
                                                    .arg(QString::fromLatin1(m_header.fkId.toHex()))));
    if (auto st = m_gcm.setKey(ok->view()); !st)
        return fail(st.error());
    // A segment's buffer, or less where the source says the object is smaller (most are): grown if it is not. A
    // stream says nothing of its length (the inner layer of a double-encrypted object is read from the outer one):
    // it starts with a small buffer, grown to a whole segment only for an object that fills one.
    const qint64 piece = m_header.segmentSize() + Kwe1Header::TagSize;
    constexpr qint64 StreamStart = qint64(64) << 10;
    qint64 first = piece;
    if (m_memory)
        first = std::min(piece, std::max<qint64>(0, m_memorySize - m_source->pos()));
    else if (!m_source->isSequential() && m_source->size() > 0)
        first = std::min(piece, std::max<qint64>(0, m_source->size() - m_source->pos()) + 1);
    else
        first = std::min(piece, StreamStart);
    m_buffer = crypto::SecureBytes(std::size_t(std::max<qint64>(first, Kwe1Header::TagSize + 1)));
    m_unlocked = true;
    setOpenMode(QIODevice::ReadOnly | QIODevice::Unbuffered);
    return {};
}

Status Kwe1Reader::open(FeatureKeyResolver &keys)
{
    return unlock(keys);
}

Result<bool> Kwe1Reader::nextSegment()
{
    if (m_error)
        return *m_error;
    if (!m_unlocked)
        return fail(Error::make(ErrorCode::InvalidArgument, QStringLiteral("KWE1 reader used before unlock")));
    if (m_done)
        return false;

    const qint64 piece = m_header.segmentSize() + Kwe1Header::TagSize;
    const std::uint8_t *ciphertext = m_buffer.data();
    bool last = false;
    qint64 total = 0;
    if (m_memory) {
        const qint64 pos = m_source->pos();
        const qint64 available = std::max<qint64>(0, m_memorySize - pos);
        total = std::min(piece, available);
        last = available <= piece;
        ciphertext = m_memory + pos;
        if (!m_source->seek(pos + total))
            return fail(
                Error::make(ErrorCode::Io, QStringLiteral("cannot read input: %1").arg(m_source->errorString())));
    } else {
        if (auto st = readPiece(piece, &total, &last); !st)
            return fail(st.error());
        ciphertext = m_buffer.data(); // the buffer may have grown to hold the piece
    }

    if (total < Kwe1Header::TagSize) {
        return fail(Error::make(ErrorCode::Format,
                                m_index == 0 && total == 0
                                    ? QStringLiteral("the object ends right after its header")
                                    : QStringLiteral("the final segment is shorter than a tag (%1 bytes)").arg(total)));
    }
    if (m_index > qint64(0xFFFFFFFFu))
        return fail(
            Error::make(ErrorCode::Format, QStringLiteral("the object has more segments than KWE1 can number")));

    const std::size_t ctLen = std::size_t(total) - Kwe1Header::TagSize;
    if (m_memory)
        m_buffer.grow(ctLen, 0);
    const auto nonce = m_header.nonce(std::uint32_t(m_index), last);
    if (auto st = m_gcm.decrypt(QByteArrayView(nonce.data(), 12), m_aad, ciphertext, ctLen, ciphertext + ctLen,
                                m_buffer.data());
        !st) {
        if (st.error().code == ErrorCode::Auth)
            return fail(Error::make(ErrorCode::Auth,
                                    QStringLiteral("segment %1 failed authentication "
                                                   "(the object was altered, truncated or reordered)")
                                        .arg(m_index),
                                    m_index));
        return fail(st.error());
    }
    m_plainSize = ctLen;
    m_plainPos = 0;
    ++m_index;
    m_done = last;
    return true;
}

Status Kwe1Reader::readPiece(qint64 piece, qint64 *total, bool *last)
{
    *total = 0;
    if (m_hasCarry) {
        m_buffer.data()[0] = std::uint8_t(m_carry);
        *total = 1;
        m_hasCarry = false;
    }
    // Fills what the buffer holds, then, when the object goes on, the rest of the piece in a buffer grown to it.
    for (;;) {
        const qint64 room = std::min<qint64>(piece, qint64(m_buffer.size())) - *total;
        auto got = readFully(m_source, reinterpret_cast<char *>(m_buffer.data()) + *total, room);
        if (!got)
            return got.error();
        *total += *got;
        if (*got < room || *total == piece)
            break;
        m_buffer.grow(std::size_t(piece), std::size_t(*total));
    }
    *last = *total < piece;
    if (!*last) {
        // One byte of look-ahead tells a full final segment from a full inner one.
        auto more = readFully(m_source, &m_carry, 1);
        if (!more)
            return more.error();
        m_hasCarry = *more == 1;
        *last = !m_hasCarry;
    }
    return {};
}

qint64 Kwe1Reader::bytesAvailable() const
{
    return qint64(m_plainSize - m_plainPos) + QIODevice::bytesAvailable();
}

qint64 Kwe1Reader::readData(char *data, qint64 maxSize)
{
    if (m_error)
        return -1;
    while (m_plainPos == m_plainSize) {
        auto more = nextSegment();
        if (!more)
            return -1;
        if (!*more)
            return 0;
    }
    const qint64 n = std::min<qint64>(maxSize, qint64(m_plainSize - m_plainPos));
    std::memcpy(data, m_buffer.data() + m_plainPos, std::size_t(n));
    m_plainPos += std::size_t(n);
    return n;
}

Status Kwe1Reader::decryptTo(QIODevice *sink)
{
    if (m_error)
        return *m_error;
    for (;;) {
        if (m_plainPos < m_plainSize) {
            const QByteArrayView rest(m_buffer.data() + m_plainPos, qsizetype(m_plainSize - m_plainPos));
            if (auto st = writeFully(sink, rest); !st)
                return fail(st.error());
            m_plainPos = m_plainSize;
        }
        auto more = nextSegment();
        if (!more)
            return more.error();
        if (!*more)
            return {};
    }
}

Status Kwe1Reader::verifyAll()
{
    for (;;) {
        auto more = nextSegment();
        if (!more)
            return more.error();
        if (!*more)
            return {};
        m_plainPos = m_plainSize;
    }
}

} // namespace keyward::envelope

// Kwe1Writer: a write-only QIODevice that seals what is written to it as one KWE1 object on a sink device,
// holding at most one segment in memory.
#pragma once

#include "crypto/AesGcm.h"
#include "crypto/Random.h"
#include "crypto/SecureBytes.h"
#include "envelope/Kwe1Header.h"
#include "util/Result.h"

#include <QIODevice>

#include <optional>

namespace keyward::envelope {

struct Kwe1WriterParams
{
    Kwe1Feature feature = Kwe1Feature::ManagedServices;
    int segmentLog2 = Kwe1Header::DefaultSegmentLog2;
    QByteArray fkId; // 16 bytes
};

class Kwe1Writer : public QIODevice
{
    Q_OBJECT
public:
    // `sink` must stay open and alive until finish(). Randomness is drawn, in this order, as
    // object_id (16), nonce_prefix (7), then the object key (32), when begin() runs.
    Kwe1Writer(QIODevice *sink, Kwe1WriterParams params,
               crypto::RandomSource &random = crypto::SystemRandom::instance());
    ~Kwe1Writer() override;

    // Draws the object's randomness, wraps the object key under `fk` and writes the header. `expectedSize`, the
    // plaintext's size when the caller knows it (-1: unknown), sizes the segment buffer (with a byte to spare, where
    // writeFrom() finds the end): most objects are far smaller than a segment, and the buffer is wiped when the
    // writer is done with it.
    Status begin(const crypto::SecureBytes &fk, qint64 expectedSize = -1);
    // Reads `in` to its end straight into the segment buffer, the only place the plaintext is held (and wiped
    // from), sealing each full segment once more data is known to follow. Then finish().
    Status writeFrom(QIODevice *in);
    // Seals the final segment. Without it the object on the sink is incomplete and will not open.
    Status finish();

    const Kwe1Header &header() const { return m_header; }
    qint64 segmentsWritten() const { return m_index; }
    // After finish(): the final segment's tag, and the bytes written to the sink (header, segments and tags).
    QByteArray finalTag() const { return m_finalTag; }
    qint64 objectSize() const { return m_written; }
    // The first error met by write(); write() returns -1 from then on.
    const std::optional<Error> &failure() const { return m_error; }

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    Status emitSegment(const std::uint8_t *plaintext, std::size_t size, bool last);
    Error fail(Error error);

    QIODevice *m_sink;
    Kwe1WriterParams m_params;
    crypto::RandomSource &m_random;
    Kwe1Header m_header;
    QByteArray m_aad;
    crypto::AesGcm m_gcm;
    static constexpr std::size_t InitialPending = 64 * 1024;
    crypto::SecureBytes m_pending; // plaintext of the segment being filled (grows up to a segment)
    std::size_t m_pendingSize = 0;
    QByteArray m_out; // ciphertext || tag of one segment
    std::size_t m_segmentSize = 0;
    qint64 m_index = 0;
    qint64 m_written = 0;
    QByteArray m_finalTag;
    bool m_begun = false;
    bool m_finished = false;
    std::optional<Error> m_error;
};

} // namespace keyward::envelope

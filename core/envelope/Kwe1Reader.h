// Kwe1Reader: a read-only QIODevice that opens one KWE1 object from a source device, releasing plaintext
// only of segments whose tag has been checked, and holding one segment in memory at a time.
#pragma once

#include "crypto/AesGcm.h"
#include "crypto/SecureBytes.h"
#include "envelope/FeatureKeyResolver.h"
#include "envelope/Kwe1Header.h"
#include "util/Result.h"

#include <QIODevice>

#include <optional>

namespace keyward::envelope {

class Kwe1Reader : public QIODevice
{
    Q_OBJECT
public:
    // Reads from the source's current position; the source must outlive the reader.
    explicit Kwe1Reader(QIODevice *source);
    ~Kwe1Reader() override;

    // Step 1, no key used: reads and checks the header, and, when the source's size is known, the body layout.
    Result<Kwe1Header> readHeader();
    // Step 2: finds the FK by fk_id and unwraps the object key. Opens the device for reading.
    Status unlock(FeatureKeyResolver &keys);
    // Steps 1 and 2.
    Status open(FeatureKeyResolver &keys);
    // Step 3: authenticates and writes every remaining segment's plaintext to `sink`.
    Status decryptTo(QIODevice *sink);
    // Authenticates every remaining segment, releasing nothing (verification).
    Status verifyAll();

    const Kwe1Header &header() const { return m_header; }
    // Known after readHeader() when the source has a size; -1 for streams.
    qint64 segmentCount() const { return m_segmentCount; }
    qint64 segmentsAuthenticated() const { return m_index; }
    const std::optional<Error> &failure() const { return m_error; }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    // Opened only with a key (open(FeatureKeyResolver &) above), never as a plain device.
    using QIODevice::open;
    // Decrypts the next segment into m_buffer; false when the object has ended.
    Result<bool> nextSegment();
    // Reads the next piece (ciphertext || tag) into m_buffer, with one byte of look-ahead.
    Status readPiece(qint64 piece, qint64 *total, bool *last);
    Error fail(Error error);

    QIODevice *m_source;
    // Set when the source is a QBuffer: segments are then opened straight from its bytes, with no copy.
    const std::uint8_t *m_memory = nullptr;
    qint64 m_memorySize = 0;
    Kwe1Header m_header;
    QByteArray m_aad;
    crypto::AesGcm m_gcm;
    crypto::SecureBytes m_buffer; // one segment: ciphertext || tag, decrypted in place
    std::size_t m_plainSize = 0;
    std::size_t m_plainPos = 0;
    qint64 m_segmentCount = -1;
    qint64 m_index = 0;
    char m_carry = 0;
    bool m_hasCarry = false;
    bool m_headerRead = false;
    bool m_unlocked = false;
    bool m_done = false;
    std::optional<Error> m_error;
};

} // namespace keyward::envelope

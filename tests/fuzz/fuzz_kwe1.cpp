// fuzz_kwe1: the KWE1 reader on hostile input: header parsing, layout checks, unwrap and segment
// authentication must fail cleanly, and plaintext may only come out of an object that authenticates.
#include "envelope/Envelope.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace keyward;
    static envelope::FeatureKeyRing *keys = [] {
        auto *ring = new envelope::FeatureKeyRing;
        // The shared vectors' managed-services and platform FKs, so mutated vectors get past the unwrap.
        ring->add(QByteArray::fromHex("4663dcdc868f1b775d00b9e529e3c86d"),
                  crypto::SecureBytes::fromHex("fc5208ce91ad0546d83cbd2747d6238b213d9a1e991cb16f927185be06ec8de4"));
        ring->add(QByteArray::fromHex("308019ec08586e269282206aef182db2"),
                  crypto::SecureBytes::fromHex("79c190b3447d1cb984d380f33d0f41fc215aa9fc4099dd76f49dc47f72c27443"));
        ring->add(QByteArray::fromHex("eb0fdff7de6a266a9b99a5c5d458e493"),
                  crypto::SecureBytes::fromHex("8e249abed8db1f699a4786eec950e8303c36bd715c8586c8b03bee2612880f81"));
        return ring;
    }();
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    bool inspected = false;
    {
        QBuffer in;
        in.setData(bytes);
        in.open(QIODevice::ReadOnly);
        inspected = envelope::inspect(&in).ok();
    }
    QBuffer in;
    in.setData(bytes);
    in.open(QIODevice::ReadOnly);
    QByteArray plain;
    QBuffer out(&plain);
    out.open(QIODevice::WriteOnly);
    auto result = envelope::open(&in, &out, *keys);
    // A successful open accounts for every byte; a failed one never yields more plaintext than the input holds.
    // An object that opens has a header that inspects.
    if (plain.size() > qsizetype(size) || (result && result->plaintextSize != plain.size()) || (result && !inspected))
        std::abort();
    return 0;
}

// Envelope: whole-object operations over KWE1: seal a stream, open one (peeling a platform layer), inspect.
#pragma once

#include "crypto/Random.h"
#include "crypto/SecureBytes.h"
#include "envelope/FeatureKeyResolver.h"
#include "envelope/Kwe1Header.h"
#include "envelope/Kwe1Writer.h"
#include "util/Result.h"

#include <QIODevice>

#include <optional>

namespace keyward::envelope {

struct SealLayer
{
    Kwe1WriterParams params;
    const crypto::SecureBytes *fk = nullptr;
};

// What seal() wrote, as a reader of `out` would find it: the header of the object as stored (the platform layer's
// when there is one), its final tag and its size in bytes. What the object inventory records of a new version.
struct Sealed
{
    Kwe1Header header;
    QByteArray finalTag;
    qint64 size = 0;
};

// Seals everything readable from `in` as one KWE1 object on `out`, reading one segment at a time.
// With `platform` set, the object is sealed twice: `inner` inside a feature-4 layer (double encryption).
// Randomness is drawn for the outer layer first, then for the inner one.
Result<Sealed> seal(QIODevice *in, QIODevice *out, const SealLayer &inner,
                    const std::optional<SealLayer> &platform = {},
                    crypto::RandomSource &random = crypto::SystemRandom::instance());

struct OpenReport
{
    Kwe1Header header;               // the object as stored
    std::optional<Kwe1Header> inner; // set when a platform layer was peeled
    qint64 plaintextSize = 0;
};

// Opens the object on `in` into `out` (or authenticates only, when `out` is null). A feature-4 object's
// plaintext is itself a KWE1 object and is opened too. Errors name the layer they come from.
Result<OpenReport> open(QIODevice *in, QIODevice *out, FeatureKeyResolver &keys);

struct Inspection
{
    Kwe1Header header;
    qint64 objectSize = -1;   // -1 when the input is a stream whose end was not reached
    qint64 segmentCount = -1; // from the size; format errors in the layout are reported
};

// Header and layout only; never asks for a key.
Result<Inspection> inspect(QIODevice *in);

} // namespace keyward::envelope

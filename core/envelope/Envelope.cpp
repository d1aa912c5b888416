// Envelope: sealing and opening whole objects, including the double-encryption layer.
#include "envelope/Envelope.h"

#include "envelope/IoUtil.h"
#include "envelope/Kwe1Reader.h"

namespace keyward::envelope {

namespace {

Error inLayer(const Error &e, const QString &layer)
{
    Error out = e;
    out.detail = QStringLiteral("%1 layer: %2").arg(layer, e.detail);
    return out;
}

} // namespace

Result<Sealed> seal(QIODevice *in, QIODevice *out, const SealLayer &inner, const std::optional<SealLayer> &platform,
                    crypto::RandomSource &random)
{
    // The plaintext's size, when the source knows it (a file): the buffers are made to fit it, not a whole segment.
    const qint64 expected = in->isSequential() ? -1 : qMax<qint64>(0, in->size() - in->pos());
    if (!inner.fk || (platform && !platform->fk))
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("no feature key given"));
    std::optional<Kwe1Writer> outer;
    QIODevice *innerSink = out;
    if (platform) {
        if (platform->params.feature != Kwe1Feature::Platform || inner.params.feature == Kwe1Feature::Platform)
            return Error::make(ErrorCode::InvalidArgument,
                               QStringLiteral("double encryption needs a platform layer around a feature object"));
        outer.emplace(out, platform->params, random);
        const qint64 innerSize = expected < 0 ? -1 : Kwe1Header::objectSizeFor(expected, inner.params.segmentLog2);
        if (auto st = outer->begin(*platform->fk, innerSize); !st)
            return st.error();
        innerSink = &*outer;
    }
    Kwe1Writer writer(innerSink, inner.params, random);
    if (auto st = writer.begin(*inner.fk, expected); !st)
        return st.error();
    if (auto st = writer.writeFrom(in); !st)
        return st.error();
    if (auto st = writer.finish(); !st)
        return st.error();
    if (outer) {
        if (auto st = outer->finish(); !st)
            return st.error();
    }
    const Kwe1Writer &stored = outer ? *outer : writer;
    return Sealed{stored.header(), stored.finalTag(), stored.objectSize()};
}

Result<OpenReport> open(QIODevice *in, QIODevice *out, FeatureKeyResolver &keys)
{
    Kwe1Reader reader(in);
    if (auto st = reader.open(keys); !st)
        return st.error();
    OpenReport report;
    report.header = reader.header();
    if (reader.header().feature != Kwe1Feature::Platform) {
        const qint64 before = out ? out->pos() : 0;
        auto st = out ? reader.decryptTo(out) : reader.verifyAll();
        if (!st)
            return st.error();
        report.plaintextSize = out ? out->pos() - before : 0;
        return report;
    }

    // Double encryption: the platform layer's plaintext is the customer-keyed object.
    const QString platformLayer = QStringLiteral("platform");
    Kwe1Reader inner(&reader);
    // Failures of the outer reader surface in the inner one as read errors; report the outer cause.
    auto outerOr = [&](const Error &e, const QString &innerName) {
        return reader.failure() ? inLayer(*reader.failure(), platformLayer) : inLayer(e, innerName);
    };
    if (auto h = inner.readHeader(); !h)
        return outerOr(h.error(), QStringLiteral("inner"));
    const QString innerName = kwe1FeatureName(inner.header().feature);
    if (inner.header().feature == Kwe1Feature::Platform)
        return inLayer(Error::make(ErrorCode::Format, QStringLiteral("a platform layer inside a platform layer")),
                       innerName);
    if (auto st = inner.unlock(keys); !st)
        return outerOr(st.error(), innerName);
    const qint64 before = out ? out->pos() : 0;
    auto st = out ? inner.decryptTo(out) : inner.verifyAll();
    if (!st)
        return outerOr(st.error(), innerName);
    // Anything after the inner object inside the platform layer is not part of the format.
    char extra = 0;
    const qint64 n = reader.read(&extra, 1);
    if (n != 0)
        return reader.failure()
                   ? inLayer(*reader.failure(), platformLayer)
                   : inLayer(Error::make(ErrorCode::Format, QStringLiteral("data follows the inner object")),
                             platformLayer);
    report.inner = inner.header();
    report.plaintextSize = out ? out->pos() - before : 0;
    return report;
}

Result<Inspection> inspect(QIODevice *in)
{
    Kwe1Reader reader(in);
    auto header = reader.readHeader();
    if (!header)
        return header.error();
    Inspection result;
    result.header = *header;
    if (!in->isSequential()) {
        result.objectSize = in->size();
        result.segmentCount = reader.segmentCount();
        return result;
    }
    // A stream: count the body to its end, without keeping it.
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    qint64 body = 0;
    for (;;) {
        auto got = readFully(in, buffer.data(), buffer.size());
        if (!got)
            return got.error();
        body += *got;
        if (*got < buffer.size())
            break;
    }
    auto count = Kwe1Header::segmentCountForBody(body, header->segmentLog2);
    if (!count)
        return count.error();
    result.objectSize = Kwe1Header::Size + body;
    result.segmentCount = *count;
    return result;
}

} // namespace keyward::envelope

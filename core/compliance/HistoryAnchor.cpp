// HistoryAnchor: the rotation history's head, as a report carries it and as the catalog holds it now.
#include "compliance/HistoryAnchor.h"

#include "catalog/HistoryChain.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <optional>

namespace keyward::compliance {

namespace {

// Whether `hex` is `size` bytes in ASCII hex digits (either case), nothing else.
bool isHex(const QString &hex, qsizetype size)
{
    if (hex.size() != size * 2)
        return false;
    for (QChar c : hex) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F')))
            return false;
    }
    return true;
}

// A JSON number that is a whole, non-negative count (JSON has no integers; Qt reads them as doubles).
std::optional<qint64> count(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d < 0 || d > 9007199254740992.0 || d != double(qint64(d)))
        return std::nullopt;
    return qint64(d);
}

} // namespace

QJsonObject HistoryAnchor::toJson() const
{
    return QJsonObject{{QStringLiteral("entries"), entries},
                       {QStringLiteral("headSeq"), headSeq},
                       {QStringLiteral("headHash"), QString::fromLatin1(headHash.toHex())}};
}

Result<HistoryAnchor> HistoryAnchor::fromReport(const QByteArray &document)
{
    const QJsonDocument json = QJsonDocument::fromJson(document);
    if (!json.isObject() || !json.object().contains(QStringLiteral("history")))
        return Error::make(ErrorCode::NotFound, QStringLiteral("the report carries no rotation-history head"));
    const Error malformed =
        Error::make(ErrorCode::Format, QStringLiteral("the report's \"history\" is not {\"entries\": N, "
                                                      "\"headSeq\": S, \"headHash\": \"<hex>\"}"));
    const QJsonValue history = json.object().value(QStringLiteral("history"));
    if (!history.isObject())
        return malformed;
    const QJsonObject o = history.toObject();
    const auto entries = count(o.value(QStringLiteral("entries")));
    const auto seq = count(o.value(QStringLiteral("headSeq")));
    const QJsonValue hash = o.value(QStringLiteral("headHash"));
    if (!entries || !seq || !hash.isString())
        return malformed;
    HistoryAnchor anchor;
    anchor.entries = *entries;
    anchor.headSeq = *seq;
    const QString hex = hash.toString();
    if (anchor.headSeq == 0) {
        if (!hex.isEmpty() || anchor.entries != 0)
            return malformed;
        return anchor;
    }
    if (!isHex(hex, catalog::HistoryChain::HashSize) || anchor.entries == 0)
        return malformed;
    anchor.headHash = QByteArray::fromHex(hex.toLatin1());
    return anchor;
}

Result<HistoryAnchor> currentHistoryAnchor(services::Context &context)
{
    auto catalog = context.catalog();
    if (!catalog)
        return catalog.error();
    auto entries = (*catalog)->history();
    if (!entries)
        return entries.error();
    HistoryAnchor anchor;
    anchor.entries = entries->size();
    if (!entries->isEmpty()) {
        anchor.headSeq = entries->last().seq;
        anchor.headHash = entries->last().hash;
    }
    return anchor;
}

} // namespace keyward::compliance

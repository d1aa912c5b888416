// HistoryAnchor: the rotation history's head (entries, last sequence number, last hash). A report carries it, so
// a history rewritten after a signed report no longer holds the same head (ReportSigner's verifyReport).
#pragma once

#include "services/Context.h"

#include <QByteArray>
#include <QJsonObject>

namespace keyward::compliance {

// The rotation history's head as a report carries it, at the top level of a JSON report:
// "history": {"entries": N, "headSeq": S, "headHash": "<64 hex digits>"}; an empty history is 0, 0, "".
struct HistoryAnchor
{
    qint64 entries = 0;
    qint64 headSeq = 0;
    QByteArray headHash; // raw (32 bytes), empty when the history is

    QJsonObject toJson() const;
    // The anchor of a JSON report: NotFound when the document is not a JSON object or has no "history";
    // Format when "history" is not of the shape above.
    static Result<HistoryAnchor> fromReport(const QByteArray &document);
};

// The current rotation history's head (its last entry, whether or not the chain verifies), for a report to carry.
Result<HistoryAnchor> currentHistoryAnchor(services::Context &context);

} // namespace keyward::compliance

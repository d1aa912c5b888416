// HistoryChain: the rotation history's hash chain as rules over entries: linking a new entry and checking a chain.
#pragma once

#include "catalog/CatalogRecords.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace keyward::catalog {

// Pure: no SQL, no clock, no environment. The catalog stores what it computes and hands back what it stored.
class HistoryChain
{
public:
    static constexpr int HashSize = 32; // SHA-256

    // The last entry's sequence number and hash, kept apart from the entries so removing the tail shows.
    struct Head
    {
        qint64 seq = 0;
        QByteArray hash;
    };

    // What the first entry chains to: 32 zero bytes.
    static QByteArray genesisHash();
    // SHA-256 over `prevHash` and the canonical form of `entry` with `prevHash` as its previous hash.
    static Result<QByteArray> entryHash(const HistoryEntry &entry, const QByteArray &prevHash);
    // `entry` as the next link after `head` (none: the first entry): its seq, prevHash and hash filled in.
    static Result<HistoryEntry> link(HistoryEntry entry, const std::optional<Head> &head);
    // Walks `entries` in stored order against `head`: intact, or the first entry that was edited, removed,
    // inserted or reordered, and why; also entries removed from the end and a missing head.
    static Result<HistoryCheck> verify(const QList<HistoryEntry> &entries, const std::optional<Head> &head);
};

} // namespace keyward::catalog

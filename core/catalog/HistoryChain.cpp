// HistoryChain: entry hashes, linking and the walk that names the first broken link.
#include "catalog/HistoryChain.h"

#include "crypto/Digest.h"

namespace keyward::catalog {

namespace {

HistoryCheck broken(HistoryCheck check, qint64 seq, const QString &problem)
{
    check.intact = false;
    check.badSeq = seq;
    check.problem = problem;
    return check;
}

// Each entry must hash to its stored hash, carry the next sequence number and chain to the entry before it.
std::optional<QString> linkProblem(const HistoryEntry &e, const QByteArray &digest, qint64 expected,
                                   const QByteArray &prev)
{
    if (digest != e.hash)
        return QStringLiteral("entry %1 was edited: its contents no longer match its hash").arg(e.seq);
    if (e.seq > expected)
        return QStringLiteral("entry %1 is missing (entry %2 follows entry %3)")
            .arg(expected)
            .arg(e.seq)
            .arg(expected - 1);
    if (e.seq < expected)
        return QStringLiteral("entry %1 is out of order (found after entry %2)").arg(e.seq).arg(expected - 1);
    if (e.prevHash != prev)
        return QStringLiteral("entry %1 does not follow entry %2: the entry before it was replaced")
            .arg(e.seq)
            .arg(e.seq - 1);
    return std::nullopt;
}

} // namespace

QByteArray HistoryChain::genesisHash()
{
    return QByteArray(HashSize, '\0');
}

Result<QByteArray> HistoryChain::entryHash(const HistoryEntry &entry, const QByteArray &prevHash)
{
    HistoryEntry linked = entry;
    linked.prevHash = prevHash;
    // The previous hash goes in twice (raw, and as hex inside the canonical form): existing chains depend on it.
    return crypto::Sha256::hash(prevHash + linked.canonical());
}

Result<HistoryEntry> HistoryChain::link(HistoryEntry entry, const std::optional<Head> &head)
{
    entry.seq = head ? head->seq + 1 : 1;
    entry.prevHash = head ? head->hash : genesisHash();
    auto digest = entryHash(entry, entry.prevHash);
    if (!digest)
        return digest.error();
    entry.hash = *digest;
    return entry;
}

Result<HistoryCheck> HistoryChain::verify(const QList<HistoryEntry> &entries, const std::optional<Head> &head)
{
    HistoryCheck check;
    check.entries = entries.size();
    QByteArray prev = genesisHash();
    qint64 expected = 1;
    for (const HistoryEntry &e : entries) {
        // Hash the entry as stored (with its own prevHash), so an edit shows as such before any link check.
        auto digest = entryHash(e, e.prevHash);
        if (!digest)
            return digest.error();
        if (auto problem = linkProblem(e, *digest, expected, prev))
            return broken(check, e.seq, *problem);
        prev = e.hash;
        ++expected;
    }
    const qint64 last = expected - 1;
    if (head) {
        if (head->seq != last || head->hash != prev)
            return broken(check, last + 1,
                          QStringLiteral("the history ends at entry %1 but was %2 entries long: the last "
                                         "entries were removed")
                              .arg(last)
                              .arg(head->seq));
    } else if (last != 0) {
        return broken(check, 1, QStringLiteral("the history's head record is missing"));
    }
    return check;
}

} // namespace keyward::catalog

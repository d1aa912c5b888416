// KeptHead: reading, moving and comparing the history head kept in the keychain.
#include "services/KeptHead.h"

#include "services/Messages.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace keyward::services {

QString keptHeadEntry(const QString &catalogId)
{
    return QStringLiteral("catalog/%1/history-head").arg(catalogId);
}

Result<std::optional<KeptHead>> readKeptHead(secrets::SecretStore &secrets, const QString &catalogId)
{
    auto stored = secrets.read(keptHeadEntry(catalogId));
    if (!stored) {
        if (stored.error().code == ErrorCode::NotFound)
            return std::optional<KeptHead>();
        return stored.error();
    }
    const QJsonObject o =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(stored->data()), qsizetype(stored->size())))
            .object();
    KeptHead head;
    head.seq = o.value(QStringLiteral("seq")).toInteger();
    head.hash = QByteArray::fromHex(o.value(QStringLiteral("hash")).toString().toLatin1());
    if (head.seq <= 0 || head.hash.isEmpty())
        return std::optional<KeptHead>();
    return std::optional<KeptHead>(head);
}

void keepHead(secrets::SecretStore &secrets, const QString &catalogId, const catalog::HistoryEntry &appended)
{
    auto kept = readKeptHead(secrets, catalogId);
    if (kept && *kept) {
        const KeptHead &k = **kept;
        const bool follows = k.seq == appended.seq - 1 && k.hash == appended.prevHash;
        if (appended.seq <= k.seq || (k.seq == appended.seq - 1 && !follows))
            return; // the history was cut back or rewritten: the kept head stays the evidence
    }
    const QByteArray text =
        QJsonDocument(QJsonObject{{QStringLiteral("seq"), appended.seq},
                                  {QStringLiteral("hash"), QString::fromLatin1(appended.hash.toHex())}})
            .toJson(QJsonDocument::Compact);
    if (auto st = secrets.write(keptHeadEntry(catalogId), crypto::SecureBytes::fromView(text)); !st)
        qWarning("keyward: the rotation history's head could not be kept outside the catalog: %s",
                 qPrintable(st.error().detail));
}

catalog::HistoryCheck compareWithKeptHead(catalog::HistoryCheck check, const QList<catalog::HistoryEntry> &entries,
                                          const std::optional<KeptHead> &kept)
{
    if (!check.intact)
        return check;
    if (!kept) {
        check.anchor = catalog::HistoryAnchorState::NotAnchored;
        return check;
    }
    check.anchoredSeq = kept->seq;
    if (entries.size() < kept->seq) {
        check.intact = false;
        check.anchor = catalog::HistoryAnchorState::Truncated;
        check.badSeq = entries.size() + 1;
        check.problem = Messages::describe(Error::because(ErrorCode::Format, Reason::HistoryTruncated,
                                                          {QString::number(entries.size()), QString::number(kept->seq)},
                                                          QString()));
        return check;
    }
    if (entries.at(kept->seq - 1).hash != kept->hash) {
        check.intact = false;
        check.anchor = catalog::HistoryAnchorState::Rewritten;
        check.badSeq = kept->seq;
        check.problem = Messages::describe(
            Error::because(ErrorCode::Format, Reason::HistoryRewritten, {QString::number(kept->seq)}, QString()));
        return check;
    }
    check.anchor = catalog::HistoryAnchorState::Matches;
    return check;
}

} // namespace keyward::services

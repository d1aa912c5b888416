// KeptHead: the rotation history's head (seq and hash of its last entry) kept outside the catalog, in the
// keychain entry "catalog/<catalog id>/history-head", beside the vaults' write counters. A history truncated or
// rewritten in the catalog (its triggers dropped, its head row moved back) no longer holds the kept head.
#pragma once

#include "catalog/CatalogRecords.h"
#include "secrets/SecretStore.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace keyward::services {

struct KeptHead
{
    qint64 seq = 0;
    QByteArray hash;
};

QString keptHeadEntry(const QString &catalogId);
// nullopt when none is kept; the keychain's error when it does not answer.
Result<std::optional<KeptHead>> readKeptHead(secrets::SecretStore &secrets, const QString &catalogId);
// Moves the kept head to `appended` when it follows the kept one (or none is kept, or the kept one is further
// back than the entry before it); leaves it where it is otherwise, so a history rebuilt after a truncation keeps
// showing. Never fails the append: a keychain that does not answer is logged.
void keepHead(secrets::SecretStore &secrets, const QString &catalogId, const catalog::HistoryEntry &appended);
// `check` (the chain walked in the catalog) compared with the kept head: an intact chain shorter than the kept
// head is Truncated, one whose entry at the kept seq has another hash Rewritten; both make it broken.
catalog::HistoryCheck compareWithKeptHead(catalog::HistoryCheck check, const QList<catalog::HistoryEntry> &entries,
                                          const std::optional<KeptHead> &kept);

} // namespace keyward::services

// HistoryWitness: hears of every rotation-history entry once the transaction that appended it has committed,
// whichever Catalog appended it (a job's, on its worker thread, too), so the history's head can be kept outside
// the catalog as well. Process-wide, keyed by the catalog file.
#pragma once

#include "catalog/CatalogRecords.h"

#include <QString>

#include <functional>

namespace keyward::catalog {

class HistoryWitness
{
public:
    using Listener = std::function<void(const HistoryEntry &appended)>;
    // Calls `listener` (on the appending thread) after each committed append to the catalog at `catalogPath`;
    // returns a token for remove().
    static int add(const QString &catalogPath, Listener listener);
    static void remove(int token);
    // Called by the catalog once an append has committed.
    static void appended(const QString &catalogPath, const HistoryEntry &entry);
};

} // namespace keyward::catalog

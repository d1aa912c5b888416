// CatalogSchema: the catalog's tables as numbered migrations, and bringing a file up to this Keyward's version.
#pragma once

#include "util/Result.h"

namespace keyward::catalog {

class CatalogConnection;

class CatalogSchema
{
public:
    // The schema version the file on `connection` records (PRAGMA user_version); -1 when it cannot be read.
    static int version(const CatalogConnection &connection);
    // Runs the migrations the file lacks, each in its own transaction; refuses a file newer than this Keyward.
    static Status migrate(CatalogConnection &connection);
};

} // namespace keyward::catalog

// AuditedChange: a change to the catalog and its audit entry, written together or not at all.
#pragma once

#include "catalog/Catalog.h"

#include <functional>

namespace keyward::services {

// Runs `change` inside one catalog transaction and appends the audit entry (action, target, detail) in the
// same transaction. If either fails, neither is kept and the error is returned. `detail` is read after `change`
// has run.
Status auditedChange(catalog::Catalog &catalog, const QString &action, const QString &target, const QString &detail,
                     const std::function<Status(catalog::Catalog &)> &change);

} // namespace keyward::services

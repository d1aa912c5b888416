// AuditedChange: one transaction for a change and its audit entry.
#include "services/AuditedChange.h"

namespace keyward::services {

Status auditedChange(catalog::Catalog &catalog, const QString &action, const QString &target, const QString &detail,
                     const std::function<Status(catalog::Catalog &)> &change)
{
    return catalog.transaction([&]() -> Status {
        if (auto st = change(catalog); !st)
            return st;
        return catalog.audit(action, target, detail);
    });
}

} // namespace keyward::services

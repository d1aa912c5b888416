// DemoResults: makers for query and job output: notebook results, job run results, SQL statement results.
#pragma once

#include "demo/DemoUnit.h"

namespace keyward::demo {

// A notebook result table as the notebook UI keeps it in the control plane: schema and rows as JSON.
Status makeResultControlPlane(DemoUnit &u);
// A large notebook result, written to root storage as CSV.
Status makeResultRootStorage(DemoUnit &u);
// A job run's notebook output JSON, or its results as CSV.
Status makeJobResult(DemoUnit &u);
// A statement's first result chunk: CSV, or the JSON_ARRAY disposition.
Status makeSqlResult(DemoUnit &u);

} // namespace keyward::demo

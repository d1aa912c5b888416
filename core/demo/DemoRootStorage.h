// DemoRootStorage: makers for the workspace's root storage: DBFS files, Delta Live Tables, notebook revisions.
#pragma once

#include "demo/DemoUnit.h"

namespace keyward::demo {

// An uploaded table, a Hive warehouse part, a plot, uploaded JSON lines or scratch output (the first two show
// FileStore and dbfs/ once each).
Status makeDbfsFile(DemoUnit &u);
// A DLT table: two Parquet-like parts and the Delta log whose add actions name them.
Status makeDeltaLiveTable(DemoUnit &u);
// A notebook revision as system data keeps it: the source and its SHA-256.
Status makeRevision(DemoUnit &u);

} // namespace keyward::demo

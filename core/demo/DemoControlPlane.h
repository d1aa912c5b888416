// DemoControlPlane: makers for what the control plane keeps: notebooks, Git credentials, secrets, SQL queries,
// dashboards and Vector Search indexes.
#pragma once

#include "demo/DemoUnit.h"

namespace keyward::demo {

// A notebook (the first three show the .py, .sql and .ipynb formats) and its metadata JSON.
Status makeNotebook(DemoUnit &u);
// A personal access token shaped as its provider issues it, as JSON or git credential INI.
Status makeGitCredential(DemoUnit &u);
// A secret scope entry: account keys, client secrets, SAS tokens, passwords.
Status makeSecret(DemoUnit &u);
// A saved query, or a warehouse's query history as JSON lines (the first two show one of each).
Status makeSqlQueryOrHistory(DemoUnit &u);
// An AI/BI dashboard as it is exported: datasets (SQL) and a page of widgets over them.
Status makeDashboard(DemoUnit &u);
// A Vector Search index's definition and status: source table, endpoint, embedding column and model.
Status makeVectorSearchIndex(DemoUnit &u);

} // namespace keyward::demo

// ImportService: brings a folder of the admin's files into a workspace as one area's data, and audits it.
#pragma once

#include "services/Context.h"
#include "storage/FolderImport.h"

namespace keyward::services {

struct ImportRequest
{
    QString workspace;
    QString folder;     // the source folder
    QString area;       // "root" or "control-plane"
    QString dataTypeId; // empty: the area's default
    bool overwrite = false;
    std::function<bool(qint64 filesDone, qint64 filesTotal)> progress; // false stops the import
};

class ImportService
{
public:
    explicit ImportService(Context &context) : m_context(context) {}
    // The summary; an import whose audit entry and object-inventory entries cannot be written fails (the files
    // it wrote stay, whole).
    Result<storage::ImportSummary> importFolder(const ImportRequest &request);

private:
    Context &m_context;
};

} // namespace keyward::services

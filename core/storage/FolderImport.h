// FolderImport: copies a folder of the user's files into a workspace's store as one area's data.
#pragma once

#include "storage/ObjectStore.h"

#include <QList>
#include <QString>

#include <functional>

namespace keyward::storage {

struct ImportOptions
{
    // Replace objects that exist with other content. Without it such an import is refused before anything
    // is written (identical objects are never a conflict: they are left as they are).
    bool overwrite = false;
    // The data type the files become; empty for the area's default (see importDestination). It must live in
    // the area.
    QString dataTypeId;
    // Called after each file is handled; returning false stops the import, which then fails with Cancelled.
    std::function<bool(qint64 filesDone, qint64 filesTotal)> progress;
};

struct ImportSkip
{
    QString file;   // relative to the source folder
    QString reason; // for people: why the file was not imported
};

struct ImportSummary
{
    QString folder;            // where the files went, e.g. "root/FileStore"
    QString dataTypeId;        // what they are now
    qint64 files = 0;          // objects written
    qint64 bytes = 0;          // bytes written
    qint64 unchanged = 0;      // objects that were already there with the same content
    QList<ObjectInfo> written; // the objects written (path and size), for the workspace's object inventory
    QList<ImportSkip> skipped;
};

// The folder an import into `area` ("root" or "control-plane") writes to: the default folder of
// `dataTypeId`, or of the area's default data type (root -> "dbfs-root-data" in root/FileStore,
// control-plane -> "notebook-source" in control-plane/notebooks). InvalidArgument for any other area, an
// unknown data type, or one that lives in another area.
Result<QString> importDestination(const QString &area, const QString &dataTypeId = {});

// Copies every regular file under `sourceDir` to <destination>/<its path relative to sourceDir>, each one
// streamed (bounded memory) through openWrite()/commit(), so each object appears whole or not at all.
// Symbolic links are followed only to files inside `sourceDir` (copied as files); links to folders, links
// leading outside, broken links, special files and names an object path cannot carry are skipped and listed.
// Every target is checked before the first write: a conflict refuses the whole import (Conflict).
Result<ImportSummary> importFolder(const QString &sourceDir, ObjectStore &store, const QString &area,
                                   const ImportOptions &options = {});

} // namespace keyward::storage

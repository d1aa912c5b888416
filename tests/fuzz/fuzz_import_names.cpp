// fuzz_import_names: the names a folder import turns into object paths, and the object-path rules every store
// and the layout apply: the input is a relative file name (as found in the imported folder) and, after a NUL, the
// data type asked for. A name the path check accepts stays inside the store, in one layout folder; every name
// that passes is then imported for real from a scratch folder into a local store, and must land where the plan
// said, nowhere else.
#include "FuzzSupport.h"

#include "model/ObjectLayout.h"
#include "storage/FolderImport.h"
#include "storage/LocalFolderStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

namespace {

using namespace keyward;

// Names a file system can hold as a file under a folder: no NUL, no empty or dot segments, short segments.
bool fileCanHold(const QString &relative)
{
    if (relative.isEmpty() || relative.size() > 512 || relative.contains(QChar(0)))
        return false;
    for (const QString &segment : relative.split(QLatin1Char('/'))) {
        if (segment.isEmpty() || segment == QLatin1String(".") || segment == QLatin1String("..") ||
            segment.toUtf8().size() > 200)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const qsizetype nul = bytes.indexOf('\0');
    const QString relative = QString::fromUtf8(nul < 0 ? bytes : bytes.left(nul));
    const QString dataType = nul < 0 ? QString() : QString::fromUtf8(bytes.mid(nul + 1));

    // The layout and the path rules on the bare name.
    const bool pathOk = storage::checkObjectPath(relative).ok();
    if (pathOk)
        KW_FUZZ_CHECK(!relative.startsWith(QLatin1Char('/')) &&
                      !relative.split(QLatin1Char('/')).contains(QStringLiteral("..")));
    if (auto cls = model::classifyObject(relative)) {
        KW_FUZZ_CHECK(pathOk);
        KW_FUZZ_CHECK(relative == cls->folder || relative.startsWith(cls->folder + QLatin1Char('/')));
        KW_FUZZ_CHECK(model::parseArea(relative.section(QLatin1Char('/'), 0, 0)).ok());
    }
    const QString last = relative.section(QLatin1Char('/'), -1);
    if (storage::LocalFolderStore::isTemporaryName(last))
        KW_FUZZ_CHECK(last.startsWith(QLatin1Char('.')));
    if (auto area = model::parseArea(relative.section(QLatin1Char('/'), 0, 0)))
        KW_FUZZ_CHECK(model::areaId(*area) == relative.section(QLatin1Char('/'), 0, 0));

    Result<QString> destination = Error::make(ErrorCode::InvalidArgument, QString());
    for (const char *area : {"root", "control-plane", "disks"}) {
        auto d = storage::importDestination(QString::fromLatin1(area), dataType);
        if (!d)
            continue;
        KW_FUZZ_CHECK(d->startsWith(QLatin1String(area)) && storage::checkObjectPath(*d).ok());
        if (!destination)
            destination = *d;
    }

    // The import itself: a file of that name in a scratch folder, into a local store.
    if (!fileCanHold(relative) || !destination)
        return 0;
    QTemporaryDir scratch;
    KW_FUZZ_CHECK(scratch.isValid());
    const QString source = scratch.filePath(QStringLiteral("in"));
    const QString target = scratch.filePath(QStringLiteral("store"));
    const QString file = source + QLatin1Char('/') + relative;
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return 0;
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return 0;
    f.write("x");
    f.close();
    KW_FUZZ_CHECK(QDir().mkpath(target));
    auto store = storage::LocalFolderStore::open(target);
    KW_FUZZ_CHECK(store);
    const QString area = destination->section(QLatin1Char('/'), 0, 0);
    storage::ImportOptions options;
    options.dataTypeId = dataType;
    auto summary = storage::importFolder(source, **store, area, options);
    if (!summary)
        return 0;
    KW_FUZZ_CHECK(summary->files + summary->skipped.size() + summary->unchanged >= 1);
    for (const auto &written : std::as_const(summary->written)) {
        KW_FUZZ_CHECK(storage::checkObjectPath(written.path).ok());
        KW_FUZZ_CHECK(written.path.startsWith(summary->folder + QLatin1Char('/')));
        KW_FUZZ_CHECK(QFileInfo(QDir(target).filePath(written.path))
                          .canonicalFilePath()
                          .startsWith(QFileInfo(target).canonicalFilePath() + QLatin1Char('/')));
    }
    // Nothing was written outside the store's folder: the scratch folder holds only the source and the store.
    const QStringList top = QDir(scratch.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    KW_FUZZ_CHECK(top.size() == 2);
    return 0;
}

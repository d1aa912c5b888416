// tst_localfolderstore: the local-folder object store: round trips, atomic replacement, in-place rewrites,
// batches committed together, refused paths, listing, stale temporaries, a killed writer, and a full or read-only
// file system.
#include "FaultSupport.h"

#include "storage/LocalFolderStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <csignal>
#include <limits>
#include <thread>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace keyward;
using namespace keyward::storage;

Q_DECLARE_METATYPE(keyward::ErrorCode)

namespace {

QByteArray pattern(qint64 size, char seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char((i * 31 + seed) & 0xff);
    return bytes;
}

Status put(ObjectStore &store, const QString &path, const QByteArray &bytes)
{
    auto writer = store.openWrite(path);
    if (!writer)
        return writer.error();
    if ((*writer)->device()->write(bytes) != bytes.size())
        return Error::make(ErrorCode::Io, (*writer)->device()->errorString());
    return (*writer)->commit();
}

struct stat statOf(const QString &file)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(file).constData(), &st) != 0)
        qFatal("cannot examine %s", qPrintable(file));
    return st;
}

QByteArray get(ObjectStore &store, const QString &path)
{
    auto device = store.openRead(path);
    return device ? (*device)->readAll() : QByteArray("<unreadable>");
}

// Every file name under `dir`, hidden ones included: to see leftover temporary files.
QStringList allFiles(const QString &dir)
{
    QStringList names;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        names.append(QDir(dir).relativeFilePath(it.next()));
    names.sort();
    return names;
}

QStringList paths(const QList<ObjectInfo> &objects)
{
    QStringList out;
    for (const ObjectInfo &o : objects)
        out.append(o.path);
    return out;
}

} // namespace

class TestLocalFolderStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_rootPath;
    std::unique_ptr<LocalFolderStore> m_store;

private slots:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        m_rootPath = m_tmp.filePath(QStringLiteral("ws-%1").arg(QRandomGenerator::global()->generate()));
        auto store = LocalFolderStore::open(m_rootPath);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().detail));
        m_store = std::move(*store);
    }
    void cleanup() { m_store.reset(); }

    // An object's identity (its etag) names its device, inode and change time, in the form the catalog and earlier
    // versions of Keyward stored: "file:DEV:INO:SEC.NSEC", from zero to the largest values each can hold.
    void identityText_data()
    {
        QTest::addColumn<quint64>("dev");
        QTest::addColumn<quint64>("ino");
        QTest::addColumn<qint64>("sec");
        QTest::addColumn<qint64>("nsec");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << quint64(0) << quint64(0) << qint64(0) << qint64(0) << QStringLiteral("file:0:0:0.0");
        QTest::newRow("typical") << quint64(2049) << quint64(1310731) << qint64(1795000000) << qint64(123456789)
                                 << QStringLiteral("file:2049:1310731:1795000000.123456789");
        QTest::newRow("before 1970") << quint64(1) << quint64(2) << qint64(-86400) << qint64(999999999)
                                     << QStringLiteral("file:1:2:-86400.999999999");
        QTest::newRow("largest") << std::numeric_limits<quint64>::max() << std::numeric_limits<quint64>::max()
                                 << std::numeric_limits<qint64>::min() << qint64(999999999)
                                 << QStringLiteral("file:18446744073709551615:18446744073709551615:"
                                                   "-9223372036854775808.999999999");
    }
    void identityText()
    {
        QFETCH(quint64, dev);
        QFETCH(quint64, ino);
        QFETCH(qint64, sec);
        QFETCH(qint64, nsec);
        QFETCH(QString, expected);
        struct stat st = {};
        st.st_dev = dev_t(dev);
        st.st_ino = ino_t(ino);
        st.st_ctim.tv_sec = time_t(sec);
        st.st_ctim.tv_nsec = long(nsec);
        QCOMPARE(LocalFolderStore::identityOf(st), expected);
    }

    void openMissingFolder()
    {
        auto missing =
            LocalFolderStore::open(m_tmp.filePath(QStringLiteral("nope")), LocalFolderStore::OpenMode::MustExist);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QFile file(m_tmp.filePath(QStringLiteral("plain-file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto notDir = LocalFolderStore::open(file.fileName());
        QVERIFY(!notDir.ok());
        QCOMPARE(notDir.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(m_store->location(), QFileInfo(m_rootPath).canonicalFilePath());
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<qint64>("size");
        QTest::newRow("empty") << QStringLiteral("root/FileStore/empty.txt") << qint64(0);
        QTest::newRow("small") << QStringLiteral("control-plane/notebooks/a.py") << qint64(17);
        QTest::newRow("buffer-edge") << QStringLiteral("root/jobs/1/out.json") << qint64(256 * 1024);
        QTest::newRow("large") << QStringLiteral("root/dbfs/big.bin") << qint64(3 * 1024 * 1024 + 5);
        QTest::newRow("unicode") << QStringLiteral("root/FileStore/Größe/ß €.csv") << qint64(100);
        QTest::newRow("top-level") << QStringLiteral("x") << qint64(3);
    }
    void roundTrip()
    {
        QFETCH(QString, path);
        QFETCH(qint64, size);
        const QByteArray bytes = pattern(size, 3);
        Status wrote = put(*m_store, path, bytes);
        QVERIFY2(wrote.ok(), qPrintable(wrote.ok() ? QString() : wrote.error().detail));
        QCOMPARE(get(*m_store, path), bytes);
        auto info = m_store->stat(path);
        QVERIFY(info.ok());
        QCOMPARE(info->path, path);
        QCOMPARE(info->size, size);
        QVERIFY(qAbs(info->modified.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(paths(*m_store->list()), QStringList{path});
        // Owner-only: the object was a 0600 temporary file before it took its name.
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(m_rootPath + QLatin1Char('/') + path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0600));
    }

    void writesInManyChunks()
    {
        auto writer = m_store->openWrite(QStringLiteral("a/chunks.bin"));
        QVERIFY(writer.ok());
        const QByteArray bytes = pattern(1024 * 1024 + 333, 9);
        for (qint64 at = 0; at < bytes.size(); at += 4099)
            QVERIFY((*writer)->device()->write(bytes.mid(at, 4099)) > 0);
        QVERIFY((*writer)->commit().ok());
        QCOMPARE(get(*m_store, QStringLiteral("a/chunks.bin")), bytes);
        QVERIFY(!(*writer)->commit().ok()); // once only
    }

    void commitReplaces()
    {
        QVERIFY(put(*m_store, QStringLiteral("r/obj"), "old version").ok());
        QVERIFY(put(*m_store, QStringLiteral("r/obj"), "new").ok());
        QCOMPARE(get(*m_store, QStringLiteral("r/obj")), QByteArray("new"));
        QCOMPARE(allFiles(m_rootPath), QStringList{QStringLiteral("r/obj")});
    }

    void uncommittedWriterChangesNothing()
    {
        const QByteArray old = pattern(5000, 1);
        QVERIFY(put(*m_store, QStringLiteral("r/obj"), old).ok());
        {
            auto writer = m_store->openWrite(QStringLiteral("r/obj"));
            QVERIFY(writer.ok());
            QVERIFY((*writer)->device()->write(pattern(400000, 2)) > 0);
            // While it writes, readers and listings see only the old object.
            QCOMPARE(get(*m_store, QStringLiteral("r/obj")), old);
            QCOMPARE(paths(*m_store->list()), QStringList{QStringLiteral("r/obj")});
            QCOMPARE(allFiles(m_rootPath).size(), 2);
            QVERIFY(LocalFolderStore::isTemporaryName(QFileInfo(allFiles(m_rootPath).first()).fileName()));
        }
        QCOMPARE(get(*m_store, QStringLiteral("r/obj")), old);
        QCOMPARE(allFiles(m_rootPath), QStringList{QStringLiteral("r/obj")});
        // A new object that was never committed leaves nothing either.
        {
            auto writer = m_store->openWrite(QStringLiteral("r/new"));
            QVERIFY(writer.ok());
            (*writer)->device()->write("abandoned");
        }
        QCOMPARE(m_store->stat(QStringLiteral("r/new")).error().code, ErrorCode::NotFound);
        QCOMPARE(allFiles(m_rootPath), QStringList{QStringLiteral("r/obj")});
    }

    void sparseObject()
    {
        const qint64 size = 8 * 1024 * 1024;
        auto writer = m_store->openWrite(QStringLiteral("disks/d.img"));
        QVERIFY(writer.ok());
        QIODevice *device = (*writer)->device();
        QVERIFY(device->write(QByteArray(512, 'M')) == 512);
        QVERIFY(device->seek(size - 512));
        QVERIFY(device->write(QByteArray(512, 'F')) == 512);
        QCOMPARE(device->size(), size);
        QVERIFY((*writer)->commit().ok());
        QCOMPARE(m_store->stat(QStringLiteral("disks/d.img"))->size, size);
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(m_rootPath + QStringLiteral("/disks/d.img")).constData(), &st), 0);
        QVERIFY2(qint64(st.st_blocks) * 512 < size / 4, "the hole is not allocated");
        auto in = m_store->openRead(QStringLiteral("disks/d.img"));
        QVERIFY(in.ok());
        QVERIFY((*in)->seek(size / 2));
        QCOMPARE((*in)->read(4), QByteArray(4, '\0'));
    }

    void overwriteInPlace()
    {
        const QByteArray original = pattern(100000, 4);
        QVERIFY(put(*m_store, QStringLiteral("root/jobs/o.bin"), original).ok());
        const QString file = m_rootPath + QStringLiteral("/root/jobs/o.bin");
        struct stat before;
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &before), 0);

        const QByteArray header = pattern(87, 7);
        QVERIFY(m_store->overwrite(QStringLiteral("root/jobs/o.bin"), 0, header).ok());
        QVERIFY(m_store->overwrite(QStringLiteral("root/jobs/o.bin"), 99990, "0123456789").ok());
        QByteArray expected = original;
        expected.replace(0, 87, header);
        expected.replace(99990, 10, "0123456789");
        QCOMPARE(get(*m_store, QStringLiteral("root/jobs/o.bin")), expected);

        struct stat after;
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &after), 0);
        QCOMPARE(after.st_ino, before.st_ino); // the same file, rewritten, not replaced

        Status pastEnd = m_store->overwrite(QStringLiteral("root/jobs/o.bin"), 99995, "0123456789");
        QVERIFY(!pastEnd.ok());
        QCOMPARE(pastEnd.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(m_store->stat(QStringLiteral("root/jobs/o.bin"))->size, qint64(100000));
        QCOMPARE(m_store->overwrite(QStringLiteral("root/jobs/o.bin"), -1, "x").error().code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(m_store->overwrite(QStringLiteral("root/jobs/none"), 0, "x").error().code, ErrorCode::NotFound);
    }

    // Rewrites in place made durable in a batch (rewriteIfMatch, then commitAll): the bytes are there at once,
    // the same file (not replaced); one whose object was swapped since it was read is refused before any byte is
    // written; past the end is refused; a second commit is refused.
    void rewritesCommittedTogether()
    {
        QStringList paths;
        QStringList tags;
        for (int i = 0; i < 5; ++i) {
            paths << QStringLiteral("root/jobs/%1/o%2.bin").arg(i % 2).arg(i);
            QVERIFY(put(*m_store, paths.last(), pattern(5000, char(i))).ok());
            tags << m_store->stat(paths.last())->etag;
        }
        QVERIFY(put(*m_store, paths.at(4), "swapped in").ok());
        std::vector<std::unique_ptr<ObjectWriter>> pending;
        QList<ObjectWriter *> batch;
        for (int i = 0; i < 4; ++i) {
            auto rewrite = m_store->rewriteIfMatch(paths.at(i), 10, "NEW!", tags.at(i));
            QVERIFY2(rewrite.ok(), qPrintable(rewrite.ok() ? QString() : rewrite.error().detail));
            QVERIFY((*rewrite)->device() == nullptr);
            QByteArray expected = pattern(5000, char(i));
            expected.replace(10, 4, "NEW!");
            QCOMPARE(get(*m_store, paths.at(i)), expected); // in place before the commit
            batch << rewrite->get();
            pending.push_back(std::move(*rewrite));
        }
        auto swapped = m_store->rewriteIfMatch(paths.at(4), 0, "x", tags.at(4));
        QVERIFY(!swapped.ok());
        QCOMPARE(swapped.error().reason, Reason::ObjectChanged);
        QCOMPARE(get(*m_store, paths.at(4)), QByteArray("swapped in"));
        QCOMPARE(m_store->rewriteIfMatch(paths.at(0), 4999, "xy", QString()).error().code, ErrorCode::InvalidArgument);

        const QList<Status> statuses = m_store->commitAll(batch, nullptr);
        QCOMPARE(statuses.size(), 4);
        for (const Status &st : statuses)
            QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().detail));
        QCOMPARE(pending.front()->commit().error().code, ErrorCode::InvalidArgument); // once only
        for (int i = 0; i < 4; ++i) {
            QByteArray expected = pattern(5000, char(i));
            expected.replace(10, 4, "NEW!");
            QCOMPARE(get(*m_store, paths.at(i)), expected);
            QCOMPARE(m_store->stat(paths.at(i))->size, qint64(5000));
        }
        // One on its own commits by itself.
        auto single = m_store->rewriteIfMatch(paths.at(0), 0, "solo", QString());
        QVERIFY(single.ok());
        QVERIFY((*single)->commit().ok());
        QCOMPARE(get(*m_store, paths.at(0)).left(4), QByteArray("solo"));
    }

    // openCurrent(): one open, and the version it opened is the one stat() names, which a conditional write
    // accepts until the object changes; a FIFO where an object was is refused at once, never waited on, and so is
    // a link to an object or through a linked folder (inside the store or not: never followed here).
    void openCurrentNamesTheVersionOpened()
    {
        QVERIFY(put(*m_store, QStringLiteral("a/obj"), "first").ok());
        auto opened = m_store->openCurrent(QStringLiteral("a/obj"));
        QVERIFY(opened.ok());
        QCOMPARE(opened->info.etag, m_store->stat(QStringLiteral("a/obj"))->etag);
        QCOMPARE(opened->info.size, 5);
        QCOMPARE(opened->info.path, QStringLiteral("a/obj"));
        QCOMPARE(opened->device->readAll(), QByteArray("first"));
        QVERIFY(put(*m_store, QStringLiteral("a/obj"), "second").ok());
        // Still the first version through the open file; a write conditional on it is refused now.
        auto writer = m_store->openWrite(QStringLiteral("a/obj"), opened->info.etag);
        QVERIFY(!writer.ok());
        QCOMPARE(writer.error().reason, Reason::ObjectChanged);

        // Anything but a regular file reached through no link is a change since the listing, refused unread.
        QVERIFY(::mkfifo(QFile::encodeName(m_rootPath + QStringLiteral("/a/fifo")).constData(), 0600) == 0);
        QVERIFY(QFile::link(m_rootPath + QStringLiteral("/a/obj"), m_rootPath + QStringLiteral("/a/link")));
        QVERIFY(QFile::link(m_rootPath + QStringLiteral("/a"), m_rootPath + QStringLiteral("/b")));
        for (const QString &path : {QStringLiteral("a/fifo"), QStringLiteral("a/link"), QStringLiteral("b/obj")}) {
            auto refused = m_store->openCurrent(path);
            QVERIFY2(!refused.ok(), qPrintable(path));
            QCOMPARE(refused.error().code, ErrorCode::Conflict);
            QCOMPARE(refused.error().reason, Reason::ObjectChanged);
        }
    }

    // rewriteOpened(): the header rewrite of a rekey goes through the descriptor the object was read from, so the
    // object is not looked up twice. It writes the file that was read, never one renamed over its path since (that
    // one is left as it is), and refuses one written to since it was read.
    void rewriteOpenedWritesTheFileThatWasRead()
    {
        const QString path = QStringLiteral("a/obj");
        const auto rewriteOpened = [&](ObjectStore::Access access) {
            auto opened = m_store->openCurrent(path, access);
            if (!opened)
                return Status(opened.error());
            auto rewrite = m_store->rewriteOpened(std::move(opened).value(), 2, "AB");
            if (!rewrite)
                return Status(rewrite.error());
            return (*rewrite)->commit();
        };
        // Opened for rewriting (one open), or for reading only (looked up again by path and etag).
        for (auto access : {ObjectStore::Access::ReadThenRewrite, ObjectStore::Access::Read}) {
            QVERIFY(put(*m_store, path, "0123456789").ok());
            QVERIFY(rewriteOpened(access).ok());
            QCOMPARE(get(*m_store, path), QByteArray("01AB456789"));
        }

        // Another version renamed over the path after the open: the new one is never written. The file read is
        // unlinked by the rename, which moves its change time on (refused, as a change) unless within the same
        // clock tick (then rewritten where no one sees it).
        QVERIFY(put(*m_store, path, "0123456789").ok());
        auto opened = m_store->openCurrent(path, ObjectStore::Access::ReadThenRewrite);
        QVERIFY(opened.ok());
        QVERIFY(put(*m_store, path, "abcdefghij").ok());
        auto rewrite = m_store->rewriteOpened(std::move(opened).value(), 2, "AB");
        if (rewrite)
            QVERIFY((*rewrite)->commit().ok());
        else
            QCOMPARE(rewrite.error().reason, Reason::ObjectChanged);
        QCOMPARE(get(*m_store, path), QByteArray("abcdefghij"));

        // Written to after the open (its change time moved on): refused, the bytes left as they are.
        opened = m_store->openCurrent(path, ObjectStore::Access::ReadThenRewrite);
        QVERIFY(opened.ok());
        const QString file = m_rootPath + QLatin1Char('/') + path;
        for (int i = 0; i < 2000 && LocalFolderStore::identityOf(statOf(file)) == opened->info.etag; ++i) {
            QFile appended(file);
            QVERIFY(appended.open(QIODevice::Append));
            QCOMPARE(appended.write("!"), 1);
            appended.close();
            if (LocalFolderStore::identityOf(statOf(file)) == opened->info.etag)
                QThread::usleep(1000); // the change time has a clock tick's resolution
        }
        QVERIFY(LocalFolderStore::identityOf(statOf(file)) != opened->info.etag);
        const QByteArray appended = get(*m_store, path);
        auto refused = m_store->rewriteOpened(std::move(opened).value(), 2, "AB");
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QCOMPARE(refused.error().reason, Reason::ObjectChanged);
        QCOMPARE(get(*m_store, path), appended);

        // What is no object is refused as openCurrent() refuses it for reading.
        QVERIFY(m_store->openCurrent(QStringLiteral("a"), ObjectStore::Access::ReadThenRewrite).error().code ==
                ErrorCode::NotFound);
        QVERIFY(QFile::link(file, m_rootPath + QStringLiteral("/a/link")));
        QCOMPARE(m_store->openCurrent(QStringLiteral("a/link"), ObjectStore::Access::ReadThenRewrite).error().reason,
                 Reason::ObjectChanged);
        QCOMPARE(get(*m_store, path), appended);
    }

    void missingObjects()
    {
        QVERIFY(put(*m_store, QStringLiteral("a/b/c"), "x").ok());
        for (const QString &path : {QStringLiteral("a/none"), QStringLiteral("nowhere/x"), QStringLiteral("a/b")}) {
            QCOMPARE(m_store->stat(path).error().code, ErrorCode::NotFound);
            QCOMPARE(m_store->openRead(path).error().code, ErrorCode::NotFound);
            QCOMPARE(m_store->openCurrent(path).error().code, ErrorCode::NotFound);
            QCOMPARE(m_store->remove(path).error().code, ErrorCode::NotFound);
        }
        QVERIFY(m_store->remove(QStringLiteral("a/b/c")).ok());
        QCOMPARE(m_store->stat(QStringLiteral("a/b/c")).error().code, ErrorCode::NotFound);
        QCOMPARE(m_store->remove(QStringLiteral("a/b/c")).error().code, ErrorCode::NotFound);
    }

    void writeOverFolderOrThroughFile()
    {
        QVERIFY(put(*m_store, QStringLiteral("a/b/c"), "x").ok());
        QCOMPARE(m_store->openWrite(QStringLiteral("a/b")).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(m_store->openWrite(QStringLiteral("a/b/c/d")).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(m_store->openWrite(QStringLiteral("a/.c.kw-tmp-AbC123")).error().code, ErrorCode::InvalidArgument);
    }

    void badPathsRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("empty") << QString();
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
        QTest::newRow("dotdot") << QStringLiteral("../outside");
        QTest::newRow("inner-dotdot") << QStringLiteral("root/../../outside");
        QTest::newRow("dot") << QStringLiteral("root/./x");
        QTest::newRow("double-slash") << QStringLiteral("root//x");
        QTest::newRow("trailing-slash") << QStringLiteral("root/x/");
        QTest::newRow("backslash") << QStringLiteral("root\\..\\x");
    }
    void badPathsRefused()
    {
        QFETCH(QString, path);
        QCOMPARE(m_store->openWrite(path).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(m_store->openRead(path).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(m_store->stat(path).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(m_store->remove(path).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(m_store->overwrite(path, 0, "x").error().code, ErrorCode::InvalidArgument);
        QVERIFY(allFiles(m_tmp.path()).filter(QStringLiteral("outside")).isEmpty());
    }

    void symlinkEscapesRefused()
    {
        const QString outside =
            m_tmp.filePath(QStringLiteral("outside-%1").arg(QRandomGenerator::global()->generate()));
        QVERIFY(QDir().mkpath(outside));
        QFile secret(outside + QStringLiteral("/secret"));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("do not touch");
        secret.close();
        QVERIFY(QDir().mkpath(m_rootPath + QStringLiteral("/root")));
        QVERIFY(QFile::link(outside, m_rootPath + QStringLiteral("/root/escape")));
        QVERIFY(QFile::link(outside + QStringLiteral("/secret"), m_rootPath + QStringLiteral("/root/secret-link")));

        for (const QString &path : {QStringLiteral("root/escape/secret"), QStringLiteral("root/secret-link")}) {
            QCOMPARE(m_store->openRead(path).error().code, ErrorCode::InvalidArgument);
            QCOMPARE(m_store->stat(path).error().code, ErrorCode::InvalidArgument);
            QCOMPARE(m_store->overwrite(path, 0, "x").error().code, ErrorCode::InvalidArgument);
            QCOMPARE(m_store->remove(path).error().code, ErrorCode::InvalidArgument);
            QCOMPARE(m_store->openWrite(path).error().code, ErrorCode::InvalidArgument);
        }
        QCOMPARE(m_store->openWrite(QStringLiteral("root/escape/new/deeper")).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(m_store->list(QStringLiteral("root/escape/")).error().code, ErrorCode::InvalidArgument);
        // Nothing was read, written or made outside, and links are not objects.
        QCOMPARE(allFiles(outside), QStringList{QStringLiteral("secret")});
        QVERIFY(secret.open(QIODevice::ReadOnly));
        QCOMPARE(secret.readAll(), QByteArray("do not touch"));
        QVERIFY(m_store->list()->isEmpty());
    }

    void symlinkInsideFollowed()
    {
        QVERIFY(put(*m_store, QStringLiteral("root/real/file"), "inside").ok());
        QVERIFY(QFile::link(m_rootPath + QStringLiteral("/root/real"), m_rootPath + QStringLiteral("/root/alias")));
        QCOMPARE(get(*m_store, QStringLiteral("root/alias/file")), QByteArray("inside"));
        QVERIFY(put(*m_store, QStringLiteral("root/alias/other"), "via link").ok());
        QCOMPARE(get(*m_store, QStringLiteral("root/real/other")), QByteArray("via link"));
        // A link to an object inside reads and examines as that object.
        QVERIFY(QFile::link(m_rootPath + QStringLiteral("/root/real/file"), m_rootPath + QStringLiteral("/root/file")));
        QCOMPARE(get(*m_store, QStringLiteral("root/file")), QByteArray("inside"));
        QCOMPARE(m_store->stat(QStringLiteral("root/file"))->size, qint64(6));
        QCOMPARE(m_store->stat(QStringLiteral("root/real")).error().code, ErrorCode::NotFound); // a folder
        // The listing does not follow the link, so each object shows up once.
        QCOMPARE(paths(*m_store->list()),
                 (QStringList{QStringLiteral("root/real/file"), QStringLiteral("root/real/other")}));
    }

    void listingOrderAndPrefix()
    {
        const QStringList names = {QStringLiteral("b/2"),       QStringLiteral("a/1"),  QStringLiteral("a/10"),
                                   QStringLiteral("a/2"),       QStringLiteral("ab/x"), QStringLiteral("a/sub/z"),
                                   QStringLiteral(".hidden/h"), QStringLiteral("c")};
        for (const QString &n : names)
            QVERIFY(put(*m_store, n, n.toUtf8()).ok());
        QStringList sorted = names;
        sorted.sort();
        QCOMPARE(paths(*m_store->list()), sorted);
        QCOMPARE(paths(*m_store->list(QStringLiteral("a/"))),
                 (QStringList{QStringLiteral("a/1"), QStringLiteral("a/10"), QStringLiteral("a/2"),
                              QStringLiteral("a/sub/z")}));
        QCOMPARE(paths(*m_store->list(QStringLiteral("a"))),
                 (QStringList{QStringLiteral("a/1"), QStringLiteral("a/10"), QStringLiteral("a/2"),
                              QStringLiteral("a/sub/z"), QStringLiteral("ab/x")}));
        QCOMPARE(paths(*m_store->list(QStringLiteral("a/1"))),
                 (QStringList{QStringLiteral("a/1"), QStringLiteral("a/10")}));
        QCOMPARE(paths(*m_store->list(QStringLiteral("a/sub"))), QStringList{QStringLiteral("a/sub/z")});
        QVERIFY(m_store->list(QStringLiteral("missing/")).ok());
        QVERIFY(m_store->list(QStringLiteral("missing/"))->isEmpty());
        QCOMPARE(m_store->list(QStringLiteral("../")).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(m_store->list(QStringLiteral("/a")).error().code, ErrorCode::InvalidArgument);
        const auto all = m_store->list();
        QVERIFY(all.ok());
        for (const ObjectInfo &o : *all)
            QCOMPARE(o.size, qint64(o.path.toUtf8().size()));

        // An open writer's temporary file is not an object.
        auto writer = m_store->openWrite(QStringLiteral("a/1"));
        QVERIFY(writer.ok());
        (*writer)->device()->write("pending");
        QCOMPARE(paths(*m_store->list()), sorted);
    }

    void cleanStaleTemporaries()
    {
        QVERIFY(put(*m_store, QStringLiteral("root/x"), "x").ok());
        // What a writer killed before commit leaves: a temporary file that nobody holds.
        QFile stale(m_rootPath + QStringLiteral("/root/.x.kw-tmp-AbC123"));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("half");
        stale.close();
        QFile lookalike(m_rootPath + QStringLiteral("/root/.x.kw-tmp-notmine"));
        QVERIFY(lookalike.open(QIODevice::WriteOnly));
        lookalike.close();
        auto live = m_store->openWrite(QStringLiteral("root/y"));
        QVERIFY(live.ok());
        (*live)->device()->write("in progress");

        auto removed = m_store->cleanStaleTemporaries();
        QVERIFY(removed.ok());
        QCOMPARE(*removed, 1);
        QVERIFY(!stale.exists());
        QVERIFY(lookalike.exists()); // not our name pattern: an object, and listed as one
        QVERIFY(paths(*m_store->list()).contains(QStringLiteral("root/.x.kw-tmp-notmine")));
        QVERIFY((*live)->commit().ok()); // the live writer's file was left alone
        QCOMPARE(get(*m_store, QStringLiteral("root/y")), QByteArray("in progress"));
        QCOMPARE(*m_store->cleanStaleTemporaries(), 0);
    }

    void temporaryNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("temporary");
        QTest::newRow("ours") << QStringLiteral(".sales.csv.kw-tmp-a1B2c3") << true;
        QTest::newRow("object") << QStringLiteral("sales.csv") << false;
        QTest::newRow("no-dot") << QStringLiteral("sales.csv.kw-tmp-a1B2c3") << false;
        QTest::newRow("short-random") << QStringLiteral(".sales.csv.kw-tmp-a1B2c") << false;
        QTest::newRow("no-name") << QStringLiteral(".kw-tmp-a1B2c3") << false;
        QTest::newRow("punctuation") << QStringLiteral(".s.kw-tmp-a1B2-3") << false;
    }
    void temporaryNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, temporary);
        QCOMPARE(LocalFolderStore::isTemporaryName(name), temporary);
    }

    void longNamesGetShortTemporaries()
    {
        const QString name = QString(200, QLatin1Char('n')) + QStringLiteral(".csv");
        QVERIFY(put(*m_store, QStringLiteral("root/") + name, "long").ok());
        QCOMPARE(get(*m_store, QStringLiteral("root/") + name), QByteArray("long"));
    }

    void parallelWriters()
    {
        std::vector<std::thread> threads;
        std::atomic<int> failures = 0;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([this, t, &failures] {
                for (int i = 0; i < 50; ++i) {
                    const QString path = QStringLiteral("p/%1/%2/obj").arg(i % 5).arg(t * 100 + i);
                    if (!put(*m_store, path, pattern(1000 + i, char(t))).ok())
                        ++failures;
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(m_store->list()->size(), 200);
    }

    // SIGKILL at random moments of replacing an object: afterwards it is the old version or the new one,
    // whole, and the only leftover is a temporary file that cleanStaleTemporaries() removes.
    void killedWriterLeavesOldOrNew()
    {
        const QString path = QStringLiteral("root/dlt/table/part-0.parquet");
        const qint64 size = 2 * 1024 * 1024;
        QVERIFY(put(*m_store, path, pattern(size, 0)).ok());
        QByteArray current = pattern(size, 0);
        for (int round = 1; round <= 12; ++round) {
            const QByteArray next = pattern(size, char(round));
            const pid_t child = ::fork();
            QVERIFY(child >= 0);
            if (child == 0) {
                // Keep replacing the object with the same next version until killed.
                for (;;) {
                    auto writer = m_store->openWrite(path);
                    if (!writer)
                        ::_exit(2);
                    for (qint64 at = 0; at < size; at += 65536)
                        (*writer)->device()->write(next.constData() + at, 65536);
                    if (!(*writer)->commit().ok())
                        ::_exit(3);
                }
            }
            QTest::qSleep(5 + QRandomGenerator::global()->bounded(60));
            ::kill(child, SIGKILL);
            int status = 0;
            QCOMPARE(::waitpid(child, &status, 0), child);
            QVERIFY2(WIFSIGNALED(status), "the writer failed before it was killed");
            const QByteArray seen = get(*m_store, path);
            QVERIFY2(seen == current || seen == next, qPrintable(QStringLiteral("round %1: a torn object").arg(round)));
            current = seen;
            QVERIFY(m_store->cleanStaleTemporaries().ok());
            QCOMPARE(allFiles(m_rootPath), QStringList{path});
        }
    }

    // A batch committed together (commitAll): one Status per writer, in order; each object is its new version
    // where its Status is ok and its old one where it is not (a writer that was already committed, one whose
    // object was swapped meanwhile), across folders and, where a file system can be mounted inside the store,
    // across two file systems (one sync of each); the same whether each writer's steps run on this thread or on
    // a pool's threads, as a job's do.
    void commitAllTogether_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("on this thread") << 0;
        QTest::newRow("on four threads") << 4;
    }
    void commitAllTogether()
    {
        QFETCH(int, threads);
        QThreadPool pool;
        pool.setMaxThreadCount(qMax(1, threads));
        QVERIFY(m_store->commitsInBatches());
        const QString mountPoint = m_rootPath + QStringLiteral("/mnt");
        QVERIFY(QDir().mkpath(mountPoint));
        test::Tmpfs inner(mountPoint);
        const bool twoFileSystems = inner.mount(4 << 20);
        QVERIFY(put(*m_store, QStringLiteral("a/swapped"), "original").ok());
        QVERIFY(put(*m_store, QStringLiteral("a/early"), "old").ok());
        const QString tag = m_store->stat(QStringLiteral("a/swapped"))->etag;

        QStringList paths{QStringLiteral("a/1"),     QStringLiteral("a/2"),       QStringLiteral("b/c/3"),
                          QStringLiteral("mnt/d/4"), QStringLiteral("a/swapped"), QStringLiteral("a/early")};
        std::vector<std::unique_ptr<ObjectWriter>> writers;
        for (qsizetype i = 0; i < paths.size(); ++i) {
            auto writer = paths.at(i) == QLatin1String("a/swapped") ? m_store->openWrite(paths.at(i), tag)
                                                                    : m_store->openWrite(paths.at(i));
            QVERIFY(writer.ok());
            QVERIFY((*writer)->device()->write(pattern(1000 + i, char(i))) > 0);
            writers.push_back(std::move(*writer));
        }
        // Swapped for another file after its writer opened it; the other one committed on its own first.
        QVERIFY(put(*m_store, QStringLiteral("a/swapped"), "someone else's").ok());
        QVERIFY(writers.back()->commit().ok());
        QCOMPARE(get(*m_store, QStringLiteral("a/early")), pattern(1005, 5));
        QList<ObjectWriter *> batch;
        for (const auto &w : writers)
            batch << w.get();

        const QList<Status> statuses = m_store->commitAll(batch, threads > 0 ? &pool : nullptr);
        QCOMPARE(statuses.size(), paths.size());
        for (int i = 0; i < 4; ++i) {
            QVERIFY2(statuses.at(i).ok(), qPrintable(statuses.at(i).ok() ? QString() : statuses.at(i).error().detail));
            QCOMPARE(get(*m_store, paths.at(i)), pattern(1000 + i, char(i)));
        }
        QCOMPARE(statuses.at(4).error().code, ErrorCode::Conflict);
        QCOMPARE(statuses.at(4).error().reason, Reason::ObjectChanged);
        QCOMPARE(statuses.at(5).error().code, ErrorCode::InvalidArgument); // committed once already
        writers.clear();
        QCOMPARE(get(*m_store, QStringLiteral("a/swapped")), QByteArray("someone else's"));
        QCOMPARE(get(*m_store, QStringLiteral("a/early")), pattern(1005, 5));
        QStringList expected = paths;
        expected.sort();
        QCOMPARE(allFiles(m_rootPath), expected);
        if (!twoFileSystems)
            QSKIP("cannot mount a tmpfs inside the store here (needs root): one file system only");
        QCOMPARE(allFiles(mountPoint), QStringList{QStringLiteral("d/4")});
    }

    // A batch on a disk that fills up: the writer that ran out of space is refused, saying so, and keeps the old
    // object; the others of the batch (written out before) are committed; nothing is left behind.
    void commitAllOnFullDisk_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("on this thread") << 0;
        QTest::newRow("on two threads") << 2;
    }
    void commitAllOnFullDisk()
    {
        QFETCH(int, threads);
        QThreadPool pool;
        pool.setMaxThreadCount(qMax(1, threads));
        const QString mountPoint = m_tmp.filePath(QStringLiteral("tiny-batch"));
        QVERIFY(QDir().mkpath(mountPoint));
        test::Tmpfs tiny(mountPoint);
        if (!tiny.mount(1 << 20))
            QSKIP("cannot mount a 1 MiB tmpfs here (needs root)");
        auto opened = LocalFolderStore::open(mountPoint);
        QVERIFY(opened.ok());
        LocalFolderStore &store = **opened;
        QVERIFY(put(store, QStringLiteral("big"), pattern(100 * 1024, 1)).ok());
        auto small = store.openWrite(QStringLiteral("small"));
        auto big = store.openWrite(QStringLiteral("big"));
        QVERIFY(small.ok() && big.ok());
        QVERIFY((*small)->device()->write("fits") == 4);
        QVERIFY((*small)->flush().ok()); // as a job's worker does before the batch is committed
        for (int i = 0; i < 32; ++i)
            (*big)->device()->write(pattern(64 * 1024, char(i)));
        const Status flushed = (*big)->flush();
        QVERIFY(!flushed.ok());
        QCOMPARE(flushed.error().reason, Reason::DiskFull);
        const QList<Status> statuses = store.commitAll({small->get(), big->get()}, threads > 0 ? &pool : nullptr);
        QVERIFY2(statuses.at(0).ok(), qPrintable(statuses.at(0).ok() ? QString() : statuses.at(0).error().detail));
        QVERIFY(!statuses.at(1).ok());
        QCOMPARE(statuses.at(1).error().reason, Reason::DiskFull);
        QVERIFY2(statuses.at(1).error().detail.contains(QStringLiteral("no space left on the device")),
                 qPrintable(statuses.at(1).error().detail));
        small->reset();
        big->reset();
        QCOMPARE(get(store, QStringLiteral("small")), QByteArray("fits"));
        QCOMPARE(get(store, QStringLiteral("big")), pattern(100 * 1024, 1));
        QCOMPARE(allFiles(mountPoint), (QStringList{QStringLiteral("big"), QStringLiteral("small")}));
    }

    // SIGKILL at random moments of committing batches: every object is its old version or its new one, whole.
    void killedBatchLeavesOldOrNew()
    {
        const int objects = 24;
        const auto pathOf = [](int i) { return QStringLiteral("b/%1/obj-%2").arg(i % 3).arg(i); };
        const auto version = [](int i, int round) { return pattern(20000 + i * 100, char(round * 7 + i)); };
        for (int i = 0; i < objects; ++i)
            QVERIFY(put(*m_store, pathOf(i), version(i, 0)).ok());
        QList<int> current(objects, 0);
        for (int round = 1; round <= 10; ++round) {
            const pid_t child = ::fork();
            QVERIFY(child >= 0);
            if (child == 0) {
                for (;;) {
                    std::vector<std::unique_ptr<ObjectWriter>> writers;
                    QList<ObjectWriter *> batch;
                    for (int i = 0; i < objects; ++i) {
                        auto writer = m_store->openWrite(pathOf(i));
                        if (!writer)
                            ::_exit(2);
                        const QByteArray next = version(i, round);
                        (*writer)->device()->write(next.constData(), next.size());
                        batch << writer->get();
                        writers.push_back(std::move(*writer));
                    }
                    for (const Status &st : m_store->commitAll(batch, nullptr))
                        if (!st.ok())
                            ::_exit(3);
                }
            }
            QTest::qSleep(5 + QRandomGenerator::global()->bounded(60));
            ::kill(child, SIGKILL);
            int status = 0;
            QCOMPARE(::waitpid(child, &status, 0), child);
            QVERIFY2(WIFSIGNALED(status), "the batch failed before it was killed");
            for (int i = 0; i < objects; ++i) {
                const QByteArray seen = get(*m_store, pathOf(i));
                if (seen == version(i, round))
                    current[i] = round;
                else
                    QVERIFY2(seen == version(i, current.at(i)),
                             qPrintable(QStringLiteral("round %1, object %2: a torn object").arg(round).arg(i)));
            }
            QVERIFY(m_store->cleanStaleTemporaries().ok());
            QCOMPARE(allFiles(m_rootPath).size(), objects);
        }
    }

    void fullDiskSaysSo()
    {
        const QString mountPoint = m_tmp.filePath(QStringLiteral("tiny"));
        QVERIFY(QDir().mkpath(mountPoint));
        test::Tmpfs tiny(mountPoint);
        if (!tiny.mount(1 << 20))
            QSKIP("cannot mount a 1 MiB tmpfs here (needs root); the read-only test covers the error path");
        auto opened = LocalFolderStore::open(mountPoint);
        QVERIFY(opened.ok());
        LocalFolderStore &store = **opened;
        const QByteArray old = pattern(300 * 1024, 5);
        QVERIFY(put(store, QStringLiteral("root/a.bin"), old).ok());

        auto writer = store.openWrite(QStringLiteral("root/a.bin"));
        QVERIFY(writer.ok());
        const QByteArray chunk = pattern(64 * 1024, 6);
        bool writeFailed = false;
        for (int i = 0; i < 32 && !writeFailed; ++i)
            writeFailed = (*writer)->device()->write(chunk) < 0;
        Status committed = (*writer)->commit();
        QVERIFY(!committed.ok());
        QCOMPARE(committed.error().code, ErrorCode::Io);
        QVERIFY2(committed.error().detail.contains(QStringLiteral("no space left on the device")),
                 qPrintable(committed.error().detail));
        if (writeFailed)
            QCOMPARE((*writer)->device()->errorString(), QStringLiteral("no space left on the device"));
        writer->reset();
        QCOMPARE(get(store, QStringLiteral("root/a.bin")), old);
        QCOMPARE(allFiles(mountPoint), QStringList{QStringLiteral("root/a.bin")});
        // The space is back: a small object fits again.
        QVERIFY(put(store, QStringLiteral("root/b.bin"), "fits").ok());
    }

    void readOnlyFolderSaysSo()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(dir));
        test::Tmpfs fs(dir);
        fs.mount(4 << 20); // as root; otherwise folder permissions stand in
        auto opened = LocalFolderStore::open(dir);
        QVERIFY(opened.ok());
        QVERIFY(put(**opened, QStringLiteral("root/a"), "kept").ok());
        QString expected;
        if (fs.mounted()) {
            QVERIFY(fs.remountReadOnly());
            expected = QStringLiteral("the file system is read-only");
        } else {
            if (::geteuid() == 0)
                QSKIP("as root, folder permissions do not stop writes and tmpfs cannot be mounted");
            QVERIFY(
                QFile::setPermissions(dir + QStringLiteral("/root"), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
            expected = QStringLiteral("permission denied");
        }
        auto writer = (*opened)->openWrite(QStringLiteral("root/a"));
        QVERIFY(!writer.ok());
        QCOMPARE(writer.error().code, ErrorCode::Io);
        QVERIFY2(writer.error().detail.contains(expected), qPrintable(writer.error().detail));
        QCOMPARE((*opened)->remove(QStringLiteral("root/a")).error().code, ErrorCode::Io);
        QCOMPARE(get(**opened, QStringLiteral("root/a")), QByteArray("kept"));
        if (!fs.mounted())
            QFile::setPermissions(dir + QStringLiteral("/root"),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
};

QTEST_GUILESS_MAIN(TestLocalFolderStore)
#include "tst_localfolderstore.moc"

// tst_safefiles: SafeFile's outputs (never through a link, only in a folder that is the caller's, never leaving a
// temporary file, whole or absent on a full disk or a failed rename), the owner-only modes core sets whatever the
// umask, names made safe for a terminal, and object opens that refuse a file swapped after it was read.
#include "FaultSupport.h"

#include "catalog/Catalog.h"
#include "storage/LocalFolderStore.h"
#include "util/SafeFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace keyward;

namespace {

constexpr ::uid_t Nobody = 65534;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

::mode_t modeOf(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : 0;
}

// Every entry of `dir`, hidden ones included: a temporary file left behind shows here.
QStringList entries(const QString &dir)
{
    QStringList names = QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    names.sort();
    return names;
}

class Umask
{
public:
    explicit Umask(::mode_t mask) : m_old(::umask(mask)) {}
    ~Umask() { ::umask(m_old); }

private:
    ::mode_t m_old;
};

} // namespace

class TestSafeFiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void writesWholeOwnerOnly();
    void replacesAFileWhole();
    void symlinkAtTargetRefused();
    void symlinkAppearingBeforeCommitRefused();
    void notAFileRefused_data();
    void notAFileRefused();
    void folderWritableByOthersRefused();
    void stickyFolderOfAnotherUser();
    void discardLeavesNothing();
    void fullDiskLeavesNothing();
    void failedRenameLeavesNothing();
    void foldersAndFilesOwnerOnly();
    void catalogOwnerOnly();
    void terminalSafe_data();
    void terminalSafe();
    void objectSwappedForALinkRefused();
    void objectSwappedForAFileRefused();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString file(const QString &name) const { return m_dir->filePath(name); }
};

void TestSafeFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSafeFiles::writesWholeOwnerOnly()
{
    Umask loose(0); // the mode is SafeFile's, not the umask's
    const QString path = file(QStringLiteral("out.json"));
    QVERIFY(writeFileSafely(path, "{}\n").ok());
    QCOMPARE(readAll(path), QByteArray("{}\n"));
    QCOMPARE(modeOf(path), ::mode_t(0600));
    QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("out.json")});

    auto out = SafeFile::create(file(QStringLiteral("big.bin")));
    QVERIFY(out.ok());
    const QByteArray chunk(1 << 16, 'x');
    for (int i = 0; i < 16; ++i)
        QCOMPARE((*out)->write(chunk), qint64(chunk.size()));
    QCOMPARE((*out)->written(), qint64(16) << 16);
    QVERIFY(!QFile::exists(file(QStringLiteral("big.bin")))); // nothing at the target before commit
    QVERIFY((*out)->commit().ok());
    QCOMPARE(QFileInfo(file(QStringLiteral("big.bin"))).size(), qint64(16) << 16);
    QCOMPARE(entries(m_dir->path()), (QStringList{QStringLiteral("big.bin"), QStringLiteral("out.json")}));
}

void TestSafeFiles::replacesAFileWhole()
{
    const QString path = file(QStringLiteral("report.csv"));
    QVERIFY(writeAll(path, "old"));
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    auto out = SafeFile::create(path);
    QVERIFY(out.ok());
    (*out)->write("new contents");
    QCOMPARE(readAll(path), QByteArray("old")); // the old file stays until commit
    QVERIFY((*out)->commit().ok());
    QCOMPARE(readAll(path), QByteArray("new contents"));
    QCOMPARE(modeOf(path), ::mode_t(0600));
    QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("report.csv")});
}

void TestSafeFiles::symlinkAtTargetRefused()
{
    const QString victim = file(QStringLiteral("victim"));
    QVERIFY(writeAll(victim, "keep me"));
    const QString link = file(QStringLiteral("recovered.json"));
    QVERIFY(QFile::link(victim, link));
    const Status st = writeFileSafely(link, "plaintext");
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, ErrorCode::Forbidden);
    QCOMPARE(st.error().reason, Reason::OutputIsSymlink);
    QCOMPARE(st.error().args.value(0), link);
    QCOMPARE(readAll(victim), QByteArray("keep me"));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(checkOutputPath(link).error().reason, Reason::OutputIsSymlink);
    // A dangling link too: never made to point at a new file.
    const QString dangling = file(QStringLiteral("dangling"));
    QVERIFY(QFile::link(file(QStringLiteral("nothing-here")), dangling));
    QCOMPARE(writeFileSafely(dangling, "x").error().reason, Reason::OutputIsSymlink);
    QVERIFY(!QFile::exists(file(QStringLiteral("nothing-here"))));
    QCOMPARE(entries(m_dir->path()),
             (QStringList{QStringLiteral("dangling"), QStringLiteral("recovered.json"), QStringLiteral("victim")}));
}

void TestSafeFiles::symlinkAppearingBeforeCommitRefused()
{
    const QString victim = file(QStringLiteral("victim"));
    QVERIFY(writeAll(victim, "keep me"));
    const QString path = file(QStringLiteral("out.bin"));
    auto out = SafeFile::create(path);
    QVERIFY(out.ok());
    (*out)->write("secret");
    QVERIFY(QFile::link(victim, path)); // someone puts a link there meanwhile
    const Status st = (*out)->commit();
    QCOMPARE(st.error().code, ErrorCode::Forbidden);
    QCOMPARE(st.error().reason, Reason::OutputIsSymlink);
    QCOMPARE(readAll(victim), QByteArray("keep me"));
    QVERIFY(QFileInfo(path).isSymLink());
    QCOMPARE(entries(m_dir->path()), (QStringList{QStringLiteral("out.bin"), QStringLiteral("victim")}));
}

void TestSafeFiles::notAFileRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("folder") << QStringLiteral("folder");
    QTest::newRow("fifo") << QStringLiteral("fifo");
}

void TestSafeFiles::notAFileRefused()
{
    QFETCH(QString, kind);
    const QString path = file(QStringLiteral("target"));
    if (kind == QLatin1String("folder"))
        QVERIFY(QDir().mkdir(path));
    else
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    const Status st = writeFileSafely(path, "x");
    QCOMPARE(st.error().code, ErrorCode::Forbidden);
    QCOMPARE(st.error().reason, Reason::OutputNotAFile);
    QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("target")});
}

void TestSafeFiles::folderWritableByOthersRefused()
{
    const QString open = file(QStringLiteral("open"));
    QVERIFY(QDir().mkdir(open));
    QVERIFY(::chmod(QFile::encodeName(open).constData(), 0777) == 0); // writable by all, not sticky
    const QString path = open + QStringLiteral("/out.json");
    const Status st = writeFileSafely(path, "x");
    QCOMPARE(st.error().code, ErrorCode::Forbidden);
    QCOMPARE(st.error().reason, Reason::OutputFolderUnsafe);
    QCOMPARE(st.error().args, (QStringList{path, open}));
    QCOMPARE(entries(open), QStringList());
    // Sticky, like /tmp: writing a new file there is fine.
    QVERIFY(::chmod(QFile::encodeName(open).constData(), 01777) == 0);
    QVERIFY(writeFileSafely(path, "x").ok());
    QCOMPARE(modeOf(path), ::mode_t(0600));
}

void TestSafeFiles::stickyFolderOfAnotherUser()
{
    if (::geteuid() != 0)
        QSKIP("needs root to make files of another user (uid 65534); CI runs the tests as root");
    // A shared sticky folder, as /tmp: another user linked the name the admin will write to a root-only file.
    const QString sticky = file(QStringLiteral("sticky"));
    QVERIFY(QDir().mkdir(sticky));
    QVERIFY(::chmod(QFile::encodeName(sticky).constData(), 01777) == 0);
    const QString rootOnly = file(QStringLiteral("shadow"));
    QVERIFY(writeAll(rootOnly, "root only"));
    QVERIFY(::chmod(QFile::encodeName(rootOnly).constData(), 0600) == 0);
    const QString target = sticky + QStringLiteral("/recovered.json");
    QVERIFY(QFile::link(rootOnly, target));
    QVERIFY(::lchown(QFile::encodeName(target).constData(), Nobody, Nobody) == 0);
    Status st = writeFileSafely(target, "plaintext");
    QCOMPARE(st.error().code, ErrorCode::Forbidden);
    QCOMPARE(st.error().reason, Reason::OutputIsSymlink);
    QCOMPARE(readAll(rootOnly), QByteArray("root only"));
    QCOMPARE(modeOf(rootOnly), ::mode_t(0600));

    // A regular file of that user at the name: not replaced either.
    QVERIFY(QFile::remove(target));
    QVERIFY(writeAll(target, "theirs"));
    QVERIFY(::chown(QFile::encodeName(target).constData(), Nobody, Nobody) == 0);
    st = writeFileSafely(target, "plaintext");
    QCOMPARE(st.error().code, ErrorCode::Forbidden);
    QCOMPARE(st.error().reason, Reason::OutputOwnedByOther);
    QCOMPARE(readAll(target), QByteArray("theirs"));
    QCOMPARE(entries(sticky), QStringList{QStringLiteral("recovered.json")});

    // A folder of another user, sticky or not: refused before anything is made in it.
    QVERIFY(::chown(QFile::encodeName(sticky).constData(), Nobody, Nobody) == 0);
    st = writeFileSafely(sticky + QStringLiteral("/new.json"), "plaintext");
    QCOMPARE(st.error().reason, Reason::OutputFolderUnsafe);
    QVERIFY(::chmod(QFile::encodeName(sticky).constData(), 0755) == 0);
    st = writeFileSafely(sticky + QStringLiteral("/new.json"), "plaintext");
    QCOMPARE(st.error().reason, Reason::OutputFolderUnsafe);
    QCOMPARE(entries(sticky), QStringList{QStringLiteral("recovered.json")});
}

void TestSafeFiles::discardLeavesNothing()
{
    const QString path = file(QStringLiteral("kit.json"));
    QVERIFY(writeAll(path, "earlier"));
    {
        auto out = SafeFile::create(path);
        QVERIFY(out.ok());
        (*out)->write("half");
        QCOMPARE(entries(m_dir->path()).size(), 2); // the target and the temporary file
    }                                               // destroyed uncommitted
    QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("kit.json")});
    auto out = SafeFile::create(path);
    QVERIFY(out.ok());
    (*out)->write("half");
    (*out)->discard();
    QVERIFY(!(*out)->commit().ok()); // once discarded, never committed
    QCOMPARE(readAll(path), QByteArray("earlier"));
    QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("kit.json")});
}

void TestSafeFiles::fullDiskLeavesNothing()
{
    if (::geteuid() != 0)
        QSKIP("needs root to mount a small tmpfs; CI runs the tests as root");
    const QString tiny = file(QStringLiteral("tiny"));
    QVERIFY(QDir().mkdir(tiny));
    test::Tmpfs mounted(tiny);
    if (!mounted.mount(64 * 1024))
        QSKIP("mount -t tmpfs is not permitted here (a container without CAP_SYS_ADMIN)");
    const QString path = tiny + QStringLiteral("/recovered.bin");
    QVERIFY(writeAll(path, "earlier"));
    const Status st = writeFileSafely(path, QByteArray(1 << 20, 'p'));
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, ErrorCode::Io);
    QCOMPARE(st.error().reason, Reason::DiskFull); // names the file, in the words of a full disk
    QCOMPARE(st.error().args.value(0), path);
    QCOMPARE(readAll(path), QByteArray("earlier"));
    QCOMPARE(entries(tiny), QStringList{QStringLiteral("recovered.bin")});
}

void TestSafeFiles::failedRenameLeavesNothing()
{
    if (::geteuid() != 0)
        QSKIP("needs root to bind-mount a file; CI runs the tests as root");
    // A file mounted over the target: rename(2) cannot replace a mount point (EBUSY; across file systems it is
    // EXDEV), and the write must fail cleanly.
    const QString path = file(QStringLiteral("pinned.json"));
    const QString other = file(QStringLiteral("other"));
    QVERIFY(writeAll(path, "earlier"));
    QVERIFY(writeAll(other, "mounted"));
    test::BindMount mounted(other, path);
    if (!mounted.attach())
        QSKIP("mount --bind is not permitted here (a container without CAP_SYS_ADMIN)");
    const Status st = writeFileSafely(path, "new");
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, ErrorCode::Io);
    QCOMPARE(st.error().reason, Reason::OutputNotWritten);
    QCOMPARE(readAll(path), QByteArray("mounted"));
    QCOMPARE(entries(m_dir->path()), (QStringList{QStringLiteral("other"), QStringLiteral("pinned.json")}));
}

void TestSafeFiles::foldersAndFilesOwnerOnly()
{
    Umask loose(0);
    const QString deep = file(QStringLiteral("a/b/c"));
    QVERIFY(makeOwnerOnlyFolder(deep).ok());
    for (const QString &d : {file(QStringLiteral("a")), file(QStringLiteral("a/b")), deep})
        QCOMPARE(modeOf(d), ::mode_t(0700));
    // A folder already there keeps its mode (--data-dir /tmp must not narrow /tmp); what is made in it is 0700.
    const QString wide = file(QStringLiteral("wide"));
    QVERIFY(QDir().mkdir(wide));
    QVERIFY(::chmod(QFile::encodeName(wide).constData(), 01777) == 0);
    QVERIFY(makeOwnerOnlyFolder(wide).ok());
    QCOMPARE(modeOf(wide), ::mode_t(01777));
    QVERIFY(makeOwnerOnlyFolder(wide + QStringLiteral("/keyward")).ok());
    QCOMPARE(modeOf(wide + QStringLiteral("/keyward")), ::mode_t(0700));
    // A link to a folder (a data directory kept elsewhere) is used, its folder's mode never changed through it; a
    // link to a file is refused.
    const QString shared = file(QStringLiteral("shared"));
    QVERIFY(QDir().mkdir(shared));
    QVERIFY(::chmod(QFile::encodeName(shared).constData(), 0755) == 0);
    const QString link = file(QStringLiteral("link"));
    QVERIFY(QFile::link(shared, link));
    QVERIFY(makeOwnerOnlyFolder(link).ok());
    QCOMPARE(modeOf(shared), ::mode_t(0755));
    QVERIFY(writeAll(file(QStringLiteral("plain")), "x"));
    QVERIFY(QFile::link(file(QStringLiteral("plain")), file(QStringLiteral("file-as-folder"))));
    QCOMPARE(makeOwnerOnlyFolder(file(QStringLiteral("file-as-folder"))).error().reason, Reason::OutputIsSymlink);

    const QString f = file(QStringLiteral("catalog.db"));
    QVERIFY(makeOwnerOnlyFile(f).ok());
    QCOMPARE(modeOf(f), ::mode_t(0600));
    QVERIFY(::chmod(QFile::encodeName(f).constData(), 0644) == 0);
    QVERIFY(makeOwnerOnlyFile(f).ok());
    QCOMPARE(modeOf(f), ::mode_t(0600));
    // restrictToOwner never changes a file through a link.
    const QString target = file(QStringLiteral("readable"));
    QVERIFY(writeAll(target, "x"));
    QVERIFY(::chmod(QFile::encodeName(target).constData(), 0644) == 0);
    const QString fileLink = file(QStringLiteral("file-link"));
    QVERIFY(QFile::link(target, fileLink));
    QVERIFY(restrictToOwner(fileLink).ok());
    QCOMPARE(modeOf(target), ::mode_t(0644));
    QVERIFY(restrictToOwner(file(QStringLiteral("nothing"))).ok());
}

void TestSafeFiles::catalogOwnerOnly()
{
    Umask usual(022);
    const QString dir = file(QStringLiteral("data"));
    {
        auto catalog = catalog::Catalog::open(dir + QStringLiteral("/catalog.sqlite"));
        QVERIFY2(catalog.ok(), qPrintable(catalog.ok() ? QString() : catalog.error().detail));
        QVERIFY((*catalog)->audit(QStringLiteral("test"), QStringLiteral("x")).ok());
        QCOMPARE(modeOf(dir), ::mode_t(0700));
        for (const QString &name : entries(dir))
            QVERIFY2(modeOf(dir + QLatin1Char('/') + name) == 0600, qPrintable(name));
        QVERIFY(entries(dir).contains(QStringLiteral("catalog.sqlite-wal")));
    }
    // A catalog made 0644 (by an older version) is narrowed when next opened.
    QVERIFY(::chmod(QFile::encodeName(dir + QStringLiteral("/catalog.sqlite")).constData(), 0644) == 0);
    auto again = catalog::Catalog::open(dir + QStringLiteral("/catalog.sqlite"));
    QVERIFY(again.ok());
    QCOMPARE(modeOf(dir + QStringLiteral("/catalog.sqlite")), ::mode_t(0600));
}

void TestSafeFiles::terminalSafe_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("shown");
    QTest::newRow("cursor up, clear line") << QStringLiteral("root/a\x1b[1A\x1b[2Kno findings.csv")
                                           << QStringLiteral("root/a\\x1b[1A\\x1b[2Kno findings.csv");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("a\\x0db");
    QTest::newRow("newline and tab") << QStringLiteral("a\nb\tc") << QStringLiteral("a\\x0ab\\x09c");
    QTest::newRow("DEL") << QStringLiteral("a\x7f") << QStringLiteral("a\\x7f");
    QTest::newRow("C1 CSI") << QString(QChar(0x9b)) + QStringLiteral("2J") << QStringLiteral("\\x9b2J");
    QTest::newRow("right-to-left override") << QStringLiteral("invoice") + QChar(0x202e) + QStringLiteral("fdp.exe")
                                            << QStringLiteral("invoice\\u202efdp.exe");
    QTest::newRow("isolates") << QString(QChar(0x2066)) + QStringLiteral("x") + QChar(0x2069)
                              << QStringLiteral("\\u2066x\\u2069");
    QTest::newRow("backslash") << QStringLiteral("a\\x1b") << QStringLiteral("a\\\\x1b");
    QTest::newRow("plain unicode") << QStringLiteral("root/café/日本語.csv") << QStringLiteral("root/café/日本語.csv");
}

void TestSafeFiles::terminalSafe()
{
    QFETCH(QString, name);
    QFETCH(QString, shown);
    QCOMPARE(keyward::terminalSafe(name), shown);
}

void TestSafeFiles::objectSwappedForALinkRefused()
{
    auto store = storage::LocalFolderStore::open(file(QStringLiteral("ws")));
    QVERIFY(store.ok());
    const QString root = (*store)->root();
    QVERIFY(QDir().mkpath(root + QStringLiteral("/root")));
    QVERIFY(writeAll(root + QStringLiteral("/root/a.kwe"), QByteArray(64, 'a')));
    const QString elsewhere = file(QStringLiteral("elsewhere"));
    QVERIFY(writeAll(elsewhere, QByteArray(64, 'e')));
    auto listed = (*store)->list();
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 1);
    const QString etag = listed->first().etag;
    QVERIFY(!etag.isEmpty());
    auto version = (*store)->stat(QStringLiteral("root/a.kwe"));
    QVERIFY(version.ok());
    QCOMPARE(version->etag, etag);
    // Unchanged: the rewrite goes through.
    QVERIFY((*store)->overwriteIfMatch(QStringLiteral("root/a.kwe"), 0, "AA", etag).ok());
    auto after = (*store)->stat(QStringLiteral("root/a.kwe"));
    QVERIFY(after.ok());

    // Between the listing and the rewrite, the object is swapped for a link to a file elsewhere.
    QVERIFY(QFile::remove(root + QStringLiteral("/root/a.kwe")));
    QVERIFY(QFile::link(elsewhere, root + QStringLiteral("/root/a.kwe")));
    Status st = (*store)->overwriteIfMatch(QStringLiteral("root/a.kwe"), 0, "XX", after->etag);
    QCOMPARE(st.error().code, ErrorCode::Conflict);
    QCOMPARE(st.error().reason, Reason::ObjectChanged);
    QCOMPARE(readAll(elsewhere), QByteArray(64, 'e'));
    auto read = (*store)->openRead(QStringLiteral("root/a.kwe"), after->etag);
    QCOMPARE(read.error().reason, Reason::ObjectChanged);
    auto writer = (*store)->openWrite(QStringLiteral("root/a.kwe"), after->etag);
    QCOMPARE(writer.error().reason, Reason::ObjectChanged);
    QCOMPARE(readAll(elsewhere), QByteArray(64, 'e'));
    QVERIFY(QFileInfo(root + QStringLiteral("/root/a.kwe")).isSymLink());

    // A folder on the way swapped for a link: refused too.
    QVERIFY(QDir().mkpath(file(QStringLiteral("outside/root"))));
    QVERIFY(writeAll(file(QStringLiteral("outside/root/b.kwe")), QByteArray(64, 'o')));
    QVERIFY(writeAll(root + QStringLiteral("/root/b.kwe"), QByteArray(64, 'b')));
    auto b = (*store)->stat(QStringLiteral("root/b.kwe"));
    QVERIFY(b.ok());
    QVERIFY(QDir(root + QStringLiteral("/root")).removeRecursively());
    QVERIFY(QFile::link(file(QStringLiteral("outside/root")), root + QStringLiteral("/root")));
    st = (*store)->overwriteIfMatch(QStringLiteral("root/b.kwe"), 0, "XX", b->etag);
    QCOMPARE(st.error().reason, Reason::ObjectChanged);
    QCOMPARE(readAll(file(QStringLiteral("outside/root/b.kwe"))), QByteArray(64, 'o'));
}

void TestSafeFiles::objectSwappedForAFileRefused()
{
    auto store = storage::LocalFolderStore::open(file(QStringLiteral("ws")));
    QVERIFY(store.ok());
    const QString path = (*store)->root() + QStringLiteral("/a.kwe");
    QVERIFY(writeAll(path, QByteArray(64, 'a')));
    auto version = (*store)->stat(QStringLiteral("a.kwe"));
    QVERIFY(version.ok());
    auto writer = (*store)->openWrite(QStringLiteral("a.kwe"), version->etag);
    QVERIFY(writer.ok());
    (*writer)->device()->write("sealed");
    // Another file renamed into the object's place meanwhile (an import with overwrite, say).
    QVERIFY(writeAll(path + QStringLiteral(".new"), "someone else's"));
    QVERIFY(::rename(QFile::encodeName(path + QStringLiteral(".new")).constData(),
                     QFile::encodeName(path).constData()) == 0);
    const Status st = (*writer)->commit();
    QCOMPARE(st.error().code, ErrorCode::Conflict);
    QCOMPARE(st.error().reason, Reason::ObjectChanged);
    QCOMPARE(readAll(path), QByteArray("someone else's"));
    QCOMPARE((*store)->overwriteIfMatch(QStringLiteral("a.kwe"), 0, "X", version->etag).error().reason,
             Reason::ObjectChanged);
    QCOMPARE(readAll(path), QByteArray("someone else's"));
}

QTEST_GUILESS_MAIN(TestSafeFiles)
#include "tst_safefiles.moc"

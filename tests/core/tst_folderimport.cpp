// tst_folderimport: importing a folder of the user's files into a workspace area: paths kept, identical
// re-imports, conflicts refused before any write, links and odd entries skipped, bounded memory.
#include "model/ObjectLayout.h"
#include "storage/FolderImport.h"
#include "storage/LocalFolderStore.h"

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace keyward;
using namespace keyward::storage;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readObject(ObjectStore &store, const QString &path)
{
    auto device = store.openRead(path);
    return device ? (*device)->readAll() : QByteArray("<missing>");
}

QStringList objectPaths(ObjectStore &store)
{
    QStringList out;
    auto listed = store.list();
    if (listed) {
        for (const ObjectInfo &o : *listed)
            out.append(o.path);
    }
    return out;
}

QStringList skippedFiles(const ImportSummary &summary)
{
    QStringList out;
    for (const ImportSkip &s : summary.skipped)
        out.append(s.file);
    out.sort();
    return out;
}

} // namespace

class TestFolderImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_source;
    std::unique_ptr<LocalFolderStore> m_store;

private slots:
    void init()
    {
        static int round = 0;
        ++round;
        m_source = m_tmp.filePath(QStringLiteral("src-%1").arg(round));
        QVERIFY(writeFile(m_source + QStringLiteral("/sales.csv"), "region,amount\nEMEA,10\n"));
        QVERIFY(writeFile(m_source + QStringLiteral("/tables/2024/orders.json"), "{\"id\":1}\n"));
        QVERIFY(writeFile(m_source + QStringLiteral("/.hidden/notes.txt"), "hidden but the user's"));
        QVERIFY(writeFile(m_source + QStringLiteral("/empty.bin"), QByteArray()));
        QVERIFY(writeFile(m_source + QStringLiteral("/Größe €.txt"), "unicode name"));
        auto store = LocalFolderStore::open(m_tmp.filePath(QStringLiteral("ws-%1").arg(round)));
        QVERIFY(store.ok());
        m_store = std::move(*store);
    }

    void destinations_data()
    {
        QTest::addColumn<QString>("area");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("folder");
        QTest::newRow("root") << QStringLiteral("root") << QString() << QStringLiteral("root/FileStore");
        QTest::newRow("control-plane") << QStringLiteral("control-plane") << QString()
                                       << QStringLiteral("control-plane/notebooks");
        QTest::newRow("root-jobs") << QStringLiteral("root") << QStringLiteral("job-results")
                                   << QStringLiteral("root/jobs");
        QTest::newRow("cp-secrets") << QStringLiteral("control-plane") << QStringLiteral("secrets")
                                    << QStringLiteral("control-plane/secrets");
    }
    void destinations()
    {
        QFETCH(QString, area);
        QFETCH(QString, type);
        QFETCH(QString, folder);
        auto destination = importDestination(area, type);
        QVERIFY(destination.ok());
        QCOMPARE(*destination, folder);
    }

    void refusedDestinations_data()
    {
        QTest::addColumn<QString>("area");
        QTest::addColumn<QString>("type");
        QTest::newRow("disks") << QStringLiteral("disks") << QString();
        QTest::newRow("serverless") << QStringLiteral("serverless") << QString();
        QTest::newRow("unknown-area") << QStringLiteral("dbfs") << QString();
        QTest::newRow("unknown-type") << QStringLiteral("root") << QStringLiteral("nope");
        QTest::newRow("type-elsewhere") << QStringLiteral("root") << QStringLiteral("secrets");
        QTest::newRow("platform-type") << QStringLiteral("control-plane") << QStringLiteral("serverless-disks");
    }
    void refusedDestinations()
    {
        QFETCH(QString, area);
        QFETCH(QString, type);
        QCOMPARE(importDestination(area, type).error().code, ErrorCode::InvalidArgument);
        ImportOptions options;
        options.dataTypeId = type;
        QCOMPARE(importFolder(m_source, *m_store, area, options).error().code, ErrorCode::InvalidArgument);
        QVERIFY(objectPaths(*m_store).isEmpty());
    }

    void importIntoRoot()
    {
        auto summary = importFolder(m_source, *m_store, QStringLiteral("root"));
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().detail));
        QCOMPARE(summary->folder, QStringLiteral("root/FileStore"));
        QCOMPARE(summary->dataTypeId, QStringLiteral("dbfs-root-data"));
        QCOMPARE(summary->files, qint64(5));
        QCOMPARE(summary->unchanged, qint64(0));
        QVERIFY(summary->skipped.isEmpty());
        const QStringList expected = {
            QStringLiteral("root/FileStore/.hidden/notes.txt"), QStringLiteral("root/FileStore/Größe €.txt"),
            QStringLiteral("root/FileStore/empty.bin"), QStringLiteral("root/FileStore/sales.csv"),
            QStringLiteral("root/FileStore/tables/2024/orders.json")};
        QStringList sorted = expected;
        sorted.sort();
        QCOMPARE(objectPaths(*m_store), sorted);
        qint64 bytes = 0;
        for (const QString &object : expected) {
            const QString relative = object.mid(QStringLiteral("root/FileStore/").size());
            QFile source(m_source + QLatin1Char('/') + relative);
            QVERIFY(source.open(QIODevice::ReadOnly));
            const QByteArray original = source.readAll();
            QCOMPARE(readObject(*m_store, object), original);
            bytes += original.size();
            QCOMPARE(model::classifyObject(object)->dataTypeId, QStringLiteral("dbfs-root-data"));
        }
        QCOMPARE(summary->bytes, bytes);
    }

    void importIntoControlPlane()
    {
        auto summary = importFolder(m_source, *m_store, QStringLiteral("control-plane"));
        QVERIFY(summary.ok());
        QCOMPARE(summary->files, qint64(5));
        QCOMPARE(readObject(*m_store, QStringLiteral("control-plane/notebooks/tables/2024/orders.json")),
                 QByteArray("{\"id\":1}\n"));
        for (const QString &object : objectPaths(*m_store)) {
            auto cls = model::classifyObject(object);
            QCOMPARE(cls->dataTypeId, QStringLiteral("notebook-source"));
            QCOMPARE(cls->feature, model::Feature::ManagedServices);
        }
    }

    void reimportIsUnchanged()
    {
        QVERIFY(importFolder(m_source, *m_store, QStringLiteral("root")).ok());
        auto again = importFolder(m_source, *m_store, QStringLiteral("root"));
        QVERIFY(again.ok());
        QCOMPARE(again->files, qint64(0));
        QCOMPARE(again->unchanged, qint64(5));
        QCOMPARE(again->bytes, qint64(0));
    }

    void conflictRefusedBeforeAnyWrite()
    {
        QVERIFY(importFolder(m_source, *m_store, QStringLiteral("root")).ok());
        QVERIFY(
            writeFile(m_source + QStringLiteral("/sales.csv"), "region,amount\nEMEA,99\n")); // same size, other bytes
        QVERIFY(writeFile(m_source + QStringLiteral("/tables/new.csv"), "new file"));
        auto refused = importFolder(m_source, *m_store, QStringLiteral("root"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY2(refused.error().detail.contains(QStringLiteral("root/FileStore/sales.csv")),
                 qPrintable(refused.error().detail));
        // Nothing written: the old object stays and the new file did not go in either.
        QCOMPARE(readObject(*m_store, QStringLiteral("root/FileStore/sales.csv")),
                 QByteArray("region,amount\nEMEA,10\n"));
        QVERIFY(!objectPaths(*m_store).contains(QStringLiteral("root/FileStore/tables/new.csv")));

        ImportOptions overwrite;
        overwrite.overwrite = true;
        auto replaced = importFolder(m_source, *m_store, QStringLiteral("root"), overwrite);
        QVERIFY(replaced.ok());
        QCOMPARE(replaced->files, qint64(2));
        QCOMPARE(replaced->unchanged, qint64(4));
        QCOMPARE(readObject(*m_store, QStringLiteral("root/FileStore/sales.csv")),
                 QByteArray("region,amount\nEMEA,99\n"));
        QCOMPARE(readObject(*m_store, QStringLiteral("root/FileStore/tables/new.csv")), QByteArray("new file"));
    }

    void linksAndOddEntries()
    {
        const QString outside = m_tmp.filePath(QStringLiteral("outside-secret.txt"));
        QVERIFY(writeFile(outside, "not for the workspace"));
        QVERIFY(QFile::link(outside, m_source + QStringLiteral("/leak.txt")));
        QVERIFY(QFile::link(m_tmp.path(), m_source + QStringLiteral("/up")));
        QVERIFY(QFile::link(m_source + QStringLiteral("/sales.csv"), m_source + QStringLiteral("/sales-link.csv")));
        QVERIFY(QFile::link(m_source + QStringLiteral("/tables"), m_source + QStringLiteral("/tables-link")));
        QVERIFY(QFile::link(m_source + QStringLiteral("/gone"), m_source + QStringLiteral("/broken")));
        QVERIFY(writeFile(m_source + QStringLiteral("/back\\slash.txt"), "odd name"));
        QVERIFY(writeFile(m_source + QStringLiteral("/tables/.orders.json.kw-tmp-AbC123"), "looks temporary"));
        QCOMPARE(::mkfifo(QFile::encodeName(m_source + QStringLiteral("/pipe")).constData(), 0600), 0);

        auto summary = importFolder(m_source, *m_store, QStringLiteral("root"));
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().detail));
        QCOMPARE(skippedFiles(*summary),
                 (QStringList{QStringLiteral("back\\slash.txt"), QStringLiteral("broken"), QStringLiteral("leak.txt"),
                              QStringLiteral("pipe"), QStringLiteral("tables-link"),
                              QStringLiteral("tables/.orders.json.kw-tmp-AbC123"), QStringLiteral("up")}));
        for (const ImportSkip &s : summary->skipped)
            QVERIFY(!s.reason.isEmpty());
        QCOMPARE(summary->files, qint64(6)); // the five files and the link to a file inside, copied as a file
        QCOMPARE(readObject(*m_store, QStringLiteral("root/FileStore/sales-link.csv")),
                 QByteArray("region,amount\nEMEA,10\n"));
        for (const QString &object : objectPaths(*m_store))
            QVERIFY2(!readObject(*m_store, object).contains("not for the workspace"), qPrintable(object));
    }

    void missingOrWrongSource()
    {
        QCOMPARE(importFolder(m_tmp.filePath(QStringLiteral("none")), *m_store, QStringLiteral("root")).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(importFolder(m_source + QStringLiteral("/sales.csv"), *m_store, QStringLiteral("root")).error().code,
                 ErrorCode::InvalidArgument);
    }

    void progressAndCancel()
    {
        ImportOptions options;
        QList<qint64> seen;
        options.progress = [&](qint64 done, qint64 total) {
            seen.append(done * 100 + total);
            return done < 2;
        };
        auto summary = importFolder(m_source, *m_store, QStringLiteral("root"), options);
        QCOMPARE(summary.error().code, ErrorCode::Cancelled);
        QCOMPARE(seen, (QList<qint64>{105, 205}));
        QCOMPARE(objectPaths(*m_store).size(), 2);
    }

    // A large file goes through in chunks: the import's memory does not grow with the file.
    void streamsLargeFiles()
    {
        const qint64 size = qint64(96) << 20;
        QFile big(m_source + QStringLiteral("/big/disk.raw"));
        QVERIFY(QDir().mkpath(QFileInfo(big).path()));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(size)); // sparse: quick to make, and reads back as zeros
        QVERIFY(big.seek(size - 4));
        big.write("tail");
        big.close();
        const qint64 before = test::peakRss();
        auto summary = importFolder(m_source, *m_store, QStringLiteral("root"));
        QVERIFY(summary.ok());
        const qint64 growth = test::peakRss() - before;
        QVERIFY2(before < 0 || growth < (qint64(24) << 20),
                 qPrintable(QStringLiteral("peak RSS grew by %1 bytes").arg(growth)));
        QCOMPARE(m_store->stat(QStringLiteral("root/FileStore/big/disk.raw"))->size, size);
        auto in = m_store->openRead(QStringLiteral("root/FileStore/big/disk.raw"));
        QVERIFY((*in)->seek(size - 4));
        QCOMPARE((*in)->read(4), QByteArray("tail"));
    }
};

QTEST_GUILESS_MAIN(TestFolderImport)
#include "tst_folderimport.moc"

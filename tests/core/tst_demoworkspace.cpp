// tst_demoworkspace: the demo workspace generator: every data type, counts and sizes as asked, the same
// workspace for the same seed, every path in its data type's folder, and contents in the real formats.
#include "demo/DemoWorkspace.h"
#include "model/DataTypeCatalogue.h"
#include "model/ObjectLayout.h"
#include "storage/LocalFolderStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace keyward;
using namespace keyward::demo;
using namespace keyward::storage;

namespace {

constexpr qint64 MiB = qint64(1) << 20;

// Workspaces go to memory when the machine has a tmpfs: the generator is under test, not the disk, and
// creating and deleting thousands of files on a disk mounted with `discard` takes most of a minute.
QString scratchBase()
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    return (shm.isDir() && shm.isWritable() ? shm.filePath() : QDir::tempPath()) +
           QStringLiteral("/tst_demoworkspace-XXXXXX");
}

std::unique_ptr<LocalFolderStore> openStore(const QString &dir)
{
    auto store = LocalFolderStore::open(dir);
    if (!store)
        return nullptr;
    (*store)->setSyncWrites(false); // generated data can be made again; the tests need not wait for the disk
    return std::move(*store);
}

QByteArray readAll(ObjectStore &store, const QString &path)
{
    auto device = store.openRead(path);
    return device ? (*device)->readAll() : QByteArray();
}

QByteArray head(ObjectStore &store, const QString &path, qint64 n)
{
    auto device = store.openRead(path);
    return device ? (*device)->read(n) : QByteArray();
}

// By value: a range-for over `*store.list()` would outlive the Result it points into.
QList<ObjectInfo> objects(ObjectStore &store, const QString &prefix = {})
{
    auto listed = store.list(prefix);
    return listed ? *listed : QList<ObjectInfo>();
}

// One line per object: path, size and SHA-256 of the content.
QByteArray fingerprint(ObjectStore &store)
{
    QByteArray out;
    for (const ObjectInfo &o : objects(store)) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        auto device = store.openRead(o.path);
        if (device)
            hash.addData(device->get());
        out += o.path.toUtf8() + ' ' + QByteArray::number(o.size) + ' ' + hash.result().toHex() + '\n';
    }
    return out;
}

bool validJson(const QByteArray &bytes)
{
    QJsonParseError error;
    QJsonDocument::fromJson(bytes, &error);
    return error.error == QJsonParseError::NoError;
}

} // namespace

class TestDemoWorkspace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp{scratchBase()};
    std::unique_ptr<LocalFolderStore> m_store; // the workspace most tests look at
    DemoSummary m_summary;
    const DemoParams m_params{7, 260, 24 * MiB};

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_store = openStore(m_tmp.filePath(QStringLiteral("main")));
        QVERIFY(m_store);
        auto summary = DemoWorkspace(m_params).generate(*m_store);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().detail));
        m_summary = *summary;
    }

    void everyDataTypePresent()
    {
        for (const model::DataType &type : model::DataTypeCatalogue::all()) {
            QVERIFY2(m_summary.perType.contains(type.id), type.id.data());
            QVERIFY2(m_summary.perType.value(type.id).objects > 0, type.id.data());
            QVERIFY2(m_summary.perType.value(type.id).bytes > 0, type.id.data());
        }
        QCOMPARE(m_summary.perType.size(), model::DataTypeCatalogue::all().size());
    }

    void summaryMatchesTheStore()
    {
        auto listed = m_store->list();
        QVERIFY(listed.ok());
        QCOMPARE(qint64(listed->size()), m_params.objectCount);
        QCOMPARE(m_summary.objects, m_params.objectCount);
        QMap<QString, DemoTypeSummary> seen;
        qint64 bytes = 0;
        for (const ObjectInfo &o : *listed) {
            auto cls = model::classifyObject(o.path);
            QVERIFY2(cls.ok(), qPrintable(o.path));
            ++seen[cls->dataTypeId].objects;
            seen[cls->dataTypeId].bytes += o.size;
            bytes += o.size;
        }
        QCOMPARE(bytes, m_summary.bytes);
        for (auto it = m_summary.perType.cbegin(); it != m_summary.perType.cend(); ++it) {
            QCOMPARE(seen.value(it.key()).objects, it->objects);
            QCOMPARE(seen.value(it.key()).bytes, it->bytes);
        }
        const QJsonObject json = m_summary.toJson();
        QCOMPARE(json.value(QStringLiteral("objects")).toInteger(), m_summary.objects);
        QCOMPARE(json.value(QStringLiteral("types")).toObject().size(), m_summary.perType.size());
    }

    void sizeFollowsTheParameter()
    {
        QVERIFY2(m_summary.bytes > m_params.totalBytes * 3 / 4 && m_summary.bytes < m_params.totalBytes * 5 / 4,
                 qPrintable(QStringLiteral("%1 bytes for %2 asked").arg(m_summary.bytes).arg(m_params.totalBytes)));
    }

    void nothingLooksSealed()
    {
        for (const ObjectInfo &o : objects(*m_store))
            QVERIFY2(!head(*m_store, o.path, 4).startsWith("KWE1"), qPrintable(o.path));
    }

    void notebooksInTheirFormats()
    {
        int py = 0, sql = 0, ipynb = 0, meta = 0;
        for (const ObjectInfo &o : objects(*m_store, QStringLiteral("control-plane/notebooks/"))) {
            const QByteArray bytes = readAll(*m_store, o.path);
            if (o.path.endsWith(QLatin1String(".py"))) {
                ++py;
                QVERIFY(bytes.startsWith("# Databricks notebook source\n"));
                QVERIFY(bytes.contains("\n# COMMAND ----------\n"));
            } else if (o.path.endsWith(QLatin1String(".sql"))) {
                ++sql;
                QVERIFY(bytes.startsWith("-- Databricks notebook source\n"));
                QVERIFY(bytes.contains("\n-- COMMAND ----------\n"));
            } else if (o.path.endsWith(QLatin1String(".ipynb"))) {
                ++ipynb;
                const QJsonObject nb = QJsonDocument::fromJson(bytes).object();
                QCOMPARE(nb.value(QStringLiteral("nbformat")).toInt(), 4);
                QVERIFY(nb.value(QStringLiteral("metadata"))
                            .toObject()
                            .contains(QStringLiteral("application/vnd.databricks.v1+notebook")));
                QVERIFY(nb.value(QStringLiteral("cells")).toArray().size() >= 4);
            } else {
                QVERIFY2(o.path.endsWith(QLatin1String(".metadata.json")), qPrintable(o.path));
                ++meta;
                const QJsonObject m = QJsonDocument::fromJson(bytes).object();
                QCOMPARE(m.value(QStringLiteral("object_type")).toString(), QStringLiteral("NOTEBOOK"));
                // The metadata describes the notebook beside it.
                const QString source = o.path.chopped(int(qstrlen(".metadata.json")));
                const QByteArray sourceBytes = readAll(*m_store, source);
                QCOMPARE(m.value(QStringLiteral("content_sha256")).toString().toLatin1(),
                         QCryptographicHash::hash(sourceBytes, QCryptographicHash::Sha256).toHex());
            }
        }
        QVERIFY(py > 0 && sql > 0 && ipynb > 0);
        QCOMPARE(meta, py + sql + ipynb);
    }

    void credentialsAndSecretsLookReal()
    {
        const QRegularExpression token(QStringLiteral(
            "ghp_[0-9A-Za-z]{36}|glpat-[0-9A-Za-z]{20}|ATBB[0-9A-Za-z]{28}[0-9A-F]{8}|\\b[a-z2-7]{52}\\b"));
        for (const ObjectInfo &o : objects(*m_store, QStringLiteral("control-plane/git-credentials/"))) {
            const QByteArray bytes = readAll(*m_store, o.path);
            QVERIFY2(token.match(QString::fromLatin1(bytes)).hasMatch(), bytes.constData());
            if (o.path.endsWith(QLatin1String(".json")))
                QVERIFY(QJsonDocument::fromJson(bytes).object().contains(QStringLiteral("personal_access_token")));
            else
                QVERIFY(bytes.startsWith("[credential \"https://"));
        }
        for (const ObjectInfo &o : objects(*m_store, QStringLiteral("control-plane/secrets/"))) {
            const QJsonObject s = QJsonDocument::fromJson(readAll(*m_store, o.path)).object();
            QVERIFY(!s.value(QStringLiteral("scope")).toString().isEmpty());
            QVERIFY(o.path.endsWith(s.value(QStringLiteral("key")).toString() + QStringLiteral(".json")));
            QVERIFY(s.value(QStringLiteral("value")).toString().size() >= 24);
        }
    }

    void jsonAndJsonLinesParse()
    {
        int files = 0, lines = 0;
        for (const ObjectInfo &o : objects(*m_store)) {
            const bool lineByLine =
                o.path.endsWith(QLatin1String(".jsonl")) || o.path.contains(QLatin1String("/_delta_log/"));
            if (!lineByLine && (o.path.endsWith(QLatin1String(".json")) || o.path.endsWith(QLatin1String(".ipynb")))) {
                QVERIFY2(validJson(readAll(*m_store, o.path)), qPrintable(o.path));
                ++files;
            } else if (lineByLine) {
                for (const QByteArray &line : readAll(*m_store, o.path).split('\n')) {
                    if (!line.isEmpty()) {
                        QVERIFY2(validJson(line), qPrintable(o.path));
                        ++lines;
                    }
                }
            }
        }
        QVERIFY(files > 20);
        QVERIFY(lines > 10);
    }

    void mlflowModelDirectories()
    {
        QMap<QString, QStringList> dirs;
        for (const ObjectInfo &o : objects(*m_store, QStringLiteral("root/mlflow/")))
            dirs[o.path.section(QLatin1Char('/'), 0, -2)].append(o.path.section(QLatin1Char('/'), -1));
        QVERIFY(!dirs.isEmpty());
        for (auto it = dirs.cbegin(); it != dirs.cend(); ++it) {
            QVERIFY(it.key().endsWith(QLatin1String("/artifacts/model")));
            QCOMPARE(it.value(),
                     (QStringList{QStringLiteral("MLmodel"), QStringLiteral("conda.yaml"), QStringLiteral("model.pkl"),
                                  QStringLiteral("python_env.yaml"), QStringLiteral("requirements.txt")}));
            const QByteArray mlmodel = readAll(*m_store, it.key() + QStringLiteral("/MLmodel"));
            QVERIFY(mlmodel.startsWith("artifact_path: model\nflavors:\n"));
            const qint64 pickleSize = m_store->stat(it.key() + QStringLiteral("/model.pkl"))->size;
            QVERIFY(mlmodel.contains("model_size_bytes: " + QByteArray::number(pickleSize) + '\n'));
            const QByteArray pickle = readAll(*m_store, it.key() + QStringLiteral("/model.pkl"));
            QVERIFY(pickle.startsWith("\x80\x04\x95"));
            QVERIFY(pickle.endsWith('.'));
        }
    }

    void deltaLogDescribesItsParts()
    {
        int logs = 0;
        for (const ObjectInfo &o : objects(*m_store, QStringLiteral("root/dlt/"))) {
            if (!o.path.endsWith(QLatin1String("_delta_log/00000000000000000000.json"))) {
                QVERIFY(o.path.endsWith(QLatin1String(".snappy.parquet")));
                const QByteArray part = readAll(*m_store, o.path);
                QVERIFY(part.startsWith("PAR1") && part.endsWith("PAR1"));
                continue;
            }
            ++logs;
            const QString table = o.path.section(QLatin1Char('/'), 0, -3);
            int adds = 0;
            for (const QByteArray &line : readAll(*m_store, o.path).split('\n')) {
                const QJsonObject action = QJsonDocument::fromJson(line).object();
                if (!action.contains(QStringLiteral("add")))
                    continue;
                ++adds;
                const QJsonObject add = action.value(QStringLiteral("add")).toObject();
                auto part = m_store->stat(table + QLatin1Char('/') + add.value(QStringLiteral("path")).toString());
                QVERIFY(part.ok());
                QCOMPARE(part->size, add.value(QStringLiteral("size")).toInteger());
            }
            QCOMPARE(adds, 2);
        }
        QVERIFY(logs > 0);
    }

    void disksAreSparseImages()
    {
        for (const QString &prefix : {QStringLiteral("disks/"), QStringLiteral("serverless/disks/")}) {
            const auto disks = m_store->list(prefix);
            QVERIFY(!disks->isEmpty());
            for (const ObjectInfo &o : *disks) {
                QVERIFY(o.size >= 2 * MiB);
                auto device = m_store->openRead(o.path);
                QVERIFY(device.ok());
                if (prefix == QLatin1String("disks/")) {
                    const QByteArray mbr = (*device)->read(512);
                    QCOMPARE(mbr.mid(510), QByteArray("\x55\xaa"));
                    QVERIFY((*device)->seek(o.size - 512));
                    QVERIFY((*device)->read(8) == "conectix");
                    QVERIFY((*device)->seek(MiB + 1024 + 56));
                } else {
                    QVERIFY((*device)->seek(1024 + 56));
                }
                QCOMPARE((*device)->read(2), QByteArray("\x53\xef")); // the ext4 magic
                struct stat st;
                QCOMPARE(::stat(QFile::encodeName(m_store->root() + QLatin1Char('/') + o.path).constData(), &st), 0);
                QVERIFY2(qint64(st.st_blocks) * 512 < o.size / 4, qPrintable(o.path));
            }
        }
    }

    void sameSeedSameWorkspace()
    {
        auto again = openStore(m_tmp.filePath(QStringLiteral("again")));
        QVERIFY(again);
        auto summary = DemoWorkspace(m_params).generate(*again);
        QVERIFY(summary.ok());
        QCOMPARE(summary->bytes, m_summary.bytes);
        QCOMPARE(fingerprint(*again), fingerprint(*m_store));

        auto other = openStore(m_tmp.filePath(QStringLiteral("other")));
        DemoParams params = m_params;
        params.seed = 8;
        QVERIFY(DemoWorkspace(params).generate(*other).ok());
        QVERIFY(fingerprint(*other) != fingerprint(*m_store));
        QCOMPARE(qint64(other->list()->size()), params.objectCount);
    }

    void countsFollowTheParameters_data()
    {
        QTest::addColumn<qint64>("objects");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("minimum") << DemoWorkspace::minimumObjectCount() << 8 * MiB;
        QTest::newRow("one-over") << DemoWorkspace::minimumObjectCount() + 1 << 8 * MiB;
        QTest::newRow("odd") << qint64(97) << 12 * MiB;
        QTest::newRow("thousand") << qint64(1000) << 24 * MiB;
        QTest::newRow("bigger-files") << qint64(120) << 48 * MiB;
    }
    void countsFollowTheParameters()
    {
        QFETCH(qint64, objects);
        QFETCH(qint64, bytes);
        QTemporaryDir dir(scratchBase());
        auto store = openStore(dir.path());
        auto summary = DemoWorkspace({3, objects, bytes}).generate(*store);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().detail));
        QCOMPARE(summary->objects, objects);
        QCOMPARE(qint64(store->list()->size()), objects);
        for (const DemoTypeSummary &type : summary->perType)
            QVERIFY(type.objects > 0);
        QVERIFY2(summary->bytes > bytes * 7 / 10 && summary->bytes < bytes * 13 / 10,
                 qPrintable(QStringLiteral("%1 bytes for %2 asked").arg(summary->bytes).arg(bytes)));
    }

    void tooFewObjectsRefused()
    {
        QTemporaryDir dir(scratchBase());
        auto store = openStore(dir.path());
        auto summary = DemoWorkspace({1, DemoWorkspace::minimumObjectCount() - 1, MiB}).generate(*store);
        QVERIFY(!summary.ok());
        QCOMPARE(summary.error().code, ErrorCode::InvalidArgument);
        QVERIFY(store->list()->isEmpty());
    }

    void progressAndCancel()
    {
        QTemporaryDir dir(scratchBase());
        auto store = openStore(dir.path());
        QList<qint64> seen;
        auto summary = DemoWorkspace({5, 80, 4 * MiB}).generate(*store, [&](qint64 done, qint64 total) {
            seen.append(done);
            return total == 80 && done < 10;
        });
        QVERIFY(!summary.ok());
        QCOMPARE(summary.error().code, ErrorCode::Cancelled);
        QCOMPARE(seen, (QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
        QCOMPARE(store->list()->size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"

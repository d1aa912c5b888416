// tst_objectlayout: the folder table, the classification of object paths and the options that move data.
#include "model/DataTypeCatalogue.h"
#include "model/MatrixRules.h"
#include "model/ObjectLayout.h"

#include <QSet>
#include <QTest>

using namespace keyward;
using namespace keyward::model;

class TestObjectLayout : public QObject
{
    Q_OBJECT

private slots:
    void areas()
    {
        QCOMPARE(allAreas().size(), 4);
        for (Area area : allAreas()) {
            auto parsed = parseArea(areaId(area));
            QVERIFY(parsed.ok());
            QCOMPARE(*parsed, area);
        }
        QCOMPARE(areaId(Area::ControlPlane), QStringLiteral("control-plane"));
        QCOMPARE(areaId(Area::Root), QStringLiteral("root"));
        QCOMPARE(parseArea(u"Root").error().code, ErrorCode::InvalidArgument);
        QCOMPARE(parseArea(u"").error().code, ErrorCode::InvalidArgument);
        QCOMPARE(areaLocation(Area::Disks), Location::ComputePlane);
    }

    void everyCatalogueRowHasAFolder()
    {
        for (const DataType &type : DataTypeCatalogue::all()) {
            const QStringList folders = dataTypeFolders(type.id);
            QVERIFY2(!folders.isEmpty(), type.id.data());
            QCOMPARE(dataTypeFolder(type.id), folders.first());
            for (const QString &folder : folders) {
                for (const QString &path :
                     {folder + QStringLiteral("/object.bin"), folder + QStringLiteral("/a/b/c.json")}) {
                    auto cls = classifyObject(path);
                    QVERIFY2(cls.ok(), qPrintable(path));
                    QCOMPARE(cls->dataTypeId, QString(type.id));
                    QCOMPARE(cls->location, type.location);
                    QCOMPARE(cls->feature, type.feature);
                    QCOMPARE(areaLocation(cls->area), type.location);
                    QCOMPARE(areaId(cls->area), path.section(QLatin1Char('/'), 0, 0));
                }
            }
        }
    }

    void folderTableMatchesCatalogue()
    {
        QSet<QString> seen;
        QSet<QString> ids;
        for (const DataType &type : DataTypeCatalogue::all())
            ids.insert(type.id);
        QString previous;
        QStringList order;
        for (const LayoutFolder &f : layoutFolders()) {
            QVERIFY2(!seen.contains(f.folder), f.folder.data());
            seen.insert(f.folder);
            QVERIFY2(ids.contains(f.dataTypeId), f.dataTypeId.data());
            QVERIFY(!f.folder.endsWith(QLatin1Char('/')));
            if (order.isEmpty() || order.last() != f.dataTypeId)
                order.append(f.dataTypeId);
        }
        // Grouped by data type, in catalogue order: one block per row, no row left out.
        QStringList catalogueOrder;
        for (const DataType &type : DataTypeCatalogue::all())
            catalogueOrder.append(type.id);
        QCOMPARE(order, catalogueOrder);
        QVERIFY(dataTypeFolders(u"no-such-type").isEmpty());
        QVERIFY(dataTypeFolder(u"no-such-type").isEmpty());
    }

    void classify_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("folder");
        QTest::addColumn<Feature>("feature");
        const auto row = [](const char *path, const char *type, const char *folder, Feature feature) {
            QTest::newRow(path) << QString::fromUtf8(path) << QString::fromLatin1(type) << QString::fromLatin1(folder)
                                << feature;
        };
        using F = Feature;
        row("control-plane/notebooks/Users/a@b.com/etl.py", "notebook-source", "control-plane/notebooks",
            F::ManagedServices);
        row("control-plane/git-credentials/alice.json", "git-credentials", "control-plane/git-credentials",
            F::ManagedServices);
        row("control-plane/secrets/prod/jdbc.json", "secrets", "control-plane/secrets", F::ManagedServices);
        row("control-plane/sql/queries/q1.json", "sql-queries", "control-plane/sql/queries", F::ManagedServices);
        row("control-plane/sql/history/2024-03-01.jsonl", "sql-queries", "control-plane/sql/history",
            F::ManagedServices);
        row("control-plane/results/nb/cmd-1.json", "notebook-results-control-plane", "control-plane/results",
            F::ManagedServices);
        row("root/FileStore/tables/sales.csv", "dbfs-root-data", "root/FileStore", F::DbfsRoot);
        row("root/dbfs/tmp/x.parquet", "dbfs-root-data", "root/dbfs", F::DbfsRoot);
        row("root/jobs/12/runs/34/output.json", "job-results", "root/jobs", F::DbfsRoot);
        row("root/sql-results/wh/s1.csv", "sql-results", "root/sql-results", F::DbfsRoot);
        row("root/mlflow/1/run/artifacts/model/MLmodel", "mlflow-models", "root/mlflow", F::DbfsRoot);
        row("root/dlt/pipelines/p/tables/t/_delta_log/00000000000000000000.json", "delta-live-tables", "root/dlt",
            F::DbfsRoot);
        row("root/results/nb/cmd-2/result-0.csv", "notebook-results-root-storage", "root/results", F::DbfsRoot);
        row("root/system/revisions/nb/1700000000000.json", "system-data", "root/system/revisions", F::DbfsRoot);
        row("root/system/audit/log.json", "system-data", "root/system", F::DbfsRoot);
        row("root/model-serving/ep/versions/1/model-version.json", "model-serving-artifacts", "root/model-serving",
            F::DbfsRoot);
        row("disks/cluster-1/vm-1/temp-disk.vhd", "classic-compute-disks", "disks", F::ManagedDisks);
        row("serverless/model-images/ep/1/manifest.json", "model-serving-image", "serverless/model-images",
            F::Platform);
        row("serverless/ephemeral/ep/replica-0/scratch.bin", "model-serving-image", "serverless/ephemeral",
            F::Platform);
        row("serverless/disks/w/disk-0.img", "serverless-disks", "serverless/disks", F::Platform);
        // A name that merely starts like a folder belongs to no folder but its own.
        row("root/FileStore/FileStoreX/a", "dbfs-root-data", "root/FileStore", F::DbfsRoot);
        row("disks/serverless/disks/x", "classic-compute-disks", "disks", F::ManagedDisks);
    }
    void classify()
    {
        QFETCH(QString, path);
        QFETCH(QString, type);
        QFETCH(QString, folder);
        QFETCH(Feature, feature);
        auto cls = classifyObject(path);
        QVERIFY2(cls.ok(), qPrintable(cls.ok() ? QString() : cls.error().detail));
        QCOMPARE(cls->dataTypeId, type);
        QCOMPARE(cls->folder, folder);
        QCOMPARE(cls->feature, feature);
    }

    void oddPathsRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << QStringLiteral("not a valid object path");
        QTest::newRow("absolute") << QStringLiteral("/root/FileStore/x") << QStringLiteral("not a valid object path");
        QTest::newRow("dotdot") << QStringLiteral("root/FileStore/../../x")
                                << QStringLiteral("not a valid object path");
        QTest::newRow("double-slash") << QStringLiteral("root//FileStore/x")
                                      << QStringLiteral("not a valid object path");
        QTest::newRow("backslash") << QStringLiteral("root\\FileStore\\x") << QStringLiteral("not a valid object path");
        QTest::newRow("trailing-slash") << QStringLiteral("root/FileStore/")
                                        << QStringLiteral("not a valid object path");
        QTest::newRow("no-area") << QStringLiteral("tmp/x") << QStringLiteral("outside every area");
        QTest::newRow("area-case") << QStringLiteral("Root/FileStore/x") << QStringLiteral("outside every area");
        QTest::newRow("area-only") << QStringLiteral("root") << QStringLiteral("no data type's folder");
        QTest::newRow("folder-itself") << QStringLiteral("root/FileStore") << QStringLiteral("no data type's folder");
        QTest::newRow("unknown-root-folder") << QStringLiteral("root/tmp/x") << QStringLiteral("root/FileStore/");
        QTest::newRow("folder-case") << QStringLiteral("root/filestore/x") << QStringLiteral("no data type's folder");
        QTest::newRow("prefix-only") << QStringLiteral("root/FileStoreX/y") << QStringLiteral("no data type's folder");
        QTest::newRow("control-plane-other")
            << QStringLiteral("control-plane/x") << QStringLiteral("control-plane/notebooks/");
        QTest::newRow("sql-other") << QStringLiteral("control-plane/sql/dashboards/d.json")
                                   << QStringLiteral("no data type's folder");
        QTest::newRow("serverless-other")
            << QStringLiteral("serverless/cache/x") << QStringLiteral("serverless/disks/");
    }
    void oddPathsRefused()
    {
        QFETCH(QString, path);
        QFETCH(QString, mentions);
        auto cls = classifyObject(path);
        QVERIFY(!cls.ok());
        QCOMPARE(cls.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(cls.error().detail.contains(mentions), qPrintable(cls.error().detail));
    }

    void keyingFollowsOptions()
    {
        const ObjectClass cpResults = *classifyObject(QStringLiteral("control-plane/results/nb/1.json"));
        const ObjectClass rootResults = *classifyObject(QStringLiteral("root/results/nb/1.csv"));
        const ObjectClass notebook = *classifyObject(QStringLiteral("control-plane/notebooks/a.py"));
        const ObjectClass disk = *classifyObject(QStringLiteral("disks/c/d.vhd"));
        const ObjectClass image = *classifyObject(QStringLiteral("serverless/model-images/e/1/manifest.json"));

        WorkspaceOptions none;
        QCOMPARE(keyFeatureFor(cpResults, none).feature, Feature::ManagedServices);
        QVERIFY(!keyFeatureFor(cpResults, none).movedByOption);
        QVERIFY(!keyFeatureFor(rootResults, none).platformLayer);
        QCOMPARE(keyFeatureFor(image, none).feature, Feature::Platform);

        WorkspaceOptions moved;
        moved.notebookResultsInCustomerStorage = true;
        // Results already in the control plane stay keyed by where they are, and are flagged.
        QCOMPARE(keyFeatureFor(cpResults, moved).feature, Feature::ManagedServices);
        QVERIFY(keyFeatureFor(cpResults, moved).movedByOption);
        QVERIFY(!keyFeatureFor(rootResults, moved).movedByOption);
        QVERIFY(!keyFeatureFor(notebook, moved).movedByOption);

        WorkspaceOptions doubled;
        doubled.dbfsDoubleEncryption = true;
        QVERIFY(keyFeatureFor(rootResults, doubled).platformLayer);
        QCOMPARE(keyFeatureFor(rootResults, doubled).feature, Feature::DbfsRoot);
        QVERIFY(!keyFeatureFor(notebook, doubled).platformLayer);
        QVERIFY(!keyFeatureFor(disk, doubled).platformLayer);
        QVERIFY(!keyFeatureFor(image, doubled).platformLayer);

        WorkspaceOptions rotate;
        rotate.managedDiskRotateToLatest = true;
        QCOMPARE(keyFeatureFor(disk, rotate).feature, Feature::ManagedDisks);
    }

    // The layout and the matrix must agree: a folder the matrix shows as moved is the one keyFeatureFor flags,
    // and objects are keyed by the feature the matrix gives their row.
    void agreesWithTheMatrix()
    {
        for (bool moved : {false, true}) {
            for (bool doubled : {false, true}) {
                Workspace ws(QStringLiteral("w"), Plan::Premium);
                ws.setOption(WorkspaceOption::NotebookResultsInCustomerStorage, moved);
                ws.setOption(WorkspaceOption::DbfsDoubleEncryption, doubled);
                for (const LayoutFolder &f : layoutFolders()) {
                    const ObjectClass cls = *classifyObject(QString(f.folder) + QStringLiteral("/x"));
                    const MatrixCell cell = evaluateCell(*DataTypeCatalogue::find(f.dataTypeId), ws);
                    const ObjectKeying keying = keyFeatureFor(cls, ws.options());
                    QCOMPARE(keying.feature, cell.feature);
                    QCOMPARE(keying.movedByOption, cell.coverage == Coverage::MovedByOption);
                    QCOMPARE(keying.platformLayer, cell.doubleEncrypted);
                }
            }
        }
    }

    void newInteractiveResults()
    {
        WorkspaceOptions options;
        QCOMPARE(interactiveResultsDataType(options, false), dataTypeIds::NotebookResultsControlPlane);
        QCOMPARE(interactiveResultsDataType(options, true), dataTypeIds::NotebookResultsRootStorage);
        options.notebookResultsInCustomerStorage = true;
        QCOMPARE(interactiveResultsDataType(options, false), dataTypeIds::NotebookResultsRootStorage);
        QCOMPARE(interactiveResultsDataType(options, true), dataTypeIds::NotebookResultsRootStorage);
    }
};

QTEST_GUILESS_MAIN(TestObjectLayout)
#include "tst_objectlayout.moc"

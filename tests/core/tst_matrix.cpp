// tst_matrix: the data-type catalogue, the coverage rules, the JSON shape and `keywardctl matrix`.
#include "jobs/EncryptJob.h"
#include "jobs/VerifyJob.h"
#include "model/DataTypeCatalogue.h"
#include "model/MatrixJson.h"
#include "model/MatrixRules.h"
#include "model/Workspace.h"
#include "services/AssignmentService.h"
#include "services/CoverageService.h"
#include "services/StoreService.h"
#include "services/WorkspaceService.h"

#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;
using namespace keyward::model;

namespace {

// Catalogue order: control plane (5 from the seed, 2 from the current documentation), workspace root storage (8),
// classic compute (1), serverless (2).
const QStringList catalogueIds = {
    QStringLiteral("notebook-source"),
    QStringLiteral("git-credentials"),
    QStringLiteral("secrets"),
    QStringLiteral("sql-queries"),
    QStringLiteral("notebook-results-control-plane"),
    QStringLiteral("ai-bi-dashboards"),
    QStringLiteral("vector-search"),
    QStringLiteral("dbfs-root-data"),
    QStringLiteral("job-results"),
    QStringLiteral("sql-results"),
    QStringLiteral("mlflow-models"),
    QStringLiteral("delta-live-tables"),
    QStringLiteral("notebook-results-root-storage"),
    QStringLiteral("system-data"),
    QStringLiteral("model-serving-artifacts"),
    QStringLiteral("classic-compute-disks"),
    QStringLiteral("model-serving-image"),
    QStringLiteral("serverless-disks"),
};

const QString msKey = QStringLiteral("https://kv.example/keys/ms/1");
const QString dbfsKey = QStringLiteral("https://kv.example/keys/dbfs/2");
const QString diskKey = QStringLiteral("https://kv.example/keys/disk/3");

void assign(Workspace &ws, Feature feature, const QString &key)
{
    // Runs while test data is built, outside any test function, so QVERIFY cannot report it.
    if (!ws.assignKey(feature, key).ok())
        qFatal("assignKey failed for %s", qPrintable(featureId(feature)));
}

Workspace workspace(Plan plan, bool ms, bool dbfs, bool disks, WorkspaceOptions options = {})
{
    Workspace ws(QStringLiteral("test-ws"), plan, QStringLiteral("westeurope"));
    if (ms)
        assign(ws, Feature::ManagedServices, msKey);
    if (dbfs)
        assign(ws, Feature::DbfsRoot, dbfsKey);
    if (disks)
        assign(ws, Feature::ManagedDisks, diskKey);
    ws.setOptions(options);
    return ws;
}

WorkspaceOptions withOption(WorkspaceOption option)
{
    WorkspaceOptions o;
    o.set(option, true);
    return o;
}

WorkspaceOptions allOptions()
{
    return {true, true, true};
}

// One letter per catalogue row: C customer key, N no key yet, P platform key only, S needs Premium,
// M moved by option. Written out by hand from the source table so the rules are checked, not mirrored.
struct Scenario
{
    const char *name;
    Workspace ws;
    const char *expected; // spaces separate the location groups for reading only
};

QList<Scenario> scenarios()
{
    using O = WorkspaceOption;
    return {
        {"premium, ms+dbfs keyed", workspace(Plan::Premium, true, true, false), "CCCCCCC CCCCCCCC N PP"},
        {"premium, no keys", workspace(Plan::Premium, false, false, false), "NNNNNNN NNNNNNNN N PP"},
        {"premium, all keyed", workspace(Plan::Premium, true, true, true), "CCCCCCC CCCCCCCC C PP"},
        {"premium, disks only", workspace(Plan::Premium, false, false, true), "NNNNNNN NNNNNNNN C PP"},
        {"standard, no keys", workspace(Plan::Standard, false, false, false), "SSSSSSS SSSSSSSS S PP"},
        // Keys assigned while on Standard do nothing: the plan has no CMK at all.
        {"standard, all keyed", workspace(Plan::Standard, true, true, true), "SSSSSSS SSSSSSSS S PP"},
        {"premium, notebook results",
         workspace(Plan::Premium, true, true, false, withOption(O::NotebookResultsInCustomerStorage)),
         "CCCCMCC CCCCCCCC N PP"},
        {"premium, double encryption", workspace(Plan::Premium, true, true, false, withOption(O::DbfsDoubleEncryption)),
         "CCCCCCC CCCCCCCC N PP"},
        {"premium, rotate to latest",
         workspace(Plan::Premium, true, true, true, withOption(O::ManagedDiskRotateToLatest)), "CCCCCCC CCCCCCCC C PP"},
        {"premium, all options", workspace(Plan::Premium, true, true, true, allOptions()), "CCCCMCC CCCCCCCC C PP"},
        {"standard, notebook results",
         workspace(Plan::Standard, true, true, true, withOption(O::NotebookResultsInCustomerStorage)),
         "SSSSMSS SSSSSSSS S PP"},
        {"standard, all options", workspace(Plan::Standard, false, false, false, allOptions()),
         "SSSSMSS SSSSSSSS S PP"},
    };
}

Coverage coverageFromLetter(QChar c)
{
    switch (c.toLatin1()) {
    case 'C':
        return Coverage::CustomerKey;
    case 'N':
        return Coverage::NoKeyAssigned;
    case 'P':
        return Coverage::PlatformKeyOnly;
    case 'S':
        return Coverage::NotAvailableOnStandard;
    default:
        return Coverage::MovedByOption;
    }
}

QString keyFor(Feature f)
{
    switch (f) {
    case Feature::ManagedServices:
        return msKey;
    case Feature::DbfsRoot:
        return dbfsKey;
    case Feature::ManagedDisks:
        return diskKey;
    case Feature::Platform:
        break;
    }
    return QString();
}

} // namespace

Q_DECLARE_METATYPE(keyward::model::Workspace)
Q_DECLARE_METATYPE(keyward::model::Location)
Q_DECLARE_METATYPE(keyward::model::Feature)
Q_DECLARE_METATYPE(keyward::model::Coverage)

class TestMatrix : public QObject
{
    Q_OBJECT

private slots:
    void catalogueRow_data();
    void catalogueRow();
    void catalogueShape();

    void coverage_data();
    void coverage();
    void keyIdOnlyWithCustomerKey_data();
    void keyIdOnlyWithCustomerKey();
    void doubleEncryption_data();
    void doubleEncryption();
    void rotateToLatest_data();
    void rotateToLatest();
    void notebookResultsMove();
    void reasons_data();
    void reasons();
    void counts();

    void parsing_data();
    void parsing();
    void keyAssignment();

    void jsonShape();
    void cliJsonMatchesCore();
    void cliText();
    void cliUsageErrors_data();
    void cliUsageErrors();
    void cliMeasuredWorkspace();

private:
    QString runCtl(const QStringList &args, int *exitCode);
};

// Every row of the architecture table (shared/design/architecture.md), with its location and feature.
void TestMatrix::catalogueRow_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<Location>("location");
    QTest::addColumn<Feature>("feature");
    const auto row = [](const char *id, const char *name, Location l, Feature f) {
        QTest::newRow(id) << QString::fromLatin1(id) << QString::fromUtf8(name) << l << f;
    };
    using L = Location;
    using F = Feature;
    row("notebook-source", "Notebook source and metadata", L::ControlPlane, F::ManagedServices);
    row("git-credentials", "PATs / Git credentials for Git folders", L::ControlPlane, F::ManagedServices);
    row("secrets", "Secrets from the secret manager APIs", L::ControlPlane, F::ManagedServices);
    row("sql-queries", "Databricks SQL queries and query history", L::ControlPlane, F::ManagedServices);
    row("notebook-results-control-plane", "Interactive notebook results (partial, default)", L::ControlPlane,
        F::ManagedServices);
    row("ai-bi-dashboards", "AI/BI dashboards", L::ControlPlane, F::ManagedServices);
    row("vector-search", "Vector Search indexes and metadata", L::ControlPlane, F::ManagedServices);
    row("dbfs-root-data", "Customer-accessible DBFS root data, incl. FileStore", L::WorkspaceRootStorage, F::DbfsRoot);
    row("job-results", "Job results", L::WorkspaceRootStorage, F::DbfsRoot);
    row("sql-results", "Databricks SQL results", L::WorkspaceRootStorage, F::DbfsRoot);
    row("mlflow-models", "MLflow models", L::WorkspaceRootStorage, F::DbfsRoot);
    row("delta-live-tables", "Delta Live Tables on DBFS-root paths (not mount points)", L::WorkspaceRootStorage,
        F::DbfsRoot);
    row("notebook-results-root-storage", "Interactive notebook results (large, or all when configured)",
        L::WorkspaceRootStorage, F::DbfsRoot);
    row("system-data", "Other workspace system data, e.g. notebook revisions", L::WorkspaceRootStorage, F::DbfsRoot);
    row("classic-compute-disks", "Temporary VM disks of classic compute", L::ComputePlane, F::ManagedDisks);
    row("model-serving-artifacts", "Model Serving: artifacts and version metadata you create", L::WorkspaceRootStorage,
        F::DbfsRoot);
    row("model-serving-image", "Model Serving: model image, ephemeral serverless storage", L::Serverless, F::Platform);
    row("serverless-disks", "Serverless compute disks", L::Serverless, F::Platform);
}

void TestMatrix::catalogueRow()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(Location, location);
    QFETCH(Feature, feature);
    const DataType *type = DataTypeCatalogue::find(id);
    QVERIFY2(type, qPrintable(id));
    QCOMPARE(type->displayName(), name);
    QCOMPARE(type->location, location);
    QCOMPARE(type->feature, feature);
    QVERIFY(!type->displayDetail().isEmpty());
    // Every row says where it comes from: the seed's table, or the current documentation's additions.
    const bool current = id == QLatin1String("ai-bi-dashboards") || id == QLatin1String("vector-search");
    QCOMPARE(type->source, current ? RowSource::CurrentDocs : RowSource::Seed);
    QVERIFY(!type->sourceCitation().isEmpty());
}

void TestMatrix::catalogueShape()
{
    const QList<DataType> &all = DataTypeCatalogue::all();
    QCOMPARE(all.size(), 18);
    QStringList ids;
    for (const DataType &t : all)
        ids << QString(t.id);
    QCOMPARE(ids, catalogueIds);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());

    static const QRegularExpression kebab(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    for (const QString &id : ids)
        QVERIFY2(kebab.match(id).hasMatch(), qPrintable(id));

    // Grouped by location, in allLocations() order, with no location empty.
    const QList<Location> locations = allLocations();
    qsizetype previous = 0;
    for (const DataType &t : all) {
        const qsizetype at = locations.indexOf(t.location);
        QVERIFY2(at >= previous, t.name);
        previous = at;
    }
    for (Location l : locations)
        QVERIFY(!DataTypeCatalogue::inLocation(l).isEmpty());
    QCOMPARE(DataTypeCatalogue::inLocation(Location::ControlPlane).size(), 7);
    QCOMPARE(DataTypeCatalogue::inLocation(Location::WorkspaceRootStorage).size(), 8);
    QCOMPARE(DataTypeCatalogue::inLocation(Location::ComputePlane).size(), 1);
    QCOMPARE(DataTypeCatalogue::inLocation(Location::Serverless).size(), 2);
    QVERIFY(!DataTypeCatalogue::find(u"no-such-row"));
}

void TestMatrix::coverage_data()
{
    QTest::addColumn<Workspace>("ws");
    QTest::addColumn<QString>("id");
    QTest::addColumn<Coverage>("expected");
    for (const Scenario &s : scenarios()) {
        const QString letters = QString::fromLatin1(s.expected).remove(QLatin1Char(' '));
        QCOMPARE(letters.size(), catalogueIds.size());
        for (qsizetype i = 0; i < catalogueIds.size(); ++i) {
            QTest::addRow("%s / %s", s.name, qPrintable(catalogueIds.at(i)))
                << s.ws << catalogueIds.at(i) << coverageFromLetter(letters.at(i));
        }
    }
}

void TestMatrix::coverage()
{
    QFETCH(Workspace, ws);
    QFETCH(QString, id);
    QFETCH(Coverage, expected);
    const DataType *type = DataTypeCatalogue::find(id);
    QVERIFY(type);
    const MatrixCell cell = evaluateCell(*type, ws);
    QCOMPARE(coverageId(cell.coverage), coverageId(expected));
    QCOMPARE(cell.dataTypeId, id);
    QCOMPARE(cell.feature, type->feature);
    // The whole-matrix function gives the same cell in catalogue order.
    QCOMPARE(evaluateMatrix(ws).at(catalogueIds.indexOf(id)), cell);
}

void TestMatrix::keyIdOnlyWithCustomerKey_data()
{
    QTest::addColumn<Workspace>("ws");
    for (const Scenario &s : scenarios())
        QTest::newRow(s.name) << s.ws;
}

void TestMatrix::keyIdOnlyWithCustomerKey()
{
    QFETCH(Workspace, ws);
    for (const MatrixCell &cell : evaluateMatrix(ws)) {
        if (cell.coverage == Coverage::CustomerKey) {
            QVERIFY(cell.keyId.has_value());
            QCOMPARE(*cell.keyId, keyFor(cell.feature));
            QVERIFY2(cell.reason.contains(*cell.keyId), qPrintable(cell.reason));
            QVERIFY(!cell.platformKeyInEffect());
        } else {
            QVERIFY2(!cell.keyId.has_value(), qPrintable(cell.dataTypeId));
        }
        QCOMPARE(cell.movedToId.isEmpty(), cell.coverage != Coverage::MovedByOption);
        QCOMPARE(cell.platformKeyInEffect(),
                 cell.coverage != Coverage::CustomerKey && cell.coverage != Coverage::MovedByOption);
    }
}

void TestMatrix::doubleEncryption_data()
{
    QTest::addColumn<Workspace>("ws");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("expected");
    // The infrastructure layer covers everything in the root storage account, on either plan.
    const QSet<QString> rootStorage = {
        QStringLiteral("dbfs-root-data"),    QStringLiteral("job-results"),
        QStringLiteral("sql-results"),       QStringLiteral("mlflow-models"),
        QStringLiteral("delta-live-tables"), QStringLiteral("notebook-results-root-storage"),
        QStringLiteral("system-data"),       QStringLiteral("model-serving-artifacts"),
    };
    const WorkspaceOptions on = withOption(WorkspaceOption::DbfsDoubleEncryption);
    for (const QString &id : catalogueIds) {
        QTest::addRow("premium on / %s", qPrintable(id))
            << workspace(Plan::Premium, true, true, true, on) << id << rootStorage.contains(id);
        QTest::addRow("premium no keys on / %s", qPrintable(id))
            << workspace(Plan::Premium, false, false, false, on) << id << rootStorage.contains(id);
        QTest::addRow("standard on / %s", qPrintable(id))
            << workspace(Plan::Standard, false, false, false, on) << id << rootStorage.contains(id);
        QTest::addRow("premium off / %s", qPrintable(id)) << workspace(Plan::Premium, true, true, true) << id << false;
    }
}

void TestMatrix::doubleEncryption()
{
    QFETCH(Workspace, ws);
    QFETCH(QString, id);
    QFETCH(bool, expected);
    const MatrixCell cell = evaluateCell(*DataTypeCatalogue::find(id), ws);
    QCOMPARE(cell.doubleEncrypted, expected);
    QVERIFY(!cell.rotatesToLatest);
}

void TestMatrix::rotateToLatest_data()
{
    QTest::addColumn<Workspace>("ws");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("expected");
    const WorkspaceOptions on = withOption(WorkspaceOption::ManagedDiskRotateToLatest);
    for (const QString &id : catalogueIds) {
        const bool classicDisks = id == QLatin1String("classic-compute-disks");
        QTest::addRow("keyed on / %s", qPrintable(id))
            << workspace(Plan::Premium, true, true, true, on) << id << classicDisks;
        // Nothing to follow without a managed-disk key, nor on Standard; serverless disks never.
        QTest::addRow("no disk key on / %s", qPrintable(id))
            << workspace(Plan::Premium, true, true, false, on) << id << false;
        QTest::addRow("standard on / %s", qPrintable(id))
            << workspace(Plan::Standard, true, true, true, on) << id << false;
        QTest::addRow("keyed off / %s", qPrintable(id)) << workspace(Plan::Premium, true, true, true) << id << false;
    }
}

void TestMatrix::rotateToLatest()
{
    QFETCH(Workspace, ws);
    QFETCH(QString, id);
    QFETCH(bool, expected);
    const MatrixCell cell = evaluateCell(*DataTypeCatalogue::find(id), ws);
    QCOMPARE(cell.rotatesToLatest, expected);
    QVERIFY(!cell.doubleEncrypted);
}

void TestMatrix::notebookResultsMove()
{
    const DataType *controlPlane = DataTypeCatalogue::find(dataTypeIds::NotebookResultsControlPlane);
    const DataType *rootStorage = DataTypeCatalogue::find(dataTypeIds::NotebookResultsRootStorage);
    QVERIFY(controlPlane && rootStorage);

    const Workspace off = workspace(Plan::Premium, true, true, false);
    const Workspace on =
        workspace(Plan::Premium, true, true, false, withOption(WorkspaceOption::NotebookResultsInCustomerStorage));

    const MatrixCell movedCell = evaluateCell(*controlPlane, on);
    QCOMPARE(movedCell.coverage, Coverage::MovedByOption);
    QCOMPARE(movedCell.movedToId, QString(dataTypeIds::NotebookResultsRootStorage));
    QCOMPARE(movedCell.feature, Feature::ManagedServices);
    QVERIFY(DataTypeCatalogue::find(movedCell.movedToId));

    // The root-storage row keeps its coverage but says it now holds everything.
    const MatrixCell before = evaluateCell(*rootStorage, off);
    const MatrixCell after = evaluateCell(*rootStorage, on);
    QCOMPARE(before.coverage, Coverage::CustomerKey);
    QCOMPARE(after.coverage, Coverage::CustomerKey);
    QVERIFY(before.reason != after.reason);

    // No other row changes.
    const QList<MatrixCell> a = evaluateMatrix(off);
    const QList<MatrixCell> b = evaluateMatrix(on);
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).dataTypeId == controlPlane->id || a.at(i).dataTypeId == rootStorage->id)
            continue;
        QCOMPARE(a.at(i), b.at(i));
    }
}

void TestMatrix::reasons_data()
{
    keyIdOnlyWithCustomerKey_data();
}

void TestMatrix::reasons()
{
    QFETCH(Workspace, ws);
    for (const MatrixCell &cell : evaluateMatrix(ws)) {
        QVERIFY2(!cell.reason.trimmed().isEmpty(), qPrintable(cell.dataTypeId));
        if (cell.coverage == Coverage::NotAvailableOnStandard)
            QVERIFY2(cell.reason.contains(QLatin1String("Premium")), qPrintable(cell.reason));
    }
}

void TestMatrix::counts()
{
    const QMap<Coverage, int> c = countByCoverage(evaluateMatrix(Workspace::sample()));
    QCOMPARE(c.value(Coverage::CustomerKey), 15);
    QCOMPARE(c.value(Coverage::NoKeyAssigned), 1);
    QCOMPARE(c.value(Coverage::PlatformKeyOnly), 2);
    QVERIFY(!c.contains(Coverage::NotAvailableOnStandard));
    QVERIFY(!c.contains(Coverage::MovedByOption));
}

void TestMatrix::parsing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("value");
    const auto row = [](const char *kind, const char *text, bool ok, int value) {
        QTest::addRow("%s %s", kind, text) << QString::fromLatin1(kind) << QString::fromLatin1(text) << ok << value;
    };
    row("plan", "standard", true, int(Plan::Standard));
    row("plan", "premium", true, int(Plan::Premium));
    row("plan", "Premium", true, int(Plan::Premium));
    row("plan", "gold", false, 0);
    row("plan", "", false, 0);
    row("option", "notebook-results-in-customer-storage", true, int(WorkspaceOption::NotebookResultsInCustomerStorage));
    row("option", "dbfs-double-encryption", true, int(WorkspaceOption::DbfsDoubleEncryption));
    row("option", "managed-disk-rotate-to-latest", true, int(WorkspaceOption::ManagedDiskRotateToLatest));
    row("option", "double-encryption", false, 0);
    row("feature", "managed-services", true, int(Feature::ManagedServices));
    row("feature", "dbfs-root", true, int(Feature::DbfsRoot));
    row("feature", "managed-disks", true, int(Feature::ManagedDisks));
    row("feature", "platform", true, int(Feature::Platform));
    row("feature", "disks", false, 0);
    row("coverage", "moved-by-option", true, int(Coverage::MovedByOption));
    row("coverage", "customer", false, 0);
}

void TestMatrix::parsing()
{
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, value);
    const auto check = [&](const auto &result, auto toId) {
        QCOMPARE(result.ok(), ok);
        if (ok) {
            QCOMPARE(int(*result), value);
            QCOMPARE(toId(*result), text.toLower()); // ids round-trip
        } else {
            QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
            QVERIFY(!result.error().detail.isEmpty());
        }
    };
    if (kind == QLatin1String("plan"))
        check(parsePlan(text), planId);
    else if (kind == QLatin1String("option"))
        check(parseWorkspaceOption(text), workspaceOptionId);
    else if (kind == QLatin1String("feature"))
        check(parseFeature(text), featureId);
    else
        check(parseCoverage(text), coverageId);
}

void TestMatrix::keyAssignment()
{
    Workspace ws(QStringLiteral("w"), Plan::Premium);
    QVERIFY(!ws.keyFor(Feature::DbfsRoot).has_value());
    QVERIFY(ws.assignKey(Feature::DbfsRoot, QStringLiteral(" k1 ")).ok());
    QCOMPARE(ws.keyFor(Feature::DbfsRoot).value_or(QString()), QStringLiteral("k1"));

    const Status platform = ws.assignKey(Feature::Platform, QStringLiteral("k2"));
    QVERIFY(!platform.ok());
    QCOMPARE(platform.error().code, ErrorCode::InvalidArgument);
    QVERIFY(!ws.keyFor(Feature::Platform).has_value());
    QVERIFY(!ws.assignKey(Feature::ManagedDisks, QStringLiteral("  ")).ok());
    QCOMPARE(ws.assignedKeys().size(), std::size_t(1));

    ws.clearKey(Feature::DbfsRoot);
    QVERIFY(!ws.keyFor(Feature::DbfsRoot).has_value());
    QCOMPARE(ws.assignedKeys().size(), std::size_t(0));

    // The demo workspace leaves managed disks unkeyed on purpose.
    const Workspace sample = Workspace::sample();
    QCOMPARE(sample.plan(), Plan::Premium);
    QVERIFY(sample.keyFor(Feature::ManagedServices).has_value());
    QVERIFY(sample.keyFor(Feature::DbfsRoot).has_value());
    QVERIFY(!sample.keyFor(Feature::ManagedDisks).has_value());
}

void TestMatrix::jsonShape()
{
    Workspace ws = workspace(Plan::Premium, true, false, false, withOption(WorkspaceOption::DbfsDoubleEncryption));
    const QJsonObject doc = matrixToJson(ws);
    QCOMPARE(doc.value(QLatin1String("format")).toString(), QStringLiteral("keyward.matrix"));
    QCOMPARE(doc.value(QLatin1String("version")).toInt(), 1);

    const QJsonObject w = doc.value(QLatin1String("workspace")).toObject();
    QCOMPARE(w.value(QLatin1String("name")).toString(), QStringLiteral("test-ws"));
    QCOMPARE(w.value(QLatin1String("plan")).toString(), QStringLiteral("premium"));
    QCOMPARE(w.value(QLatin1String("region")).toString(), QStringLiteral("westeurope"));
    const QJsonObject keys = w.value(QLatin1String("keys")).toObject();
    QCOMPARE(keys.size(), 3);
    QCOMPARE(keys.value(QLatin1String("managed-services")).toString(), msKey);
    QVERIFY(keys.value(QLatin1String("dbfs-root")).isNull());
    QVERIFY(keys.value(QLatin1String("managed-disks")).isNull());

    const QJsonObject options = doc.value(QLatin1String("options")).toObject();
    QCOMPARE(options.size(), 3);
    QCOMPARE(options.value(QLatin1String("dbfs-double-encryption")).toBool(false), true);
    QCOMPARE(options.value(QLatin1String("notebook-results-in-customer-storage")).toBool(true), false);
    QCOMPARE(options.value(QLatin1String("managed-disk-rotate-to-latest")).toBool(true), false);

    const QJsonObject summary = doc.value(QLatin1String("summary")).toObject();
    QCOMPARE(summary.size(), 5);
    QCOMPARE(summary.value(QLatin1String("customer-key")).toInt(), 7);
    QCOMPARE(summary.value(QLatin1String("no-key-assigned")).toInt(), 9);
    QCOMPARE(summary.value(QLatin1String("platform-key-only")).toInt(), 2);
    QCOMPARE(summary.value(QLatin1String("moved-by-option")).toInt(-1), 0);

    const QJsonObject states = doc.value(QLatin1String("states")).toObject();
    QCOMPARE(states.size(), allCellStates().size());
    QCOMPARE(states.value(QLatin1String("customer-key")).toInt(), 7);
    QCOMPARE(states.value(QLatin1String("verified")).toInt(-1), 0);
    QVERIFY(!doc.contains(QLatin1String("measured"))); // nothing was measured

    const QJsonArray rows = doc.value(QLatin1String("rows")).toArray();
    QCOMPARE(rows.size(), 18);
    const QStringList fields = {QStringLiteral("coverage"), QStringLiteral("double-encryption"),
                                QStringLiteral("feature"),  QStringLiteral("id"),
                                QStringLiteral("key"),      QStringLiteral("location"),
                                QStringLiteral("moved-to"), QStringLiteral("name"),
                                QStringLiteral("reason"),   QStringLiteral("rotate-to-latest"),
                                QStringLiteral("source"),   QStringLiteral("source-citation"),
                                QStringLiteral("state")};
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        QCOMPARE(row.keys(), fields);
        QCOMPARE(row.value(QLatin1String("id")).toString(), catalogueIds.at(i));
    }
    const QJsonObject first = rows.at(0).toObject();
    QCOMPARE(first.value(QLatin1String("location")).toString(), QStringLiteral("control-plane"));
    QCOMPARE(first.value(QLatin1String("feature")).toString(), QStringLiteral("managed-services"));
    QCOMPARE(first.value(QLatin1String("coverage")).toString(), QStringLiteral("customer-key"));
    QCOMPARE(first.value(QLatin1String("key")).toString(), msKey);
    QCOMPARE(first.value(QLatin1String("state")).toString(), QStringLiteral("customer-key"));
    QCOMPARE(first.value(QLatin1String("source")).toString(), QStringLiteral("seed"));
    const QJsonObject dashboards = rows.at(5).toObject();
    QCOMPARE(dashboards.value(QLatin1String("id")).toString(), QStringLiteral("ai-bi-dashboards"));
    QCOMPARE(dashboards.value(QLatin1String("source")).toString(), QStringLiteral("current-docs"));
    QCOMPARE(dashboards.value(QLatin1String("source-citation")).toString(), rowSourceCitation(RowSource::CurrentDocs));
    QCOMPARE(dashboards.value(QLatin1String("coverage")).toString(), QStringLiteral("customer-key"));
    const QJsonObject jobs = rows.at(8).toObject();
    QCOMPARE(jobs.value(QLatin1String("coverage")).toString(), QStringLiteral("no-key-assigned"));
    QVERIFY(jobs.value(QLatin1String("key")).isNull());
    QCOMPARE(jobs.value(QLatin1String("double-encryption")).toBool(), true);
    const QJsonObject image = rows.at(16).toObject();
    QCOMPARE(image.value(QLatin1String("feature")).toString(), QStringLiteral("platform"));
    QCOMPARE(image.value(QLatin1String("coverage")).toString(), QStringLiteral("platform-key-only"));
    QCOMPARE(image.value(QLatin1String("location")).toString(), QStringLiteral("serverless"));
}

QString TestMatrix::runCtl(const QStringList &args, int *exitCode)
{
    const QString ctl = QStringLiteral(KEYWARDCTL_PATH);
    if (!QFileInfo::exists(ctl)) {
        qWarning("keywardctl is not built at %s", qPrintable(ctl));
        *exitCode = -1;
        return QString();
    }
    QProcess p;
    p.start(ctl, QStringList{QStringLiteral("matrix")} + args);
    if (!p.waitForFinished(20000)) {
        *exitCode = -2;
        return QString();
    }
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3;
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestMatrix::cliJsonMatchesCore()
{
    int rc = 0;
    const QString out =
        runCtl({QStringLiteral("--json"), QStringLiteral("--plan"), QStringLiteral("premium"),
                QStringLiteral("--workspace-name"), QStringLiteral("test-ws"), QStringLiteral("--region"),
                QStringLiteral("westeurope"), QStringLiteral("--key"), QStringLiteral("managed-services=") + msKey,
                QStringLiteral("--key"), QStringLiteral("managed-disks=") + diskKey, QStringLiteral("--option"),
                QStringLiteral("notebook-results-in-customer-storage"), QStringLiteral("--option"),
                QStringLiteral("managed-disk-rotate-to-latest")},
               &rc);
    QCOMPARE(rc, 0);
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &err);
    QCOMPARE(err.error, QJsonParseError::NoError);

    WorkspaceOptions options;
    options.notebookResultsInCustomerStorage = true;
    options.managedDiskRotateToLatest = true;
    QCOMPARE(doc.object(), matrixToJson(workspace(Plan::Premium, true, false, true, options)));

    const QString standard =
        runCtl({QStringLiteral("--json"), QStringLiteral("--plan"), QStringLiteral("STANDARD")}, &rc);
    QCOMPARE(rc, 0);
    const QJsonObject summary =
        QJsonDocument::fromJson(standard.toUtf8()).object().value(QLatin1String("summary")).toObject();
    QCOMPARE(summary.value(QLatin1String("not-available-on-standard")).toInt(), 16);
    QCOMPARE(summary.value(QLatin1String("platform-key-only")).toInt(), 2);
}

void TestMatrix::cliText()
{
    int rc = 0;
    const QString out = runCtl({QStringLiteral("--sample"), QStringLiteral("--option"),
                                QStringLiteral("dbfs-double-encryption"), QStringLiteral("--reasons")},
                               &rc);
    QCOMPARE(rc, 0);
    for (Location l : allLocations())
        QVERIFY2(out.contains(locationDisplayName(l).toUpper()), qPrintable(locationDisplayName(l)));
    for (const DataType &t : DataTypeCatalogue::all())
        QVERIFY2(out.contains(t.displayName()), t.name);
    QVERIFY(out.contains(QLatin1String("Legend")));
    for (Coverage c : allCoverages())
        QVERIFY(out.contains(coverageDescription(c)));
    QVERIFY(out.contains(QLatin1String("Customer key, 2x")));
    QVERIFY(
        out.contains(QLatin1String("Summary: 18 data types (Customer key: 15, No key yet: 1, Platform key only: 2).")));

    // Aligned: the coverage column starts at the same offset on every data row that has one.
    qsizetype column = -1;
    const QString table = out.left(out.indexOf(QLatin1String("\nLegend")));
    for (const QString &line : table.split(QLatin1Char('\n'))) {
        const qsizetype at = line.indexOf(QLatin1String("Customer key"));
        if (at < 0 || !line.startsWith(QLatin1String("  ")) || line.startsWith(QLatin1String("    ")))
            continue;
        if (column < 0)
            column = at;
        QCOMPARE(at, column);
    }
    QVERIFY(column > 0);

    runCtl({QStringLiteral("--help")}, &rc);
    QCOMPARE(rc, 0);
}

void TestMatrix::cliUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("bad plan") << QStringList{QStringLiteral("--plan"), QStringLiteral("gold")};
    QTest::newRow("bad option") << QStringList{QStringLiteral("--option"), QStringLiteral("everything")};
    QTest::newRow("unknown flag") << QStringList{QStringLiteral("--colour")};
    QTest::newRow("stray argument") << QStringList{QStringLiteral("extra")};
    QTest::newRow("key without =") << QStringList{QStringLiteral("--key"), QStringLiteral("dbfs-root")};
    QTest::newRow("key for platform") << QStringList{QStringLiteral("--key"), QStringLiteral("platform=k")};
    QTest::newRow("key empty id") << QStringList{QStringLiteral("--key"), QStringLiteral("dbfs-root=")};
    QTest::newRow("missing value") << QStringList{QStringLiteral("--plan")};
}

void TestMatrix::cliUsageErrors()
{
    QFETCH(QStringList, args);
    int rc = 0;
    const QString out = runCtl(args, &rc);
    QCOMPARE(rc, 2);
    QVERIFY(out.isEmpty()); // errors go to stderr, nothing half-printed on stdout
}

// `matrix --workspace` prints the measured states the services compute, for a workspace of the catalog. The vault is
// kept under a passphrase, so the CLI unlocks it only when given the passphrase file; otherwise its key is "not
// checked".
void TestMatrix::cliMeasuredWorkspace()
{
    QTemporaryDir dir;
    const QByteArray passphrase("correct horse battery staple");
    secrets::MemorySecretStore secrets;
    test::ScriptedPrompt prompt;
    for (int i = 0; i < 8; ++i)
        prompt.answer(passphrase);
    services::Context context(dir.path(), secrets, &prompt);
    services::AddLocalStoreRequest store;
    store.name = QStringLiteral("pv");
    store.protection = keystore::VaultOptions::Protection::Passphrase;
    QVERIFY(services::StoreService(context).addLocal(store).ok());
    QVERIFY((*context.stores().store(QStringLiteral("pv")))
                ->createKey({QStringLiteral("k"), keystore::KeyKind::Aes, 256})
                .ok());
    services::CreateWorkspaceRequest create;
    create.name = QStringLiteral("lab");
    QVERIFY(services::WorkspaceService(context).create(create).ok());
    services::AssignRequest assign;
    assign.workspace = create.name;
    assign.feature = Feature::ManagedServices;
    assign.store = store.name;
    assign.key = QStringLiteral("k");
    QVERIFY(services::AssignmentService(context).assign(assign).ok());
    const QString notebooks = dir.filePath(QStringLiteral("workspaces/lab/control-plane/notebooks"));
    QVERIFY(QDir().mkpath(notebooks));
    QFile notebook(notebooks + QStringLiteral("/etl.py"));
    QVERIFY(notebook.open(QIODevice::WriteOnly));
    notebook.write("print('hello')\n");
    notebook.close();
    jobs::JobSettings settings;
    settings.catalogPath = context.catalogPath();
    settings.workspace = create.name;
    QCOMPARE(jobs::EncryptJob(settings, context.stores()).run().state, catalog::JobState::Done);
    QCOMPARE(jobs::VerifyJob(settings, context.stores(), 0).run().state, catalog::JobState::Done);
    QFile passphraseFile(dir.filePath(QStringLiteral("passphrase.txt")));
    QVERIFY(passphraseFile.open(QIODevice::WriteOnly));
    passphraseFile.write(passphrase + '\n');
    passphraseFile.close();

    int rc = 0;
    const QStringList base{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--workspace"), create.name};
    const QString unlocked = runCtl(
        base + QStringList{QStringLiteral("--json"), QStringLiteral("--passphrase-file"), passphraseFile.fileName()},
        &rc);
    QCOMPARE(rc, 0);
    const QJsonObject doc = QJsonDocument::fromJson(unlocked.toUtf8()).object();
    QVERIFY(doc.contains(QLatin1String("measured")));
    // The same states the services give, row by row.
    auto measured = services::CoverageService(context).measure(create.name, {true});
    QVERIFY(measured.ok());
    const QJsonArray rows = doc.value(QLatin1String("rows")).toArray();
    QCOMPARE(rows.size(), measured->cells.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(rows.at(i).toObject().value(QLatin1String("state")).toString(),
                 cellStateId(measured->cells.at(i).state));
    QCOMPARE(rows.at(0).toObject().value(QLatin1String("state")).toString(), QStringLiteral("verified"));
    QCOMPARE(rows.at(0).toObject().value(QLatin1String("measured")).toObject().value(QLatin1String("objects")).toInt(),
             1);

    // Not asked for the passphrase: the key is not checked, and the text says so in its state column.
    const QString locked = runCtl(base, &rc);
    QCOMPARE(rc, 0);
    QVERIFY(locked.contains(cellStateDisplayName(CellState::KeyNotChecked)));
    QVERIFY(locked.contains(cellStateDescription(CellState::Verified))); // the measured legend

    runCtl({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--workspace"), QStringLiteral("nowhere")}, &rc);
    QCOMPARE(rc, 6);
    runCtl(base + QStringList{QStringLiteral("--plan"), QStringLiteral("standard")}, &rc);
    QCOMPARE(rc, 2);
}

QTEST_GUILESS_MAIN(TestMatrix)
#include "tst_matrix.moc"

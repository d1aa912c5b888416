// tst_coveragerules: the measured cell states: a customer-keyed cell's state from its key's check, its feature's
// last change and the last full verification, rule by rule; cells without a customer key keep their coverage.
#include "model/CellState.h"
#include "model/CoverageFacts.h"
#include "model/DataTypeCatalogue.h"
#include "model/MatrixJson.h"
#include "model/MatrixRules.h"
#include "model/Workspace.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace keyward;
using namespace keyward::model;

Q_DECLARE_METATYPE(keyward::model::KeyCheck)
Q_DECLARE_METATYPE(keyward::model::CellState)
Q_DECLARE_METATYPE(keyward::model::Workspace)

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

Workspace keyedWorkspace(Plan plan = Plan::Premium)
{
    Workspace ws(QStringLiteral("ws"), plan);
    for (Feature f : customerKeyFeatures()) {
        if (!ws.assignKey(f, QStringLiteral("vault/%1-key/v1").arg(featureId(f))).ok())
            qFatal("assignKey failed");
    }
    return ws;
}

KeyFacts key(KeyCheck check)
{
    KeyFacts k;
    k.store = QStringLiteral("vault");
    k.keyName = QStringLiteral("ms-key");
    k.assignedVersion = QStringLiteral("0123456789abcdef");
    k.version = k.assignedVersion;
    k.check = check;
    return k;
}

// Facts for the managed services key, with times in seconds after T0 (negative: absent).
CoverageFacts facts(KeyCheck check, int changeAt, int verifyAt, qint64 plaintext, qint64 findings)
{
    CoverageFacts f;
    f.workspace = QStringLiteral("ws");
    f.measured = T0.addSecs(3600);
    f.keys[Feature::ManagedServices] = key(check);
    if (changeAt >= 0)
        f.lastChange[Feature::ManagedServices] = {T0.addSecs(changeAt), ChangeKind::Rotation};
    if (verifyAt >= 0) {
        VerifyFacts v;
        v.jobId = 7;
        v.started = T0.addSecs(verifyAt);
        v.finished = v.started.addSecs(5);
        v.byDataType.insert(QStringLiteral("notebook-source"), {10, plaintext, findings});
        // Findings of another data type never colour this one.
        v.byDataType.insert(QStringLiteral("secrets"), {4, 4, 4});
        f.lastVerify = v;
    }
    return f;
}

const DataType &type(const char *id)
{
    const DataType *t = DataTypeCatalogue::find(QLatin1String(id));
    if (!t)
        qFatal("no data type %s", id);
    return *t;
}

} // namespace

class TestCoverageRules : public QObject
{
    Q_OBJECT

private slots:
    void measuredState_data();
    void measuredState();
    void configuredCellsKeepTheirCoverage_data();
    void configuredCellsKeepTheirCoverage();
    void factsOfAnotherWorkspaceAreIgnored();
    void keyMissingFromTheFacts();
    void measurementCarriesItsFacts();
    void stateWords();
    void keyFactsFromIds_data();
    void keyFactsFromIds();
    void jsonWithFacts();
};

void TestCoverageRules::measuredState_data()
{
    QTest::addColumn<KeyCheck>("check");
    QTest::addColumn<int>("changeAt");
    QTest::addColumn<int>("verifyAt");
    QTest::addColumn<qint64>("plaintext");
    QTest::addColumn<qint64>("findings");
    QTest::addColumn<CellState>("expected");
    using K = KeyCheck;
    using S = CellState;
    // Verification against the last change.
    QTest::newRow("verified after the change") << K::Usable << 10 << 20 << 0LL << 0LL << S::Verified;
    QTest::newRow("verified at the change's moment") << K::Usable << 10 << 10 << 0LL << 0LL << S::Verified;
    QTest::newRow("no change recorded, verified") << K::Usable << -1 << 20 << 0LL << 0LL << S::Verified;
    QTest::newRow("never verified") << K::Usable << 10 << -1 << 0LL << 0LL << S::NotVerified;
    QTest::newRow("nothing recorded at all") << K::Usable << -1 << -1 << 0LL << 0LL << S::NotVerified;
    QTest::newRow("changed after the verification") << K::Usable << 30 << 20 << 0LL << 0LL << S::NotVerified;
    // What the verification found.
    QTest::newRow("plaintext found") << K::Usable << 10 << 20 << 2LL << 0LL << S::PlaintextFound;
    QTest::newRow("other findings") << K::Usable << 10 << 20 << 0LL << 1LL << S::FindingsFound;
    QTest::newRow("plaintext before other findings") << K::Usable << 10 << 20 << 1LL << 1LL << S::PlaintextFound;
    QTest::newRow("plaintext, but changed since") << K::Usable << 30 << 20 << 3LL << 0LL << S::NotVerified;
    // The key decides first.
    QTest::newRow("disabled") << K::Disabled << 10 << 20 << 0LL << 0LL << S::KeyUnusable;
    QTest::newRow("deleted") << K::Deleted << 10 << 20 << 0LL << 0LL << S::KeyUnusable;
    QTest::newRow("expired") << K::Expired << 10 << 20 << 0LL << 0LL << S::KeyUnusable;
    QTest::newRow("not yet valid") << K::NotYetValid << 10 << 20 << 0LL << 0LL << S::KeyUnusable;
    QTest::newRow("not found") << K::NotFound << 10 << 20 << 0LL << 0LL << S::KeyUnusable;
    QTest::newRow("disabled, plaintext too") << K::Disabled << 10 << 20 << 5LL << 0LL << S::KeyUnusable;
    QTest::newRow("deleted, never verified") << K::Deleted << 10 << -1 << 0LL << 0LL << S::KeyUnusable;
    QTest::newRow("unreachable, verified") << K::StoreUnreachable << 10 << 20 << 0LL << 0LL << S::KeyStoreUnreachable;
    QTest::newRow("unreachable, plaintext") << K::StoreUnreachable << 10 << 20 << 1LL << 0LL << S::KeyStoreUnreachable;
    // A locked store is the mildest: what the jobs say comes first.
    QTest::newRow("locked, verified") << K::StoreLocked << 10 << 20 << 0LL << 0LL << S::KeyNotChecked;
    QTest::newRow("locked, not verified") << K::StoreLocked << 30 << 20 << 0LL << 0LL << S::NotVerified;
    QTest::newRow("locked, plaintext") << K::StoreLocked << 10 << 20 << 1LL << 0LL << S::PlaintextFound;
    QTest::newRow("locked, findings") << K::StoreLocked << 10 << 20 << 0LL << 2LL << S::FindingsFound;
}

void TestCoverageRules::measuredState()
{
    QFETCH(KeyCheck, check);
    QFETCH(int, changeAt);
    QFETCH(int, verifyAt);
    QFETCH(qint64, plaintext);
    QFETCH(qint64, findings);
    QFETCH(CellState, expected);
    const Workspace ws = keyedWorkspace();
    const CoverageFacts f = facts(check, changeAt, verifyAt, plaintext, findings);
    const MatrixCell cell = evaluateCell(type("notebook-source"), ws, f);
    QCOMPARE(cellStateId(cell.state), cellStateId(expected));
    QCOMPARE(cell.coverage, Coverage::CustomerKey); // the configuration is unchanged
    QVERIFY(cell.measured.has_value());
    QCOMPARE(cell.measured->key.check, check);
    QCOMPARE(cell.measured->verifiedSinceChange, verifyAt >= 0 && (changeAt < 0 || verifyAt >= changeAt));
    // The reason keeps the configured sentence and adds what was measured.
    QVERIFY(cell.reason.startsWith(evaluateCell(type("notebook-source"), ws).reason));
    QVERIFY(cell.reason.size() > evaluateCell(type("notebook-source"), ws).reason.size());
    // The whole matrix gives the same cell in catalogue order.
    const qsizetype at = &type("notebook-source") - DataTypeCatalogue::all().constData();
    QCOMPARE(evaluateMatrix(ws, f).at(at), cell);
}

void TestCoverageRules::configuredCellsKeepTheirCoverage_data()
{
    QTest::addColumn<Workspace>("ws");
    QTest::addColumn<QString>("id");
    QTest::addColumn<CellState>("expected");
    Workspace noDbfsKey = keyedWorkspace();
    noDbfsKey.clearKey(Feature::DbfsRoot);
    Workspace moved = keyedWorkspace();
    moved.setOption(WorkspaceOption::NotebookResultsInCustomerStorage, true);
    QTest::newRow("no key yet") << noDbfsKey << QStringLiteral("job-results") << CellState::NoKeyAssigned;
    QTest::newRow("platform only") << keyedWorkspace() << QStringLiteral("serverless-disks")
                                   << CellState::PlatformKeyOnly;
    QTest::newRow("standard plan") << keyedWorkspace(Plan::Standard) << QStringLiteral("notebook-source")
                                   << CellState::NotAvailableOnPlan;
    QTest::newRow("moved by option") << moved << QStringLiteral("notebook-results-control-plane")
                                     << CellState::MovedByOption;
}

void TestCoverageRules::configuredCellsKeepTheirCoverage()
{
    QFETCH(Workspace, ws);
    QFETCH(QString, id);
    QFETCH(CellState, expected);
    // Facts that would make any keyed cell a problem change nothing where no customer key protects the data.
    CoverageFacts f = facts(KeyCheck::Disabled, 30, 20, 9, 9);
    for (Feature feature : customerKeyFeatures())
        f.keys[feature] = key(KeyCheck::Disabled);
    const MatrixCell cell = evaluateCell(*DataTypeCatalogue::find(id), ws, f);
    QCOMPARE(cellStateId(cell.state), cellStateId(expected));
    QCOMPARE(cell.state, cellStateOf(cell.coverage));
    QVERIFY(!cell.measured);
    QCOMPARE(cell, evaluateCell(*DataTypeCatalogue::find(id), ws));
}

void TestCoverageRules::factsOfAnotherWorkspaceAreIgnored()
{
    CoverageFacts f = facts(KeyCheck::Disabled, 10, 20, 0, 0);
    f.workspace = QStringLiteral("other");
    const Workspace ws = keyedWorkspace();
    QCOMPARE(evaluateMatrix(ws, f), evaluateMatrix(ws));
    QCOMPARE(evaluateCell(type("notebook-source"), ws, f).state, CellState::CustomerKey);
}

void TestCoverageRules::keyMissingFromTheFacts()
{
    // The workspace has a disk key the facts know nothing of (assigned after they were gathered): not checked.
    const CoverageFacts f = facts(KeyCheck::Usable, 10, 20, 0, 0);
    const MatrixCell disks = evaluateCell(type("classic-compute-disks"), keyedWorkspace(), f);
    QCOMPARE(disks.state, CellState::KeyNotChecked);
    QCOMPARE(disks.measured->key.check, KeyCheck::StoreLocked);
    QCOMPARE(disks.measured->key.keyName, QStringLiteral("managed-disks-key"));
    QCOMPARE(disks.measured->key.store, QStringLiteral("vault"));
}

void TestCoverageRules::measurementCarriesItsFacts()
{
    const CoverageFacts f = facts(KeyCheck::Usable, 10, 20, 0, 0);
    const MatrixCell cell = evaluateCell(type("notebook-source"), keyedWorkspace(), f);
    QVERIFY(cell.measured);
    QCOMPARE(cell.measured->key, f.keys.at(Feature::ManagedServices));
    QCOMPARE(cell.measured->lastChange, f.lastChange.at(Feature::ManagedServices));
    QCOMPARE(cell.measured->found, (TypeVerifyFacts{10, 0, 0}));
    QCOMPARE(cell.measured->lastVerify->jobId, 7);
    QVERIFY(cell.measured->lastVerify->byDataType.isEmpty()); // the cell keeps only its own type's counts
    // The key in short, as the cell shows it: name and the version's first 8 characters.
    QCOMPARE(cell.keyShortText(), QStringLiteral("ms-key \u00B7 01234567"));
    // A type with no object in the last verification is still verified (there is nothing to protect).
    const MatrixCell dashboards = evaluateCell(type("ai-bi-dashboards"), keyedWorkspace(), f);
    QCOMPARE(dashboards.state, CellState::Verified);
    QCOMPARE(dashboards.measured->found.objects, 0);
    const QMap<CellState, int> counts = countByState(evaluateMatrix(keyedWorkspace(), f));
    QCOMPARE(counts.value(CellState::PlatformKeyOnly), 2);
    QCOMPARE(counts.value(CellState::Verified), 6); // managed services rows but "secrets", which has plaintext
    QCOMPARE(counts.value(CellState::PlaintextFound), 1);
    QCOMPARE(counts.value(CellState::KeyNotChecked), 9); // DBFS root and disks: not in the facts
}

void TestCoverageRules::stateWords()
{
    QSet<QString> ids;
    QSet<QString> names;
    for (CellState s : allCellStates()) {
        ids.insert(cellStateId(s));
        names.insert(cellStateDisplayName(s));
        QVERIFY(!cellStateDescription(s).isEmpty());
        QCOMPARE(parseCellState(cellStateId(s)).value(), s);
    }
    QCOMPARE(ids.size(), allCellStates().size());
    QCOMPARE(names.size(), allCellStates().size());
    QVERIFY(!parseCellState(u"no-such-state").ok());
    // The what-if states are the coverages', with their ids; a measured matrix never shows "customer key".
    QCOMPARE(whatIfCellStates().size(), allCoverages().size());
    for (Coverage c : allCoverages())
        QCOMPARE(cellStateId(cellStateOf(c)), coverageId(c));
    QVERIFY(!measuredCellStates().contains(CellState::CustomerKey));
    QCOMPARE(measuredCellStates().size(), allCellStates().size() - 1);
    for (KeyCheck k : {KeyCheck::Usable, KeyCheck::Disabled, KeyCheck::Deleted, KeyCheck::Expired,
                       KeyCheck::NotYetValid, KeyCheck::NotFound, KeyCheck::StoreUnreachable, KeyCheck::StoreLocked}) {
        QVERIFY(!keyCheckId(k).isEmpty());
        QVERIFY(!keyCheckDisplayName(k).isEmpty());
    }
}

void TestCoverageRules::keyFactsFromIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("store");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("version");
    QTest::newRow("catalog, pinned") << QStringLiteral("vault/k/abc") << QStringLiteral("vault") << QStringLiteral("k")
                                     << QStringLiteral("abc");
    QTest::newRow("catalog, latest") << QStringLiteral("vault/k") << QStringLiteral("vault") << QStringLiteral("k")
                                     << QString();
    QTest::newRow("key vault url") << QStringLiteral("https://kv-x.vault.azure.net/keys/k/v9") << QStringLiteral("kv-x")
                                   << QStringLiteral("k") << QStringLiteral("v9");
    QTest::newRow("bare name") << QStringLiteral("k") << QString() << QStringLiteral("k") << QString();
}

void TestCoverageRules::keyFactsFromIds()
{
    QFETCH(QString, id);
    QFETCH(QString, store);
    QFETCH(QString, name);
    QFETCH(QString, version);
    const KeyFacts k = keyFactsFromId(id);
    QCOMPARE(k.store, store);
    QCOMPARE(k.keyName, name);
    QCOMPARE(k.assignedVersion, version);
    QCOMPARE(k.followsLatest(), version.isEmpty());
}

void TestCoverageRules::jsonWithFacts()
{
    const Workspace ws = keyedWorkspace();
    const CoverageFacts f = facts(KeyCheck::Usable, 10, 20, 2, 0);
    const QJsonObject doc = matrixToJson(ws, f);
    QCOMPARE(doc.value(QLatin1String("version")).toInt(), MatrixJsonVersion);
    QCOMPARE(doc.value(QLatin1String("measured"))
                 .toObject()
                 .value(QLatin1String("last-verify"))
                 .toObject()
                 .value(QLatin1String("job")),
             7);
    const QJsonObject states = doc.value(QLatin1String("states")).toObject();
    QCOMPARE(states.value(QLatin1String("plaintext-found")).toInt(), 2); // notebook-source and secrets
    const QJsonObject first = doc.value(QLatin1String("rows")).toArray().at(0).toObject();
    QCOMPARE(first.value(QLatin1String("state")).toString(), QStringLiteral("plaintext-found"));
    QCOMPARE(first.value(QLatin1String("coverage")).toString(), QStringLiteral("customer-key"));
    const QJsonObject measured = first.value(QLatin1String("measured")).toObject();
    QCOMPARE(measured.value(QLatin1String("key-check")).toString(), QStringLiteral("usable"));
    QCOMPARE(measured.value(QLatin1String("plaintext")).toInteger(), 2);
    QCOMPARE(measured.value(QLatin1String("last-change-kind")).toString(), QStringLiteral("rotation"));
    QCOMPARE(measured.value(QLatin1String("verified-since-change")).toBool(), true);
    // Rows no customer key reaches carry no measurement.
    const QJsonArray rows = doc.value(QLatin1String("rows")).toArray();
    QVERIFY(!rows.last().toObject().contains(QLatin1String("measured")));
}

QTEST_GUILESS_MAIN(TestCoverageRules)
#include "tst_coveragerules.moc"

// tst_matrixmodel: the matrix item model: shape, roles, colours, and that it shows exactly what the rules say.
#include "CoverageStyle.h"
#include "MatrixModel.h"
#include "model/DataTypeCatalogue.h"
#include "model/MatrixRules.h"

#include <QImage>
#include <QPixmap>

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace keyward;
using namespace keyward::model;
using keyward::ui::MatrixModel;

Q_DECLARE_METATYPE(keyward::model::Workspace)

namespace {

Workspace standardWorkspace()
{
    Workspace ws = Workspace::sample();
    ws.setPlan(Plan::Standard);
    return ws;
}

Workspace withOption(WorkspaceOption option, Workspace ws = Workspace::sample())
{
    ws.setOption(option, true);
    return ws;
}

Workspace allKeysAllOptions()
{
    Workspace ws = Workspace::sample();
    if (!ws.assignKey(Feature::ManagedDisks, QStringLiteral("https://kv.example/keys/disks/1")).ok())
        qFatal("assignKey failed");
    ws.setOptions({true, true, true});
    return ws;
}

// WCAG relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// Facts for the sample workspace's managed services key: plaintext among the notebooks, the rest clean.
CoverageFacts measuredFacts(const QString &workspace)
{
    CoverageFacts f;
    f.workspace = workspace;
    KeyFacts k;
    k.store = QStringLiteral("kv-contoso-cmk");
    k.keyName = QStringLiteral("ms");
    k.assignedVersion = QStringLiteral("7c1e04a9ffff");
    k.version = k.assignedVersion;
    k.check = KeyCheck::Usable;
    f.keys[Feature::ManagedServices] = k;
    f.keys[Feature::DbfsRoot] = k;
    VerifyFacts v;
    v.jobId = 3;
    v.started = QDateTime(QDate(2026, 2, 1), QTime(12, 0), Qt::UTC);
    v.byDataType.insert(QStringLiteral("notebook-source"), {5, 2, 0});
    f.lastVerify = v;
    return f;
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

} // namespace

class TestMatrixModel : public QObject
{
    Q_OBJECT

private slots:
    void tester();
    void shape();
    void headings();
    void dataRows();
    void cellsMatchRules_data();
    void cellsMatchRules();
    void expectedCells();
    void signalsOnChange();
    void headers();
    void colourContrast();
    void measuredCells();
    void sourceInTooltips();
};

void TestMatrixModel::tester()
{
    MatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(Workspace::sample());
    model.setWorkspace(standardWorkspace());
    model.setWorkspace(allKeysAllOptions());
    model.setFacts(measuredFacts(allKeysAllOptions().name()));
    const auto walk = [&] {
        // Every role the view and delegate use, so the tester sees them all.
        for (int r = 0; r < model.rowCount(); ++r) {
            for (int c = 0; c < model.columnCount(); ++c) {
                const QModelIndex i = model.index(r, c);
                for (int role = Qt::DisplayRole; role <= MatrixModel::SourceRole; ++role)
                    (void)i.data(role);
            }
        }
    };
    walk();
    model.clearFacts();
    model.setWorkspace(Workspace());
    walk();
}

void TestMatrixModel::shape()
{
    MatrixModel model;
    model.setWorkspace(Workspace::sample());
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.rowCount(), 18 + 4); // data types plus one heading per location
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.columnCount(model.index(0, 0)), 0);
    QCOMPARE(MatrixModel::columnOf(Feature::ManagedServices), int(MatrixModel::ManagedServicesColumn));
    QCOMPARE(MatrixModel::columnOf(Feature::DbfsRoot), int(MatrixModel::DbfsRootColumn));
    QCOMPARE(MatrixModel::columnOf(Feature::ManagedDisks), int(MatrixModel::ManagedDisksColumn));
    QCOMPARE(MatrixModel::columnOf(Feature::Platform), int(MatrixModel::PlatformOnlyColumn));
}

void TestMatrixModel::headings()
{
    MatrixModel model;
    model.setWorkspace(Workspace::sample());
    const QList<int> headingRows = {0, 8, 17, 19};
    const QList<Location> locations = allLocations();
    int seen = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r, 0);
        const bool heading = headingRows.contains(r);
        QCOMPARE(model.isHeadingRow(r), heading);
        QCOMPARE(i.data(MatrixModel::RowKindRole).toInt(),
                 int(heading ? MatrixModel::HeadingRow : MatrixModel::DataTypeRow));
        if (!heading) {
            QVERIFY(model.flags(i) & Qt::ItemIsSelectable);
            continue;
        }
        const Location location = locations.at(seen++);
        QCOMPARE(i.data().toString(), locationDisplayName(location));
        QCOMPARE(i.data(MatrixModel::LocationRole).toInt(), int(location));
        QVERIFY(!i.data(MatrixModel::DescriptionRole).toString().isEmpty());
        QVERIFY(i.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!(model.flags(i) & Qt::ItemIsSelectable));
        for (int c = MatrixModel::ManagedServicesColumn; c < MatrixModel::ColumnCount; ++c)
            QVERIFY(!model.index(r, c).data(MatrixModel::CoverageRole).isValid());
    }
    QCOMPARE(seen, 4);
}

void TestMatrixModel::dataRows()
{
    MatrixModel model;
    model.setWorkspace(Workspace::sample());
    for (const DataType &t : DataTypeCatalogue::all()) {
        const int r = model.rowOfDataType(t.id);
        QVERIFY2(r >= 0, t.name);
        // Every row sits under the heading of its own location.
        int heading = r;
        while (!model.isHeadingRow(heading))
            --heading;
        QCOMPARE(model.index(heading, 0).data(MatrixModel::LocationRole).toInt(), int(t.location));
        QCOMPARE(model.index(r, MatrixModel::DataTypeColumn).data().toString(), t.displayName());
        QCOMPARE(model.index(r, MatrixModel::DataTypeColumn).data(MatrixModel::DataTypeIdRole).toString(),
                 QString(t.id));
        QCOMPARE(model.index(r, MatrixModel::DataTypeColumn).data(MatrixModel::DescriptionRole).toString(),
                 t.displayDetail());
        QVERIFY(model.index(r, MatrixModel::DataTypeColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(t.displayDetail().toHtmlEscaped()));
        QVERIFY(!model.index(r, MatrixModel::LocationColumn).data().toString().isEmpty());
    }
    QCOMPARE(model.rowOfDataType(QStringLiteral("nope")), -1);
}

void TestMatrixModel::cellsMatchRules_data()
{
    QTest::addColumn<Workspace>("ws");
    QTest::newRow("sample") << Workspace::sample();
    QTest::newRow("standard") << standardWorkspace();
    QTest::newRow("no keys") << Workspace(QStringLiteral("w"), Plan::Premium);
    QTest::newRow("notebook results") << withOption(WorkspaceOption::NotebookResultsInCustomerStorage);
    QTest::newRow("double encryption") << withOption(WorkspaceOption::DbfsDoubleEncryption);
    QTest::newRow("rotate to latest") << withOption(WorkspaceOption::ManagedDiskRotateToLatest);
    QTest::newRow("all keys, all options") << allKeysAllOptions();
    QTest::newRow("standard, all options")
        << withOption(WorkspaceOption::DbfsDoubleEncryption,
                      withOption(WorkspaceOption::NotebookResultsInCustomerStorage, standardWorkspace()));
}

// The model adds nothing and drops nothing: each row shows the rules' cell in its feature's column only.
void TestMatrixModel::cellsMatchRules()
{
    QFETCH(Workspace, ws);
    MatrixModel model;
    model.setWorkspace(ws);
    for (const DataType &t : DataTypeCatalogue::all()) {
        const MatrixCell cell = evaluateCell(t, ws);
        const int r = model.rowOfDataType(t.id);
        for (int c = MatrixModel::ManagedServicesColumn; c < MatrixModel::ColumnCount; ++c) {
            const QModelIndex i = model.index(r, c);
            if (c != MatrixModel::columnOf(t.feature)) {
                QVERIFY(!i.data(MatrixModel::CoverageRole).isValid());
                QVERIFY(i.data().toString().isEmpty());
                continue;
            }
            QCOMPARE(i.data(MatrixModel::CoverageRole).toInt(), int(cell.coverage));
            QCOMPARE(i.data().toString(), coverageDisplayName(cell.coverage));
            QCOMPARE(i.data(MatrixModel::ReasonRole).toString(), cell.reason);
            QVERIFY(i.data(Qt::ToolTipRole).toString().contains(cell.reason.toHtmlEscaped()));
            QCOMPARE(i.data(MatrixModel::KeyIdRole).toString(), cell.keyId.value_or(QString()));
            QCOMPARE(i.data(MatrixModel::DoubleEncryptedRole).toBool(), cell.doubleEncrypted);
            QCOMPARE(i.data(MatrixModel::RotatesToLatestRole).toBool(), cell.rotatesToLatest);
            QVERIFY(!i.data(Qt::DecorationRole).value<QIcon>().isNull());
            QCOMPARE(i.data(Qt::BackgroundRole).value<QBrush>().color(),
                     ui::CoverageStyle::colors(cell.coverage).background);
        }
    }
}

// A few cells spelled out, independent of the rules code.
void TestMatrixModel::expectedCells()
{
    MatrixModel model;
    const auto coverageAt = [&](const char *id) {
        const int r = model.rowOfDataType(QString::fromLatin1(id));
        const Feature f = DataTypeCatalogue::find(QLatin1String(id))->feature;
        return model.index(r, MatrixModel::columnOf(f)).data(MatrixModel::CoverageRole).toInt();
    };
    model.setWorkspace(Workspace::sample());
    QCOMPARE(coverageAt("notebook-source"), int(Coverage::CustomerKey));
    QCOMPARE(coverageAt("job-results"), int(Coverage::CustomerKey));
    QCOMPARE(coverageAt("classic-compute-disks"), int(Coverage::NoKeyAssigned));
    QCOMPARE(coverageAt("serverless-disks"), int(Coverage::PlatformKeyOnly));
    model.setWorkspace(standardWorkspace());
    QCOMPARE(coverageAt("notebook-source"), int(Coverage::NotAvailableOnStandard));
    QCOMPARE(coverageAt("model-serving-image"), int(Coverage::PlatformKeyOnly));
    model.setWorkspace(withOption(WorkspaceOption::NotebookResultsInCustomerStorage));
    QCOMPARE(coverageAt("notebook-results-control-plane"), int(Coverage::MovedByOption));
    QCOMPARE(coverageAt("notebook-results-root-storage"), int(Coverage::CustomerKey));
}

void TestMatrixModel::signalsOnChange()
{
    MatrixModel model;
    model.setWorkspace(Workspace::sample());
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &MatrixModel::workspaceChanged);

    model.setWorkspace(Workspace::sample()); // same value: nothing to tell
    QCOMPARE(data.count(), 0);
    QCOMPARE(changed.count(), 0);

    model.setWorkspace(standardWorkspace());
    QCOMPARE(data.count(), 1);
    QCOMPARE(header.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(reset.count(), 0); // the shape is fixed, so views keep selection and scroll position
    const QModelIndex topLeft = data.at(0).at(0).value<QModelIndex>();
    const QModelIndex bottomRight = data.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft, model.index(0, 0));
    QCOMPARE(bottomRight, model.index(model.rowCount() - 1, model.columnCount() - 1));
    QCOMPARE(model.workspace().plan(), Plan::Standard);
}

void TestMatrixModel::headers()
{
    MatrixModel model;
    model.setWorkspace(Workspace::sample());
    QStringList titles;
    for (int c = 0; c < model.columnCount(); ++c) {
        titles << model.headerData(c, Qt::Horizontal).toString();
        QVERIFY(!titles.last().isEmpty());
    }
    QCOMPARE(titles.at(MatrixModel::ManagedServicesColumn), featureDisplayName(Feature::ManagedServices));
    QCOMPARE(titles.at(MatrixModel::DbfsRootColumn), featureDisplayName(Feature::DbfsRoot));
    QCOMPARE(titles.at(MatrixModel::ManagedDisksColumn), featureDisplayName(Feature::ManagedDisks));
    QCOMPARE(model.headerData(MatrixModel::DbfsRootColumn, Qt::Horizontal, MatrixModel::FeatureRole).toInt(),
             int(Feature::DbfsRoot));
    // The header tooltip names the key the column's feature uses.
    QVERIFY(model.headerData(MatrixModel::ManagedServicesColumn, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(*Workspace::sample().keyFor(Feature::ManagedServices)));
}

void TestMatrixModel::colourContrast()
{
    for (CellState c : allCellStates()) {
        const ui::CoverageStyle::Colors colors = ui::CoverageStyle::colors(c);
        const double ratio = contrast(colors.foreground, colors.background);
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2").arg(cellStateId(c)).arg(ratio)));
        QVERIFY2(!ui::CoverageStyle::icon(c).isNull(), qPrintable(cellStateId(c)));
        QVERIFY2(!ui::CoverageStyle::icon(c).pixmap(16, 16).isNull(), qPrintable(cellStateId(c))); // the SVG loads
    }
    for (Coverage c : allCoverages())
        QCOMPARE(ui::CoverageStyle::colors(c).background, ui::CoverageStyle::colors(cellStateOf(c)).background);
    // Distinct backgrounds and icons, so states never look alike (and the icon and text tell them apart anyway).
    QSet<QRgb> backgrounds;
    QSet<QByteArray> icons;
    for (CellState c : allCellStates()) {
        backgrounds.insert(ui::CoverageStyle::colors(c).background.rgb());
        const QImage image = ui::CoverageStyle::icon(c).pixmap(16, 16).toImage();
        icons.insert(QByteArray(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes()));
    }
    QCOMPARE(icons.size(), allCellStates().size());
    QCOMPARE(backgrounds.size(), allCellStates().size());
    QVERIFY(contrast(ui::CoverageStyle::headingForeground(), ui::CoverageStyle::headingBackground()) >= 7.0);
    QVERIFY(contrast(ui::CoverageStyle::secondaryText(), Qt::white) >= 4.5);
    QVERIFY(contrast(ui::CoverageStyle::secondaryText(), ui::CoverageStyle::headingBackground()) >= 4.5);
}

// Measured facts put a keyed cell in a state of its own, with its key in short; facts of another workspace are not
// applied, and showing another workspace drops them.
void TestMatrixModel::measuredCells()
{
    MatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Workspace ws = Workspace::sample();
    model.setWorkspace(ws);
    QVERIFY(!model.isMeasured());
    QSignalSpy cells(&model, &MatrixModel::cellsChanged);
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    model.setFacts(measuredFacts(ws.name()));
    QCOMPARE(cells.count(), 1);
    QCOMPARE(data.count(), 1);
    QVERIFY(model.isMeasured());
    QCOMPARE(model.cells(), evaluateMatrix(ws, *model.facts()));

    const QModelIndex nb =
        model.index(model.rowOfDataType(QStringLiteral("notebook-source")), MatrixModel::ManagedServicesColumn);
    QCOMPARE(nb.data(MatrixModel::StateRole).toInt(), int(CellState::PlaintextFound));
    QCOMPARE(nb.data(MatrixModel::CoverageRole).toInt(), int(Coverage::CustomerKey));
    QCOMPARE(nb.data().toString(), cellStateDisplayName(CellState::PlaintextFound));
    QVERIFY(nb.data(MatrixModel::MeasuredRole).toBool());
    QCOMPARE(nb.data(MatrixModel::KeyTextRole).toString(), QStringLiteral("ms \u00B7 7c1e04a9"));
    QVERIFY(nb.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("ms \u00B7 7c1e04a9")));
    QCOMPARE(nb.data(Qt::BackgroundRole).value<QBrush>().color(),
             ui::CoverageStyle::colors(CellState::PlaintextFound).background);
    QVERIFY(
        nb.data(Qt::ToolTipRole).toString().contains(cellStateDescription(CellState::PlaintextFound).toHtmlEscaped()));
    const QModelIndex git =
        model.index(model.rowOfDataType(QStringLiteral("git-credentials")), MatrixModel::ManagedServicesColumn);
    QCOMPARE(git.data(MatrixModel::StateRole).toInt(), int(CellState::Verified));
    // No key for managed disks: the configured state, unmeasured.
    const QModelIndex disks =
        model.index(model.rowOfDataType(QStringLiteral("classic-compute-disks")), MatrixModel::ManagedDisksColumn);
    QCOMPARE(disks.data(MatrixModel::StateRole).toInt(), int(CellState::NoKeyAssigned));
    QVERIFY(!disks.data(MatrixModel::MeasuredRole).toBool());
    QVERIFY(disks.data(MatrixModel::KeyTextRole).toString().isEmpty());

    // The same facts again change nothing; facts of another workspace are kept aside.
    model.setFacts(measuredFacts(ws.name()));
    QCOMPARE(cells.count(), 1);
    model.setFacts(measuredFacts(QStringLiteral("elsewhere")));
    QVERIFY(!model.isMeasured());
    QCOMPARE(nb.data(MatrixModel::StateRole).toInt(), int(CellState::CustomerKey));
    // Another workspace shown: facts for the first are dropped, even if it comes back.
    model.setFacts(measuredFacts(ws.name()));
    QVERIFY(model.isMeasured());
    model.setWorkspace(standardWorkspace()); // same name: the facts still apply, but Standard has no keys in effect
    QVERIFY(model.isMeasured());
    QCOMPARE(nb.data(MatrixModel::StateRole).toInt(), int(CellState::NotAvailableOnPlan));
    model.setWorkspace(Workspace(QStringLiteral("other"), Plan::Premium));
    QVERIFY(!model.facts());
    model.setWorkspace(ws);
    QVERIFY(!model.isMeasured());
    model.clearFacts();
    QVERIFY(!model.facts());
}

// Every row says where it comes from in its tooltip: the seed's table or the current documentation.
void TestMatrixModel::sourceInTooltips()
{
    MatrixModel model;
    model.setWorkspace(Workspace::sample());
    for (const DataType &t : DataTypeCatalogue::all()) {
        const int r = model.rowOfDataType(t.id);
        const QString citation = t.sourceCitation().toHtmlEscaped();
        QVERIFY(model.index(r, MatrixModel::DataTypeColumn).data(Qt::ToolTipRole).toString().contains(citation));
        QVERIFY(model.index(r, MatrixModel::columnOf(t.feature)).data(Qt::ToolTipRole).toString().contains(citation));
        QCOMPARE(model.index(r, 0).data(MatrixModel::SourceRole).toString(), rowSourceId(t.source));
    }
    const int dashboards = model.rowOfDataType(QStringLiteral("ai-bi-dashboards"));
    QCOMPARE(model.index(dashboards, 0).data(MatrixModel::SourceRole).toString(), QStringLiteral("current-docs"));
    QVERIFY(model.index(dashboards, 0)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(rowSourceCitation(RowSource::CurrentDocs).toHtmlEscaped()));
}

QTEST_MAIN(TestMatrixModel)
#include "tst_matrixmodel.moc"

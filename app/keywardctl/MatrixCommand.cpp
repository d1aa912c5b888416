// MatrixCommand: keywardctl matrix: prints which key protects each type of a workspace's data: a what-if workspace
// described by options, or (--workspace) one of the catalog with its keys and last jobs measured.
#include "CliSupport.h"

#include "model/DataTypeCatalogue.h"
#include "model/MatrixJson.h"
#include "model/MatrixRules.h"
#include "model/Workspace.h"
#include "services/CoverageService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

using namespace keyward::model;

namespace keyward::cli {

namespace {

// Gives this file's free functions a tr() that lupdate files under the "MatrixCommand" context.
struct MatrixText
{
    Q_DECLARE_TR_FUNCTIONS(MatrixCommand)
};

int usageError(const QString &message)
{
    QTextStream(stderr) << MatrixText::tr("keywardctl matrix: %1").arg(message) << '\n'
                        << QCoreApplication::translate("keywardctl matrix",
                                                       "Run 'keywardctl matrix --help' for the options.")
                        << '\n';
    return ExitUsage;
}

// The usage line QCommandLineParser builds names argv[0] of the process; the subcommand is what
// the user typed, so it replaces that line.
QString helpText(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    const qsizetype eol = text.indexOf(QLatin1Char('\n'));
    const QString usage = MatrixText::tr("Usage: keywardctl matrix [options]");
    return eol < 0 ? usage : usage + text.mid(eol);
}

// Builds the workspace the options describe; a usage message on error.
Result<Workspace> workspaceFromOptions(const QCommandLineParser &parser)
{
    Workspace ws = parser.isSet(QStringLiteral("sample")) ? Workspace::sample()
                                                          : Workspace(QStringLiteral("workspace"), Plan::Premium);
    if (parser.isSet(QStringLiteral("workspace-name")))
        ws.setName(parser.value(QStringLiteral("workspace-name")));
    if (parser.isSet(QStringLiteral("region")))
        ws.setRegion(parser.value(QStringLiteral("region")));
    if (parser.isSet(QStringLiteral("plan"))) {
        const QString value = parser.value(QStringLiteral("plan"));
        const Result<Plan> plan = parsePlan(value);
        if (!plan)
            return Error::make(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("keywardctl matrix", "unknown plan '%1' (expected standard or premium)")
                    .arg(value));
        ws.setPlan(*plan);
    }
    for (const QString &value : parser.values(QStringLiteral("option"))) {
        const Result<WorkspaceOption> option = parseWorkspaceOption(value);
        if (!option)
            return Error::make(
                ErrorCode::InvalidArgument,
                MatrixText::tr("unknown option '%1' (expected %2)")
                    .arg(value, QStringLiteral("notebook-results-in-customer-storage, "
                                               "dbfs-double-encryption, managed-disk-rotate-to-latest")));
        ws.setOption(*option, true);
    }
    for (const QString &value : parser.values(QStringLiteral("key"))) {
        const qsizetype eq = value.indexOf(QLatin1Char('='));
        const Result<Feature> feature = parseFeature(QStringView(value).left(eq < 0 ? 0 : eq));
        if (eq < 0 || !feature || !ws.assignKey(*feature, value.mid(eq + 1)).ok())
            return Error::make(ErrorCode::InvalidArgument,
                               QCoreApplication::translate("keywardctl matrix",
                                                           "bad --key '%1' (expected FEATURE=KEY-ID with FEATURE one "
                                                           "of managed-services, dbfs-root, managed-disks)")
                                   .arg(value));
    }
    return ws;
}

QString onOff(bool on)
{
    return on ? MatrixText::tr("on") : MatrixText::tr("off");
}

// "Customer key, 2x, auto-rotate": the state's label plus the notes the legend explains.
QString coverageText(const MatrixCell &cell)
{
    QStringList parts{cell.label()};
    if (cell.doubleEncrypted)
        parts << MatrixText::tr("2x");
    if (cell.rotatesToLatest)
        parts << MatrixText::tr("auto-rotate");
    return parts.join(QStringLiteral(", "));
}

QString detailText(const MatrixCell &cell)
{
    switch (cell.coverage) {
    case Coverage::CustomerKey:
        if (cell.measured) {
            const KeyFacts &k = cell.measured->key;
            return QStringLiteral("%1/%2/%3")
                .arg(k.store, k.keyName, k.version.isEmpty() ? MatrixText::tr("latest") : k.version);
        }
        return cell.keyId.value_or(QString());
    case Coverage::NoKeyAssigned:
    case Coverage::NotAvailableOnStandard:
        return MatrixText::tr("platform-managed key in effect");
    case Coverage::PlatformKeyOnly:
        return MatrixText::tr("platform-managed key");
    case Coverage::MovedByOption:
        return MatrixText::tr("now in %1").arg(cell.movedToId);
    }
    return QString();
}

void printText(QTextStream &out, const Workspace &ws, const QList<MatrixCell> &cells, bool measured, bool withReasons)
{
    const QString indent = QStringLiteral("  ");
    const QString header = MatrixText::tr("Workspace");
    // The label column fits the longest label in the reader's language.
    const int labelWidth =
        int(qMax(header.size(), qMax(MatrixText::tr("Options").size(), MatrixText::tr("Keys").size()))) + 2;
    out << header.leftJustified(labelWidth) << ws.name() << QStringLiteral(" (") << planDisplayName(ws.plan());
    if (!ws.region().isEmpty())
        out << QStringLiteral(", ") << ws.region();
    out << QStringLiteral(")\n");

    int optionWidth = 0;
    for (WorkspaceOption o : allWorkspaceOptions())
        optionWidth = qMax(optionWidth, int(workspaceOptionId(o).size()));
    QString label = MatrixText::tr("Options");
    for (WorkspaceOption o : allWorkspaceOptions()) {
        out << label.leftJustified(labelWidth) << workspaceOptionId(o).leftJustified(optionWidth + 2)
            << onOff(ws.options().isSet(o)) << '\n';
        label.clear();
    }
    label = MatrixText::tr("Keys");
    for (Feature f : customerKeyFeatures()) {
        out << label.leftJustified(labelWidth) << featureId(f).leftJustified(optionWidth + 2)
            << ws.keyFor(f).value_or(MatrixText::tr("(none)")) << '\n';
        label.clear();
    }

    const QList<DataType> &types = DataTypeCatalogue::all();
    // A measured matrix says each cell's state; a what-if one, what the configuration covers.
    const QString stateHeader = measured ? MatrixText::tr("STATE") : MatrixText::tr("COVERAGE");
    int nameWidth = MatrixText::tr("DATA TYPE").size();
    int featureWidth = MatrixText::tr("CMK FEATURE").size();
    int coverageWidth = int(stateHeader.size());
    for (qsizetype i = 0; i < types.size(); ++i) {
        nameWidth = qMax(nameWidth, int(types.at(i).displayName().size()));
        featureWidth = qMax(featureWidth, int(featureDisplayName(cells.at(i).feature).size()));
        coverageWidth = qMax(coverageWidth, int(coverageText(cells.at(i)).size()));
    }
    const auto row = [&](const QString &a, const QString &b, const QString &c, const QString &d) {
        out << indent << a.leftJustified(nameWidth + 2) << b.leftJustified(featureWidth + 2)
            << (d.isEmpty() ? c : c.leftJustified(coverageWidth + 2) + d) << '\n';
    };

    for (Location location : allLocations()) {
        out << '\n'
            << locationDisplayName(location).toUpper() << QStringLiteral(" - ") << locationDescription(location)
            << '\n';
        row(MatrixText::tr("DATA TYPE"), MatrixText::tr("CMK FEATURE"), stateHeader, MatrixText::tr("KEY / DETAIL"));
        for (qsizetype i = 0; i < types.size(); ++i) {
            if (types.at(i).location != location)
                continue;
            const MatrixCell &cell = cells.at(i);
            // A dash, not "Platform key only" twice: no feature can take a customer key for this row.
            const QString feature =
                acceptsCustomerKey(cell.feature) ? featureDisplayName(cell.feature) : QStringLiteral("-");
            row(types.at(i).displayName(), feature, coverageText(cell), detailText(cell));
            if (withReasons)
                out << indent << indent << cell.reason << '\n';
        }
    }

    const QMap<CellState, int> counts = countByState(cells);
    QStringList summary;
    for (CellState c : allCellStates()) {
        if (counts.value(c) > 0)
            summary << QStringLiteral("%1: %2").arg(cellStateDisplayName(c)).arg(counts.value(c));
    }
    out << '\n'
        << MatrixText::tr("Summary: %1 data types (%2).").arg(types.size()).arg(summary.join(QStringLiteral(", ")))
        << '\n';

    out << '\n' << MatrixText::tr("Legend") << '\n';
    const QList<CellState> states = measured ? measuredCellStates() : whatIfCellStates();
    int legendWidth = 0;
    for (CellState c : states)
        legendWidth = qMax(legendWidth, int(cellStateDisplayName(c).size()));
    for (CellState c : states)
        out << indent << cellStateDisplayName(c).leftJustified(legendWidth + 2) << cellStateDescription(c) << '\n';
    out << indent << MatrixText::tr("2x").leftJustified(legendWidth + 2)
        << MatrixText::tr("Double encryption: a platform-keyed infrastructure layer is added in the DBFS root.")
        << '\n';
    out << indent << MatrixText::tr("auto-rotate").leftJustified(legendWidth + 2)
        << MatrixText::tr("Managed disks follow the latest version of their key automatically.") << '\n';
}

} // namespace

int runMatrix(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        MatrixText::tr("Prints, for every type of workspace data, which customer-managed key feature covers it and "
                       "which key protects it now. With --workspace, a workspace of the catalog with each cell's "
                       "state from its keys and last jobs; otherwise the workspace the options describe. --json "
                       "prints format keyward.matrix, version 1."));
    parser.addHelpOption();
    StoreAccess access;
    access.addOptions(parser); // --data-dir, --passphrase-file, --pin-file, --json
    parser.addOptions({
        {QStringLiteral("workspace"),
         MatrixText::tr("A workspace of the catalog: its plan, options and keys, and each cell's state from its "
                        "key stores and last jobs. Locked stores are not unlocked unless --passphrase-file or "
                        "--pin-file is given."),
         MatrixText::tr("name")},
        {QStringLiteral("plan"), MatrixText::tr("Workspace plan: standard or premium (default: premium)."),
         MatrixText::tr("plan")},
        {QStringLiteral("option"),
         MatrixText::tr("Turn on a workspace option (repeatable): notebook-results-in-customer-storage, "
                        "dbfs-double-encryption, managed-disk-rotate-to-latest."),
         MatrixText::tr("name")},
        {QStringLiteral("region"), MatrixText::tr("Workspace region, e.g. westeurope."), MatrixText::tr("region")},
        {QStringLiteral("workspace-name"), MatrixText::tr("Workspace name (default: workspace)."),
         MatrixText::tr("name")},
        {QStringLiteral("key"),
         MatrixText::tr("Assign a key to a feature (repeatable), e.g. managed-services=https://vault/keys/k/v. "
                        "Features without one show a platform-managed key in effect."),
         MatrixText::tr("feature=key-id")},
        {QStringLiteral("sample"), MatrixText::tr("Start from the demo workspace (Premium, two features keyed).")},
        {QStringLiteral("reasons"), MatrixText::tr("In the table, print each cell's reason under its row.")},
    });

    if (!parser.parse(args))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << helpText(parser);
        return ExitOk;
    }
    // Repeated options other than --option and --key are refused (the last would win in silence).
    if (int rc = checkParseRules(parser, QStringLiteral("keywardctl matrix"),
                                 ParseRules{{QStringLiteral("option"), QStringLiteral("key")}, -1});
        rc >= 0)
        return rc;
    if (!parser.positionalArguments().isEmpty())
        return usageError(MatrixText::tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool reasons = parser.isSet(QStringLiteral("reasons"));
    QTextStream out(stdout);

    if (parser.isSet(QStringLiteral("workspace"))) {
        // The catalog is the truth: what-if options would describe another workspace.
        for (const char *whatIf : {"plan", "option", "region", "workspace-name", "key", "sample"}) {
            if (parser.isSet(QLatin1String(whatIf)))
                return usageError(MatrixText::tr("--%1 describes a what-if workspace and cannot be used with "
                                                 "--workspace")
                                      .arg(QLatin1String(whatIf)));
        }
        access.configure(parser);
        services::MeasureOptions options;
        options.mayPrompt = parser.isSet(QStringLiteral("passphrase-file")) || parser.isSet(QStringLiteral("pin-file"));
        auto measured =
            services::CoverageService(access.context()).measure(parser.value(QStringLiteral("workspace")), options);
        if (!measured)
            return report(QStringLiteral("matrix"), measured.error());
        if (json)
            out << QJsonDocument(matrixToJson(measured->details.model, measured->facts))
                       .toJson(QJsonDocument::Indented);
        else
            printText(out, measured->details.model, measured->cells, true, reasons);
        return ExitOk;
    }

    const Result<Workspace> ws = workspaceFromOptions(parser);
    if (!ws)
        return usageError(ws.error().detail);
    if (json)
        out << QJsonDocument(matrixToJson(*ws)).toJson(QJsonDocument::Indented);
    else
        printText(out, *ws, evaluateMatrix(*ws), false, reasons);
    return ExitOk;
}

} // namespace keyward::cli

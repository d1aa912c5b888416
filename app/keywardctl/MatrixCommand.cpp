// MatrixCommand: keywardctl matrix: prints which key protects each type of a workspace's data.
#include "Commands.h"

#include "model/DataTypeCatalogue.h"
#include "model/MatrixJson.h"
#include "model/MatrixRules.h"
#include "model/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

using namespace keyward::model;

namespace keyward::cli {

namespace {

// Gives this file's free functions a tr() that lupdate files under the "MatrixCommand" context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MatrixCommand)
};

int usageError(const QString &message)
{
    QTextStream(stderr) << Text::tr("keywardctl matrix: %1").arg(message) << '\n'
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
    const QString usage = Text::tr("Usage: keywardctl matrix [options]");
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
                Text::tr("unknown option '%1' (expected %2)")
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
    return on ? Text::tr("on") : Text::tr("off");
}

// "Customer key, 2x, auto-rotate": the label plus the notes the legend explains.
QString coverageText(const MatrixCell &cell)
{
    QStringList parts{coverageDisplayName(cell.coverage)};
    if (cell.doubleEncrypted)
        parts << Text::tr("2x");
    if (cell.rotatesToLatest)
        parts << Text::tr("auto-rotate");
    return parts.join(QStringLiteral(", "));
}

QString detailText(const MatrixCell &cell)
{
    switch (cell.coverage) {
    case Coverage::CustomerKey:
        return cell.keyId.value_or(QString());
    case Coverage::NoKeyAssigned:
    case Coverage::NotAvailableOnStandard:
        return Text::tr("platform-managed key in effect");
    case Coverage::PlatformKeyOnly:
        return Text::tr("platform-managed key");
    case Coverage::MovedByOption:
        return Text::tr("now in %1").arg(cell.movedToId);
    }
    return QString();
}

void printText(QTextStream &out, const Workspace &ws, bool withReasons)
{
    const QString indent = QStringLiteral("  ");
    const QString header = Text::tr("Workspace");
    // The label column fits the longest label in the reader's language.
    const int labelWidth = int(qMax(header.size(), qMax(Text::tr("Options").size(), Text::tr("Keys").size()))) + 2;
    out << header.leftJustified(labelWidth) << ws.name() << QStringLiteral(" (") << planDisplayName(ws.plan());
    if (!ws.region().isEmpty())
        out << QStringLiteral(", ") << ws.region();
    out << QStringLiteral(")\n");

    int optionWidth = 0;
    for (WorkspaceOption o : allWorkspaceOptions())
        optionWidth = qMax(optionWidth, int(workspaceOptionId(o).size()));
    QString label = Text::tr("Options");
    for (WorkspaceOption o : allWorkspaceOptions()) {
        out << label.leftJustified(labelWidth) << workspaceOptionId(o).leftJustified(optionWidth + 2)
            << onOff(ws.options().isSet(o)) << '\n';
        label.clear();
    }
    label = Text::tr("Keys");
    for (Feature f : customerKeyFeatures()) {
        out << label.leftJustified(labelWidth) << featureId(f).leftJustified(optionWidth + 2)
            << ws.keyFor(f).value_or(Text::tr("(none)")) << '\n';
        label.clear();
    }

    const QList<DataType> &types = DataTypeCatalogue::all();
    const QList<MatrixCell> cells = evaluateMatrix(ws);
    int nameWidth = Text::tr("DATA TYPE").size();
    int featureWidth = Text::tr("CMK FEATURE").size();
    int coverageWidth = Text::tr("COVERAGE").size();
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
        row(Text::tr("DATA TYPE"), Text::tr("CMK FEATURE"), Text::tr("COVERAGE"), Text::tr("KEY / DETAIL"));
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

    const QMap<Coverage, int> counts = countByCoverage(cells);
    QStringList summary;
    for (Coverage c : allCoverages()) {
        if (counts.value(c) > 0)
            summary << QStringLiteral("%1: %2").arg(coverageDisplayName(c)).arg(counts.value(c));
    }
    out << '\n'
        << Text::tr("Summary: %1 data types (%2).").arg(types.size()).arg(summary.join(QStringLiteral(", "))) << '\n';

    out << '\n' << Text::tr("Legend") << '\n';
    int legendWidth = 0;
    for (Coverage c : allCoverages())
        legendWidth = qMax(legendWidth, int(coverageDisplayName(c).size()));
    for (Coverage c : allCoverages())
        out << indent << coverageDisplayName(c).leftJustified(legendWidth + 2) << coverageDescription(c) << '\n';
    out << indent << Text::tr("2x").leftJustified(legendWidth + 2)
        << Text::tr("Double encryption: a platform-keyed infrastructure layer is added in the DBFS root.") << '\n';
    out << indent << Text::tr("auto-rotate").leftJustified(legendWidth + 2)
        << Text::tr("Managed disks follow the latest version of their key automatically.") << '\n';
}

} // namespace

int runMatrix(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Prints, for every type of workspace data, which customer-managed key feature covers it and which key "
                 "protects it now."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("json"), Text::tr("Print the matrix as JSON (format keyward.matrix, version 1).")},
        {QStringLiteral("plan"), Text::tr("Workspace plan: standard or premium (default: premium)."), Text::tr("plan")},
        {QStringLiteral("option"),
         Text::tr("Turn on a workspace option (repeatable): notebook-results-in-customer-storage, "
                  "dbfs-double-encryption, managed-disk-rotate-to-latest."),
         Text::tr("name")},
        {QStringLiteral("region"), Text::tr("Workspace region, e.g. westeurope."), Text::tr("region")},
        {QStringLiteral("workspace-name"), Text::tr("Workspace name (default: workspace)."), Text::tr("name")},
        {QStringLiteral("key"),
         Text::tr("Assign a key to a feature (repeatable), e.g. managed-services=https://vault/keys/k/v. "
                  "Features without one show a platform-managed key in effect."),
         Text::tr("feature=key-id")},
        {QStringLiteral("sample"), Text::tr("Start from the demo workspace (Premium, two features keyed).")},
        {QStringLiteral("reasons"), Text::tr("In the table, print each cell's reason under its row.")},
    });

    if (!parser.parse(args))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << helpText(parser);
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));

    const Result<Workspace> ws = workspaceFromOptions(parser);
    if (!ws)
        return usageError(ws.error().detail);

    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(matrixToJson(*ws)).toJson(QJsonDocument::Indented);
    else
        printText(out, *ws, parser.isSet(QStringLiteral("reasons")));
    return ExitOk;
}

} // namespace keyward::cli

// MatrixJson: builds the JSON document `keywardctl matrix --json` prints.
#include "model/MatrixJson.h"

#include "model/DataTypeCatalogue.h"
#include "model/MatrixRules.h"

#include <QJsonArray>

namespace keyward::model {

namespace {

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject rowToJson(const DataType &type, const MatrixCell &cell)
{
    return QJsonObject{
        {QStringLiteral("id"), QString(type.id)},
        {QStringLiteral("name"), type.displayName()},
        {QStringLiteral("location"), locationId(type.location)},
        {QStringLiteral("feature"), featureId(cell.feature)},
        {QStringLiteral("coverage"), coverageId(cell.coverage)},
        {QStringLiteral("key"), stringOrNull(cell.keyId.value_or(QString()))},
        {QStringLiteral("double-encryption"), cell.doubleEncrypted},
        {QStringLiteral("rotate-to-latest"), cell.rotatesToLatest},
        {QStringLiteral("moved-to"), stringOrNull(cell.movedToId)},
        {QStringLiteral("reason"), cell.reason},
    };
}

} // namespace

QJsonObject workspaceToJson(const Workspace &workspace)
{
    QJsonObject keys;
    for (Feature f : customerKeyFeatures())
        keys.insert(featureId(f), stringOrNull(workspace.keyFor(f).value_or(QString())));
    return QJsonObject{
        {QStringLiteral("name"), workspace.name()},
        {QStringLiteral("plan"), planId(workspace.plan())},
        {QStringLiteral("region"), stringOrNull(workspace.region())},
        {QStringLiteral("keys"), keys},
    };
}

QJsonObject matrixToJson(const Workspace &workspace)
{
    QJsonObject options;
    for (WorkspaceOption o : allWorkspaceOptions())
        options.insert(workspaceOptionId(o), workspace.options().isSet(o));

    const QList<MatrixCell> cells = evaluateMatrix(workspace);
    const QList<DataType> &types = DataTypeCatalogue::all();
    QJsonArray rows;
    for (qsizetype i = 0; i < types.size(); ++i)
        rows.append(rowToJson(types.at(i), cells.at(i)));

    // Every coverage is listed, zeros included, so consumers need no defaults.
    const QMap<Coverage, int> counts = countByCoverage(cells);
    QJsonObject summary;
    for (Coverage c : allCoverages())
        summary.insert(coverageId(c), counts.value(c, 0));

    return QJsonObject{
        {QStringLiteral("format"), QLatin1String(MatrixJsonFormat)},
        {QStringLiteral("version"), MatrixJsonVersion},
        {QStringLiteral("workspace"), workspaceToJson(workspace)},
        {QStringLiteral("options"), options},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("rows"), rows},
    };
}

} // namespace keyward::model

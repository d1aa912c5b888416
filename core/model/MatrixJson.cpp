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

QJsonValue timeOrNull(const std::optional<QDateTime> &at)
{
    return at && at->isValid() ? QJsonValue(at->toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonObject measuredToJson(const CellMeasurement &m)
{
    return QJsonObject{
        {QStringLiteral("store"), m.key.store},
        {QStringLiteral("key"), m.key.keyName},
        {QStringLiteral("version"), stringOrNull(m.key.version)},
        {QStringLiteral("follows-latest"), m.key.followsLatest()},
        {QStringLiteral("key-check"), keyCheckId(m.key.check)},
        {QStringLiteral("expires"), timeOrNull(m.key.expires)},
        {QStringLiteral("last-change"), timeOrNull(m.lastChange ? std::optional(m.lastChange->at) : std::nullopt)},
        {QStringLiteral("last-change-kind"), stringOrNull(m.lastChange ? changeKindId(m.lastChange->kind) : QString())},
        {QStringLiteral("verified-since-change"), m.verifiedSinceChange},
        {QStringLiteral("objects"), m.found.objects},
        {QStringLiteral("plaintext"), m.found.plaintext},
        {QStringLiteral("findings"), m.found.findings},
    };
}

QJsonObject rowToJson(const DataType &type, const MatrixCell &cell)
{
    QJsonObject row{
        {QStringLiteral("id"), QString(type.id)},
        {QStringLiteral("name"), type.displayName()},
        {QStringLiteral("location"), locationId(type.location)},
        {QStringLiteral("feature"), featureId(cell.feature)},
        {QStringLiteral("coverage"), coverageId(cell.coverage)},
        {QStringLiteral("state"), cellStateId(cell.state)},
        {QStringLiteral("key"), stringOrNull(cell.keyId.value_or(QString()))},
        {QStringLiteral("double-encryption"), cell.doubleEncrypted},
        {QStringLiteral("rotate-to-latest"), cell.rotatesToLatest},
        {QStringLiteral("moved-to"), stringOrNull(cell.movedToId)},
        {QStringLiteral("reason"), cell.reason},
        {QStringLiteral("source"), rowSourceId(type.source)},
        {QStringLiteral("source-citation"), type.sourceCitation()},
    };
    if (cell.measured)
        row.insert(QStringLiteral("measured"), measuredToJson(*cell.measured));
    return row;
}

QJsonObject toJson(const Workspace &workspace, const QList<MatrixCell> &cells)
{
    QJsonObject options;
    for (WorkspaceOption o : allWorkspaceOptions())
        options.insert(workspaceOptionId(o), workspace.options().isSet(o));

    const QList<DataType> &types = DataTypeCatalogue::all();
    QJsonArray rows;
    for (qsizetype i = 0; i < types.size(); ++i)
        rows.append(rowToJson(types.at(i), cells.at(i)));

    // Every coverage and every state is listed, zeros included, so consumers need no defaults.
    const QMap<Coverage, int> counts = countByCoverage(cells);
    QJsonObject summary;
    for (Coverage c : allCoverages())
        summary.insert(coverageId(c), counts.value(c, 0));
    const QMap<CellState, int> stateCounts = countByState(cells);
    QJsonObject states;
    for (CellState s : allCellStates())
        states.insert(cellStateId(s), stateCounts.value(s, 0));

    return QJsonObject{
        {QStringLiteral("format"), QLatin1String(MatrixJsonFormat)},
        {QStringLiteral("version"), MatrixJsonVersion},
        {QStringLiteral("workspace"), workspaceToJson(workspace)},
        {QStringLiteral("options"), options},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("states"), states},
        {QStringLiteral("rows"), rows},
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
    return toJson(workspace, evaluateMatrix(workspace));
}

QJsonObject matrixToJson(const Workspace &workspace, const CoverageFacts &facts)
{
    QJsonObject doc = toJson(workspace, evaluateMatrix(workspace, facts));
    QJsonObject measured{{QStringLiteral("at"), timeOrNull(facts.measured)}};
    if (facts.lastVerify)
        measured.insert(QStringLiteral("last-verify"),
                        QJsonObject{{QStringLiteral("job"), facts.lastVerify->jobId},
                                    {QStringLiteral("started"), timeOrNull(facts.lastVerify->started)},
                                    {QStringLiteral("finished"), timeOrNull(facts.lastVerify->finished)}});
    else
        measured.insert(QStringLiteral("last-verify"), QJsonValue(QJsonValue::Null));
    doc.insert(QStringLiteral("measured"), measured);
    return doc;
}

} // namespace keyward::model

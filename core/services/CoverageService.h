// CoverageService: the measured matrix of a workspace: the facts its assignments, key stores and last jobs give
// (model::CoverageFacts, weighed by the pure rules in model/MatrixRules), and the objects behind one data type.
#pragma once

#include "model/CoverageFacts.h"
#include "model/MatrixCell.h"
#include "services/Context.h"
#include "services/WorkspaceService.h"

#include <QList>
#include <QString>

namespace keyward::services {

struct MeasureOptions
{
    // Open locked key stores through the context's prompt (the CLI, asked for it). Otherwise a store that needs a
    // passphrase or PIN the keychain does not hold is left alone and its keys are "not checked (store locked)":
    // a refresh never asks.
    bool mayPrompt = false;
};

struct MeasuredCoverage
{
    WorkspaceDetails details;
    model::CoverageFacts facts;
    QList<model::MatrixCell> cells; // model::evaluateMatrix(details.model, facts)
};

// One object of a workspace, as its first bytes and the last full verification show it.
struct WorkspaceObject
{
    enum class Seal
    {
        Sealed,     // a well-formed KWE1 header
        Plaintext,  // no KWE1 magic: stored in clear
        Invalid,    // KWE1 magic but a header that does not parse
        Unreadable, // the store could not open it
    };
    QString path;
    qint64 size = 0;
    Seal seal = Seal::Unreadable;
    QString layer;      // sealed: the feature id of the outer layer ("managed-services", "platform", ...)
    QString featureKey; // sealed: the first 8 hex digits of the feature key id of the outer layer
    // The last full verification's word on it: "ok", a finding kind ("plaintext", "tampered", ...), or empty when
    // it was not looked at.
    QString lastVerify;
};
QString sealId(WorkspaceObject::Seal seal); // "sealed", "plaintext", "invalid", "unreadable"

class CoverageService
{
public:
    explicit CoverageService(Context &context) : m_context(context) {}

    // The facts of the workspace: each assignment's key as its store reports it, each feature's last change
    // (assignments and imports from the audit log, rotations from the history, encryption jobs that sealed
    // objects), and the last full verification's results by data type. NotFound (WorkspaceNotFound) for an
    // unknown workspace; a store that cannot be opened is a fact, not an error.
    Result<model::CoverageFacts> facts(const QString &workspace, const MeasureOptions &options = {});
    // The workspace, its facts and its measured cells.
    Result<MeasuredCoverage> measure(const QString &workspace, const MeasureOptions &options = {});
    // Every object of the workspace whose data type is `dataTypeId` (InvalidArgument for an unknown id), by path.
    // Reads each object's first bytes: call it off the GUI thread.
    Result<QList<WorkspaceObject>> objectsOf(const QString &workspace, const QString &dataTypeId);

private:
    Context &m_context;
};

} // namespace keyward::services

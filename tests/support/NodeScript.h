// Runs the Node.js scripts in tests/support (Microsoft's Azure clients, HashiCorp's HCL parser), with the npm
// tools from the folder KEYWARD_NPM_TOOLS names (the environment variable, else the CMake cache variable of that
// name; scripts/test.sh installs them there from tests/npm). The scripts load their packages with
// createRequire(join(process.env.KEYWARD_NPM_TOOLS, 'package.json')): an ES module import ignores NODE_PATH.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace keyward::test {

// The folder the npm tools are installed in.
QString npmTools();
// Empty when `package` (e.g. "azurite", "@azure/storage-blob") is installed there; otherwise what to do about it.
QString npmToolMissing(const QString &package);
// node itself, or empty when it is not installed.
QString nodeExecutable();

struct NodeRun
{
    int status = -1;            // the exit status; -1 when node did not start, crashed or timed out
    QByteArray out;             // standard output
    QByteArray err;             // standard error
    QString problem;            // empty when node ran and exited; otherwise why not
    QJsonDocument json() const; // standard output as JSON (null when it is not)
};

// node <tests/support>/<script> args..., with KEYWARD_NPM_TOOLS set in `env`; waits up to `timeoutMs`.
NodeRun runNodeScript(const QString &script, const QStringList &args,
                      QProcessEnvironment env = QProcessEnvironment::systemEnvironment(), int timeoutMs = 120000);

} // namespace keyward::test

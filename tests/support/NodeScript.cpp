#include "NodeScript.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#ifndef KEYWARD_NPM_TOOLS
#error "KEYWARD_NPM_TOOLS must be defined"
#endif
#ifndef KEYWARD_SUPPORT_DIR
#error "KEYWARD_SUPPORT_DIR must be defined"
#endif

namespace keyward::test {

QString npmTools()
{
    return qEnvironmentVariable("KEYWARD_NPM_TOOLS", QStringLiteral(KEYWARD_NPM_TOOLS));
}

QString nodeExecutable()
{
    return QStandardPaths::findExecutable(QStringLiteral("node"));
}

QString npmToolMissing(const QString &package)
{
    if (nodeExecutable().isEmpty())
        return QStringLiteral("node is not installed: scripts/test.sh installs Node.js and the npm tools");
    if (!QFileInfo::exists(QStringLiteral("%1/node_modules/%2/package.json").arg(npmTools(), package)))
        return QStringLiteral("%1 is not installed in %2: scripts/test.sh installs it (or source scripts/common.sh; "
                              "install_npm_tools)")
            .arg(package, npmTools());
    return {};
}

QJsonDocument NodeRun::json() const
{
    return QJsonDocument::fromJson(out);
}

NodeRun runNodeScript(const QString &script, const QStringList &args, QProcessEnvironment env, int timeoutMs)
{
    NodeRun run;
    const QString node = nodeExecutable();
    if (node.isEmpty()) {
        run.problem = QStringLiteral("node is not installed");
        return run;
    }
    env.insert(QStringLiteral("KEYWARD_NPM_TOOLS"), npmTools());
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(node, QStringList{QDir(QStringLiteral(KEYWARD_SUPPORT_DIR)).filePath(script)} + args);
    if (!p.waitForStarted(30000)) {
        run.problem = QStringLiteral("node did not start: %1").arg(p.errorString());
        return run;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        run.problem = QStringLiteral("%1 did not finish within %2 s").arg(script).arg(timeoutMs / 1000);
    } else if (p.exitStatus() != QProcess::NormalExit) {
        run.problem = QStringLiteral("%1 crashed").arg(script);
    } else {
        run.status = p.exitCode();
    }
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

} // namespace keyward::test

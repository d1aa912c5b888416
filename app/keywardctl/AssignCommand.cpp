// AssignCommand: keywardctl assign: gives a workspace feature its customer-managed key, after the pre-flight
// check list passes (services::AssignmentService), or takes the assignment away.
#include "CliSupport.h"

#include "services/AssignmentService.h"
#include "services/Messages.h"

#include <QJsonObject>

namespace keyward::cli {

namespace {

using namespace keyward::model;
using services::assignmentKeyRef;

QString keyText(const keystore::KeyVersionInfo &v)
{
    return QStringLiteral("%1-%2").arg(keystore::keyKindName(v.kind)).arg(v.bits);
}

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

int clear(const QString &command, services::AssignmentService &service, const QString &workspace, Feature feature,
          bool json)
{
    auto cleared = service.clear(workspace, feature);
    if (!cleared && cleared.error().code == ErrorCode::InvalidArgument) {
        err() << command << ": " << services::Messages::full(cleared.error()) << Qt::endl;
        return ExitUsage;
    }
    if (!cleared)
        return report(command, cleared.error());
    const std::optional<catalog::Assignment> &previous = cleared->previous;
    if (json)
        printJson(QJsonObject{
            {QStringLiteral("workspace"), workspace},
            {QStringLiteral("feature"), featureId(feature)},
            {QStringLiteral("cleared"), previous.has_value()},
            {QStringLiteral("previous"), stringOrNull(previous ? assignmentKeyRef(*previous) : QString())}});
    else if (previous)
        out() << Text::tr("cleared the key of %1 in workspace '%2' (was %3)")
                     .arg(featureId(feature), workspace, assignmentKeyRef(*previous))
              << Qt::endl;
    else
        out() << Text::tr("%1 of workspace '%2' had no key assigned").arg(featureId(feature), workspace) << Qt::endl;
    return ExitOk;
}

void printChecks(const services::CheckList &checks)
{
    for (const services::PreflightCheck &c : checks.checks) {
        out() << "  " << services::Messages::checkState(c.state).leftJustified(12)
              << services::Messages::checkTitle(c.id);
        if (c.state == services::CheckState::Fail || c.state == services::CheckState::Warn)
            out() << ": " << services::Messages::full(c.problem);
        out() << '\n';
    }
    out().flush();
}

} // namespace

int runAssign(const QStringList &args)
{
    QCommandLineParser parser;
    StoreAccess access;
    access.addOptions(parser);
    const QCommandLineOption workspaceOpt(QStringLiteral("workspace"), Text::tr("The workspace."), QStringLiteral("W"));
    const QCommandLineOption featureOpt(QStringLiteral("feature"),
                                        Text::tr("managed-services, dbfs-root or managed-disks."), QStringLiteral("F"));
    const QCommandLineOption storeOpt(QStringLiteral("store"), Text::tr("The key store (see 'keywardctl store list')."),
                                      QStringLiteral("STORE"));
    const QCommandLineOption keyOpt(QStringLiteral("key"), Text::tr("The key's name in the store."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption versionOpt(QStringLiteral("version"),
                                        Text::tr("Pin this version (default: the newest version now)."),
                                        QStringLiteral("V"));
    const QCommandLineOption latestOpt(
        QStringLiteral("follow-latest"),
        Text::tr("Follow the key's newest version (managed-disks only; the default "
                 "there when the workspace option managed-disk-rotate-to-latest is on)."));
    const QCommandLineOption clearOpt(QStringLiteral("clear"), Text::tr("Remove the feature's key assignment."));
    const QCommandLineOption checkOpt(QStringLiteral("check-only"),
                                      Text::tr("Run the pre-flight check list and print it; change nothing."));
    parser.addOptions({workspaceOpt, featureOpt, storeOpt, keyOpt, versionOpt, latestOpt, clearOpt, checkOpt});
    if (int rc = parseOrExit(parser, args,
                             Text::tr("Assign a customer-managed key to a workspace feature. The workspace must be "
                                      "Premium; the key must exist, be enabled, within its validity dates, permit "
                                      "wrapKey and unwrapKey, and be RSA 2048/3072/4096 or AES-256; its store must "
                                      "have soft delete and purge protection on."));
        rc >= 0)
        return rc;
    access.configure(parser);
    const QString command = args.value(0);
    auto usage = [&](const QString &message) {
        err() << command << ": " << message << Qt::endl;
        return int(ExitUsage);
    };
    if (!parser.positionalArguments().isEmpty())
        return usage(Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    if (!parser.isSet(workspaceOpt) || !parser.isSet(featureOpt))
        return usage(Text::tr("expected --workspace W and --feature F"));
    const Result<Feature> feature = parseFeature(parser.value(featureOpt));
    if (!feature)
        return usage(Text::tr("--feature must be managed-services, dbfs-root or managed-disks"));
    services::AssignmentService service(access.context());
    const QString workspace = parser.value(workspaceOpt);
    if (parser.isSet(clearOpt)) {
        if (parser.isSet(storeOpt) || parser.isSet(keyOpt) || parser.isSet(versionOpt) || parser.isSet(latestOpt) ||
            parser.isSet(checkOpt))
            return usage(Text::tr("--clear takes no --store, --key, --version, --follow-latest or --check-only"));
        return clear(command, service, workspace, *feature, access.json());
    }
    if (!parser.isSet(storeOpt) || !parser.isSet(keyOpt))
        return usage(Text::tr("expected --store STORE and --key NAME (or --clear)"));

    services::AssignRequest request;
    request.workspace = workspace;
    request.feature = *feature;
    request.store = parser.value(storeOpt);
    request.key = parser.value(keyOpt);
    request.version = parser.value(versionOpt);
    request.followLatest = parser.isSet(latestOpt);
    if (auto st = services::AssignmentService::validate(request); !st) {
        if (st.error().code != ErrorCode::InvalidArgument)
            return report(command, st.error());
        return usage(services::Messages::full(st.error()));
    }

    if (parser.isSet(checkOpt)) {
        auto checks = service.preflight(request);
        if (!checks)
            return report(command, checks.error());
        if (access.json())
            printJson(QJsonObject{{QStringLiteral("workspace"), workspace},
                                  {QStringLiteral("feature"), featureId(*feature)},
                                  {QStringLiteral("passed"), checks->passed()},
                                  {QStringLiteral("checks"), checks->toJson()}});
        else
            printChecks(*checks);
        return checks->passed() ? ExitOk : exitStatusFor(checks->firstFailure()->code);
    }

    auto assigned = service.assign(request);
    if (!assigned)
        return report(command, assigned.error());
    const catalog::Assignment &a = assigned->assignment;
    const keystore::KeyVersionInfo &v = assigned->version;
    if (access.json()) {
        printJson(QJsonObject{{QStringLiteral("workspace"), workspace},
                              {QStringLiteral("feature"), featureId(*feature)},
                              {QStringLiteral("store"), a.store},
                              {QStringLiteral("key"), a.keyName},
                              {QStringLiteral("version"), stringOrNull(a.keyVersion)},
                              {QStringLiteral("follow_latest"), a.followLatest()},
                              {QStringLiteral("key_id"), v.id},
                              {QStringLiteral("key_type"), keyText(v)},
                              {QStringLiteral("checks"), assigned->checks.toJson()},
                              {QStringLiteral("previous"),
                               stringOrNull(assigned->previous ? assignmentKeyRef(*assigned->previous) : QString())}});
        return ExitOk;
    }
    if (a.followLatest())
        out() << Text::tr("assigned key '%1' of store '%2' (%3) to %4 of workspace '%5', following its newest version "
                          "(now %6)")
                     .arg(a.keyName, a.store, keyText(v), featureId(*feature), workspace, v.version)
              << '\n';
    else
        out() << Text::tr("assigned %1 (%2) to %3 of workspace '%4', pinned to version %5")
                     .arg(v.id, keyText(v), featureId(*feature), workspace, v.version)
              << '\n';
    for (const services::PreflightCheck &c : assigned->checks.checks)
        if (c.state == services::CheckState::Warn)
            out() << Text::tr("warning: %1").arg(services::Messages::full(c.problem)) << '\n';
    for (const catalog::FeatureKeyRecord &k : assigned->wrappedElsewhere)
        out() << Text::tr("note: the active feature key of %1 (generation %2) stays wrapped under %3 until the "
                          "feature's key is rotated")
                     .arg(featureId(*feature))
                     .arg(k.generation)
                     .arg(k.kekId)
              << '\n';
    out().flush();
    return ExitOk;
}

} // namespace keyward::cli

// AssignCommand: keywardctl assign: gives a workspace feature its customer-managed key, after checking
// everything Azure checks before it accepts one, or takes the assignment away.
#include "CatalogAccess.h"
#include "CliSupport.h"

#include "crypto/Random.h"
#include "util/Clock.h"

#include <QJsonObject>

namespace keyward::cli {

namespace {

using catalog::Assignment;
using keystore::KeyVersionInfo;
using namespace keyward::model;

struct AssignRequest
{
    QString workspace;
    Feature feature = Feature::ManagedServices;
    QString store;
    QString key;
    QString version;           // empty: the newest version, pinned (or followed, see followLatest)
    bool followLatest = false; // managed disks only
    bool versionGiven = false;
};

QString keyText(const KeyVersionInfo &v)
{
    return QStringLiteral("%1-%2").arg(keystore::keyKindName(v.kind)).arg(v.bits);
}

// The version's own state: disabled, expired, not yet valid, or missing one of the two operations.
Status checkUsable(const AssignRequest &r, const KeyVersionInfo &v, const QDateTime &now)
{
    const QString which = Text::tr("version %1 of key '%2' in store '%3'").arg(v.version, r.key, r.store);
    if (!v.enabled)
        return Error::make(
            ErrorCode::KeyDisabled,
            Text::tr("%1 is disabled; enable it ('keywardctl key enable') or choose another version").arg(which));
    if (v.expires && now >= *v.expires)
        return Error::make(ErrorCode::KeyExpired, Text::tr("%1 expired on %2; rotate the key or choose another version")
                                                      .arg(which, v.expires->toString(Qt::ISODate)));
    if (v.notBefore && now < *v.notBefore)
        return Error::make(ErrorCode::KeyNotYetValid,
                           Text::tr("%1 is not valid before %2").arg(which, v.notBefore->toString(Qt::ISODate)));
    for (const QString &operation : {QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")}) {
        if (!v.operations.contains(operation))
            return Error::make(
                ErrorCode::Forbidden,
                Text::tr("%1 does not permit %2; a customer-managed key must permit wrapKey and "
                         "unwrapKey (it permits: %3)")
                    .arg(which, operation,
                         v.operations.isEmpty() ? Text::tr("nothing") : v.operations.join(QStringLiteral(", "))));
    }
    const bool rsaOk = v.kind == keystore::KeyKind::Rsa && (v.bits == 2048 || v.bits == 3072 || v.bits == 4096);
    const bool aesOk = v.kind == keystore::KeyKind::Aes && v.bits == 256;
    if (!rsaOk && !aesOk)
        return Error::make(
            ErrorCode::Forbidden,
            Text::tr("%1 is %2; a customer-managed key is RSA 2048, 3072 or 4096, or AES-256").arg(which, keyText(v)));
    return {};
}

// Wraps a random feature-key-sized secret and unwraps it again: the store really serves this version.
Status probe(keystore::KeyStore &store, const AssignRequest &r, const KeyVersionInfo &v)
{
    auto secret = crypto::SystemRandom::instance().secretBytes(32);
    if (!secret)
        return secret.error();
    auto wrapped = store.wrapKey(r.key, v.version, *secret);
    if (!wrapped)
        return wrapped.error();
    auto unwrapped = store.unwrapKey(r.key, v.version, wrapped->wrapped);
    if (!unwrapped)
        return unwrapped.error();
    if (!(*unwrapped == *secret))
        return Error::make(ErrorCode::Key,
                           Text::tr("version %1 of key '%2' did not unwrap what it wrapped").arg(v.version, r.key));
    return {};
}

// Every prerequisite, in the order an admin would fix them; the checked version when all hold.
Result<KeyVersionInfo> checkPrerequisites(StoreAccess &access, const catalog::WorkspaceRecord &ws,
                                          const AssignRequest &r)
{
    if (!planSupportsCustomerKeys(ws.workspace.plan()))
        return Error::make(ErrorCode::Forbidden,
                           Text::tr("workspace '%1' is on the Standard plan; customer-managed keys need Premium "
                                    "('keywardctl workspace set %1 --plan premium')")
                               .arg(r.workspace));
    auto store = access.open(r.store);
    if (!store)
        return store.error();
    const keystore::StoreProperties props = (*store)->properties();
    if (!props.softDelete || !props.purgeProtection) {
        const QString missing = !props.softDelete && !props.purgeProtection
                                    ? Text::tr("soft delete and purge protection")
                                : !props.softDelete ? Text::tr("soft delete")
                                                    : Text::tr("purge protection");
        return Error::make(ErrorCode::Forbidden,
                           Text::tr("store '%1' has %2 off; the store of a customer-managed key must have soft delete "
                                    "and purge protection on, so that the key cannot be destroyed while data depends "
                                    "on it")
                               .arg(r.store, missing));
    }
    auto version = (*store)->keyVersion(r.key, r.version);
    if (!version) {
        Error e = version.error();
        if (e.code == ErrorCode::NotFound)
            e.detail = r.version.isEmpty()
                           ? Text::tr("store '%1' has no key named '%2'").arg(r.store, r.key)
                           : Text::tr("key '%1' in store '%2' has no version %3").arg(r.key, r.store, r.version);
        return e;
    }
    if (auto st = checkUsable(r, *version, Clock::system().now()); !st)
        return st.error();
    if (auto st = probe(**store, r, *version); !st)
        return st.error();
    return *version;
}

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// A line on the feature keys already wrapped under another KEK: they keep that wrapping until a rotation.
void noteWrappedElsewhere(catalog::Catalog &catalog, qint64 workspaceId, Feature feature, const KeyVersionInfo &chosen)
{
    auto keys = catalog.featureKeys(workspaceId, feature, catalog::FeatureKeyState::Active);
    if (!keys)
        return;
    for (const catalog::FeatureKeyRecord &k : *keys) {
        if (k.kekId != chosen.id)
            out() << Text::tr("note: the active feature key of %1 (generation %2) stays wrapped under %3 until the "
                              "feature's key is rotated")
                         .arg(featureId(feature))
                         .arg(k.generation)
                         .arg(k.kekId)
                  << '\n';
    }
}

int clear(const QString &command, CatalogAccess &catalog, const catalog::WorkspaceRecord &ws, Feature feature,
          bool json)
{
    auto current = catalog.catalog().assignment(ws.id, feature);
    if (!current)
        return report(command, current.error());
    auto active = catalog.catalog().featureKeys(ws.id, feature, catalog::FeatureKeyState::Active);
    if (!active)
        return report(command, active.error());
    if (!active->isEmpty())
        return report(command,
                      Error::make(ErrorCode::Forbidden,
                                  Text::tr("%1 of workspace '%2' has an active feature key (generation %3, wrapped "
                                           "under %4): objects are encrypted under it, so its key stays assigned")
                                      .arg(featureId(feature), ws.workspace.name())
                                      .arg(active->first().generation)
                                      .arg(active->first().kekId)));
    if (*current) {
        auto st = catalog.change(QStringLiteral("assign.clear"), ws.workspace.name(),
                                 QStringLiteral("%1 (was %2)").arg(featureId(feature), assignmentKeyRef(**current)),
                                 [&](catalog::Catalog &c) { return c.clearAssignment(ws.id, feature); });
        if (!st)
            return report(command, st.error());
    }
    if (json)
        printJson(QJsonObject{
            {QStringLiteral("workspace"), ws.workspace.name()},
            {QStringLiteral("feature"), featureId(feature)},
            {QStringLiteral("cleared"), current->has_value()},
            {QStringLiteral("previous"), stringOrNull(*current ? assignmentKeyRef(**current) : QString())}});
    else if (*current)
        out() << Text::tr("cleared the key of %1 in workspace '%2' (was %3)")
                     .arg(featureId(feature), ws.workspace.name(), assignmentKeyRef(**current))
              << Qt::endl;
    else
        out() << Text::tr("%1 of workspace '%2' had no key assigned").arg(featureId(feature), ws.workspace.name())
              << Qt::endl;
    return ExitOk;
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
    parser.addOptions({workspaceOpt, featureOpt, storeOpt, keyOpt, versionOpt, latestOpt, clearOpt});
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
    AssignRequest r;
    r.workspace = parser.value(workspaceOpt);
    const Result<Feature> feature = parseFeature(parser.value(featureOpt));
    if (!feature || !acceptsCustomerKey(*feature))
        return usage(Text::tr("--feature must be managed-services, dbfs-root or managed-disks"));
    r.feature = *feature;
    const bool clearing = parser.isSet(clearOpt);
    if (clearing &&
        (parser.isSet(storeOpt) || parser.isSet(keyOpt) || parser.isSet(versionOpt) || parser.isSet(latestOpt)))
        return usage(Text::tr("--clear takes no --store, --key, --version or --follow-latest"));
    if (!clearing && (!parser.isSet(storeOpt) || !parser.isSet(keyOpt)))
        return usage(Text::tr("expected --store STORE and --key NAME (or --clear)"));
    if (parser.isSet(versionOpt) && parser.isSet(latestOpt))
        return usage(Text::tr("--version and --follow-latest exclude each other"));
    if (parser.isSet(latestOpt) && r.feature != Feature::ManagedDisks)
        return usage(Text::tr("--follow-latest is for managed-disks only: managed services and the DBFS root are "
                              "pinned to one key version, which a rotation moves on"));
    r.store = parser.value(storeOpt);
    r.key = parser.value(keyOpt);
    r.version = parser.value(versionOpt);
    r.versionGiven = parser.isSet(versionOpt);

    CatalogAccess catalog(access.dataDir());
    if (auto st = catalog.open(); !st)
        return report(command, st.error());
    auto ws = catalog.workspace(r.workspace);
    if (!ws)
        return report(command, ws.error());
    if (clearing)
        return clear(command, catalog, *ws, r.feature, access.json());

    // Managed disks follow the newest version when asked, or by default when the workspace says so.
    r.followLatest =
        r.feature == Feature::ManagedDisks &&
        (parser.isSet(latestOpt) || (!r.versionGiven && ws->workspace.options().managedDiskRotateToLatest));
    auto checked = checkPrerequisites(access, *ws, r);
    if (!checked)
        return report(command, checked.error());

    Assignment a;
    a.workspaceId = ws->id;
    a.feature = r.feature;
    a.store = r.store;
    a.keyName = r.key;
    a.keyVersion = r.followLatest ? QString() : checked->version;
    auto previous = catalog.catalog().assignment(ws->id, r.feature);
    if (!previous)
        return report(command, previous.error());
    catalog::WorkspaceRecord updated = *ws;
    if (r.feature == Feature::ManagedDisks)
        updated.workspace.setOption(WorkspaceOption::ManagedDiskRotateToLatest, r.followLatest);
    // The same shape as the other commands' entries: the workspace as target, "feature -> key" as detail.
    QString detail = QStringLiteral("%1 -> %2").arg(featureId(r.feature), assignmentKeyRef(a));
    if (*previous)
        detail += QStringLiteral(" (was %1)").arg(assignmentKeyRef(**previous));
    auto st = catalog.change(QStringLiteral("assign"), r.workspace, detail, [&](catalog::Catalog &c) -> Status {
        if (auto s = c.setAssignment(a); !s)
            return s;
        if (updated.workspace.options() != ws->workspace.options())
            return c.updateWorkspace(updated);
        return {};
    });
    if (!st)
        return report(command, st.error());

    if (access.json()) {
        printJson(QJsonObject{
            {QStringLiteral("workspace"), r.workspace},
            {QStringLiteral("feature"), featureId(r.feature)},
            {QStringLiteral("store"), r.store},
            {QStringLiteral("key"), r.key},
            {QStringLiteral("version"), stringOrNull(a.keyVersion)},
            {QStringLiteral("follow_latest"), a.followLatest()},
            {QStringLiteral("key_id"), checked->id},
            {QStringLiteral("key_type"), keyText(*checked)},
            {QStringLiteral("previous"), stringOrNull(*previous ? assignmentKeyRef(**previous) : QString())}});
        return ExitOk;
    }
    if (a.followLatest())
        out() << Text::tr("assigned key '%1' of store '%2' (%3) to %4 of workspace '%5', following its newest version "
                          "(now %6)")
                     .arg(r.key, r.store, keyText(*checked), featureId(r.feature), r.workspace, checked->version)
              << '\n';
    else
        out() << Text::tr("assigned %1 (%2) to %3 of workspace '%4', pinned to version %5")
                     .arg(checked->id, keyText(*checked), featureId(r.feature), r.workspace, checked->version)
              << '\n';
    noteWrappedElsewhere(catalog.catalog(), ws->id, r.feature, *checked);
    out().flush();
    return ExitOk;
}

} // namespace keyward::cli

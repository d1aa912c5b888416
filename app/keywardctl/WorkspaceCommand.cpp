// WorkspaceCommand: keywardctl workspace create|list|show|set: the workspaces the catalog holds.
#include "CatalogAccess.h"
#include "CliSupport.h"

#include "model/DataTypeCatalogue.h"
#include "model/MatrixJson.h"
#include "model/MatrixRules.h"
#include "model/ObjectLayout.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace keyward::cli {

namespace {

using catalog::Assignment;
using catalog::FeatureKeyRecord;
using catalog::WorkspaceRecord;
using namespace keyward::model;

// Azure's rule for workspace names; the name is also a folder name under <data dir>/workspaces.
bool isValidWorkspaceName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-Za-z_-]{3,64}$"));
    return re.match(name).hasMatch();
}

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString onOff(bool on)
{
    return on ? Text::tr("on") : Text::tr("off");
}

QJsonObject optionsJson(const WorkspaceOptions &options)
{
    QJsonObject o;
    for (WorkspaceOption opt : allWorkspaceOptions())
        o.insert(workspaceOptionId(opt), options.isSet(opt));
    return o;
}

QJsonValue assignmentJson(const std::optional<Assignment> &a)
{
    if (!a)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("store"), a->store},
                       {QStringLiteral("key"), a->keyName},
                       {QStringLiteral("version"), stringOrNull(a->keyVersion)},
                       {QStringLiteral("follow_latest"), a->followLatest()},
                       {QStringLiteral("ref"), assignmentKeyRef(*a)}};
}

std::optional<Assignment> find(const QList<Assignment> &assignments, Feature feature)
{
    for (const Assignment &a : assignments)
        if (a.feature == feature)
            return a;
    return std::nullopt;
}

// The shape `workspace list --json` prints per workspace; `show` adds feature keys and the matrix.
QJsonObject workspaceJson(const WorkspaceRecord &r, const QList<Assignment> &assignments)
{
    QJsonObject keys;
    for (Feature f : customerKeyFeatures())
        keys.insert(featureId(f), assignmentJson(find(assignments, f)));
    return QJsonObject{{QStringLiteral("name"), r.workspace.name()},
                       {QStringLiteral("plan"), planId(r.workspace.plan())},
                       {QStringLiteral("region"), stringOrNull(r.workspace.region())},
                       {QStringLiteral("storage"), r.storageRoot},
                       {QStringLiteral("created"), r.created.toString(Qt::ISODate)},
                       {QStringLiteral("options"), optionsJson(r.workspace.options())},
                       {QStringLiteral("assignments"), keys}};
}

QJsonObject featureKeyJson(const FeatureKeyRecord &k)
{
    return QJsonObject{{QStringLiteral("feature"), featureId(k.feature)},
                       {QStringLiteral("fk_id"), QString::fromLatin1(k.fkId.toHex())},
                       {QStringLiteral("generation"), k.generation},
                       {QStringLiteral("state"), catalog::featureKeyStateName(k.state)},
                       {QStringLiteral("store"), k.store},
                       {QStringLiteral("key"), k.keyName},
                       {QStringLiteral("version"), k.keyVersion},
                       {QStringLiteral("kek_id"), k.kekId},
                       {QStringLiteral("wrap_alg"), k.wrapAlg},
                       {QStringLiteral("created"), k.created.toString(Qt::ISODate)}};
}

QString storageFor(const QString &dataDir, const QString &name, const QString &fromCommandLine)
{
    if (!fromCommandLine.isEmpty())
        return QDir::cleanPath(QFileInfo(fromCommandLine).absoluteFilePath());
    return QDir::cleanPath(QDir(dataDir).filePath(QStringLiteral("workspaces/") + name));
}

Status makeStorage(const QString &root)
{
    const QFileInfo info(root);
    if (info.exists() && !info.isDir())
        return Error::make(ErrorCode::Io, Text::tr("%1 exists and is not a folder").arg(root));
    for (Area a : allAreas()) {
        const QString area = areaId(a);
        if (!QDir().mkpath(QDir(root).filePath(area)))
            return Error::make(ErrorCode::Io, Text::tr("cannot create the folder %1").arg(QDir(root).filePath(area)));
    }
    return {};
}

int create(const QStringList &args)
{
    QCommandLineParser parser;
    StoreAccess access;
    access.addOptions(parser);
    const QCommandLineOption planOpt(QStringLiteral("plan"), Text::tr("premium or standard (default premium)."),
                                     QStringLiteral("PLAN"), QStringLiteral("premium"));
    const QCommandLineOption regionOpt(QStringLiteral("region"), Text::tr("The workspace's region, e.g. westeurope."),
                                       QStringLiteral("REGION"));
    const QCommandLineOption optionOpt(QStringLiteral("option"),
                                       Text::tr("Turn on a workspace option (repeatable): "
                                                "notebook-results-in-customer-storage, dbfs-double-encryption, "
                                                "managed-disk-rotate-to-latest."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption storageOpt(QStringLiteral("storage"),
                                        Text::tr("The workspace's object-store folder (default: <data dir>/workspaces/"
                                                 "NAME); its areas control-plane, root, disks and serverless are "
                                                 "created in it."),
                                        QStringLiteral("DIR"));
    parser.addOptions({planOpt, regionOpt, optionOpt, storageOpt});
    parser.addPositionalArgument(QStringLiteral("NAME"), Text::tr("The new workspace's name."));
    if (int rc = parseOrExit(parser, args, Text::tr("Create a workspace in the catalog and its object-store folder."));
        rc >= 0)
        return rc;
    access.configure(parser);
    if (parser.positionalArguments().size() != 1) {
        err() << args.value(0) << ": " << Text::tr("expected one NAME") << Qt::endl;
        return ExitUsage;
    }
    const QString name = parser.positionalArguments().first();
    if (!isValidWorkspaceName(name)) {
        err() << args.value(0) << ": " << Text::tr("workspace names are 3-64 letters, digits, dashes or underscores")
              << Qt::endl;
        return ExitUsage;
    }
    const Result<Plan> plan = parsePlan(parser.value(planOpt));
    if (!plan) {
        err() << args.value(0) << ": " << Text::tr("--plan must be premium or standard") << Qt::endl;
        return ExitUsage;
    }
    Workspace ws(name, *plan, parser.value(regionOpt).trimmed());
    for (const QString &value : parser.values(optionOpt)) {
        const Result<WorkspaceOption> option = parseWorkspaceOption(value);
        if (!option) {
            err() << args.value(0) << ": " << Text::tr("unknown option '%1'").arg(value) << Qt::endl;
            return ExitUsage;
        }
        ws.setOption(*option, true);
    }
    const QString storage = storageFor(access.dataDir(), name, parser.value(storageOpt));

    CatalogAccess catalog(access.dataDir());
    if (auto st = catalog.open(); !st)
        return report(args.value(0), st.error());
    if (catalog.workspace(name).ok())
        return report(args.value(0),
                      Error::make(ErrorCode::Conflict, Text::tr("a workspace named '%1' exists already").arg(name)));
    auto existing = catalog.catalog().workspaces();
    if (!existing)
        return report(args.value(0), existing.error());
    for (const WorkspaceRecord &r : *existing) {
        if (QDir::cleanPath(r.storageRoot) == storage)
            return report(args.value(0),
                          Error::make(ErrorCode::Conflict, Text::tr("workspace '%1' keeps its objects in %2 already")
                                                               .arg(r.workspace.name(), storage)));
    }
    std::optional<WorkspaceRecord> created;
    const QString detail = QStringLiteral("plan=%1 region=%2 storage=%3").arg(planId(ws.plan()), ws.region(), storage);
    auto st = catalog.change(QStringLiteral("workspace.create"), name, detail, [&](catalog::Catalog &c) -> Status {
        auto r = c.createWorkspace(ws, storage);
        if (!r)
            return r.error();
        created = *r;
        // Inside the transaction: a folder that cannot be made leaves no workspace behind in the catalog.
        return makeStorage(storage);
    });
    if (!st)
        return report(args.value(0), st.error());
    if (access.json())
        printJson(workspaceJson(*created, {}));
    else
        out() << Text::tr("created workspace '%1' (%2) with its objects in %3")
                     .arg(name, planDisplayName(ws.plan()), storage)
              << Qt::endl;
    return ExitOk;
}

int list(const QStringList &args)
{
    QCommandLineParser parser;
    StoreAccess access;
    access.addOptions(parser);
    if (int rc = parseOrExit(parser, args, Text::tr("List the workspaces in the catalog.")); rc >= 0)
        return rc;
    access.configure(parser);
    CatalogAccess catalog(access.dataDir());
    if (auto st = catalog.open(); !st)
        return report(args.value(0), st.error());
    auto all = catalog.catalog().workspaces();
    if (!all)
        return report(args.value(0), all.error());
    QJsonArray array;
    QList<QStringList> rows;
    for (const WorkspaceRecord &r : *all) {
        auto assignments = catalog.catalog().assignments(r.id);
        if (!assignments)
            return report(args.value(0), assignments.error());
        array.append(workspaceJson(r, *assignments));
        rows << QStringList{r.workspace.name(), planId(r.workspace.plan()),
                            r.workspace.region().isEmpty() ? QStringLiteral("-") : r.workspace.region(),
                            QStringLiteral("%1/%2").arg(assignments->size()).arg(customerKeyFeatures().size()),
                            r.storageRoot};
    }
    if (access.json()) {
        printJson(array);
        return ExitOk;
    }
    if (rows.isEmpty()) {
        out() << Text::tr("no workspaces; create one with 'keywardctl workspace create NAME'") << Qt::endl;
        return ExitOk;
    }
    out() << Text::tr("NAME").leftJustified(24) << Text::tr("PLAN").leftJustified(10)
          << Text::tr("REGION").leftJustified(16) << Text::tr("KEYS").leftJustified(6) << Text::tr("STORAGE") << '\n';
    for (const QStringList &row : rows)
        out() << row.at(0).leftJustified(24) << row.at(1).leftJustified(10) << row.at(2).leftJustified(16)
              << row.at(3).leftJustified(6) << row.at(4) << '\n';
    out().flush();
    return ExitOk;
}

// A few lines per feature instead of the full matrix table: how many data types have each coverage.
void printCoverageSummary(const Workspace &ws)
{
    const QList<MatrixCell> cells = evaluateMatrix(ws);
    QList<Feature> features = customerKeyFeatures();
    features << Feature::Platform;
    int width = 0;
    for (Feature f : features)
        width = qMax(width, int(featureDisplayName(f).size()));
    for (Feature f : features) {
        QList<MatrixCell> mine;
        for (const MatrixCell &c : cells)
            if (c.feature == f)
                mine << c;
        const QMap<Coverage, int> counts = countByCoverage(mine);
        QStringList parts;
        for (Coverage c : allCoverages())
            if (counts.value(c) > 0)
                parts << QStringLiteral("%1 %2").arg(coverageDisplayName(c)).arg(counts.value(c));
        int twice = 0, rotating = 0;
        for (const MatrixCell &c : mine) {
            twice += c.doubleEncrypted ? 1 : 0;
            rotating += c.rotatesToLatest ? 1 : 0;
        }
        if (twice)
            parts << Text::tr("double encryption %1").arg(twice);
        if (rotating)
            parts << Text::tr("auto-rotate %1").arg(rotating);
        out() << "  " << featureDisplayName(f).leftJustified(width + 2)
              << Text::tr("%n data type(s): ", nullptr, int(mine.size())) << parts.join(QStringLiteral(", ")) << '\n';
    }
}

int show(const QStringList &args)
{
    QCommandLineParser parser;
    StoreAccess access;
    access.addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("NAME"), Text::tr("The workspace."));
    if (int rc = parseOrExit(parser, args,
                             Text::tr("Show a workspace: plan, region, options, storage, key assignments, active "
                                      "feature keys and coverage. --json includes the full matrix (format "
                                      "keyward.matrix)."));
        rc >= 0)
        return rc;
    access.configure(parser);
    if (parser.positionalArguments().size() != 1) {
        err() << args.value(0) << ": " << Text::tr("expected one NAME") << Qt::endl;
        return ExitUsage;
    }
    CatalogAccess catalog(access.dataDir());
    if (auto st = catalog.open(); !st)
        return report(args.value(0), st.error());
    auto record = catalog.workspace(parser.positionalArguments().first());
    if (!record)
        return report(args.value(0), record.error());
    auto assignments = catalog.catalog().assignments(record->id);
    if (!assignments)
        return report(args.value(0), assignments.error());
    auto keys = catalog.catalog().featureKeys(record->id, std::nullopt, catalog::FeatureKeyState::Active);
    if (!keys)
        return report(args.value(0), keys.error());
    auto ws = catalog.modelWorkspace(*record);
    if (!ws)
        return report(args.value(0), ws.error());

    if (access.json()) {
        QJsonObject o = workspaceJson(*record, *assignments);
        QJsonArray fks;
        for (const FeatureKeyRecord &k : *keys)
            fks.append(featureKeyJson(k));
        o.insert(QStringLiteral("feature_keys"), fks);
        o.insert(QStringLiteral("matrix"), matrixToJson(*ws));
        printJson(o);
        return ExitOk;
    }

    const Workspace &w = record->workspace;
    const int label = 18;
    out() << Text::tr("workspace").leftJustified(label) << w.name() << '\n'
          << Text::tr("plan").leftJustified(label) << planDisplayName(w.plan()) << '\n'
          << Text::tr("region").leftJustified(label) << (w.region().isEmpty() ? QStringLiteral("-") : w.region())
          << '\n'
          << Text::tr("storage").leftJustified(label) << record->storageRoot << '\n'
          << Text::tr("created").leftJustified(label) << record->created.toString(Qt::ISODate) << '\n';
    int optionWidth = 0;
    for (WorkspaceOption o : allWorkspaceOptions())
        optionWidth = qMax(optionWidth, int(workspaceOptionId(o).size()));
    QString heading = Text::tr("options");
    for (WorkspaceOption o : allWorkspaceOptions()) {
        out() << heading.leftJustified(label) << workspaceOptionId(o).leftJustified(optionWidth + 2)
              << onOff(w.options().isSet(o)) << '\n';
        heading.clear();
    }

    out() << '\n' << Text::tr("Key assignments") << '\n';
    for (Feature f : customerKeyFeatures()) {
        const std::optional<Assignment> a = find(*assignments, f);
        QString text = Text::tr("(none)");
        if (a)
            text = a->followLatest()
                       ? Text::tr("store %1, key %2, follows latest").arg(a->store, a->keyName)
                       : Text::tr("store %1, key %2, version %3").arg(a->store, a->keyName, a->keyVersion);
        out() << "  " << featureId(f).leftJustified(18) << text << '\n';
    }

    out() << '\n' << Text::tr("Active feature keys") << '\n';
    if (keys->isEmpty())
        out() << "  " << Text::tr("(none)") << '\n';
    for (const FeatureKeyRecord &k : *keys)
        out() << "  " << featureId(k.feature).leftJustified(18)
              << Text::tr("fk_id %1, generation %2, KEK %3")
                     .arg(QString::fromLatin1(k.fkId.toHex()))
                     .arg(k.generation)
                     .arg(k.kekId)
              << '\n';

    out() << '\n'
          << Text::tr("Coverage by feature (every data type: 'keywardctl workspace show %1 --json')").arg(w.name())
          << '\n';
    printCoverageSummary(*ws);
    out().flush();
    return ExitOk;
}

// "NAME=on|off" from --option; a usage message on error.
Result<QPair<WorkspaceOption, bool>> parseOptionSetting(const QString &value)
{
    const qsizetype eq = value.indexOf(QLatin1Char('='));
    const QString state = eq < 0 ? QString() : value.mid(eq + 1).toLower();
    const Result<WorkspaceOption> option = parseWorkspaceOption(QStringView(value).left(eq < 0 ? value.size() : eq));
    if (!option || (state != QLatin1String("on") && state != QLatin1String("off")))
        return Error::make(ErrorCode::InvalidArgument,
                           Text::tr("bad --option '%1' (expected NAME=on or NAME=off, NAME one of "
                                    "notebook-results-in-customer-storage, dbfs-double-encryption, "
                                    "managed-disk-rotate-to-latest)")
                               .arg(value));
    return qMakePair(*option, state == QLatin1String("on"));
}

// Changes the catalog would accept but that break what the workspace already holds; the reason when refused.
Status checkSettings(const WorkspaceRecord &before, const WorkspaceRecord &after, const QList<Assignment> &assignments)
{
    const QString name = before.workspace.name();
    if (after.workspace.plan() == Plan::Standard && before.workspace.plan() != Plan::Standard &&
        !assignments.isEmpty()) {
        QStringList features;
        for (const Assignment &a : assignments)
            features << featureId(a.feature);
        return Error::make(
            ErrorCode::Forbidden,
            Text::tr("workspace '%1' has customer-managed keys assigned (%2) and the Standard plan has "
                     "none; clear them first with 'keywardctl assign --workspace %1 --feature F --clear'")
                .arg(name, features.join(QStringLiteral(", "))));
    }
    const WorkspaceOptions &was = before.workspace.options();
    const WorkspaceOptions &now = after.workspace.options();
    if (was.dbfsDoubleEncryption != now.dbfsDoubleEncryption)
        return Error::make(ErrorCode::Forbidden,
                           Text::tr("double encryption of the DBFS root is chosen when a workspace is created and, "
                                    "as on Azure, cannot be changed afterwards; create a workspace with --option "
                                    "dbfs-double-encryption instead"));
    if (was.managedDiskRotateToLatest != now.managedDiskRotateToLatest) {
        if (const auto disks = find(assignments, Feature::ManagedDisks)) {
            if (now.managedDiskRotateToLatest && !disks->followLatest())
                return Error::make(ErrorCode::Forbidden,
                                   Text::tr("the managed disks of '%1' are pinned to version %2 of %3/%4; assign the "
                                            "key again with --follow-latest to follow its newest version")
                                       .arg(name, disks->keyVersion, disks->store, disks->keyName));
            if (!now.managedDiskRotateToLatest && disks->followLatest())
                return Error::make(ErrorCode::Forbidden,
                                   Text::tr("the managed disks of '%1' follow the newest version of %2/%3; assign the "
                                            "key again with --version V to pin a version")
                                       .arg(name, disks->store, disks->keyName));
        }
    }
    return {};
}

int set(const QStringList &args)
{
    QCommandLineParser parser;
    StoreAccess access;
    access.addOptions(parser);
    const QCommandLineOption planOpt(QStringLiteral("plan"), Text::tr("premium or standard."), QStringLiteral("PLAN"));
    const QCommandLineOption regionOpt(QStringLiteral("region"), Text::tr("The workspace's region."),
                                       QStringLiteral("REGION"));
    const QCommandLineOption optionOpt(QStringLiteral("option"),
                                       Text::tr("Turn an option on or off (repeatable), e.g. "
                                                "notebook-results-in-customer-storage=on."),
                                       QStringLiteral("NAME=on|off"));
    parser.addOptions({planOpt, regionOpt, optionOpt});
    parser.addPositionalArgument(QStringLiteral("NAME"), Text::tr("The workspace."));
    if (int rc = parseOrExit(parser, args, Text::tr("Change a workspace's plan, region or options.")); rc >= 0)
        return rc;
    access.configure(parser);
    if (parser.positionalArguments().size() != 1) {
        err() << args.value(0) << ": " << Text::tr("expected one NAME") << Qt::endl;
        return ExitUsage;
    }
    if (!parser.isSet(planOpt) && !parser.isSet(regionOpt) && !parser.isSet(optionOpt)) {
        err() << args.value(0) << ": " << Text::tr("nothing to change: give --plan, --region or --option") << Qt::endl;
        return ExitUsage;
    }
    std::optional<Plan> plan;
    if (parser.isSet(planOpt)) {
        const Result<Plan> p = parsePlan(parser.value(planOpt));
        if (!p) {
            err() << args.value(0) << ": " << Text::tr("--plan must be premium or standard") << Qt::endl;
            return ExitUsage;
        }
        plan = *p;
    }
    QList<QPair<WorkspaceOption, bool>> settings;
    for (const QString &value : parser.values(optionOpt)) {
        auto s = parseOptionSetting(value);
        if (!s) {
            err() << args.value(0) << ": " << s.error().detail << Qt::endl;
            return ExitUsage;
        }
        settings << *s;
    }

    CatalogAccess catalog(access.dataDir());
    if (auto st = catalog.open(); !st)
        return report(args.value(0), st.error());
    auto before = catalog.workspace(parser.positionalArguments().first());
    if (!before)
        return report(args.value(0), before.error());
    auto assignments = catalog.catalog().assignments(before->id);
    if (!assignments)
        return report(args.value(0), assignments.error());

    WorkspaceRecord after = *before;
    QStringList changes; // stable words, for the audit log and --json
    QStringList shown;   // the same, for people
    if (plan && *plan != before->workspace.plan()) {
        after.workspace.setPlan(*plan);
        changes << QStringLiteral("plan %1 -> %2").arg(planId(before->workspace.plan()), planId(*plan));
        shown << Text::tr("plan %1 -> %2").arg(planDisplayName(before->workspace.plan()), planDisplayName(*plan));
    }
    const QString region = parser.value(regionOpt).trimmed();
    if (parser.isSet(regionOpt) && region != before->workspace.region()) {
        after.workspace.setRegion(region);
        changes << QStringLiteral("region %1 -> %2").arg(before->workspace.region(), region);
        shown << Text::tr("region %1 -> %2").arg(before->workspace.region(), region);
    }
    for (const auto &[option, on] : settings) {
        if (after.workspace.options().isSet(option) == on)
            continue;
        after.workspace.setOption(option, on);
        changes << QStringLiteral("%1 %2").arg(workspaceOptionId(option),
                                               on ? QStringLiteral("on") : QStringLiteral("off"));
        shown << QStringLiteral("%1 %2").arg(workspaceOptionId(option), onOff(on));
    }
    if (auto st = checkSettings(*before, after, *assignments); !st)
        return report(args.value(0), st.error());
    if (!changes.isEmpty()) {
        auto st = catalog.change(QStringLiteral("workspace.set"), before->workspace.name(),
                                 changes.join(QStringLiteral("; ")),
                                 [&](catalog::Catalog &c) { return c.updateWorkspace(after); });
        if (!st)
            return report(args.value(0), st.error());
    }
    if (access.json()) {
        QJsonObject o = workspaceJson(after, *assignments);
        o.insert(QStringLiteral("changes"), QJsonArray::fromStringList(changes));
        printJson(o);
    } else if (changes.isEmpty()) {
        out() << Text::tr("workspace '%1' unchanged").arg(before->workspace.name()) << Qt::endl;
    } else {
        out() << Text::tr("workspace '%1': %2").arg(before->workspace.name(), shown.join(QStringLiteral(", ")))
              << Qt::endl;
    }
    return ExitOk;
}

} // namespace

int runWorkspace(const QStringList &args)
{
    return dispatch(args,
                    {{QStringLiteral("create"), create},
                     {QStringLiteral("list"), list},
                     {QStringLiteral("show"), show},
                     {QStringLiteral("set"), set}},
                    Text::tr("Usage: keywardctl workspace create NAME [--plan P] [--region R] [--option O ...] "
                             "[--storage DIR] | list | show NAME | set NAME [--plan P] [--region R] "
                             "[--option O=on|off ...]\nRun 'keywardctl workspace <command> --help' for details."));
}

} // namespace keyward::cli

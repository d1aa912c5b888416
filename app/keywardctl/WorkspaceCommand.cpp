// WorkspaceCommand: keywardctl workspace create|list|show|set: the workspaces the catalog holds, through
// services::WorkspaceService.
#include "CliSupport.h"

#include "services/AssignmentService.h"
#include "services/Messages.h"
#include "services/WorkspaceRules.h"
#include "services/WorkspaceService.h"
#include "util/Input.h"

#include "model/DataTypeCatalogue.h"
#include "model/MatrixJson.h"
#include "model/MatrixRules.h"
#include "model/ObjectLayout.h"

#include <QJsonArray>

namespace keyward::cli {

namespace {

using catalog::Assignment;
using catalog::FeatureKeyRecord;
using catalog::WorkspaceRecord;
using namespace keyward::model;
using services::assignmentKeyRef;
using services::WorkspaceDetails;

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

// The shape `workspace list --json` prints per workspace; `show` adds feature keys and the matrix.
QJsonObject workspaceJson(const WorkspaceDetails &d)
{
    const WorkspaceRecord &r = d.record;
    QJsonObject keys;
    for (Feature f : customerKeyFeatures())
        keys.insert(featureId(f), assignmentJson(d.assignment(f)));
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
    const QCommandLineOption storageOpt(
        QStringLiteral("storage"),
        Text::tr("Where the workspace keeps its objects: a folder (default: <data dir>/workspaces/NAME; its areas "
                 "control-plane, root, disks and serverless are created in it), or an Azure Blob Storage container, "
                 "azure-blob:https://ACCOUNT.blob.core.windows.net/CONTAINER[/PREFIX]."),
        QStringLiteral("WHERE"));
    const BlobCredentialOptions blobOpts;
    parser.addOptions({planOpt, regionOpt, optionOpt, storageOpt});
    blobOpts.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("NAME"), Text::tr("The new workspace's name."));
    if (int rc = parseOrExit(parser, args, Text::tr("Create a workspace in the catalog and its object-store folder."),
                             ParseRules{{QStringLiteral("option")}, 1});
        rc >= 0)
        return rc;
    access.configure(parser);
    access.allowCreatingData();
    if (parser.positionalArguments().size() != 1) {
        err() << args.value(0) << ": " << Text::tr("expected one NAME") << Qt::endl;
        return ExitUsage;
    }
    services::CreateWorkspaceRequest request;
    request.name = parser.positionalArguments().first();
    if (auto st = services::checkWorkspaceName(request.name); !st)
        return report(args.value(0), st.error());
    if (auto keys = input::distinctKeys(QStringLiteral("--option"), parser.values(optionOpt)); !keys)
        return report(args.value(0), keys.error());
    const Result<Plan> plan = parsePlan(parser.value(planOpt));
    if (!plan) {
        err() << args.value(0) << ": " << Text::tr("--plan must be premium or standard") << Qt::endl;
        return ExitUsage;
    }
    request.plan = *plan;
    request.region = parser.value(regionOpt);
    for (const QString &value : parser.values(optionOpt)) {
        const Result<WorkspaceOption> option = parseWorkspaceOption(value);
        if (!option) {
            err() << args.value(0) << ": " << Text::tr("unknown option '%1'").arg(value) << Qt::endl;
            return ExitUsage;
        }
        request.options << *option;
    }
    request.storage = parser.value(storageOpt);
    if (int rc = blobOpts.read(parser, args.value(0), request.storage, request.storageCredential); rc >= 0)
        return rc;

    auto created = services::WorkspaceService(access.context()).create(request);
    if (!created)
        return report(args.value(0), created.error());
    if (access.json())
        printJson(workspaceJson(*created));
    else
        out() << Text::tr("created workspace '%1' (%2) with its objects in %3")
                     .arg(request.name, planDisplayName(request.plan), created->record.storageRoot)
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
    auto all = services::WorkspaceService(access.context()).list();
    if (!all)
        return report(args.value(0), all.error());
    QJsonArray array;
    QList<QStringList> rows;
    for (const WorkspaceDetails &d : *all) {
        const WorkspaceRecord &r = d.record;
        array.append(workspaceJson(d));
        rows << QStringList{r.workspace.name(), planId(r.workspace.plan()),
                            r.workspace.region().isEmpty() ? QStringLiteral("-") : r.workspace.region(),
                            QStringLiteral("%1/%2").arg(d.assignments.size()).arg(customerKeyFeatures().size()),
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
              << row.at(3).leftJustified(6) << terminalSafe(row.at(4)) << '\n';
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
                                      "keyward.matrix)."),
                             ParseRules{{}, 1});
        rc >= 0)
        return rc;
    access.configure(parser);
    if (parser.positionalArguments().size() != 1) {
        err() << args.value(0) << ": " << Text::tr("expected one NAME") << Qt::endl;
        return ExitUsage;
    }
    auto details = services::WorkspaceService(access.context()).details(parser.positionalArguments().first());
    if (!details)
        return report(args.value(0), details.error());
    const WorkspaceRecord *record = &details->record;
    const QList<FeatureKeyRecord> *keys = &details->activeFeatureKeys;

    if (access.json()) {
        QJsonObject o = workspaceJson(*details);
        QJsonArray fks;
        for (const FeatureKeyRecord &k : *keys)
            fks.append(featureKeyJson(k));
        o.insert(QStringLiteral("feature_keys"), fks);
        o.insert(QStringLiteral("matrix"), matrixToJson(details->model));
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
        const std::optional<Assignment> a = details->assignment(f);
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
    printCoverageSummary(details->model);
    out().flush();
    return ExitOk;
}

// "NAME=on|off" from --option; a usage message on error.
Result<QPair<WorkspaceOption, bool>> parseOptionSetting(const QString &value)
{
    const qsizetype eq = value.indexOf(QLatin1Char('='));
    const Result<WorkspaceOption> option = parseWorkspaceOption(QStringView(value).left(eq < 0 ? value.size() : eq));
    if (option && eq >= 0) {
        // on/off (or true/false, yes/no): input::boolean's one grammar.
        auto state = input::boolean(QStringLiteral("--option %1").arg(value.left(eq)), value.mid(eq + 1));
        if (!state)
            return state.error();
        return qMakePair(*option, *state);
    }
    return Error::make(ErrorCode::InvalidArgument,
                       Text::tr("bad --option '%1' (expected NAME=on or NAME=off, NAME one of "
                                "notebook-results-in-customer-storage, dbfs-double-encryption, "
                                "managed-disk-rotate-to-latest)")
                           .arg(value));
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
    if (int rc = parseOrExit(parser, args, Text::tr("Change a workspace's plan, region or options."),
                             ParseRules{{QStringLiteral("option")}, 1});
        rc >= 0)
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
    // One setting per option: "X=on X=off" is refused rather than reported as two changes.
    if (auto keys = input::distinctKeys(QStringLiteral("--option"), parser.values(optionOpt)); !keys)
        return report(args.value(0), keys.error());
    QList<QPair<WorkspaceOption, bool>> settings;
    for (const QString &value : parser.values(optionOpt)) {
        auto s = parseOptionSetting(value);
        if (!s)
            return report(args.value(0), s.error());
        settings << *s;
    }

    services::WorkspaceChangeRequest request;
    request.name = parser.positionalArguments().first();
    request.plan = plan;
    if (parser.isSet(regionOpt))
        request.region = parser.value(regionOpt);
    request.options = settings;
    auto changed = services::WorkspaceService(access.context()).change(request);
    if (!changed)
        return report(args.value(0), changed.error());
    QStringList changes; // stable words, as in the audit log
    QStringList shown;   // the same, for people
    for (const services::SettingChange &c : changed->changes) {
        changes << c.auditText();
        switch (c.kind) {
        case services::SettingChange::Kind::Plan:
            shown << Text::tr("plan %1 -> %2")
                         .arg(planDisplayName(*parsePlan(c.from)), planDisplayName(*parsePlan(c.to)));
            break;
        case services::SettingChange::Kind::Region:
            shown << Text::tr("region %1 -> %2").arg(c.from, c.to);
            break;
        case services::SettingChange::Kind::Option:
            shown << QStringLiteral("%1 %2").arg(workspaceOptionId(c.option), onOff(c.to == QLatin1String("on")));
            break;
        }
    }
    const QString name = changed->after.record.workspace.name();
    if (access.json()) {
        QJsonObject o = workspaceJson(changed->after);
        o.insert(QStringLiteral("changes"), QJsonArray::fromStringList(changes));
        printJson(o);
    } else if (changes.isEmpty()) {
        out() << Text::tr("workspace '%1' unchanged").arg(name) << Qt::endl;
    } else {
        out() << Text::tr("workspace '%1': %2").arg(name, shown.join(QStringLiteral(", "))) << Qt::endl;
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

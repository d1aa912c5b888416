// DemoCommand: keywardctl demo: the headless main job (services::DemoService), saying what it does at each
// step: a demo workspace with keys in a local vault, assigned, encrypted, verified, rotated, verified again.
#include "CliSupport.h"

#include "demo/DemoService.h"
#include "services/Messages.h"
#include "util/Input.h"

namespace keyward::cli {

namespace {

class DemoPrinter final : public services::DemoObserver
{
public:
    void demoStep(services::DemoStep step, const QStringList &args) override
    {
        out() << "==> " << services::Messages::demoStep(step, args) << Qt::endl;
    }

    void demoJobFinished(const jobs::JobReport &r) override
    {
        out() << "    " << services::Messages::jobSummary(r)
              << Text::tr(" (job %1, %2 ms, %3 key-store calls)").arg(r.jobId).arg(r.elapsedMs).arg(r.storeCalls)
              << Qt::endl;
        for (qsizetype i = 0; i < r.findings.size() && i < 5; ++i)
            out() << "    " << jobs::findingKindName(r.findings.at(i).kind) << ' '
                  << terminalSafe(r.findings.at(i).object) << ' ' << terminalSafe(r.findings.at(i).detail) << Qt::endl;
        for (const jobs::RotatedFeature &f : r.rotate ? r.rotate->rotated : QList<jobs::RotatedFeature>())
            out() << "    " << model::featureId(f.feature) << ": " << f.oldVersion.left(8) << " -> "
                  << f.newVersion.left(8) << Qt::endl;
    }
};

} // namespace

int runDemo(const QStringList &args)
{
    const QString cmd = args.value(0);
    QCommandLineParser parser;
    StoreAccess access;
    access.addOptions(parser);
    const QCommandLineOption wsOpt(QStringLiteral("workspace"), Text::tr("The demo workspace's name."),
                                   QStringLiteral("NAME"), QStringLiteral("demo"));
    const QCommandLineOption objectsOpt(QStringLiteral("objects"), Text::tr("Objects to generate."),
                                        QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption sizeOpt(QStringLiteral("size-mib"), Text::tr("Approximate data size in MiB."),
                                     QStringLiteral("MIB"), QStringLiteral("64"));
    const QCommandLineOption storageOpt(
        QStringLiteral("storage"),
        Text::tr("Where the demo workspace keeps its objects when it is made: a folder (default: <data dir>/"
                 "workspaces/NAME) or azure-blob:https://ACCOUNT.blob.core.windows.net/CONTAINER[/PREFIX]."),
        QStringLiteral("WHERE"));
    const QCommandLineOption storeOpt(
        QStringLiteral("store"),
        Text::tr("Keep the demo's keys in this key store (one added with 'keywardctl store add') instead of the "
                 "demo's own local vault."),
        QStringLiteral("NAME"));
    const BlobCredentialOptions blobOpts;
    parser.addOptions({wsOpt, objectsOpt, sizeOpt, storageOpt, storeOpt});
    blobOpts.addTo(parser);
    if (int rc = parseOrExit(parser, args,
                             Text::tr("Run the whole flow on a demo workspace: a local vault with three keys, a "
                                      "workspace with sample data of every type, keys assigned, encrypt, verify, "
                                      "rotate, verify again. Safe to run again: it carries on from what exists; "
                                      "a workspace of that name that the demo did not make is refused."));
        rc >= 0)
        return rc;
    access.configure(parser);
    access.allowCreatingData();
    services::DemoRequest request;
    request.workspace = parser.value(wsOpt);
    // Bounds a laptop can hold: a million objects, a TiB (docs/CLI.md, "Input").
    auto objects = input::integer(QStringLiteral("--objects"), parser.value(objectsOpt), 1, 1'000'000);
    if (!objects)
        return report(cmd, objects.error());
    auto sizeMiB = input::integer(QStringLiteral("--size-mib"), parser.value(sizeOpt), 1, 1024 * 1024);
    if (!sizeMiB)
        return report(cmd, sizeMiB.error());
    request.objects = *objects;
    request.sizeMiB = *sizeMiB;
    request.storage = parser.value(storageOpt);
    request.store = parser.value(storeOpt);
    std::optional<storage::AzureBlobCredential> credential;
    if (int rc = blobOpts.read(parser, cmd, request.storage, credential); rc >= 0)
        return rc;
    if (credential)
        request.storageCredential = std::make_shared<const storage::AzureBlobCredential>(std::move(*credential));
    DemoPrinter printer;
    auto result = services::DemoService(access.context()).run(request, &printer);
    if (!result)
        return report(cmd, result.error());
    if (result->clean())
        return ExitOk;
    for (const jobs::JobReport &r : result->jobs)
        if (!r.ok())
            return ExitFailure;
    return result->historyIntact ? ExitFindings : ExitFormat;
}

} // namespace keyward::cli

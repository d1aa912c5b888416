// ExportCommand: keywardctl export terraform|arm: a workspace's customer-managed key configuration as code for Azure
// (compliance/ConfigExport), on standard output or written atomically to --out.
#include "CliSupport.h"

#include "compliance/ConfigExport.h"
#include "util/SafeWrite.h"

#include <QJsonObject>

namespace keyward::cli {

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    StoreAccess access;
    access.addOptions(parser); // --data-dir, --passphrase-file, --pin-file, --json
    const QCommandLineOption workspaceOpt(QStringLiteral("workspace"), Text::tr("The workspace to export."),
                                          QStringLiteral("W"));
    const QCommandLineOption outOpt(QStringLiteral("out"),
                                    Text::tr("Write to FILE (replaced whole, never through a symbolic link) instead "
                                             "of standard output."),
                                    QStringLiteral("FILE"));
    parser.addOptions({workspaceOpt, outOpt});
    parser.addPositionalArgument(QStringLiteral("format"),
                                 Text::tr("terraform (azurerm provider) or arm (ARM template)."),
                                 QStringLiteral("terraform|arm"));
    if (int rc = parseOrExit(
            parser, args,
            Text::tr("Export a workspace's customer-managed key configuration as Terraform for the azurerm provider "
                     "or as an ARM template: the keys (placeholders for keys held outside Azure), the workspace with "
                     "versioned key ids, and the grants in the order Azure needs them. Refused where Azure would "
                     "refuse: a Standard-plan workspace, an AES key, no key assigned."),
            ParseRules{{}, 1});
        rc >= 0)
        return rc;
    access.configure(parser);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err() << args.value(0) << ": "
              << (positional.isEmpty() ? Text::tr("name the format: terraform or arm")
                                       : Text::tr("unexpected argument '%1'").arg(positional.value(1)))
              << Qt::endl;
        return ExitUsage;
    }
    auto format = compliance::parseConfigFormat(positional.first());
    if (!format) {
        err() << args.value(0) << ": " << Text::tr("unknown format '%1' (terraform or arm)").arg(positional.first())
              << Qt::endl;
        return ExitUsage;
    }
    if (!parser.isSet(workspaceOpt)) {
        err() << args.value(0) << ": " << Text::tr("--workspace is required") << Qt::endl;
        return ExitUsage;
    }
    const QString workspace = parser.value(workspaceOpt);

    auto input = compliance::exportInputFor(access.context(), workspace);
    if (!input)
        return report(args.value(0), input.error());
    auto text = compliance::configFor(*format, *input);
    if (!text)
        return report(args.value(0), text.error());

    if (!parser.isSet(outOpt)) {
        out() << *text;
        out().flush();
        return ExitOk;
    }
    const QString path = parser.value(outOpt);
    if (auto st = writeFileAtomically(path, text->toUtf8()); !st)
        return report(args.value(0), st.error());
    if (access.json())
        printJson(QJsonObject{{QStringLiteral("workspace"), workspace},
                              {QStringLiteral("format"), compliance::configFormatId(*format)},
                              {QStringLiteral("file"), path}});
    else
        out() << Text::tr("wrote %1").arg(path) << Qt::endl;
    return ExitOk;
}

} // namespace keyward::cli

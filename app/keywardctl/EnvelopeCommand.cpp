// EnvelopeCommand: keywardctl envelope inspect FILE [--json].
#include "CliSupport.h"

#include "envelope/Envelope.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyward::cli {

namespace {

QString hex(const QByteArray &b)
{
    return QString::fromLatin1(b.toHex());
}

int inspectCommand(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("keywardctl", "Print JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QCoreApplication::translate("keywardctl", "The KWE1 object, or - for standard input."));
    if (int rc = parseOrExit(parser, args,
                             QCoreApplication::translate("keywardctl",
                                                         "Show a KWE1 object's header and layout. No key is used.\n"
                                                         "Exit status: 0 well-formed, 3 format error, 1 other error."),
                             ParseRules{{}, 1});
        rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1) {
        err() << args.value(0) << ": " << QCoreApplication::translate("keywardctl", "expected one FILE") << Qt::endl;
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().first();
    Error error;
    auto in = openInput(path, &error);
    if (!in)
        return report(args.value(0), error);
    auto info = envelope::inspect(in.get());
    if (!info)
        return report(args.value(0), info.error());

    const envelope::Kwe1Header &h = info->header;
    if (parser.isSet(json)) {
        QJsonObject o;
        o.insert(QStringLiteral("format"), QStringLiteral("KWE1"));
        o.insert(QStringLiteral("version"), int(envelope::Kwe1Header::Version));
        o.insert(QStringLiteral("feature"), envelope::kwe1FeatureName(h.feature));
        o.insert(QStringLiteral("feature_code"), int(h.feature));
        o.insert(QStringLiteral("segment_log2"), h.segmentLog2);
        o.insert(QStringLiteral("segment_size"), h.segmentSize());
        o.insert(QStringLiteral("object_id"), hex(h.objectId));
        o.insert(QStringLiteral("nonce_prefix"), hex(h.noncePrefix));
        o.insert(QStringLiteral("fk_id"), hex(h.fkId));
        o.insert(QStringLiteral("object_size"), info->objectSize);
        o.insert(QStringLiteral("segment_count"), info->segmentCount);
        o.insert(QStringLiteral("plaintext_size"),
                 info->objectSize - envelope::Kwe1Header::Size - envelope::Kwe1Header::TagSize * info->segmentCount);
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        out().flush();
        return ExitOk;
    }
    auto line = [](const char *label, const QString &value) {
        out() << QCoreApplication::translate("keywardctl", label).leftJustified(16) << value << '\n';
    };
    line(QT_TRANSLATE_NOOP("keywardctl", "format"),
         QStringLiteral("KWE1 version %1").arg(envelope::Kwe1Header::Version));
    line(QT_TRANSLATE_NOOP("keywardctl", "feature"),
         QStringLiteral("%1 (%2)").arg(envelope::kwe1FeatureName(h.feature)).arg(int(h.feature)));
    line(QT_TRANSLATE_NOOP("keywardctl", "segment size"),
         QStringLiteral("%1 bytes (2^%2)").arg(h.segmentSize()).arg(h.segmentLog2));
    line(QT_TRANSLATE_NOOP("keywardctl", "object_id"), hex(h.objectId));
    line(QT_TRANSLATE_NOOP("keywardctl", "nonce_prefix"), hex(h.noncePrefix));
    line(QT_TRANSLATE_NOOP("keywardctl", "fk_id"), hex(h.fkId));
    line(QT_TRANSLATE_NOOP("keywardctl", "object size"), QString::number(info->objectSize));
    line(QT_TRANSLATE_NOOP("keywardctl", "segments"), QString::number(info->segmentCount));
    out().flush();
    return ExitOk;
}

} // namespace

int runEnvelope(const QStringList &args)
{
    return dispatch(args, {{QStringLiteral("inspect"), inspectCommand}},
                    QCoreApplication::translate("keywardctl", "Usage: keywardctl envelope inspect FILE [--json]\n"
                                                              "Run 'keywardctl envelope inspect --help' for details."));
}

} // namespace keyward::cli

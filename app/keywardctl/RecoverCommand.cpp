// RecoverCommand: keywardctl recover: break-glass decryption with escrow records and the escrow private key.
#include "CliSupport.h"

#include "crypto/RsaKey.h"
#include "envelope/Envelope.h"
#include "escrow/EscrowKeyring.h"

#include <QCoreApplication>

namespace keyward::cli {

namespace {

Result<QByteArray> readSmallFile(const QString &path)
{
    Error error;
    auto file = openInput(path, &error);
    if (!file)
        return error;
    if (!file->isSequential() && file->size() > (1 << 20))
        return Error::make(
            ErrorCode::Format,
            QCoreApplication::translate("keywardctl", "%1 is too large to be a key or record").arg(path));
    return file->read(1 << 20);
}

} // namespace

int runRecover(const QStringList &args)
{
    const QString cmd = args.value(0);
    QCommandLineParser parser;
    const QCommandLineOption keyOpt(QStringLiteral("escrow-key"),
                                    QCoreApplication::translate("keywardctl", "The escrow RSA private key (PEM)."),
                                    QStringLiteral("KEY.pem"));
    const QCommandLineOption recordOpt(
        QStringLiteral("record"),
        QCoreApplication::translate("keywardctl", "An escrow record (keyward-escrow/1); repeatable."),
        QStringLiteral("REC.json"));
    const QCommandLineOption inOpt(
        QStringLiteral("in"), QCoreApplication::translate("keywardctl", "The KWE1 object, or - for standard input."),
        QStringLiteral("FILE"));
    const QCommandLineOption outOpt(
        QStringLiteral("out"),
        QCoreApplication::translate("keywardctl", "Where to write the plaintext, or - for standard output."),
        QStringLiteral("FILE"));
    const QCommandLineOption quietOpt(QStringLiteral("quiet"),
                                      QCoreApplication::translate("keywardctl", "Print nothing on success."));
    const QCommandLineOption passphraseOpt(
        QStringLiteral("passphrase-file"),
        Text::tr("Read the escrow key's passphrase from FILE (- for standard input) instead of asking on the "
                 "terminal, when the key is passphrase-protected."),
        QStringLiteral("FILE"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     Text::tr("Print an error as JSON (code, reason, args) on standard error."));
    parser.addOptions({keyOpt, recordOpt, inOpt, outOpt, quietOpt, passphraseOpt, jsonOpt});
    if (int rc = parseOrExit(
            parser, args,
            QCoreApplication::translate(
                "keywardctl",
                "Decrypt a KWE1 object with escrow records and the escrow private key, with no catalog or key store.\n"
                "The feature key is found by the object's fk_id; a platform (double-encryption) layer is peeled too.\n"
                "The output file appears only when every segment has been authenticated.\n"
                "A passphrase-protected escrow key is opened with the passphrase asked for (or --passphrase-file).\n"
                "Exit status: 0 recovered, 1 other error, 2 usage, 3 format error, 4 key error,\n"
                "5 authentication failure, 7 output refused (a link or a folder that is not yours),\n"
                "8 wrong passphrase."),
            ParseRules{{QStringLiteral("record")}, 0});
        rc >= 0)
        return rc;
    setJsonErrors(parser.isSet(jsonOpt));
    if (!parser.isSet(keyOpt) || !parser.isSet(recordOpt) || !parser.isSet(inOpt) || !parser.isSet(outOpt) ||
        !parser.positionalArguments().isEmpty()) {
        err() << cmd << ": "
              << QCoreApplication::translate("keywardctl", "--escrow-key, --record, --in and --out are required")
              << Qt::endl;
        return ExitUsage;
    }
    if (parser.value(inOpt) == QLatin1String("-") && parser.value(keyOpt) == QLatin1String("-")) {
        err() << cmd << ": " << QCoreApplication::translate("keywardctl", "only one input can be standard input")
              << Qt::endl;
        return ExitUsage;
    }

    const QString keyPath = parser.value(keyOpt);
    if (parser.value(passphraseOpt) == QLatin1String("-") &&
        (keyPath == QLatin1String("-") || parser.value(inOpt) == QLatin1String("-"))) {
        err() << cmd << ": " << QCoreApplication::translate("keywardctl", "only one input can be standard input")
              << Qt::endl;
        return ExitUsage;
    }
    auto pem = readSmallFile(keyPath);
    if (!pem)
        return report(cmd, pem.error());
    Result<crypto::RsaPrivateKey> key = Error::make(ErrorCode::Format, {});
    if (crypto::RsaPrivateKey::isEncryptedPem(*pem)) {
        // A passphrase-protected key, as `openssl genpkey -aes256` makes: asked for, or read from a file.
        auto passphrase = readSecret(parser.value(passphraseOpt),
                                     Text::tr("Passphrase for the escrow key %1: ").arg(terminalSafe(keyPath)),
                                     QStringLiteral("--passphrase-file"));
        if (!passphrase) {
            crypto::wipe(*pem);
            return report(cmd, passphrase.error());
        }
        key = crypto::RsaPrivateKey::fromPem(*pem, *passphrase);
        crypto::wipe(*pem);
        if (!key && key.error().code == ErrorCode::WrongPassphrase)
            return report(
                cmd, Error::make(ErrorCode::WrongPassphrase, Text::tr("the passphrase does not open %1").arg(keyPath)));
    } else {
        key = crypto::RsaPrivateKey::fromPem(*pem);
        crypto::wipe(*pem);
    }
    if (!key)
        return report(cmd, Error::because(ErrorCode::Format, Reason::EscrowKeyInvalid, {keyPath},
                                          QStringLiteral("%1 is not an RSA private key in PEM form").arg(keyPath)));
    escrow::EscrowKeyring keyring(std::move(key).value());
    for (const QString &path : parser.values(recordOpt)) {
        auto json = readSmallFile(path);
        if (!json)
            return report(cmd, json.error());
        auto record = escrow::EscrowRecord::fromJson(*json);
        if (!record) {
            Error e = record.error();
            e.detail = QStringLiteral("%1: %2").arg(path, e.detail);
            return report(cmd, e);
        }
        keyring.add(std::move(record).value());
    }

    Error error;
    auto in = openInput(parser.value(inOpt), &error);
    if (!in)
        return report(cmd, error);
    // The header is checked before any output exists, so a format error leaves nothing behind.
    AtomicOutput output;
    if (!output.open(parser.value(outOpt), &error))
        return report(cmd, error);
    auto result = envelope::open(in.get(), output.device(), keyring);
    if (!result) {
        output.discard();
        return report(cmd, result.error());
    }
    if (!output.commit(&error))
        return report(cmd, error);
    if (!parser.isSet(quietOpt)) {
        const QString layers = result->inner
                                   ? QCoreApplication::translate("keywardctl", "%1 object inside a platform layer")
                                         .arg(envelope::kwe1FeatureName(result->inner->feature))
                                   : QCoreApplication::translate("keywardctl", "%1 object")
                                         .arg(envelope::kwe1FeatureName(result->header.feature));
        err() << QCoreApplication::translate("keywardctl", "recovered %1 bytes from a %2")
                     .arg(output.written())
                     .arg(layers)
              << Qt::endl;
    }
    return ExitOk;
}

} // namespace keyward::cli

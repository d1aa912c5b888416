// ReportVerifyCommand: keywardctl report verify FILE and keywardctl report signing-key: checking a signed report
// (its signature, then the rotation history's head it carries) and exporting the report-signing public key.
#include "CliSupport.h"

#include "compliance/ReportSigner.h"
#include "services/Messages.h"
#include "util/SafeWrite.h"

namespace keyward::cli {

namespace {

// Reports, signatures and PEM keys are small; anything larger is not one.
constexpr qint64 MaximumInput = qint64(256) << 20;

Result<QByteArray> readInput(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::because(ErrorCode::Io, Reason::InputNotRead, {path, f.errorString()},
                              QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    if (f.size() > MaximumInput)
        return Error::make(ErrorCode::Format, QStringLiteral("%1 is too large to be a report").arg(path));
    const QByteArray bytes = f.readAll();
    if (f.error() != QFileDevice::NoError)
        return Error::because(ErrorCode::Io, Reason::InputNotRead, {path, f.errorString()},
                              QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    return bytes;
}

QJsonValue hexOrNull(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromLatin1(bytes.toHex()));
}

QString anchorName(compliance::AnchorState state)
{
    switch (state) {
    case compliance::AnchorState::NotChecked:
        return QStringLiteral("not-checked");
    case compliance::AnchorState::NoAnchor:
        return QStringLiteral("no-anchor");
    case compliance::AnchorState::Malformed:
        return QStringLiteral("malformed");
    case compliance::AnchorState::Intact:
        return QStringLiteral("intact");
    case compliance::AnchorState::ChainBroken:
        return QStringLiteral("chain-broken");
    case compliance::AnchorState::HeadMissing:
        return QStringLiteral("head-missing");
    case compliance::AnchorState::HeadDiffers:
        return QStringLiteral("head-differs");
    case compliance::AnchorState::EntriesDiffer:
        return QStringLiteral("entries-differ");
    }
    return QStringLiteral("unknown");
}

int verify(const QStringList &args)
{
    const QString cmd = args.value(0);
    QCommandLineParser parser;
    StoreAccess access;
    access.addOptions(parser);
    const QCommandLineOption signatureOpt(QStringLiteral("signature"),
                                          Text::tr("The raw signature (default: FILE.sig)."), QStringLiteral("SIG"));
    const QCommandLineOption publicKeyOpt(
        QStringLiteral("public-key"),
        Text::tr("Check with this public key (PEM) instead of the vault's report-signing key."), QStringLiteral("PEM"));
    const QCommandLineOption vaultOpt(
        QStringLiteral("vault"),
        Text::tr("The local vault that keeps the report-signing key (default: the only local vault)."),
        QStringLiteral("VAULT"));
    parser.addOptions({signatureOpt, publicKeyOpt, vaultOpt});
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The signed report (JSON)."));
    if (int rc = parseOrExit(parser, args,
                             Text::tr("Check a signed report: its signature (RSA-PSS-SHA256) with the report-signing "
                                      "key or --public-key, then that the rotation history still holds the head the "
                                      "report carries. Exit 0 when both hold, 5 when the signature does not verify, "
                                      "3 when the history was rewritten or broken since, or the report carries no "
                                      "history head."),
                             ParseRules{{}, 1});
        rc >= 0)
        return rc;
    access.configure(parser);
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err() << cmd << ": " << Text::tr("name one signed report") << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(publicKeyOpt) && parser.isSet(vaultOpt)) {
        err() << cmd << ": " << Text::tr("--public-key and --vault exclude each other") << Qt::endl;
        return ExitUsage;
    }
    const QString file = files.first();
    auto document = readInput(file);
    if (!document)
        return report(cmd, document.error());
    const QString sigPath = parser.isSet(signatureOpt) ? parser.value(signatureOpt) : compliance::signaturePath(file);
    auto signature = readInput(sigPath);
    if (!signature)
        return report(cmd, signature.error());

    services::Context &context = access.context();
    Result<compliance::ReportVerification> checked = Error::make(ErrorCode::InvalidArgument, QString());
    if (parser.isSet(publicKeyOpt)) {
        auto pem = readInput(parser.value(publicKeyOpt));
        if (!pem)
            return report(cmd, pem.error());
        checked = compliance::verifyReport(context, *document, *signature, *pem);
    } else {
        auto keys = compliance::ReportSigner(context).publicKeys(parser.value(vaultOpt));
        if (!keys)
            return report(cmd, keys.error());
        checked = compliance::verifyReport(context, *document, *signature, *keys);
    }
    if (!checked)
        return report(cmd, checked.error());
    const compliance::ReportVerification &v = *checked;

    if (access.json()) {
        printJson(QJsonObject{
            {QStringLiteral("signature_valid"), v.signatureValid},
            {QStringLiteral("key_id"), v.keyId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.keyId)},
            {QStringLiteral("key_sha256"), hexOrNull(v.keyFingerprint)},
            {QStringLiteral("history_checked"), v.historyChecked},
            {QStringLiteral("history_intact"), v.historyIntact},
            {QStringLiteral("history"), anchorName(v.anchor)},
            {QStringLiteral("history_problem"),
             v.historyProblem.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.historyProblem)},
            {QStringLiteral("entries"), v.entries},
            {QStringLiteral("head_seq"), v.headSeq},
            {QStringLiteral("head_hash"), hexOrNull(v.headHash)}});
    } else {
        if (v.signatureValid) {
            out() << Text::tr("signature OK") << Qt::endl;
            out() << Text::tr("key: %1").arg(v.keyId.isEmpty() ? Text::tr("the public key given") : v.keyId)
                  << Qt::endl;
            out()
                << Text::tr("key SHA-256 (SubjectPublicKeyInfo): %1").arg(QString::fromLatin1(v.keyFingerprint.toHex()))
                << Qt::endl;
        } else {
            out() << Text::tr("signature BAD") << Qt::endl;
        }
        out() << services::Messages::reportHistory(v) << Qt::endl;
    }
    if (!v.signatureValid)
        return ExitAuth;
    return v.historyIntact ? ExitOk : ExitFormat;
}

int signingKey(const QStringList &args)
{
    const QString cmd = args.value(0);
    QCommandLineParser parser;
    StoreAccess access;
    access.addOptions(parser);
    const QCommandLineOption vaultOpt(
        QStringLiteral("vault"),
        Text::tr("The local vault that keeps the report-signing key (default: the only local vault)."),
        QStringLiteral("VAULT"));
    const QCommandLineOption outOpt(
        QStringLiteral("out"), Text::tr("Write the PEM to FILE (default: standard output)."), QStringLiteral("FILE"));
    parser.addOptions({vaultOpt, outOpt});
    if (int rc = parseOrExit(parser, args,
                             Text::tr("Print the report-signing public key (PEM), for 'openssl dgst -verify'. The key "
                                      "is made in the vault on first use."));
        rc >= 0)
        return rc;
    access.configure(parser);
    if (!parser.positionalArguments().isEmpty()) {
        err() << cmd << ": " << Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().first())
              << Qt::endl;
        return ExitUsage;
    }
    compliance::ReportSigner signer(access.context());
    auto key = signer.currentPublicKey(parser.value(vaultOpt));
    if (!key)
        return report(cmd, key.error());
    const QString outPath = parser.value(outOpt);
    const bool toStdout = outPath.isEmpty() || outPath == QLatin1String("-");
    // A public key: readable by all, like the reports it checks.
    if (!toStdout) {
        if (auto st = writeFileAtomically(outPath, key->pem,
                                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                              QFileDevice::ReadOther);
            !st)
            return report(cmd, st.error());
    }
    if (access.json()) {
        printJson(QJsonObject{{QStringLiteral("key_id"), key->keyId},
                              {QStringLiteral("pem"), QString::fromLatin1(key->pem)},
                              {QStringLiteral("out"), toStdout ? QJsonValue(QJsonValue::Null) : QJsonValue(outPath)}});
    } else if (toStdout) {
        out() << QString::fromLatin1(key->pem);
        out().flush();
    } else {
        out() << Text::tr("report-signing public key %1 written to %2").arg(key->keyId, outPath) << Qt::endl;
    }
    return ExitOk;
}

} // namespace

int runReportVerify(const QStringList &args)
{
    return verify(args);
}

int runReportSigningKey(const QStringList &args)
{
    return signingKey(args);
}

int runReportTools(const QStringList &args)
{
    return dispatch(args,
                    {{QStringLiteral("verify"), runReportVerify}, {QStringLiteral("signing-key"), runReportSigningKey}},
                    Text::tr("Usage: keywardctl report verify FILE [--signature SIG] [--public-key PEM] [--vault "
                             "VAULT]\n       keywardctl report signing-key [--vault VAULT] [--out FILE]"));
}

} // namespace keyward::cli

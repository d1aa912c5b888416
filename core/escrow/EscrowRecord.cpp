// EscrowRecord: parsing, writing, creating and opening escrow records.
#include "escrow/EscrowRecord.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace keyward::escrow {

namespace {

Error formatError(const QString &detail)
{
    return Error::make(ErrorCode::Format, QStringLiteral("escrow record: %1").arg(detail));
}

bool isLowerHex(const QString &s, int length)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]*$"));
    return s.size() == length && hex.match(s).hasMatch();
}

bool knownFeature(const QString &f)
{
    return f == QLatin1String("managed-services") || f == QLatin1String("dbfs-root") ||
           f == QLatin1String("managed-disks") || f == QLatin1String("platform");
}

} // namespace

Result<EscrowRecord> EscrowRecord::fromJson(const QByteArray &json)
{
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return formatError(QStringLiteral("not a JSON object"));
    const QJsonObject o = doc.object();
    auto text = [&](const char *key) { return o.value(QLatin1String(key)).toString(); };
    if (text("format") != QLatin1String(FormatName))
        return formatError(QStringLiteral("format is not %1").arg(QLatin1String(FormatName)));
    EscrowRecord r;
    r.workspace = text("workspace");
    r.feature = text("feature");
    r.alg = text("alg");
    if (!knownFeature(r.feature))
        return formatError(QStringLiteral("unknown feature '%1'").arg(r.feature));
    if (r.alg != QLatin1String("RSA-OAEP-256"))
        return formatError(QStringLiteral("unsupported algorithm '%1'").arg(r.alg));
    if (!isLowerHex(text("fk_id"), 32))
        return formatError(QStringLiteral("fk_id must be 32 lowercase hex digits"));
    if (!isLowerHex(text("recipient_sha256"), 64))
        return formatError(QStringLiteral("recipient_sha256 must be 64 lowercase hex digits"));
    r.fkId = QByteArray::fromHex(text("fk_id").toLatin1());
    r.recipientSha256 = QByteArray::fromHex(text("recipient_sha256").toLatin1());
    auto decoded =
        QByteArray::fromBase64Encoding(text("wrapped_fk").toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return formatError(QStringLiteral("wrapped_fk is not standard base64"));
    r.wrappedFk = decoded.decoded;
    return r;
}

QByteArray EscrowRecord::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QLatin1String(FormatName));
    o.insert(QStringLiteral("workspace"), workspace);
    o.insert(QStringLiteral("feature"), feature);
    o.insert(QStringLiteral("fk_id"), QString::fromLatin1(fkId.toHex()));
    o.insert(QStringLiteral("alg"), alg);
    o.insert(QStringLiteral("recipient_sha256"), QString::fromLatin1(recipientSha256.toHex()));
    o.insert(QStringLiteral("wrapped_fk"), QString::fromLatin1(wrappedFk.toBase64()));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<EscrowRecord> EscrowRecord::create(const QString &workspace, const QString &feature, const QByteArray &fkId,
                                          const crypto::SecureBytes &fk, const crypto::RsaPublicKey &recipient)
{
    if (!knownFeature(feature))
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("unknown feature '%1'").arg(feature));
    if (fkId.size() != 16 || fk.size() != 32)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("feature key and its id must be 32 and 16 bytes"));
    auto fingerprint = recipient.spkiSha256();
    if (!fingerprint)
        return fingerprint.error();
    auto wrapped = recipient.encryptOaepSha256(fk.view());
    if (!wrapped)
        return wrapped.error();
    EscrowRecord r;
    r.workspace = workspace;
    r.feature = feature;
    r.fkId = fkId;
    r.alg = QStringLiteral("RSA-OAEP-256");
    r.recipientSha256 = *fingerprint;
    r.wrappedFk = *wrapped;
    return r;
}

Result<crypto::SecureBytes> EscrowRecord::open(const crypto::RsaPrivateKey &escrowKey) const
{
    auto fingerprint = escrowKey.publicKey().spkiSha256();
    if (!fingerprint)
        return fingerprint.error();
    if (*fingerprint != recipientSha256)
        return Error::make(ErrorCode::Key,
                           QStringLiteral("escrow record for feature key %1 was made for another escrow key "
                                          "(recipient %2, this key is %3)")
                               .arg(QString::fromLatin1(fkId.toHex()), QString::fromLatin1(recipientSha256.toHex()),
                                    QString::fromLatin1(fingerprint->toHex())));
    auto fk = escrowKey.decryptOaepSha256(wrappedFk);
    if (!fk || fk->size() != 32)
        return Error::make(ErrorCode::Key,
                           QStringLiteral("escrow record for feature key %1 does not open with this escrow key")
                               .arg(QString::fromLatin1(fkId.toHex())));
    return std::move(fk).value();
}

} // namespace keyward::escrow

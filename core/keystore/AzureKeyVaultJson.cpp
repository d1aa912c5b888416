// The Key Vault REST API's JSON as Keyward's key model, and its errors as Keyward's errors. Pure functions, tested
// against the official examples.
#include "keystore/AzureKeyVaultStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace keyward::keystore {

namespace {

std::optional<QDateTime> unixTime(const QJsonObject &o, const QString &field)
{
    const QJsonValue v = o.value(field);
    if (!v.isDouble())
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(qint64(std::llround(v.toDouble())), Qt::UTC);
}

// The bit length of a big-endian unsigned integer (an RSA modulus).
int bitLength(const QByteArray &bytes)
{
    qsizetype i = 0;
    while (i < bytes.size() && bytes.at(i) == 0)
        ++i;
    if (i == bytes.size())
        return 0;
    int top = 0;
    for (auto b = quint8(bytes.at(i)); b != 0; b >>= 1)
        ++top;
    return int((bytes.size() - i - 1) * 8) + top;
}

QString errorCodeOf(const QJsonObject &error)
{
    return error.value(QStringLiteral("code")).toString();
}

} // namespace

std::optional<QByteArray> decodeJwkBase64(const QString &text)
{
    const QByteArray raw = text.trimmed().toLatin1();
    const bool url = raw.contains('-') || raw.contains('_');
    const bool standard = raw.contains('+') || raw.contains('/');
    if (url && standard)
        return std::nullopt;
    auto result =
        QByteArray::fromBase64Encoding(raw, (standard ? QByteArray::Base64Encoding : QByteArray::Base64UrlEncoding) |
                                                QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return *result;
}

std::optional<AzureChallenge> AzureChallenge::parse(const QByteArray &wwwAuthenticate)
{
    const QString text = QString::fromLatin1(wwwAuthenticate).trimmed();
    static const QRegularExpression scheme(QStringLiteral("^Bearer\\s+"), QRegularExpression::CaseInsensitiveOption);
    const auto m = scheme.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    // name="value" or name=value, separated by commas and/or spaces.
    static const QRegularExpression pair(
        QStringLiteral("\\G[\\s,]*([A-Za-z_][A-Za-z0-9_-]*)\\s*=\\s*(?:\"([^\"]*)\"|([^\\s,\"]+))\\s*"));
    AzureChallenge c;
    qsizetype pos = m.capturedEnd();
    bool any = false;
    while (pos < text.size()) {
        const auto p =
            pair.match(text, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!p.hasMatch() || p.capturedLength() == 0) {
            // Trailing separators only are fine; anything else is not a challenge we understand.
            if (text.mid(pos).trimmed().remove(QLatin1Char(',')).trimmed().isEmpty())
                break;
            return std::nullopt;
        }
        const QString name = p.captured(1).toLower();
        const QString value = p.captured(2).isNull() ? p.captured(3) : p.captured(2);
        if (name == QLatin1String("authorization") || name == QLatin1String("authorization_uri"))
            c.authority = value;
        else if (name == QLatin1String("resource"))
            c.resource = value;
        else if (name == QLatin1String("scope"))
            c.scope = value;
        any = true;
        pos = p.capturedEnd();
    }
    if (!any)
        return std::nullopt;
    while (c.authority.endsWith(QLatin1Char('/')))
        c.authority.chop(1);
    const QUrl authority(c.authority, QUrl::StrictMode);
    if (c.authority.isEmpty() || !authority.isValid() || authority.host().isEmpty())
        return std::nullopt;
    return c;
}

Protection protectionFromRecoveryLevel(const QString &level, std::optional<int> recoverableDays)
{
    Protection p;
    const bool customized = level.startsWith(QLatin1String("CustomizedRecoverable"));
    p.softDelete = customized || level.startsWith(QLatin1String("Recoverable"));
    p.purgeProtection = p.softDelete && !level.contains(QLatin1String("Purgeable"));
    if (!p.softDelete)
        p.retentionDays = 0;
    else if (recoverableDays)
        p.retentionDays = *recoverableDays;
    else
        p.retentionDays = 90; // the service's fixed interval; a Customized level always says its days
    return p;
}

Result<KeyVersionInfo> keyVersionFromBundle(const QJsonObject &bundle)
{
    const QJsonObject key = bundle.value(QStringLiteral("key")).toObject();
    const QString kid = key.contains(QStringLiteral("kid")) ? key.value(QStringLiteral("kid")).toString()
                                                            : bundle.value(QStringLiteral("kid")).toString();
    const QUrl url(kid, QUrl::StrictMode);
    QStringList segments = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const qsizetype keysAt = segments.lastIndexOf(QStringLiteral("keys"));
    if (!url.isValid() || url.host().isEmpty() || keysAt < 0 || keysAt + 1 >= segments.size() ||
        segments.size() > keysAt + 3)
        return Error::make(ErrorCode::Format,
                           QStringLiteral("the vault answered a key id that is not one: '%1'").arg(kid.left(200)));
    KeyVersionInfo info;
    info.id = kid;
    info.name = segments.at(keysAt + 1);
    if (segments.size() == keysAt + 3)
        info.version = segments.at(keysAt + 2);

    const QString kty = key.value(QStringLiteral("kty")).toString();
    if (!kty.isEmpty()) {
        const QString base = kty.endsWith(QLatin1String("-HSM")) ? kty.chopped(4) : kty;
        if (base == QLatin1String("RSA")) {
            info.kind = KeyKind::Rsa;
            const auto n = decodeJwkBase64(key.value(QStringLiteral("n")).toString());
            if (!n)
                return Error::make(ErrorCode::Format,
                                   QStringLiteral("key %1: the RSA modulus is not base64url").arg(kid));
            info.bits = bitLength(*n);
        } else if (base == QLatin1String("oct")) {
            info.kind = KeyKind::Aes;
            info.bits = key.contains(QStringLiteral("key_size")) ? key.value(QStringLiteral("key_size")).toInt()
                                                                 : 256; // a JWK does not say an AES key's size
        } else {
            return Error::make(ErrorCode::Unsupported, QStringLiteral("key %1 is of type %2, which Keyward does not "
                                                                      "use (RSA, RSA-HSM, oct-HSM)")
                                                           .arg(kid, kty));
        }
        info.hsmBacked = kty.endsWith(QLatin1String("-HSM"));
        for (const auto &op : key.value(QStringLiteral("key_ops")).toArray())
            info.operations << op.toString();
    }

    const QJsonObject attributes = bundle.value(QStringLiteral("attributes")).toObject();
    info.enabled = attributes.value(QStringLiteral("enabled")).toBool(true);
    info.created = unixTime(attributes, QStringLiteral("created")).value_or(QDateTime());
    info.updated = unixTime(attributes, QStringLiteral("updated")).value_or(info.created);
    info.notBefore = unixTime(attributes, QStringLiteral("nbf"));
    info.expires = unixTime(attributes, QStringLiteral("exp"));
    info.recoveryLevel = attributes.value(QStringLiteral("recoveryLevel")).toString();
    if (attributes.value(QStringLiteral("recoverableDays")).isDouble())
        info.recoverableDays = attributes.value(QStringLiteral("recoverableDays")).toInt();
    return info;
}

Result<DeletedKeyInfo> deletedKeyFromBundle(const QJsonObject &bundle)
{
    auto latest = keyVersionFromBundle(bundle);
    if (!latest)
        return latest.error();
    DeletedKeyInfo d;
    d.name = latest->name;
    d.recoveryId = bundle.value(QStringLiteral("recoveryId")).toString();
    d.deletedOn = unixTime(bundle, QStringLiteral("deletedDate")).value_or(QDateTime());
    d.scheduledPurge = unixTime(bundle, QStringLiteral("scheduledPurgeDate")).value_or(d.deletedOn);
    d.latest = std::move(latest).value();
    return d;
}

QJsonObject createKeyBody(const CreateKeyRequest &request, AzureFlavour flavour)
{
    QString kty;
    if (request.kind == KeyKind::Aes)
        kty = QStringLiteral("oct-HSM");
    else
        kty = flavour == AzureFlavour::ManagedHsm ? QStringLiteral("RSA-HSM") : QStringLiteral("RSA");
    QJsonObject attributes;
    if (request.notBefore)
        attributes.insert(QStringLiteral("nbf"), request.notBefore->toSecsSinceEpoch());
    if (request.expires)
        attributes.insert(QStringLiteral("exp"), request.expires->toSecsSinceEpoch());
    return QJsonObject{{QStringLiteral("kty"), kty},
                       {QStringLiteral("key_size"), request.bits},
                       {QStringLiteral("key_ops"), QJsonArray::fromStringList(request.operations)},
                       {QStringLiteral("attributes"), attributes}};
}

Error errorFromResponse(const QString &storeName, const net::HttpResponse &response, const QString &operation,
                        const QString &key)
{
    const QJsonObject error = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("error")).toObject();
    const QString code = errorCodeOf(error);
    const QString inner = errorCodeOf(error.value(QStringLiteral("innererror")).toObject());
    const QString status = QString::number(response.status);
    const QString shown = inner.isEmpty() ? code : inner;
    // The service's own words go to the detail (logs), never into a decision; they carry no secret of ours.
    const QString said = error.value(QStringLiteral("message")).toString().left(300);
    const QString detail =
        QStringLiteral("store '%1': %2 of key '%3' answered HTTP %4 %5%6")
            .arg(storeName, operation, key, status, shown, said.isEmpty() ? QString() : QStringLiteral(": ") + said);
    switch (response.status) {
    case 401:
        return Error::because(ErrorCode::Forbidden, Reason::AzureAuthFailed, {storeName, QString(), shown}, detail);
    case 403:
        if (inner == QLatin1String("KeyDisabled") || code == QLatin1String("KeyDisabled"))
            return Error::make(ErrorCode::KeyDisabled, detail);
        return Error::because(ErrorCode::Forbidden, Reason::AzureAccessDenied, {storeName, operation, key}, detail);
    case 404:
        if (operation == QLatin1String("purge"))
            return Error::make(ErrorCode::Conflict,
                               QStringLiteral("key '%1' is not deleted; delete it before purging it").arg(key));
        if (operation == QLatin1String("recover"))
            return Error::make(ErrorCode::NotFound,
                               QStringLiteral("store '%1' has no deleted key named '%2'").arg(storeName, key));
        return Error::because(ErrorCode::NotFound, Reason::KeyNotFound, {storeName, key}, detail);
    case 409:
        if (code == QLatin1String("Conflict") || code == QLatin1String("ObjectIsDeletedButRecoverable") ||
            inner == QLatin1String("ObjectIsDeletedButRecoverable"))
            return Error::because(ErrorCode::Conflict, Reason::KeyNameHeldByDeleted, {storeName, key, QString()},
                                  detail);
        return Error::because(ErrorCode::Conflict, Reason::AzureRequestFailed, {storeName, status, shown}, detail);
    case 429: {
        const auto wait = response.retryAfter();
        const qint64 seconds = wait ? wait->count() / 1000 + (wait->count() % 1000 != 0 ? 1 : 0) : 0;
        return Error::because(ErrorCode::Unavailable, Reason::StoreThrottled, {storeName, QString::number(seconds)},
                              detail);
    }
    default:
        break;
    }
    if (response.status >= 500 || response.status == 408)
        return Error::because(ErrorCode::Unavailable, Reason::AzureRequestFailed, {storeName, status, shown}, detail);
    return Error::because(ErrorCode::InvalidArgument, Reason::AzureRequestFailed, {storeName, status, shown}, detail);
}

} // namespace keyward::keystore

// VaultFile: encoding, checking and sealing of the local vault file.
#include "keystore/VaultFile.h"

#include "crypto/AesGcm.h"
#include "crypto/Digest.h"
#include "crypto/Hkdf.h"
#include "crypto/KeyWrap.h"
#include "crypto/Random.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyward::keystore {

namespace {

const char VaultFormatName[] = "keyward-vault/1";
constexpr int NonceSize = 12;

Error corrupt(const QString &why)
{
    return Error::make(ErrorCode::Format,
                       QStringLiteral("the vault file is damaged (%1); it has been left as it is").arg(why));
}

QString b64(const QByteArray &b)
{
    return QString::fromLatin1(b.toBase64());
}

std::optional<QByteArray> unb64(const QJsonValue &v)
{
    auto r = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!r)
        return std::nullopt;
    return r.decoded;
}

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseVaultTime(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

QJsonValue optionalTime(const std::optional<QDateTime> &t)
{
    return t ? QJsonValue(isoTime(*t)) : QJsonValue();
}

std::optional<QDateTime> parseOptionalTime(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    return parseVaultTime(v);
}

QJsonObject headerToJson(const VaultHeader &h)
{
    QJsonObject o{{QStringLiteral("name"), h.name},
                  {QStringLiteral("id"), h.id},
                  {QStringLiteral("protection"), h.protection == VaultProtection::Keychain
                                                     ? QStringLiteral("keychain")
                                                     : QStringLiteral("passphrase")},
                  {QStringLiteral("key_check"), b64(h.keyCheck)}};
    if (h.protection == VaultProtection::Keychain) {
        o.insert(QStringLiteral("keychain_entry"), h.keychainEntry);
    } else {
        o.insert(QStringLiteral("kdf"), QStringLiteral("scrypt"));
        o.insert(QStringLiteral("salt"), b64(h.salt));
        o.insert(QStringLiteral("scrypt"), QJsonObject{{QStringLiteral("n"), qint64(h.scrypt.n)},
                                                       {QStringLiteral("r"), qint64(h.scrypt.r)},
                                                       {QStringLiteral("p"), qint64(h.scrypt.p)}});
        o.insert(QStringLiteral("wrapped_master"), b64(h.wrappedMaster));
    }
    return o;
}

Result<VaultHeader> headerFromJson(const QJsonObject &o)
{
    VaultHeader h;
    h.name = o.value(QStringLiteral("name")).toString();
    h.id = o.value(QStringLiteral("id")).toString();
    const QString protection = o.value(QStringLiteral("protection")).toString();
    auto check = unb64(o.value(QStringLiteral("key_check")));
    if (h.name.isEmpty() || h.id.isEmpty() || !check || check->size() != 16)
        return corrupt(QStringLiteral("incomplete header"));
    h.keyCheck = *check;
    if (protection == QLatin1String("keychain")) {
        h.protection = VaultProtection::Keychain;
        h.keychainEntry = o.value(QStringLiteral("keychain_entry")).toString();
        if (h.keychainEntry.isEmpty())
            return corrupt(QStringLiteral("no keychain entry named"));
        return h;
    }
    if (protection != QLatin1String("passphrase") ||
        o.value(QStringLiteral("kdf")).toString() != QLatin1String("scrypt"))
        return corrupt(QStringLiteral("unknown master-key protection '%1'").arg(protection));
    h.protection = VaultProtection::Passphrase;
    const QJsonObject s = o.value(QStringLiteral("scrypt")).toObject();
    h.scrypt.n = std::uint64_t(s.value(QStringLiteral("n")).toInteger());
    h.scrypt.r = std::uint32_t(s.value(QStringLiteral("r")).toInteger());
    h.scrypt.p = std::uint32_t(s.value(QStringLiteral("p")).toInteger());
    if (auto st = h.scrypt.validate(); !st)
        return corrupt(st.error().detail);
    auto salt = unb64(o.value(QStringLiteral("salt")));
    auto wrapped = unb64(o.value(QStringLiteral("wrapped_master")));
    if (!salt || salt->size() < 16 || !wrapped || wrapped->size() != 40)
        return corrupt(QStringLiteral("bad passphrase parameters"));
    h.salt = *salt;
    h.wrappedMaster = *wrapped;
    return h;
}

QJsonObject contentsToJson(const VaultContents &c)
{
    QJsonArray keys;
    for (const VaultKey &k : c.keys) {
        QJsonArray versions;
        for (const VaultVersion &v : k.versions)
            versions.append(QJsonObject{{QStringLiteral("version"), v.version},
                                        {QStringLiteral("created"), isoTime(v.created)},
                                        {QStringLiteral("updated"), isoTime(v.updated)},
                                        {QStringLiteral("not_before"), optionalTime(v.notBefore)},
                                        {QStringLiteral("expires"), optionalTime(v.expires)},
                                        {QStringLiteral("enabled"), v.enabled},
                                        {QStringLiteral("operations"), QJsonArray::fromStringList(v.operations)},
                                        {QStringLiteral("material"), b64(v.sealedMaterial)}});
        keys.append(
            QJsonObject{{QStringLiteral("name"), k.name},
                        {QStringLiteral("type"), keyKindName(k.kind)},
                        {QStringLiteral("size"), k.bits},
                        {QStringLiteral("versions"), versions},
                        {QStringLiteral("policy"), k.policy ? QJsonValue(k.policy->toKeyVaultJson()) : QJsonValue()},
                        {QStringLiteral("deleted_on"), optionalTime(k.deletedOn)},
                        {QStringLiteral("scheduled_purge"), optionalTime(k.scheduledPurge)}});
    }
    return QJsonObject{{QStringLiteral("soft_delete"), c.softDelete},
                       {QStringLiteral("purge_protection"), c.purgeProtection},
                       {QStringLiteral("retention_days"), c.retentionDays},
                       {QStringLiteral("revision"), c.revision},
                       {QStringLiteral("keys"), keys}};
}

Result<VaultContents> contentsFromJson(const QJsonObject &o)
{
    VaultContents c;
    c.softDelete = o.value(QStringLiteral("soft_delete")).toBool(true);
    c.purgeProtection = o.value(QStringLiteral("purge_protection")).toBool(true);
    c.retentionDays = o.value(QStringLiteral("retention_days")).toInt(90);
    c.revision = o.value(QStringLiteral("revision")).toInteger();
    for (const auto &kv : o.value(QStringLiteral("keys")).toArray()) {
        const QJsonObject ko = kv.toObject();
        VaultKey k;
        k.name = ko.value(QStringLiteral("name")).toString();
        k.kind = ko.value(QStringLiteral("type")).toString() == QLatin1String("AES") ? KeyKind::Aes : KeyKind::Rsa;
        k.bits = ko.value(QStringLiteral("size")).toInt();
        if (!ko.value(QStringLiteral("policy")).isNull()) {
            auto p = RotationPolicy::fromKeyVaultJson(ko.value(QStringLiteral("policy")).toObject());
            if (!p)
                return corrupt(p.error().detail);
            k.policy = *p;
        }
        k.deletedOn = parseOptionalTime(ko.value(QStringLiteral("deleted_on")));
        k.scheduledPurge = parseOptionalTime(ko.value(QStringLiteral("scheduled_purge")));
        for (const auto &vv : ko.value(QStringLiteral("versions")).toArray()) {
            const QJsonObject vo = vv.toObject();
            VaultVersion v;
            v.version = vo.value(QStringLiteral("version")).toString();
            v.created = parseVaultTime(vo.value(QStringLiteral("created")));
            v.updated = parseVaultTime(vo.value(QStringLiteral("updated")));
            v.notBefore = parseOptionalTime(vo.value(QStringLiteral("not_before")));
            v.expires = parseOptionalTime(vo.value(QStringLiteral("expires")));
            v.enabled = vo.value(QStringLiteral("enabled")).toBool();
            for (const auto &op : vo.value(QStringLiteral("operations")).toArray())
                v.operations << op.toString();
            auto material = unb64(vo.value(QStringLiteral("material")));
            if (!material || v.version.isEmpty())
                return corrupt(QStringLiteral("a key version is incomplete"));
            v.sealedMaterial = *material;
            k.versions << v;
        }
        if (k.name.isEmpty() || k.versions.isEmpty())
            return corrupt(QStringLiteral("a key entry is incomplete"));
        c.keys << k;
    }
    return c;
}

Result<crypto::SecureBytes> derive(const VaultHeader &h, const crypto::SecureBytes &master, const char *purpose)
{
    return crypto::hkdfSha256(master.view(), h.id.toUtf8(), QByteArray("keyward-vault/1 ") + QByteArray(purpose), 32);
}

} // namespace

Result<QByteArray> VaultFile::keyCheckFor(const VaultHeader &header, const crypto::SecureBytes &master)
{
    auto k = derive(header, master, "key check");
    if (!k)
        return k.error();
    auto mac = crypto::hmacSha256(k->view(), QByteArrayView("keyward-vault/1 key check"));
    if (!mac)
        return mac.error();
    return mac->left(16);
}

Result<VaultFile> VaultFile::parse(const QByteArray &bytes)
{
    const qsizetype firstEnd = bytes.indexOf('\n');
    if (firstEnd < 0)
        return corrupt(QStringLiteral("no checksum line"));
    const QByteArray line1 = bytes.left(firstEnd);
    const QByteArray line2 = bytes.mid(firstEnd + 1).trimmed();
    if (!line2.startsWith("sha256:"))
        return corrupt(QStringLiteral("no checksum line"));
    auto digest = crypto::Sha256::hash(line1);
    if (!digest)
        return digest.error();
    if (line2.mid(7) != digest->toHex())
        return corrupt(QStringLiteral("checksum mismatch"));
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(line1, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return corrupt(QStringLiteral("not JSON"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(VaultFormatName))
        return Error::make(
            ErrorCode::Format,
            QStringLiteral("not a Keyward vault file (format '%1')").arg(o.value(QStringLiteral("format")).toString()));
    auto header = headerFromJson(o.value(QStringLiteral("header")).toObject());
    if (!header)
        return header.error();
    auto nonce = unb64(o.value(QStringLiteral("nonce")));
    auto body = unb64(o.value(QStringLiteral("body")));
    if (!nonce || nonce->size() != NonceSize || !body || body->size() < 16)
        return corrupt(QStringLiteral("no sealed body"));
    VaultFile f;
    f.m_header = *header;
    f.m_headerJson = QJsonDocument(o.value(QStringLiteral("header")).toObject()).toJson(QJsonDocument::Compact);
    f.m_nonce = *nonce;
    f.m_body = *body;
    return f;
}

Result<QByteArray> VaultFile::encode(const VaultHeader &header, const VaultContents &contents,
                                     const crypto::SecureBytes &master)
{
    const QByteArray headerJson = QJsonDocument(headerToJson(header)).toJson(QJsonDocument::Compact);
    auto nonce = crypto::SystemRandom::instance().publicBytes(NonceSize);
    auto bodyKey = derive(header, master, "body");
    if (!nonce || !bodyKey)
        return Error::make(ErrorCode::Crypto, QStringLiteral("cannot prepare the vault's encryption"));
    const QByteArray plain = QJsonDocument(contentsToJson(contents)).toJson(QJsonDocument::Compact);
    auto sealed = crypto::AesGcm::seal(bodyKey->view(), *nonce, headerJson, plain);
    if (!sealed)
        return sealed.error();
    QJsonObject o{{QStringLiteral("format"), QLatin1String(VaultFormatName)},
                  {QStringLiteral("header"), headerToJson(header)},
                  {QStringLiteral("nonce"), b64(*nonce)},
                  {QStringLiteral("body"), b64(*sealed)}};
    QByteArray line1 = QJsonDocument(o).toJson(QJsonDocument::Compact);
    auto digest = crypto::Sha256::hash(line1);
    if (!digest)
        return digest.error();
    return line1 + "\nsha256:" + digest->toHex() + '\n';
}

Result<VaultContents> VaultFile::open(const crypto::SecureBytes &master) const
{
    auto check = keyCheckFor(m_header, master);
    if (!check)
        return check.error();
    if (*check != m_header.keyCheck)
        return Error::make(
            ErrorCode::Key,
            QStringLiteral("the master key found for vault '%1' is not this vault's").arg(m_header.name));
    auto bodyKey = derive(m_header, master, "body");
    if (!bodyKey)
        return bodyKey.error();
    auto plain = crypto::AesGcm::open(bodyKey->view(), m_nonce, m_headerJson, m_body);
    if (!plain)
        return Error::make(ErrorCode::Format, QStringLiteral("the vault file has been altered: its contents fail "
                                                             "authentication; it has been left as it is"));
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(*plain, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return corrupt(QStringLiteral("unreadable contents"));
    return contentsFromJson(doc.object());
}

Result<crypto::SecureBytes> VaultFile::masterFromPassphrase(const VaultHeader &header,
                                                            const crypto::SecureBytes &passphrase)
{
    auto kek = crypto::scrypt(passphrase.view(), header.salt, header.scrypt, 32);
    if (!kek)
        return kek.error();
    auto master = crypto::aesKeyUnwrap(kek->view(), header.wrappedMaster, crypto::KeyWrapMode::Rfc5649);
    if (!master || master->size() != 32)
        return Error::make(ErrorCode::WrongPassphrase,
                           QStringLiteral("wrong passphrase for vault '%1'").arg(header.name));
    return std::move(master).value();
}

Status VaultFile::protectWithPassphrase(VaultHeader &header, const crypto::SecureBytes &master,
                                        const crypto::SecureBytes &passphrase)
{
    auto salt = crypto::SystemRandom::instance().publicBytes(16);
    if (!salt)
        return salt.error();
    header.protection = VaultProtection::Passphrase;
    header.salt = *salt;
    auto kek = crypto::scrypt(passphrase.view(), header.salt, header.scrypt, 32);
    if (!kek)
        return kek.error();
    auto wrapped = crypto::aesKeyWrap(kek->view(), master.view(), crypto::KeyWrapMode::Rfc5649);
    if (!wrapped)
        return wrapped.error();
    header.wrappedMaster = *wrapped;
    return {};
}

Result<QByteArray> VaultFile::sealMaterial(const VaultHeader &header, const crypto::SecureBytes &master,
                                           const QString &keyId, const crypto::SecureBytes &material)
{
    auto key = derive(header, master, "material");
    auto nonce = crypto::SystemRandom::instance().publicBytes(NonceSize);
    if (!key || !nonce)
        return Error::make(ErrorCode::Crypto, QStringLiteral("cannot prepare key-material encryption"));
    auto sealed = crypto::AesGcm::seal(key->view(), *nonce, keyId.toUtf8(), material.view());
    if (!sealed)
        return sealed.error();
    return *nonce + *sealed;
}

Result<crypto::SecureBytes> VaultFile::openMaterial(const VaultHeader &header, const crypto::SecureBytes &master,
                                                    const QString &keyId, const QByteArray &sealed)
{
    auto key = derive(header, master, "material");
    if (!key)
        return key.error();
    if (sealed.size() < NonceSize + 16)
        return corrupt(QStringLiteral("key material of %1 is truncated").arg(keyId));
    // Decrypt straight into wiped memory: key material never sits in an unwiped buffer.
    const qsizetype ctLen = sealed.size() - NonceSize - 16;
    crypto::SecureBytes out(std::size_t(ctLen > 0 ? ctLen : 0));
    crypto::AesGcm gcm;
    if (auto st = gcm.setKey(key->view()); !st)
        return st.error();
    const auto *p = reinterpret_cast<const std::uint8_t *>(sealed.constData());
    if (auto st = gcm.decrypt(QByteArrayView(p, NonceSize), keyId.toUtf8(), p + NonceSize, std::size_t(ctLen),
                              p + NonceSize + ctLen, out.data());
        !st)
        return Error::make(
            ErrorCode::Format,
            QStringLiteral("key material of %1 fails authentication (the vault was altered)").arg(keyId));
    return out;
}

} // namespace keyward::keystore

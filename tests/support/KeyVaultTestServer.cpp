#include "KeyVaultTestServer.h"

#include "ServerThread.h"
#include "TestCa.h"
#include "crypto/KeyWrap.h"
#include "util/PoolThread.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>
#include <QtDebug>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>

#include <functional>

namespace keyward::test {

namespace {

using Pkey = std::shared_ptr<EVP_PKEY>;

const QStringList kApiVersions = {
    QStringLiteral("7.0"), QStringLiteral("7.1"),        QStringLiteral("7.2"),
    QStringLiteral("7.3"), QStringLiteral("7.4"),        QStringLiteral("7.5"),
    QStringLiteral("7.6"), QStringLiteral("2025-06-01"), QStringLiteral("2025-07-01"),
};

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

QByteArray randomBytes(int n)
{
    QByteArray out(n, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), n) != 1)
        qFatal("RAND_bytes failed");
    return out;
}

QByteArray b64url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// base64url or base64, padded or not.
std::optional<QByteArray> unb64(QString text)
{
    text.replace(QLatin1Char('-'), QLatin1Char('+')).replace(QLatin1Char('_'), QLatin1Char('/'));
    while (text.endsWith(QLatin1Char('=')))
        text.chop(1);
    while (text.size() % 4 != 0)
        text.append(QLatin1Char('='));
    auto r = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!r)
        return std::nullopt;
    return *r;
}

// Query strings parsed by hand: QUrlQuery keeps "%24skiptoken" and "$skiptoken" apart.
QMap<QString, QString> parseForm(const QByteArray &text)
{
    QMap<QString, QString> out;
    for (const QByteArray &pair : text.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray k = eq < 0 ? pair : pair.left(eq);
        QByteArray v = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        k.replace('+', ' ');
        v.replace('+', ' ');
        out.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(k)),
                   QString::fromUtf8(QByteArray::fromPercentEncoding(v)));
    }
    return out;
}

QByteArray bnParam(EVP_PKEY *pkey, const char *name)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(pkey, name, &bn) != 1)
        return {};
    QByteArray out(BN_num_bytes(bn), '\0');
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    BN_free(bn);
    return out;
}

// RSA-OAEP-256 (SHA-256 and MGF1-SHA-256), RSA-OAEP (SHA-1) or RSA1_5, with OpenSSL's EVP interface.
std::optional<QByteArray> rsaCrypt(EVP_PKEY *pkey, bool encrypt, const QString &alg, const QByteArray &in)
{
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(EVP_PKEY_CTX_new(pkey, nullptr),
                                                                    &EVP_PKEY_CTX_free);
    if (!ctx)
        return std::nullopt;
    if ((encrypt ? EVP_PKEY_encrypt_init(ctx.get()) : EVP_PKEY_decrypt_init(ctx.get())) != 1)
        return std::nullopt;
    if (alg == QLatin1String("RSA1_5")) {
        if (EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) != 1)
            return std::nullopt;
    } else {
        const EVP_MD *md = alg == QLatin1String("RSA-OAEP-256") ? EVP_sha256() : EVP_sha1();
        if (EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_OAEP_PADDING) != 1 ||
            EVP_PKEY_CTX_set_rsa_oaep_md(ctx.get(), md) != 1 || EVP_PKEY_CTX_set_rsa_mgf1_md(ctx.get(), md) != 1)
            return std::nullopt;
    }
    const auto *src = reinterpret_cast<const unsigned char *>(in.constData());
    size_t outLen = 0;
    if ((encrypt ? EVP_PKEY_encrypt(ctx.get(), nullptr, &outLen, src, size_t(in.size()))
                 : EVP_PKEY_decrypt(ctx.get(), nullptr, &outLen, src, size_t(in.size()))) != 1)
        return std::nullopt;
    QByteArray out(qsizetype(outLen), '\0');
    auto *dst = reinterpret_cast<unsigned char *>(out.data());
    if ((encrypt ? EVP_PKEY_encrypt(ctx.get(), dst, &outLen, src, size_t(in.size()))
                 : EVP_PKEY_decrypt(ctx.get(), dst, &outLen, src, size_t(in.size()))) != 1)
        return std::nullopt;
    out.truncate(qsizetype(outLen));
    return out;
}

struct KeyVersion
{
    QString id; // 32 hex
    QString kty;
    int keySize = 0;
    QJsonArray ops;
    Pkey rsa;
    QByteArray n, e;
    QByteArray oct;
    bool enabled = true;
    qint64 created = 0, updated = 0;
    std::optional<qint64> exp, nbf;
    std::optional<QJsonObject> tags;
};

struct Key
{
    QList<KeyVersion> versions; // oldest first
    bool hasPolicy = false;
    QJsonArray lifetimeActions;
    QString expiryTime;
    qint64 policyCreated = 0, policyUpdated = 0;
};

struct DeletedKey
{
    Key key;
    qint64 deletedDate = 0, scheduledPurgeDate = 0;
};

struct Request
{
    QByteArray method;
    QByteArray target;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

struct Reply
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool drop = false;
    int delayMs = 0;
};

struct Conn
{
    QByteArray buf;
    bool busy = false;
    bool continued = false;
};

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Reply ok(const QJsonObject &o, int status = 200)
{
    return Reply{status, json(o), {}, false, 0};
}

Reply error(int status, const QString &code, const QString &message, const QString &inner = {})
{
    QJsonObject e{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!inner.isEmpty())
        e.insert(QStringLiteral("innererror"), QJsonObject{{QStringLiteral("code"), inner}});
    return Reply{status, json(QJsonObject{{QStringLiteral("error"), e}}), {}, false, 0};
}

enum class Parse
{
    Incomplete,
    Done,
    Bad
};

// One HTTP/1.1 request from the front of `buf` (consumed when Done). Content-Length or chunked bodies.
Parse parseRequest(QByteArray &buf, Request &req, bool *wantsContinue)
{
    const qsizetype end = buf.indexOf("\r\n\r\n");
    if (end < 0)
        return buf.size() > 64 * 1024 ? Parse::Bad : Parse::Incomplete;
    const QList<QByteArray> lines = buf.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    if (first.size() != 3 || !first[2].startsWith("HTTP/1."))
        return Parse::Bad;
    req = Request{};
    req.method = first[0];
    req.target = first[1];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            return Parse::Bad;
        req.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    qsizetype pos = end + 4;
    if (req.headers.value("transfer-encoding").toLower().contains("chunked")) {
        QByteArray body;
        for (;;) {
            const qsizetype lineEnd = buf.indexOf("\r\n", pos);
            if (lineEnd < 0)
                return Parse::Incomplete;
            bool okSize = false;
            const qsizetype size = buf.mid(pos, lineEnd - pos).split(';').value(0).trimmed().toLongLong(&okSize, 16);
            if (!okSize || size < 0)
                return Parse::Bad;
            pos = lineEnd + 2;
            if (size == 0) {
                const qsizetype trailerEnd = buf.indexOf("\r\n", pos);
                if (trailerEnd < 0)
                    return Parse::Incomplete;
                pos = trailerEnd + 2; // trailers are not used by any client here
                break;
            }
            if (buf.size() < pos + size + 2)
                return Parse::Incomplete;
            body += buf.mid(pos, size);
            pos += size + 2;
        }
        req.body = body;
    } else {
        bool okLen = true;
        const QByteArray cl = req.headers.value("content-length");
        const qsizetype len = cl.isEmpty() ? 0 : cl.toLongLong(&okLen);
        if (!okLen || len < 0)
            return Parse::Bad;
        if (buf.size() < pos + len) {
            *wantsContinue = req.headers.value("expect").toLower() == "100-continue";
            return Parse::Incomplete;
        }
        req.body = buf.mid(pos, len);
        pos += len;
    }
    buf.remove(0, pos);
    return Parse::Done;
}

} // namespace

struct KeyVaultTestServer::Private
{
    Options o;
    std::optional<TestCa> ca;
    ServerThread thread{QStringLiteral("KeyVaultTestServer")};
    QObject *context = nullptr;   // lives in `thread`; owns the QSslServer and the connections
    QSslServer *server = nullptr; // a child of `context`
    quint16 port = 0;

    mutable QMutex mutex; // guards everything below
    QUrl base;
    QString recoveryLevel;
    std::optional<int> recoverableDays;
    QMap<QString, Key> keys;
    QMap<QString, DeletedKey> deleted;
    QList<Fault> faults;
    QList<Seen> seen;
    int tokenCount = 0;

    explicit Private(Options opts)
        : o(std::move(opts)), recoveryLevel(o.recoveryLevel), recoverableDays(o.recoverableDays)
    {
    }

    QString baseString() const { return base.toString(QUrl::StripTrailingSlash); }
    QString resource() const
    {
        return o.flavour == Flavour::ManagedHsm ? QStringLiteral("https://managedhsm.azure.net")
                                                : QStringLiteral("https://vault.azure.net");
    }
    bool softDelete() const
    {
        return recoveryLevel.startsWith(QLatin1String("Recoverable")) ||
               recoveryLevel.startsWith(QLatin1String("CustomizedRecoverable"));
    }
    bool purgeProtected() const { return softDelete() && !recoveryLevel.contains(QLatin1String("Purgeable")); }
    int retentionDays() const { return recoverableDays.value_or(90); }

    // ---- JSON shapes (the fixtures' field sets) ----
    QString kid(const QString &name, const QString &version = {}) const
    {
        return version.isEmpty() ? QStringLiteral("%1/keys/%2").arg(baseString(), name)
                                 : QStringLiteral("%1/keys/%2/%3").arg(baseString(), name, version);
    }
    QJsonObject attributes(const KeyVersion &v) const
    {
        QJsonObject a{{QStringLiteral("enabled"), v.enabled},
                      {QStringLiteral("created"), v.created},
                      {QStringLiteral("updated"), v.updated},
                      {QStringLiteral("recoveryLevel"), recoveryLevel}};
        if (recoverableDays)
            a.insert(QStringLiteral("recoverableDays"), *recoverableDays);
        if (v.exp)
            a.insert(QStringLiteral("exp"), *v.exp);
        if (v.nbf)
            a.insert(QStringLiteral("nbf"), *v.nbf);
        return a;
    }
    QJsonObject jwk(const QString &name, const KeyVersion &v) const
    {
        QJsonObject k{{QStringLiteral("kid"), kid(name, v.id)},
                      {QStringLiteral("kty"), v.kty},
                      {QStringLiteral("key_ops"), v.ops}};
        if (v.rsa) {
            k.insert(QStringLiteral("n"), QString::fromLatin1(b64url(v.n)));
            k.insert(QStringLiteral("e"), QString::fromLatin1(b64url(v.e)));
        }
        return k;
    }
    QJsonObject bundle(const QString &name, const KeyVersion &v) const
    {
        QJsonObject b{{QStringLiteral("key"), jwk(name, v)}, {QStringLiteral("attributes"), attributes(v)}};
        if (v.tags)
            b.insert(QStringLiteral("tags"), *v.tags);
        return b;
    }
    QJsonObject item(const QString &kidText, const KeyVersion &v) const
    {
        QJsonObject i{{QStringLiteral("kid"), kidText}, {QStringLiteral("attributes"), attributes(v)}};
        if (v.tags)
            i.insert(QStringLiteral("tags"), *v.tags);
        return i;
    }
    QJsonObject deletedBundle(const QString &name, const DeletedKey &d) const
    {
        QJsonObject b = bundle(name, d.key.versions.last());
        b.insert(QStringLiteral("recoveryId"), QStringLiteral("%1/deletedkeys/%2").arg(baseString(), name));
        b.insert(QStringLiteral("deletedDate"), d.deletedDate);
        b.insert(QStringLiteral("scheduledPurgeDate"), d.scheduledPurgeDate);
        return b;
    }
    QJsonObject policy(const QString &name, const Key &k) const
    {
        QJsonObject attrs;
        QJsonArray actions = k.lifetimeActions;
        if (k.hasPolicy) {
            if (!k.expiryTime.isEmpty())
                attrs.insert(QStringLiteral("expiryTime"), k.expiryTime);
            attrs.insert(QStringLiteral("created"), k.policyCreated);
            attrs.insert(QStringLiteral("updated"), k.policyUpdated);
        } else { // the service's default: notify 30 days before expiry
            actions = QJsonArray{QJsonObject{
                {QStringLiteral("trigger"), QJsonObject{{QStringLiteral("timeBeforeExpiry"), QStringLiteral("P30D")}}},
                {QStringLiteral("action"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Notify")}}}}};
        }
        return QJsonObject{{QStringLiteral("id"), QStringLiteral("%1/keys/%2/rotationpolicy").arg(baseString(), name)},
                           {QStringLiteral("lifetimeActions"), actions},
                           {QStringLiteral("attributes"), attrs}};
    }

    // ---- helpers ----
    Reply keyNotFound(const QString &name, const QString &version = {}) const
    {
        return error(
            404, QStringLiteral("KeyNotFound"),
            version.isEmpty()
                ? QStringLiteral("A key with (name/id) %1 was not found in this key vault.").arg(name)
                : QStringLiteral("A key with (name/id) %1/%2 was not found in this key vault.").arg(name, version));
    }
    KeyVersion *findVersion(const QString &name, const QString &version)
    {
        auto it = keys.find(name);
        if (it == keys.end() || it->versions.isEmpty())
            return nullptr;
        if (version.isEmpty())
            return &it->versions.last();
        for (KeyVersion &v : it->versions)
            if (v.id.compare(version, Qt::CaseInsensitive) == 0)
                return &v;
        return nullptr;
    }

    std::optional<Reply> makeVersion(const QJsonObject &body, const KeyVersion *like, KeyVersion &out)
    {
        KeyVersion v;
        if (like) {
            v.kty = like->kty;
            v.keySize = like->keySize;
            v.ops = like->ops;
            v.tags = like->tags;
        } else {
            v.kty = body.value(QStringLiteral("kty")).toString();
            const bool hsm = o.flavour == Flavour::ManagedHsm;
            if (hsm && v.kty == QLatin1String("RSA"))
                v.kty = QStringLiteral("RSA-HSM"); // a Managed HSM holds HSM keys only
            const bool rsa = v.kty == QLatin1String("RSA") || v.kty == QLatin1String("RSA-HSM");
            const bool oct = v.kty == QLatin1String("oct-HSM") && hsm;
            if (!rsa && !oct)
                return error(400, QStringLiteral("BadParameter"),
                             QStringLiteral("Key type '%1' is not supported by this %2.")
                                 .arg(v.kty, hsm ? QStringLiteral("managed HSM") : QStringLiteral("vault")));
            v.keySize = body.value(QStringLiteral("key_size")).toInt(rsa ? 2048 : 256);
            if (rsa && v.keySize != 2048 && v.keySize != 3072 && v.keySize != 4096)
                return error(400, QStringLiteral("BadParameter"),
                             QStringLiteral("The key size %1 is not supported.").arg(v.keySize));
            if (oct && v.keySize != 128 && v.keySize != 192 && v.keySize != 256)
                return error(400, QStringLiteral("BadParameter"),
                             QStringLiteral("The key size %1 is not supported.").arg(v.keySize));
            v.ops = body.contains(QStringLiteral("key_ops"))
                        ? body.value(QStringLiteral("key_ops")).toArray()
                        : (rsa ? QJsonArray{QStringLiteral("encrypt"), QStringLiteral("decrypt"),
                                            QStringLiteral("sign"), QStringLiteral("verify"), QStringLiteral("wrapKey"),
                                            QStringLiteral("unwrapKey")}
                               : QJsonArray{QStringLiteral("encrypt"), QStringLiteral("decrypt"),
                                            QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")});
            if (body.contains(QStringLiteral("tags")))
                v.tags = body.value(QStringLiteral("tags")).toObject();
            const QJsonObject a = body.value(QStringLiteral("attributes")).toObject();
            v.enabled = a.value(QStringLiteral("enabled")).toBool(true);
            if (a.value(QStringLiteral("exp")).isDouble())
                v.exp = a.value(QStringLiteral("exp")).toInteger();
            if (a.value(QStringLiteral("nbf")).isDouble())
                v.nbf = a.value(QStringLiteral("nbf")).toInteger();
        }
        if (v.kty.startsWith(QLatin1String("RSA"))) {
            EVP_PKEY *raw = EVP_RSA_gen(unsigned(v.keySize));
            if (!raw)
                return error(500, QStringLiteral("InternalServerError"), QStringLiteral("key generation failed"));
            v.rsa = Pkey(raw, &EVP_PKEY_free);
            v.n = bnParam(raw, OSSL_PKEY_PARAM_RSA_N);
            v.e = bnParam(raw, OSSL_PKEY_PARAM_RSA_E);
        } else {
            v.oct = randomBytes(v.keySize / 8);
        }
        v.id = QString::fromLatin1(randomBytes(16).toHex());
        v.created = v.updated = now();
        out = std::move(v);
        return std::nullopt;
    }

    // ---- routes ----
    Reply create(const QString &name, const QJsonObject &body)
    {
        static const QRegularExpression namePattern(QStringLiteral("^[0-9a-zA-Z-]+$"));
        if (!namePattern.match(name).hasMatch())
            return error(400, QStringLiteral("BadParameter"), QStringLiteral("The key name is not valid."));
        if (deleted.contains(name))
            return conflictDeleted(name);
        KeyVersion v;
        if (auto bad = makeVersion(body, nullptr, v))
            return *bad;
        Key &k = keys[name];
        k.versions.append(std::move(v));
        return ok(bundle(name, k.versions.last()));
    }
    Reply conflictDeleted(const QString &name) const
    {
        return error(409, QStringLiteral("Conflict"),
                     QStringLiteral("Key %1 is currently in a deleted but recoverable state, and its name cannot be "
                                    "reused; in this state, the key can only be recovered or purged.")
                         .arg(name),
                     QStringLiteral("ObjectIsDeletedButRecoverable"));
    }
    Reply rotate(const QString &name)
    {
        if (deleted.contains(name) || !keys.contains(name))
            return keyNotFound(name);
        Key &k = keys[name];
        KeyVersion v;
        if (auto bad = makeVersion({}, &k.versions.last(), v))
            return *bad;
        k.versions.append(std::move(v));
        return ok(bundle(name, k.versions.last()));
    }
    Reply get(const QString &name, const QString &version)
    {
        const KeyVersion *v = findVersion(name, version);
        if (!v)
            return keyNotFound(name, version);
        return ok(bundle(name, *v));
    }
    Reply update(const QString &name, const QString &version, const QJsonObject &body)
    {
        KeyVersion *v = findVersion(name, version);
        if (!v)
            return keyNotFound(name, version);
        const QJsonObject a = body.value(QStringLiteral("attributes")).toObject();
        if (a.contains(QStringLiteral("enabled")))
            v->enabled = a.value(QStringLiteral("enabled")).toBool();
        if (a.contains(QStringLiteral("exp")))
            v->exp = a.value(QStringLiteral("exp")).isDouble()
                         ? std::optional<qint64>(a.value(QStringLiteral("exp")).toInteger())
                         : std::nullopt;
        if (a.contains(QStringLiteral("nbf")))
            v->nbf = a.value(QStringLiteral("nbf")).isDouble()
                         ? std::optional<qint64>(a.value(QStringLiteral("nbf")).toInteger())
                         : std::nullopt;
        if (body.contains(QStringLiteral("key_ops")))
            v->ops = body.value(QStringLiteral("key_ops")).toArray();
        if (body.contains(QStringLiteral("tags")))
            v->tags = body.value(QStringLiteral("tags")).toObject();
        v->updated = now();
        return ok(bundle(name, *v));
    }
    // Paging: $skiptoken is the offset, maxresults 1..25 (default 25), nextLink absolute.
    Reply page(const QList<QJsonObject> &all, const QString &path, const QMap<QString, QString> &q,
               const QString &apiVersion) const
    {
        bool okMax = true;
        const int max =
            q.contains(QStringLiteral("maxresults")) ? q.value(QStringLiteral("maxresults")).toInt(&okMax) : 25;
        if (!okMax || max < 1 || max > 25)
            return error(400, QStringLiteral("BadParameter"), QStringLiteral("maxresults must be between 1 and 25."));
        int offset = 0;
        if (q.contains(QStringLiteral("$skiptoken"))) {
            const auto raw = unb64(q.value(QStringLiteral("$skiptoken")));
            bool okOffset = false;
            offset = raw && raw->startsWith("o:") ? raw->mid(2).toInt(&okOffset) : -1;
            if (!okOffset || offset < 0)
                return error(400, QStringLiteral("BadParameter"), QStringLiteral("The skip token is not valid."));
        }
        QJsonArray value;
        for (int i = offset; i < all.size() && i < offset + max; ++i)
            value.append(all[i]);
        QJsonObject out{{QStringLiteral("value"), value}};
        if (offset + max < all.size())
            out.insert(QStringLiteral("nextLink"),
                       QStringLiteral("%1%2?api-version=%3&$skiptoken=%4&maxresults=%5")
                           .arg(baseString(), path, apiVersion,
                                QString::fromLatin1(b64url("o:" + QByteArray::number(offset + max))))
                           .arg(max));
        return ok(out);
    }
    Reply list(const QMap<QString, QString> &q, const QString &api) const
    {
        QList<QJsonObject> all;
        for (auto it = keys.begin(); it != keys.end(); ++it)
            all.append(item(kid(it.key()), it->versions.last()));
        return page(all, QStringLiteral("/keys"), q, api);
    }
    Reply versionList(const QString &name, const QMap<QString, QString> &q, const QString &api) const
    {
        if (!keys.contains(name))
            return keyNotFound(name);
        QList<QJsonObject> all;
        for (const KeyVersion &v : keys[name].versions)
            all.append(item(kid(name, v.id), v));
        return page(all, QStringLiteral("/keys/%1/versions").arg(name), q, api);
    }
    Reply getPolicy(const QString &name) const
    {
        if (!keys.contains(name))
            return keyNotFound(name);
        return ok(policy(name, keys[name]));
    }
    Reply putPolicy(const QString &name, const QJsonObject &body)
    {
        if (!keys.contains(name))
            return keyNotFound(name);
        const QJsonArray actions = body.value(QStringLiteral("lifetimeActions")).toArray();
        if (actions.size() > 2)
            return error(400, QStringLiteral("BadParameter"), QStringLiteral("At most two lifetime actions."));
        for (const auto &a : actions) {
            const QJsonObject t = a.toObject().value(QStringLiteral("trigger")).toObject();
            const QString type =
                a.toObject().value(QStringLiteral("action")).toObject().value(QStringLiteral("type")).toString();
            if ((type.compare(QLatin1String("Rotate"), Qt::CaseInsensitive) != 0 &&
                 type.compare(QLatin1String("Notify"), Qt::CaseInsensitive) != 0) ||
                (!t.contains(QStringLiteral("timeAfterCreate")) && !t.contains(QStringLiteral("timeBeforeExpiry"))))
                return error(400, QStringLiteral("BadParameter"), QStringLiteral("The lifetime action is not valid."));
        }
        Key &k = keys[name];
        const qint64 t = now();
        if (!k.hasPolicy)
            k.policyCreated = t;
        k.hasPolicy = true;
        k.policyUpdated = t;
        k.lifetimeActions = actions;
        k.expiryTime =
            body.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("expiryTime")).toString();
        return ok(policy(name, k));
    }
    Reply crypt(const QString &name, const QString &version, bool wrap, const QJsonObject &body)
    {
        const KeyVersion *v = findVersion(name, version);
        if (!v)
            return keyNotFound(name, version);
        const QString op = wrap ? QStringLiteral("wrapKey") : QStringLiteral("unwrapKey");
        if (!v->enabled)
            return error(403, QStringLiteral("Forbidden"),
                         QStringLiteral("Operation %1 is not allowed on a disabled key.").arg(op),
                         QStringLiteral("KeyDisabled"));
        if (!v->ops.contains(op))
            return error(403, QStringLiteral("Forbidden"),
                         QStringLiteral("Operation %1 is not permitted on this key.").arg(op));
        const qint64 t = now();
        if (wrap && ((v->exp && *v->exp <= t) || (v->nbf && *v->nbf > t)))
            return error(403, QStringLiteral("Forbidden"),
                         QStringLiteral("Operation %1 is not allowed outside the key's validity period.").arg(op));
        const QString alg = body.value(QStringLiteral("alg")).toString();
        const auto in = unb64(body.value(QStringLiteral("value")).toString());
        if (!in || in->isEmpty())
            return error(400, QStringLiteral("BadParameter"), QStringLiteral("The value is not valid base64url."));
        std::optional<QByteArray> out;
        if (v->rsa) {
            if (alg != QLatin1String("RSA-OAEP-256") && alg != QLatin1String("RSA-OAEP") &&
                alg != QLatin1String("RSA1_5"))
                return error(400, QStringLiteral("BadParameter"),
                             QStringLiteral("Algorithm '%1' is not valid for this key.").arg(alg));
            out = rsaCrypt(v->rsa.get(), wrap, alg, *in);
        } else {
            crypto::KeyWrapMode mode;
            if (alg == QLatin1String("CKM_AES_KEY_WRAP_PAD"))
                mode = crypto::KeyWrapMode::Rfc5649;
            else if (alg == QLatin1String("CKM_AES_KEY_WRAP") || alg == QStringLiteral("A%1KW").arg(v->keySize))
                mode = crypto::KeyWrapMode::Rfc3394;
            else
                return error(400, QStringLiteral("BadParameter"),
                             QStringLiteral("Algorithm '%1' is not valid for this key.").arg(alg));
            if (wrap) {
                auto r = crypto::aesKeyWrap(v->oct, *in, mode);
                if (r)
                    out = *r;
            } else {
                auto r = crypto::aesKeyUnwrap(v->oct, *in, mode);
                if (r)
                    out = QByteArray(reinterpret_cast<const char *>(r->data()), qsizetype(r->size()));
            }
        }
        if (!out)
            return error(400, QStringLiteral("BadParameter"),
                         QStringLiteral("The %1 operation failed for the given value.").arg(op));
        return ok(QJsonObject{{QStringLiteral("kid"), kid(name, v->id)},
                              {QStringLiteral("value"), QString::fromLatin1(b64url(*out))}});
    }
    // Deletes `name` (which exists): kept as a deleted key when the recovery level has soft delete, else gone.
    DeletedKey moveToDeleted(const QString &name)
    {
        DeletedKey d;
        d.key = keys.take(name);
        d.deletedDate = now();
        d.scheduledPurgeDate = d.deletedDate + qint64(retentionDays()) * 86400;
        if (softDelete())
            deleted.insert(name, d);
        return d;
    }
    Reply remove(const QString &name)
    {
        if (!keys.contains(name))
            return keyNotFound(name);
        const DeletedKey d = moveToDeleted(name);
        if (!softDelete()) // Purgeable: gone at once, and the answer has no recovery fields
            return ok(bundle(name, d.key.versions.last()));
        return ok(deletedBundle(name, d));
    }
    Reply deletedGet(const QString &name) const
    {
        if (!deleted.contains(name))
            return error(404, QStringLiteral("KeyNotFound"), QStringLiteral("Deleted Key not found: %1").arg(name));
        return ok(deletedBundle(name, deleted[name]));
    }
    Reply deletedList(const QMap<QString, QString> &q, const QString &api) const
    {
        QList<QJsonObject> all;
        for (auto it = deleted.begin(); it != deleted.end(); ++it) {
            QJsonObject i = item(kid(it.key()), it->key.versions.last());
            i.insert(QStringLiteral("recoveryId"), QStringLiteral("%1/deletedkeys/%2").arg(baseString(), it.key()));
            i.insert(QStringLiteral("deletedDate"), it->deletedDate);
            i.insert(QStringLiteral("scheduledPurgeDate"), it->scheduledPurgeDate);
            all.append(i);
        }
        return page(all, QStringLiteral("/deletedkeys"), q, api);
    }
    Reply recover(const QString &name)
    {
        if (!deleted.contains(name))
            return error(404, QStringLiteral("KeyNotFound"), QStringLiteral("Deleted Key not found: %1").arg(name));
        keys.insert(name, deleted.take(name).key);
        return ok(bundle(name, keys[name].versions.last()));
    }
    Reply purge(const QString &name)
    {
        if (!deleted.contains(name))
            return error(404, QStringLiteral("KeyNotFound"), QStringLiteral("Deleted Key not found: %1").arg(name));
        if (purgeProtected())
            return error(403, QStringLiteral("Forbidden"),
                         QStringLiteral("Operation \"purge\" is not allowed because purge protection is enabled for "
                                        "this vault. Key Vault service will automatically purge it after the "
                                        "retention period has passed."));
        deleted.remove(name);
        return Reply{204, {}, {}, false, 0};
    }
    Reply token(const QString &tenant, const QMap<QString, QString> &form)
    {
        auto oauthError = [](int status, const char *code, const char *description) {
            return Reply{status,
                         json(QJsonObject{{QStringLiteral("error"), QLatin1String(code)},
                                          {QStringLiteral("error_description"), QLatin1String(description)}}),
                         {},
                         false,
                         0};
        };
        if (tenant != o.tenant)
            return oauthError(400, "invalid_request", "AADSTS90002: Tenant not found.");
        if (form.value(QStringLiteral("grant_type")) != QLatin1String("client_credentials"))
            return oauthError(400, "unsupported_grant_type", "AADSTS70003: The grant type is not supported.");
        if (form.value(QStringLiteral("client_id")) != o.clientId)
            return oauthError(400, "unauthorized_client", "AADSTS700016: Application not found in the directory.");
        if (form.value(QStringLiteral("client_secret")).toUtf8() != o.clientSecret)
            return oauthError(401, "invalid_client", "AADSTS7000215: Invalid client secret provided.");
        if (form.value(QStringLiteral("scope")) != resource() + QLatin1String("/.default"))
            return oauthError(400, "invalid_scope", "AADSTS70011: The provided value for scope is not valid.");
        return ok(QJsonObject{{QStringLiteral("token_type"), QStringLiteral("Bearer")},
                              {QStringLiteral("expires_in"), o.tokenLifetimeSeconds},
                              {QStringLiteral("ext_expires_in"), o.tokenLifetimeSeconds},
                              {QStringLiteral("access_token"), QString::fromUtf8(o.token)}});
    }

    Reply challenge(const QString &message) const
    {
        Reply r = error(401, QStringLiteral("Unauthorized"), message);
        r.headers.append({"WWW-Authenticate", QStringLiteral("Bearer authorization=\"%1/%2\", resource=\"%3\"")
                                                  .arg(baseString(), o.tenant, resource())
                                                  .toUtf8()});
        return r;
    }

    // The fault that applies to `operation` now, consumed by one.
    std::optional<Fault> takeFault(const QString &operation)
    {
        for (int i = 0; i < faults.size(); ++i) {
            Fault &f = faults[i];
            const bool match =
                f.operation == operation || (f.operation == QLatin1String("*") && operation != QLatin1String("token"));
            if (!match || f.times <= 0)
                continue;
            const Fault taken = f;
            if (--f.times <= 0)
                faults.removeAt(i);
            return taken;
        }
        return std::nullopt;
    }

    // Reads requests off one connection and answers them in order (one at a time; a Slow answer holds the rest).
    void serve(QSslSocket *socket);
    void pump(QSslSocket *socket, const std::shared_ptr<Conn> &conn);
    void answer(QSslSocket *socket, const std::shared_ptr<Conn> &conn, const Request &req);

    // Works out the answer (under the mutex) and logs the request.
    Reply handle(const Request &req, Seen &s);
};

KeyVaultTestServer::KeyVaultTestServer(Options o) : d(std::make_unique<Private>(std::move(o))) {}

KeyVaultTestServer::~KeyVaultTestServer()
{
    if (d->thread.isRunning()) {
        QMetaObject::invokeMethod(
            d->context, [this] { delete d->context; }, Qt::BlockingQueuedConnection);
        d->thread.end();
    }
}

void KeyVaultTestServer::Private::serve(QSslSocket *socket)
{
    if (!socket)
        return;
    auto conn = std::make_shared<Conn>();
    QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    QObject::connect(socket, &QIODevice::readyRead, socket, [this, socket, conn] { pump(socket, conn); });
    pump(socket, conn);
}

void KeyVaultTestServer::Private::pump(QSslSocket *socket, const std::shared_ptr<Conn> &conn)
{
    conn->buf += socket->readAll();
    while (!conn->busy) {
        Request req;
        bool wantsContinue = false;
        const Parse p = parseRequest(conn->buf, req, &wantsContinue);
        if (p == Parse::Incomplete) {
            if (wantsContinue && !conn->continued) {
                conn->continued = true;
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            return;
        }
        if (p == Parse::Bad) {
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
        conn->continued = false;
        conn->busy = true;
        answer(socket, conn, req);
    }
}

void KeyVaultTestServer::Private::answer(QSslSocket *socket, const std::shared_ptr<Conn> &conn, const Request &req)
{
    Seen s;
    Reply r;
    {
        QMutexLocker lock(&mutex);
        r = handle(req, s);
        s.status = r.drop ? 0 : r.status;
        seen.append(s);
    }
    const bool close = req.headers.value("connection").toLower() == "close";
    auto send = [this, socket = QPointer<QSslSocket>(socket), conn, r, close] {
        if (!socket)
            return;
        if (r.drop) {
            socket->abort();
            return;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
        for (const auto &h : r.headers)
            out += h.first + ": " + h.second + "\r\n";
        if (!r.body.isEmpty())
            out += "Content-Type: application/json; charset=utf-8\r\n";
        if (r.status != 204) // RFC 9110: no Content-Length on a 204
            out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
        out += "x-ms-request-id: " + randomBytes(8).toHex() + "\r\n";
        if (close)
            out += "Connection: close\r\n";
        out += "\r\n" + r.body;
        socket->write(out);
        if (close) {
            socket->disconnectFromHost();
            return;
        }
        conn->busy = false;
        if (!conn->buf.isEmpty() || socket->bytesAvailable() > 0)
            QTimer::singleShot(0, socket, [this, s = socket.data(), conn] { pump(s, conn); });
    };
    if (r.delayMs > 0)
        QTimer::singleShot(r.delayMs, socket, send);
    else
        send();
}

Reply KeyVaultTestServer::Private::handle(const Request &req, Seen &s)
{
    const qsizetype qmark = req.target.indexOf('?');
    const QByteArray rawPath = qmark < 0 ? req.target : req.target.left(qmark);
    const QByteArray rawQuery = qmark < 0 ? QByteArray() : req.target.mid(qmark + 1);
    const QString path = QString::fromUtf8(QByteArray::fromPercentEncoding(rawPath));
    const QMap<QString, QString> q = parseForm(rawQuery);
    s.method = req.method;
    s.path = path;
    s.query = QUrlQuery(QString::fromUtf8(rawQuery));
    s.authorization = req.headers.value("authorization");
    const QJsonDocument doc = QJsonDocument::fromJson(req.body);
    if (doc.isObject())
        s.body = doc.object();

    const QStringList seg = path.split(QLatin1Char('/'));
    const QByteArray m = req.method;
    // The operation, from the method and the path.
    QString op;
    QString name, version;
    if (seg.size() == 5 && seg[2] == QLatin1String("oauth2") && seg[3] == QLatin1String("v2.0") &&
        seg[4] == QLatin1String("token") && m == "POST") {
        op = QStringLiteral("token");
    } else if (seg.value(1) == QLatin1String("keys")) {
        name = seg.value(2);
        const QString third = seg.value(3);
        if ((seg.size() == 2 || (seg.size() == 3 && name.isEmpty())) && m == "GET") {
            op = QStringLiteral("list");
        } else if (seg.size() == 3 || (seg.size() == 4 && third.isEmpty()) || (seg.size() == 4 && third.size() == 32)) {
            version = seg.size() == 4 ? third : QString();
            if (m == "GET")
                op = QStringLiteral("get");
            else if (m == "PATCH")
                op = QStringLiteral("update");
            else if (m == "DELETE" && seg.size() == 3)
                op = QStringLiteral("delete");
        } else if (seg.size() == 4) {
            if (third == QLatin1String("create") && m == "POST")
                op = QStringLiteral("create");
            else if (third == QLatin1String("rotate") && m == "POST")
                op = QStringLiteral("rotate");
            else if (third == QLatin1String("rotationpolicy") && (m == "GET" || m == "PUT"))
                op = QStringLiteral("policy");
            else if (third == QLatin1String("versions") && m == "GET")
                op = QStringLiteral("versions");
            else if ((third == QLatin1String("wrapkey") || third == QLatin1String("unwrapkey")) && m == "POST")
                op = third;
        } else if (seg.size() == 5 && m == "POST" &&
                   (seg[4] == QLatin1String("wrapkey") || seg[4] == QLatin1String("unwrapkey"))) {
            version = third;
            op = seg[4];
        }
    } else if (seg.value(1) == QLatin1String("deletedkeys")) {
        name = seg.value(2);
        if ((seg.size() == 2 || (seg.size() == 3 && name.isEmpty())) && m == "GET")
            op = QStringLiteral("deleted");
        else if (seg.size() == 3 && m == "GET")
            op = QStringLiteral("deleted");
        else if (seg.size() == 3 && m == "DELETE")
            op = QStringLiteral("purge");
        else if (seg.size() == 4 && seg[3] == QLatin1String("recover") && m == "POST")
            op = QStringLiteral("recover");
    }

    if (op == QLatin1String("token")) {
        ++tokenCount;
        const QMap<QString, QString> form = parseForm(req.body);
        QJsonObject shown;
        for (auto it = form.begin(); it != form.end(); ++it)
            if (it.key() != QLatin1String("client_secret"))
                shown.insert(it.key(), it.value());
        s.body = shown;
    } else {
        const QByteArray expected = "Bearer " + o.token;
        if (s.authorization.isEmpty())
            return challenge(QStringLiteral("AKV10000: Request is missing a Bearer or PoP token."));
        if (s.authorization != expected)
            return challenge(QStringLiteral("AKV10032: Invalid issuer or token."));
        const QString api = q.value(QStringLiteral("api-version"));
        if (api.isEmpty())
            return error(400, QStringLiteral("BadParameter"), QStringLiteral("The api-version is missing."));
        if (!kApiVersions.contains(api))
            return error(400, QStringLiteral("BadParameter"),
                         QStringLiteral("The specified version (%1) is not recognized.").arg(api));
        if (op.isEmpty())
            return error(400, QStringLiteral("BadParameter"), QStringLiteral("The operation is not supported."));
    }

    std::optional<Fault> fault = takeFault(op);
    Reply pending;
    if (fault) {
        switch (fault->kind) {
        case Fault::Kind::Throttle: {
            Reply r = error(429, QStringLiteral("Throttled"),
                            QStringLiteral("Operations per second limit exceeded. Retry after %1 s.")
                                .arg(fault->retryAfterSeconds));
            r.headers.append({"Retry-After", QByteArray::number(fault->retryAfterSeconds)});
            return r;
        }
        case Fault::Kind::ServerError:
            if (op != QLatin1String("create") && op != QLatin1String("rotate"))
                return error(500, QStringLiteral("InternalServerError"), QStringLiteral("Internal error."));
            break; // carried out below, then the answer is lost
        case Fault::Kind::DropConnection: {
            Reply r;
            r.drop = true;
            r.status = 0;
            return r;
        }
        case Fault::Kind::Unauthorized:
            return challenge(QStringLiteral("AKV10032: Invalid issuer or token."));
        case Fault::Kind::Slow:
            pending.delayMs = fault->delayMs;
            break;
        }
    }

    const QString api = q.value(QStringLiteral("api-version"));
    Reply r;
    if (op == QLatin1String("token"))
        r = token(seg.value(1), parseForm(req.body));
    else if (op == QLatin1String("create"))
        r = create(name, s.body);
    else if (op == QLatin1String("rotate"))
        r = rotate(name);
    else if (op == QLatin1String("get"))
        r = get(name, version);
    else if (op == QLatin1String("update"))
        r = update(name, version, s.body);
    else if (op == QLatin1String("list"))
        r = list(q, api);
    else if (op == QLatin1String("versions"))
        r = versionList(name, q, api);
    else if (op == QLatin1String("policy"))
        r = m == "GET" ? getPolicy(name) : putPolicy(name, s.body);
    else if (op == QLatin1String("wrapkey") || op == QLatin1String("unwrapkey"))
        r = crypt(name, version, op == QLatin1String("wrapkey"), s.body);
    else if (op == QLatin1String("delete"))
        r = remove(name);
    else if (op == QLatin1String("deleted"))
        r = name.isEmpty() ? deletedList(q, api) : deletedGet(name);
    else if (op == QLatin1String("recover"))
        r = recover(name);
    else if (op == QLatin1String("purge"))
        r = purge(name);
    if (fault && fault->kind == Fault::Kind::ServerError)
        return error(500, QStringLiteral("InternalServerError"), QStringLiteral("Internal error."));
    r.delayMs = pending.delayMs;
    return r;
}

bool KeyVaultTestServer::start()
{
    if (d->thread.isRunning())
        return true;
    if (!QSslSocket::supportsSsl()) {
        qWarning() << "TLS is not available to Qt";
        return false;
    }
    d->ca = TestCa::make(d->o.dir);
    if (!d->ca)
        return false;
    QFile certFile(d->ca->serverCertPem), keyFile(d->ca->serverKeyPem);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return false;
    const QSslCertificate cert(&certFile, QSsl::Pem);
    const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
    if (cert.isNull() || key.isNull()) {
        qWarning() << "the test server certificate does not load";
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(cert);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);

    d->thread.start();
    d->context = new QObject;
    d->context->moveToThread(&d->thread);
    quint16 port = 0;
    QMetaObject::invokeMethod(
        d->context,
        [this, tls, &port] {
            // The server's TLS runs OpenSSL on this thread: release it as the thread finishes (util/PoolThread.h).
            releaseOpenSslWithThread();
            auto *server = new QSslServer(d->context);
            server->setSslConfiguration(tls);
            server->setHandshakeTimeout(10000);
            if (!server->listen(QHostAddress::LocalHost, d->o.port))
                return;
            port = server->serverPort();
            d->server = server;
            d->port = port;
            QObject::connect(server, &QTcpServer::pendingConnectionAvailable, server, [this, server] {
                while (QTcpSocket *t = server->nextPendingConnection())
                    d->serve(qobject_cast<QSslSocket *>(t));
            });
        },
        Qt::BlockingQueuedConnection);
    if (port == 0) {
        qWarning() << "the Key Vault test server cannot listen on 127.0.0.1";
        return false;
    }
    QMutexLocker lock(&d->mutex);
    d->base = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
    return true;
}

void KeyVaultTestServer::goAway()
{
    if (!d->thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        d->context,
        [this] {
            d->server->close();
            for (QSslSocket *socket : d->server->findChildren<QSslSocket *>())
                socket->abort();
        },
        Qt::BlockingQueuedConnection);
}

bool KeyVaultTestServer::comeBack()
{
    if (!d->thread.isRunning())
        return false;
    bool listening = false;
    QMetaObject::invokeMethod(
        d->context, [this, &listening] { listening = d->server->listen(QHostAddress::LocalHost, d->port); },
        Qt::BlockingQueuedConnection);
    if (!listening)
        qWarning() << "the Key Vault test server cannot listen on its port again:" << d->port;
    return listening;
}

QUrl KeyVaultTestServer::baseUrl() const
{
    QMutexLocker lock(&d->mutex);
    return d->base;
}

QString KeyVaultTestServer::caFile() const
{
    return d->ca ? d->ca->caPem : QString();
}

QSslCertificate KeyVaultTestServer::ca() const
{
    return d->ca ? d->ca->ca() : QSslCertificate();
}

QString KeyVaultTestServer::resource() const
{
    return d->resource();
}

QString KeyVaultTestServer::scope() const
{
    return d->resource() + QLatin1String("/.default");
}

QUrl KeyVaultTestServer::tokenUrl() const
{
    QMutexLocker lock(&d->mutex);
    return QUrl(QStringLiteral("%1/%2/oauth2/v2.0/token").arg(d->baseString(), d->o.tenant));
}

void KeyVaultTestServer::inject(const Fault &f)
{
    QMutexLocker lock(&d->mutex);
    d->faults.append(f);
}

void KeyVaultTestServer::clearFaults()
{
    QMutexLocker lock(&d->mutex);
    d->faults.clear();
}

void KeyVaultTestServer::setEnabled(const QString &name, const QString &version, bool on)
{
    QMutexLocker lock(&d->mutex);
    if (KeyVersion *v = d->findVersion(name, version)) {
        v->enabled = on;
        v->updated = now();
    }
}

void KeyVaultTestServer::setExpires(const QString &name, const QString &version, const QDateTime &at)
{
    QMutexLocker lock(&d->mutex);
    if (KeyVersion *v = d->findVersion(name, version)) {
        v->exp = at.isValid() ? std::optional<qint64>(at.toSecsSinceEpoch()) : std::nullopt;
        v->updated = now();
    }
}

void KeyVaultTestServer::deleteBehindBack(const QString &name)
{
    QMutexLocker lock(&d->mutex);
    if (d->keys.contains(name))
        d->moveToDeleted(name);
}

void KeyVaultTestServer::setRecoveryLevel(const QString &level, std::optional<int> days)
{
    QMutexLocker lock(&d->mutex);
    d->recoveryLevel = level;
    d->recoverableDays = days;
}

QStringList KeyVaultTestServer::versions(const QString &name) const
{
    QMutexLocker lock(&d->mutex);
    QStringList out;
    for (const KeyVersion &v : d->keys.value(name).versions)
        out.append(v.id);
    return out;
}

QList<KeyVaultTestServer::Seen> KeyVaultTestServer::requests() const
{
    QMutexLocker lock(&d->mutex);
    return d->seen;
}

void KeyVaultTestServer::clearRequests()
{
    QMutexLocker lock(&d->mutex);
    d->seen.clear();
}

int KeyVaultTestServer::tokenRequests() const
{
    QMutexLocker lock(&d->mutex);
    return d->tokenCount;
}

} // namespace keyward::test

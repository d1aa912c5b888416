// AzureKeyVaultStore: the KeyStore contract over the Key Vault REST API (a vault or a Managed HSM).
#include "keystore/AzureKeyVaultStore.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace keyward::keystore {

namespace {

bool isValidVersion(const QString &version)
{
    static const QRegularExpression syntax(QStringLiteral("^[A-Za-z0-9]{1,64}$"));
    return version.isEmpty() || syntax.match(version).hasMatch();
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    auto port = [](const QUrl &u) { return u.port(u.scheme() == QLatin1String("https") ? 443 : 80); };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && port(a) == port(b);
}

QString dateText(const QDateTime &t)
{
    return t.isValid() ? t.toString(Qt::ISODate) : QString();
}

// The date a deleted key may be purged, from GET /deletedkeys/{name}; empty when that failed.
QString purgeDate(const Result<QJsonObject> &deleted)
{
    if (!deleted)
        return {};
    auto info = deletedKeyFromBundle(*deleted);
    return info ? dateText(info->scheduledPurge) : QString();
}

} // namespace

struct AzureKeyVaultStore::Private
{
    QString name;
    AzureKeyVaultConfig config;
    const Clock &clock;
    std::unique_ptr<net::HttpClient> http;
    std::unique_ptr<AzureTokenSource> tokens;
    int pageSize = 25;

    mutable QMutex mutex; // guards the fields below
    bool probed = false;  // properties() asked the vault for its recovery level
    QString recoveryLevel;
    std::optional<int> recoverableDays;
    QHash<QString, KeyKind> kinds; // "<name>/<version>": a version's type never changes

    Private(QString n, AzureKeyVaultConfig c, const Clock &cl) : name(std::move(n)), config(std::move(c)), clock(cl) {}

    QUrl url(const QString &path, const QList<QPair<QString, QString>> &extra = {}) const
    {
        QUrl u = config.vaultUrl;
        QString base = u.path();
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        u.setPath(base + path);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("api-version"), config.apiVersion);
        for (const auto &[k, v] : extra)
            q.addQueryItem(k, v);
        u.setQuery(q);
        return u;
    }

    void noteLevel(const KeyVersionInfo &info)
    {
        if (info.recoveryLevel.isEmpty())
            return;
        QMutexLocker lock(&mutex);
        recoveryLevel = info.recoveryLevel;
        recoverableDays = info.recoverableDays;
    }
    void noteKind(const KeyVersionInfo &info)
    {
        if (info.version.isEmpty())
            return;
        QMutexLocker lock(&mutex);
        kinds.insert(info.name + QLatin1Char('/') + info.version, info.kind);
    }
    // A full key bundle (get, create, rotate) as the model, its recovery level and key kind noted.
    Result<KeyVersionInfo> fromBundle(const QJsonObject &bundle)
    {
        auto info = keyVersionFromBundle(bundle);
        if (!info)
            return info.error();
        noteLevel(*info);
        noteKind(*info);
        return info;
    }

    Error withEndpoint(Error e) const
    {
        if (e.reason == Reason::AzureAuthFailed && e.args.size() >= 2 && e.args.at(1).isEmpty())
            e.args[1] = config.vaultUrl.toString();
        return e;
    }

    // One request with the bearer token; a 401 drops the token (after checking the challenge's authority) and
    // the request goes once more with a fresh one.
    Result<net::HttpResponse> send(QByteArray method, const QUrl &target, const QJsonObject *body, bool idempotent);
    Result<QJsonObject> call(QByteArray method, const QString &path, const QJsonObject *body, bool idempotent,
                             const QString &operation, const QString &key, int *status = nullptr);
    Result<QList<QJsonObject>> pages(const QString &path, const QString &operation, const QString &key);
    Error notFound(const QString &key, const QString &version);
    Error explainForbidden(const Error &e, const QString &key, const QString &version, const QString &operation);
    Result<KeyVersionInfo> get(const QString &key, const QString &version);
    Result<KeyKind> kindOf(const QString &key, const QString &version);
    // The version a wrap or unwrap uses (the newest when `version` is empty) and its key's kind.
    Result<std::pair<QString, KeyKind>> pin(const QString &key, const QString &version);
    Status patch(const QString &key, const QString &version, const QJsonObject &attributes);
};

Result<net::HttpResponse> AzureKeyVaultStore::Private::send(QByteArray method, const QUrl &target,
                                                            const QJsonObject *body, bool idempotent)
{
    for (int round = 0;; ++round) {
        auto token = tokens->token(round > 0);
        if (!token)
            return token.error();
        net::HttpRequest request;
        request.method = method;
        request.url = target;
        request.idempotent = idempotent;
        request.setHeader("Accept", "application/json");
        QByteArray bearer = "Bearer " + *token;
        request.setHeader("Authorization", bearer);
        crypto::wipe(bearer);
        if (body) {
            request.setHeader("Content-Type", "application/json");
            request.body = QJsonDocument(*body).toJson(QJsonDocument::Compact);
        }
        auto response = http->send(std::move(request));
        if (!response)
            return Error::because(ErrorCode::Unavailable, Reason::KeyStoreGone, {name},
                                  QStringLiteral("store '%1' did not answer: %2").arg(name, response.error().detail));
        if (response->status != 401 || round > 0)
            return response;
        if (auto st = tokens->onChallenge(response->header("WWW-Authenticate")); !st)
            return st.error();
    }
}

Result<QJsonObject> AzureKeyVaultStore::Private::call(QByteArray method, const QString &path, const QJsonObject *body,
                                                      bool idempotent, const QString &operation, const QString &key,
                                                      int *status)
{
    auto response = send(std::move(method), url(path), body, idempotent);
    if (!response)
        return response.error();
    if (status)
        *status = response->status;
    if (response->status >= 400)
        return withEndpoint(errorFromResponse(name, *response, operation, key));
    if (response->body.isEmpty())
        return QJsonObject();
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(response->body, &perr);
    crypto::wipe(response->body);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(
            ErrorCode::Format,
            QStringLiteral("store '%1': the answer to %2 of key '%3' is not JSON").arg(name, operation, key));
    return doc.object();
}

Result<QList<QJsonObject>> AzureKeyVaultStore::Private::pages(const QString &path, const QString &operation,
                                                              const QString &key)
{
    QList<QJsonObject> items;
    QUrl next = url(path, {{QStringLiteral("maxresults"), QString::number(pageSize)}});
    for (int page = 0; page < 10000; ++page) {
        auto response = send("GET", next, nullptr, true);
        if (!response)
            return response.error();
        if (response->status >= 400)
            return withEndpoint(errorFromResponse(name, *response, operation, key));
        const QJsonObject doc = QJsonDocument::fromJson(response->body).object();
        for (const auto &v : doc.value(QStringLiteral("value")).toArray())
            items << v.toObject();
        const QString link = doc.value(QStringLiteral("nextLink")).toString();
        if (link.isEmpty())
            return items;
        const QUrl candidate(link, QUrl::StrictMode);
        // The bearer token goes only to the vault itself.
        if (!candidate.isValid() || !sameOrigin(candidate, config.vaultUrl))
            return Error::make(ErrorCode::Format,
                               QStringLiteral("store '%1': the next page of %2 is on another host (%3); it was not "
                                              "followed")
                                   .arg(name, operation, candidate.host()));
        next = candidate;
    }
    return Error::make(ErrorCode::Format, QStringLiteral("store '%1': %2 never ends").arg(name, operation));
}

Error AzureKeyVaultStore::Private::notFound(const QString &key, const QString &version)
{
    int status = 0;
    auto deleted =
        call("GET", QStringLiteral("/deletedkeys/") + key, nullptr, true, QStringLiteral("get"), key, &status);
    if (deleted) {
        auto info = deletedKeyFromBundle(*deleted);
        const QString when = info ? dateText(info->deletedOn) : QString();
        return Error::make(
            ErrorCode::KeyDeleted,
            QStringLiteral("key '%1' in store '%2' was deleted on %3; recover it to use it").arg(key, name, when));
    }
    if (status != 404)
        return deleted.error();
    if (!version.isEmpty()) {
        auto latest = call("GET", QStringLiteral("/keys/%1/").arg(key), nullptr, true, QStringLiteral("get"), key);
        if (latest)
            return Error::because(ErrorCode::NotFound, Reason::KeyVersionNotFound, {name, key, version},
                                  QStringLiteral("key %1 in store '%2' has no version %3").arg(key, name, version));
    }
    return Error::because(ErrorCode::NotFound, Reason::KeyNotFound, {name, key},
                          QStringLiteral("store '%1' has no key named '%2'").arg(name, key));
}

Error AzureKeyVaultStore::Private::explainForbidden(const Error &e, const QString &key, const QString &version,
                                                    const QString &operation)
{
    if (e.code != ErrorCode::Forbidden || e.reason != Reason::AzureAccessDenied)
        return e;
    // A 403 on a key operation: the key version may say why (disabled, expired, not yet valid, not permitted).
    auto info = get(key, version);
    if (!info)
        return e;
    if (auto st = info->usableFor(operation, clock.now()); !st)
        return st.error();
    return e;
}

Result<KeyVersionInfo> AzureKeyVaultStore::Private::get(const QString &key, const QString &version)
{
    if (!isValidKeyName(key))
        return Error::because(ErrorCode::NotFound, Reason::KeyNotFound, {name, key},
                              QStringLiteral("store '%1' has no key named '%2'").arg(name, key));
    if (!isValidVersion(version))
        return Error::because(ErrorCode::NotFound, Reason::KeyVersionNotFound, {name, key, version},
                              QStringLiteral("key %1 in store '%2' has no version %3").arg(key, name, version));
    int status = 0;
    auto bundle = call("GET", QStringLiteral("/keys/%1/%2").arg(key, version), nullptr, true, QStringLiteral("get"),
                       key, &status);
    if (!bundle)
        return status == 404 ? notFound(key, version) : bundle.error();
    return fromBundle(*bundle);
}

Result<std::pair<QString, KeyKind>> AzureKeyVaultStore::Private::pin(const QString &key, const QString &version)
{
    if (version.isEmpty()) {
        auto latest = get(key, QString());
        if (!latest)
            return latest.error();
        return std::pair{latest->version, latest->kind};
    }
    auto kind = kindOf(key, version);
    if (!kind)
        return kind.error();
    return std::pair{version, *kind};
}

Result<KeyKind> AzureKeyVaultStore::Private::kindOf(const QString &key, const QString &version)
{
    {
        QMutexLocker lock(&mutex);
        auto it = kinds.constFind(key + QLatin1Char('/') + version);
        if (!version.isEmpty() && it != kinds.constEnd())
            return *it;
    }
    auto info = get(key, version);
    if (!info)
        return info.error();
    return info->kind;
}

AzureKeyVaultStore::AzureKeyVaultStore(std::unique_ptr<Private> p) : d(std::move(p)) {}
AzureKeyVaultStore::~AzureKeyVaultStore() = default;

Result<std::unique_ptr<AzureKeyVaultStore>> AzureKeyVaultStore::open(const QString &storeName,
                                                                     const AzureKeyVaultConfig &config,
                                                                     crypto::SecureBytes clientSecret,
                                                                     const Clock &clock)
{
    return open(storeName, config, std::move(clientSecret), clock, net::HttpClient::Options{});
}

Result<std::unique_ptr<AzureKeyVaultStore>> AzureKeyVaultStore::open(const QString &storeName,
                                                                     const AzureKeyVaultConfig &config,
                                                                     crypto::SecureBytes clientSecret,
                                                                     const Clock &clock, net::HttpClient::Options http)
{
    if (auto st = config.validate(); !st)
        return st.error();
    if (clientSecret.isEmpty())
        return Error::make(ErrorCode::Key, QStringLiteral("store '%1' has no client secret").arg(storeName));
    if (!config.caFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(config.caFile, QSsl::Pem);
        if (cas.isEmpty())
            return Error::make(ErrorCode::InvalidArgument,
                               QStringLiteral("store '%1': %2 holds no PEM certificate").arg(storeName, config.caFile));
        http.extraCaCertificates << cas;
    }
    auto d = std::make_unique<Private>(storeName, config, clock);
    d->http = std::make_unique<net::HttpClient>(std::move(http));
    d->tokens = std::make_unique<AzureTokenSource>(storeName, config, std::move(clientSecret), *d->http, clock);
    return std::unique_ptr<AzureKeyVaultStore>(new AzureKeyVaultStore(std::move(d)));
}

void AzureKeyVaultStore::setPageSize(int maxResults)
{
    d->pageSize = std::clamp(maxResults, 1, 25);
}

Result<QString> AzureKeyVaultStore::probeRecoveryLevel()
{
    auto response = d->send(
        "GET", d->url(QStringLiteral("/keys"), {{QStringLiteral("maxresults"), QStringLiteral("1")}}), nullptr, true);
    if (!response)
        return response.error();
    if (response->status >= 400)
        return d->withEndpoint(errorFromResponse(d->name, *response, QStringLiteral("list"), QString()));
    const QJsonArray items = QJsonDocument::fromJson(response->body).object().value(QStringLiteral("value")).toArray();
    if (items.isEmpty())
        return QString();
    auto info = keyVersionFromBundle(items.first().toObject());
    if (!info)
        return info.error();
    d->noteLevel(*info);
    return info->recoveryLevel;
}

int AzureKeyVaultStore::tokenRequests() const
{
    return d->tokens->requestsMade();
}

StoreProperties AzureKeyVaultStore::properties() const
{
    // The vault's protection is read from its keys: once, here, when no key was read yet. A vault that cannot be
    // reached now keeps Azure's new-vault defaults; the next call that needs the service reports the problem.
    bool probe = false;
    {
        QMutexLocker lock(&d->mutex);
        probe = d->recoveryLevel.isEmpty() && !d->probed;
        d->probed = true;
    }
    if (probe) {
        if (auto level = const_cast<AzureKeyVaultStore *>(this)->probeRecoveryLevel(); !level)
            qInfo("keyward: the recovery level of store '%s' could not be read", qPrintable(d->name));
    }
    StoreProperties p;
    p.name = d->name;
    p.kind = AzureKeyVaultConfig::kindName(d->config.flavour);
    p.hsmBacked = d->config.flavour == AzureFlavour::ManagedHsm;
    QMutexLocker lock(&d->mutex);
    p.recoveryLevel = d->recoveryLevel;
    // With no level known yet: what Azure enforces on new vaults (soft delete on, 90 days, purge protection off).
    const Protection protection =
        d->recoveryLevel.isEmpty() ? Protection{} : protectionFromRecoveryLevel(d->recoveryLevel, d->recoverableDays);
    p.softDelete = protection.softDelete;
    p.purgeProtection = protection.purgeProtection;
    p.retentionDays = protection.retentionDays;
    return p;
}

Status AzureKeyVaultStore::supportsKeyType(KeyKind kind, int bits)
{
    if (kind == KeyKind::Aes && d->config.flavour != AzureFlavour::ManagedHsm)
        return Error::because(ErrorCode::Unsupported, Reason::KeyTypeNotOffered,
                              {d->name, QStringLiteral("%1-%2").arg(keyKindName(kind)).arg(bits)},
                              QStringLiteral("store '%1' is a Key Vault vault: AES keys (oct-HSM) are made on a "
                                             "Managed HSM only")
                                  .arg(d->name));
    return KeyStore::supportsKeyType(kind, bits);
}

Result<QList<KeyVersionInfo>> AzureKeyVaultStore::listKeys()
{
    auto items = d->pages(QStringLiteral("/keys"), QStringLiteral("list"), QString());
    if (!items)
        return items.error();
    QList<KeyVersionInfo> out;
    for (const QJsonObject &item : std::as_const(*items)) {
        auto listed = keyVersionFromBundle(item);
        if (!listed)
            return listed.error();
        d->noteLevel(*listed);
        // A listed key says neither its type nor its version: one GET each for the details.
        auto latest = d->get(listed->name, QString());
        if (!latest) {
            if (latest.error().code == ErrorCode::NotFound || latest.error().code == ErrorCode::KeyDeleted)
                continue; // deleted between the list and the GET
            if (latest.error().code == ErrorCode::Unsupported)
                continue; // a key type Keyward does not use (EC)
            return latest.error();
        }
        out << *latest;
    }
    return out;
}

Result<QList<KeyVersionInfo>> AzureKeyVaultStore::listVersions(const QString &name)
{
    if (!isValidKeyName(name))
        return d->get(name, QString()).error();
    auto items = d->pages(QStringLiteral("/keys/%1/versions").arg(name), QStringLiteral("list"), name);
    if (!items) {
        if (items.error().code == ErrorCode::NotFound)
            return d->notFound(name, QString());
        return items.error();
    }
    if (items->isEmpty()) {
        auto latest = d->get(name, QString()); // an empty list: say why, as the other stores do
        if (!latest)
            return latest.error();
        return QList<KeyVersionInfo>{};
    }
    QList<KeyVersionInfo> out;
    for (const QJsonObject &item : std::as_const(*items)) {
        auto listed = keyVersionFromBundle(item);
        if (!listed)
            return listed.error();
        auto full = d->get(name, listed->version);
        if (!full)
            return full.error();
        out << *full;
    }
    // Oldest first; versions made in the same second keep the order the vault listed them in.
    std::stable_sort(out.begin(), out.end(),
                     [](const KeyVersionInfo &a, const KeyVersionInfo &b) { return a.created < b.created; });
    return out;
}

Result<KeyVersionInfo> AzureKeyVaultStore::keyVersion(const QString &name, const QString &version)
{
    return d->get(name, version);
}

Result<KeyVersionInfo> AzureKeyVaultStore::createKey(const CreateKeyRequest &request)
{
    if (auto st = request.validate(); !st)
        return st.error();
    if (auto st = supportsKeyType(request.kind, request.bits); !st)
        return st.error();
    // Key Vault makes a new version of an existing key; Keyward's stores refuse a taken name instead.
    auto existing = d->get(request.name, QString());
    if (existing)
        return Error::because(ErrorCode::Conflict, Reason::KeyExists, {d->name, request.name},
                              QStringLiteral("store '%1' already has a key named '%2'").arg(d->name, request.name));
    if (existing.error().code == ErrorCode::KeyDeleted) {
        auto deleted = d->call("GET", QStringLiteral("/deletedkeys/") + request.name, nullptr, true,
                               QStringLiteral("create"), request.name);
        const QString until = purgeDate(deleted);
        return Error::because(ErrorCode::Conflict, Reason::KeyNameHeldByDeleted, {d->name, request.name, until},
                              QStringLiteral("a deleted key named '%1' is kept in store '%2' until %3; recover or "
                                             "purge it first")
                                  .arg(request.name, d->name, until));
    }
    if (existing.error().code != ErrorCode::NotFound)
        return existing.error();
    const QJsonObject body = createKeyBody(request, d->config.flavour);
    // Not idempotent: a blind retry would make a second version.
    auto bundle = d->call("POST", QStringLiteral("/keys/%1/create").arg(request.name), &body, false,
                          QStringLiteral("create"), request.name);
    if (!bundle) {
        Error e = bundle.error();
        if (e.reason == Reason::KeyNameHeldByDeleted) {
            auto deleted = d->call("GET", QStringLiteral("/deletedkeys/") + request.name, nullptr, true,
                                   QStringLiteral("create"), request.name);
            e.args[2] = purgeDate(deleted);
        }
        return e;
    }
    return d->fromBundle(*bundle);
}

Result<KeyVersionInfo> AzureKeyVaultStore::rotateKey(const QString &name)
{
    if (!isValidKeyName(name))
        return d->get(name, QString()).error();
    int status = 0;
    auto bundle = d->call("POST", QStringLiteral("/keys/%1/rotate").arg(name), nullptr, false, QStringLiteral("rotate"),
                          name, &status);
    if (!bundle)
        return status == 404 ? d->notFound(name, QString()) : bundle.error();
    return d->fromBundle(*bundle);
}

Result<RotationPolicy> AzureKeyVaultStore::rotationPolicy(const QString &name)
{
    if (!isValidKeyName(name))
        return d->get(name, QString()).error();
    int status = 0;
    auto json = d->call("GET", QStringLiteral("/keys/%1/rotationpolicy").arg(name), nullptr, true,
                        QStringLiteral("get the rotation policy of"), name, &status);
    if (!json)
        return status == 404 ? d->notFound(name, QString()) : json.error();
    return RotationPolicy::fromKeyVaultJson(*json);
}

Status AzureKeyVaultStore::setRotationPolicy(const QString &name, const RotationPolicy &policy)
{
    if (auto st = policy.validate(); !st)
        return st;
    if (!isValidKeyName(name))
        return d->get(name, QString()).error();
    QJsonObject body = policy.toKeyVaultJson();
    QJsonObject attributes = body.value(QStringLiteral("attributes")).toObject();
    attributes.remove(QStringLiteral("updated")); // the vault's to set
    body.insert(QStringLiteral("attributes"), attributes);
    int status = 0;
    auto json = d->call("PUT", QStringLiteral("/keys/%1/rotationpolicy").arg(name), &body, true,
                        QStringLiteral("set the rotation policy of"), name, &status);
    if (!json)
        return status == 404 ? d->notFound(name, QString()) : json.error();
    return {};
}

Status AzureKeyVaultStore::Private::patch(const QString &key, const QString &version, const QJsonObject &attributes)
{
    Private &d = *this;
    const QString &name = key;
    if (!isValidKeyName(name) || !isValidVersion(version))
        return d.get(name, version).error();
    const QJsonObject body{{QStringLiteral("attributes"), attributes}};
    int status = 0;
    auto bundle = d.call("PATCH", QStringLiteral("/keys/%1/%2").arg(name, version), &body, true,
                         QStringLiteral("update"), name, &status);
    if (!bundle)
        return status == 404 ? d.notFound(name, version) : bundle.error();
    return {};
}

Status AzureKeyVaultStore::setVersionEnabled(const QString &name, const QString &version, bool enabled)
{
    return d->patch(name, version, QJsonObject{{QStringLiteral("enabled"), enabled}});
}

Status AzureKeyVaultStore::setVersionExpiry(const QString &name, const QString &version,
                                            const std::optional<QDateTime> &expires)
{
    return d->patch(
        name, version,
        QJsonObject{{QStringLiteral("exp"), expires ? QJsonValue(expires->toSecsSinceEpoch()) : QJsonValue()}});
}

Result<DeletedKeyInfo> AzureKeyVaultStore::deleteKey(const QString &name)
{
    if (!isValidKeyName(name))
        return d->get(name, QString()).error();
    int status = 0;
    auto bundle =
        d->call("DELETE", QStringLiteral("/keys/") + name, nullptr, true, QStringLiteral("delete"), name, &status);
    if (!bundle)
        return status == 404 ? d->notFound(name, QString()) : bundle.error();
    return deletedKeyFromBundle(*bundle);
}

Result<QList<DeletedKeyInfo>> AzureKeyVaultStore::listDeletedKeys()
{
    auto items = d->pages(QStringLiteral("/deletedkeys"), QStringLiteral("list deleted"), QString());
    if (!items)
        return items.error();
    QList<DeletedKeyInfo> out;
    for (const QJsonObject &item : std::as_const(*items)) {
        auto listed = deletedKeyFromBundle(item);
        if (!listed)
            return listed.error();
        // A listed deleted key does not say its type: the deleted key's own GET does.
        auto full = d->call("GET", QStringLiteral("/deletedkeys/") + listed->name, nullptr, true,
                            QStringLiteral("get deleted"), listed->name);
        if (!full) {
            if (full.error().code == ErrorCode::NotFound)
                continue; // purged or recovered meanwhile
            return full.error();
        }
        auto info = deletedKeyFromBundle(*full);
        if (!info)
            return info.error();
        out << *info;
    }
    return out;
}

Result<KeyVersionInfo> AzureKeyVaultStore::recoverKey(const QString &name)
{
    if (!isValidKeyName(name))
        return Error::make(ErrorCode::NotFound,
                           QStringLiteral("store '%1' has no deleted key named '%2'").arg(d->name, name));
    auto bundle = d->call("POST", QStringLiteral("/deletedkeys/%1/recover").arg(name), nullptr, false,
                          QStringLiteral("recover"), name);
    if (!bundle)
        return bundle.error();
    auto info = keyVersionFromBundle(*bundle);
    if (!info)
        return info.error();
    d->noteLevel(*info);
    return info;
}

Status AzureKeyVaultStore::purgeKey(const QString &name)
{
    if (!isValidKeyName(name))
        return d->get(name, QString()).error();
    int status = 0;
    auto done = d->call("DELETE", QStringLiteral("/deletedkeys/") + name, nullptr, true, QStringLiteral("purge"), name,
                        &status);
    if (done)
        return {};
    if (status == 404) {
        // Not deleted: a live key is a conflict (delete it first); no key at all is not found.
        auto live = d->get(name, QString());
        if (!live && live.error().code == ErrorCode::NotFound)
            return live.error();
        return done.error();
    }
    if (status == 403 && done.error().code == ErrorCode::Forbidden) {
        auto deleted =
            d->call("GET", QStringLiteral("/deletedkeys/") + name, nullptr, true, QStringLiteral("purge"), name);
        const QString until = purgeDate(deleted);
        return Error::make(ErrorCode::Forbidden,
                           QStringLiteral("purge protection is on for store '%1': key '%2' can be purged only after "
                                          "its retention period ends on %3")
                               .arg(d->name, name, until));
    }
    return done.error();
}

Result<WrappedKey> AzureKeyVaultStore::wrapKey(const QString &name, const QString &version,
                                               const crypto::SecureBytes &key)
{
    if (key.size() != 32)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("a feature key is 32 bytes"));
    auto resolved = d->pin(name, version);
    if (!resolved)
        return resolved.error();
    const auto &[pinned, kind] = *resolved;
    const WrapAlgorithm alg = wrapAlgorithmFor(kind);
    QByteArray value = QByteArray(reinterpret_cast<const char *>(key.data()), qsizetype(key.size()))
                           .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QJsonObject body{{QStringLiteral("alg"), wrapAlgorithmName(alg)},
                     {QStringLiteral("value"), QString::fromLatin1(value)}};
    crypto::wipe(value);
    int status = 0;
    auto json = d->call("POST", QStringLiteral("/keys/%1/%2/wrapkey").arg(name, pinned), &body, true,
                        QStringLiteral("wrapKey"), name, &status);
    body = QJsonObject();
    if (!json) {
        if (status == 404)
            return d->notFound(name, pinned);
        return d->explainForbidden(json.error(), name, pinned, QStringLiteral("wrapKey"));
    }
    auto wrapped = decodeJwkBase64(json->value(QStringLiteral("value")).toString());
    if (!wrapped || wrapped->isEmpty())
        return Error::make(ErrorCode::Format,
                           QStringLiteral("store '%1': the wrapped key from %2 is not base64url").arg(d->name, name));
    WrappedKey out;
    out.keyId = json->value(QStringLiteral("kid")).toString();
    out.algorithm = alg;
    out.wrapped = *wrapped;
    return out;
}

Result<crypto::SecureBytes> AzureKeyVaultStore::unwrapKey(const QString &name, const QString &version,
                                                          const QByteArray &wrapped)
{
    auto resolved = d->pin(name, version);
    if (!resolved)
        return resolved.error();
    const auto &[pinned, kind] = *resolved;
    const WrapAlgorithm alg = wrapAlgorithmFor(kind);
    const QJsonObject body{
        {QStringLiteral("alg"), wrapAlgorithmName(alg)},
        {QStringLiteral("value"),
         QString::fromLatin1(wrapped.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))}};
    auto response = d->send("POST", d->url(QStringLiteral("/keys/%1/%2/unwrapkey").arg(name, pinned)), &body, true);
    if (!response)
        return response.error();
    const QString id = d->config.vaultUrl.toString() + QStringLiteral("/keys/%1/%2").arg(name, pinned);
    if (response->status == 400)
        return Error::make(ErrorCode::Key, QStringLiteral("the wrapped key does not unwrap under %1").arg(id));
    if (response->status == 404)
        return d->notFound(name, pinned);
    if (response->status >= 400)
        return d->explainForbidden(
            d->withEndpoint(errorFromResponse(d->name, *response, QStringLiteral("unwrapKey"), name)), name, pinned,
            QStringLiteral("unwrapKey"));
    QJsonObject json = QJsonDocument::fromJson(response->body).object();
    crypto::wipe(response->body);
    QString valueText = json.value(QStringLiteral("value")).toString();
    json = QJsonObject();
    auto plain = decodeJwkBase64(valueText);
    valueText.fill(QLatin1Char('0'));
    if (!plain || plain->size() != 32) {
        if (plain)
            crypto::wipe(*plain);
        return Error::make(ErrorCode::Key, QStringLiteral("the wrapped key does not unwrap under %1").arg(id));
    }
    auto out = crypto::SecureBytes::fromView(*plain);
    crypto::wipe(*plain);
    return out;
}

} // namespace keyward::keystore

// AzureTokenSource: OAuth2 client credentials against the configured authority, a cached token, and the 401
// challenge's authority check.
#include "keystore/AzureKeyVaultStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>

#include <atomic>

namespace keyward::keystore {

namespace {

// A token is not used in its last five minutes: a request must not meet an expiry on its way.
constexpr qint64 RefreshMarginSeconds = 300;

QString normalisedAuthority(QString authority)
{
    while (authority.endsWith(QLatin1Char('/')))
        authority.chop(1);
    const QUrl url(authority);
    if (!url.isValid())
        return authority;
    QUrl out = url;
    out.setHost(url.host().toLower());
    out.setScheme(url.scheme().toLower());
    if (url.port() == (url.scheme() == QLatin1String("https") ? 443 : 80))
        out.setPort(-1);
    return out.toString();
}

} // namespace

struct AzureTokenSource::Private
{
    QString storeName;
    AzureKeyVaultConfig config;
    crypto::SecureBytes secret;
    net::HttpClient &http;
    const Clock &clock;
    QMutex mutex;
    QByteArray token; // the cached access token; wiped when replaced or dropped
    QDateTime expires;
    std::atomic<int> requests{0};

    Private(QString s, AzureKeyVaultConfig c, crypto::SecureBytes k, net::HttpClient &h, const Clock &cl)
        : storeName(std::move(s)), config(std::move(c)), secret(std::move(k)), http(h), clock(cl)
    {
    }
    ~Private() { crypto::wipe(token); }

    QString configuredAuthority() const
    {
        return normalisedAuthority(config.authority.toString() + QLatin1Char('/') + config.tenant);
    }
    void drop()
    {
        crypto::wipe(token);
        token.clear();
        expires = QDateTime();
    }
    Result<QByteArray> fetch();
};

Result<QByteArray> AzureTokenSource::Private::fetch()
{
    const QString authority = configuredAuthority();
    auto encode = [](QByteArrayView v) { return QByteArray(v.data(), v.size()).toPercentEncoding(); };
    net::HttpRequest request;
    request.method = "POST";
    request.url = config.tokenUrl();
    request.setHeader("Content-Type", "application/x-www-form-urlencoded");
    request.setHeader("Accept", "application/json");
    request.body = "grant_type=client_credentials&client_id=" + encode(config.clientId.toUtf8()) +
                   "&scope=" + encode(config.effectiveScope().toUtf8()) + "&client_secret=";
    {
        QByteArray secretText(reinterpret_cast<const char *>(secret.data()), qsizetype(secret.size()));
        QByteArray encoded = secretText.toPercentEncoding();
        request.body += encoded;
        crypto::wipe(secretText);
        crypto::wipe(encoded);
    }
    ++requests;
    auto response = http.send(std::move(request));
    if (!response)
        return Error::because(ErrorCode::Unavailable, Reason::KeyStoreGone, {storeName},
                              QStringLiteral("store '%1': the token endpoint %2 did not answer: %3")
                                  .arg(storeName, authority, response.error().detail));
    QJsonObject json = QJsonDocument::fromJson(response->body).object();
    crypto::wipe(response->body);
    if (response->status == 200) {
        QByteArray access = json.value(QStringLiteral("access_token")).toString().toLatin1();
        const qint64 lifetime = json.value(QStringLiteral("expires_in")).toVariant().toLongLong();
        if (access.isEmpty() || lifetime <= 0)
            return Error::because(
                ErrorCode::Forbidden, Reason::AzureAuthFailed, {storeName, authority, QStringLiteral("no_token")},
                QStringLiteral("store '%1': the token endpoint %2 answered without a token").arg(storeName, authority));
        drop();
        token = access;
        crypto::wipe(access);
        expires = clock.now().addSecs(lifetime);
        return token;
    }
    const QString code = json.value(QStringLiteral("error")).toString();
    if (response->status == 429)
        return Error::because(
            ErrorCode::Unavailable, Reason::StoreThrottled,
            {storeName, QString::number(response->retryAfter() ? (response->retryAfter()->count() + 999) / 1000 : 0)},
            QStringLiteral("store '%1': the token endpoint %2 is throttling").arg(storeName, authority));
    if (response->status >= 500)
        return Error::because(ErrorCode::Unavailable, Reason::AzureRequestFailed,
                              {storeName, QString::number(response->status), code},
                              QStringLiteral("store '%1': the token endpoint %2 answered HTTP %3")
                                  .arg(storeName, authority)
                                  .arg(response->status));
    return Error::because(ErrorCode::Forbidden, Reason::AzureAuthFailed,
                          {storeName, authority, code.isEmpty() ? QString::number(response->status) : code},
                          QStringLiteral("store '%1' could not sign in at %2: HTTP %3 %4")
                              .arg(storeName, authority)
                              .arg(response->status)
                              .arg(code));
}

AzureTokenSource::AzureTokenSource(QString storeName, AzureKeyVaultConfig config, crypto::SecureBytes clientSecret,
                                   net::HttpClient &http, const Clock &clock)
    : d(std::make_unique<Private>(std::move(storeName), std::move(config), std::move(clientSecret), http, clock))
{
}

AzureTokenSource::~AzureTokenSource() = default;

Result<QByteArray> AzureTokenSource::token(bool forceRefresh)
{
    QMutexLocker lock(&d->mutex);
    if (!forceRefresh && !d->token.isEmpty() && d->clock.now().secsTo(d->expires) > RefreshMarginSeconds)
        return d->token;
    return d->fetch();
}

Status AzureTokenSource::onChallenge(const QByteArray &wwwAuthenticate)
{
    QMutexLocker lock(&d->mutex);
    const auto challenge = AzureChallenge::parse(wwwAuthenticate);
    if (challenge) {
        const QString configured = d->configuredAuthority();
        const QString challenged = normalisedAuthority(challenge->authority);
        if (configured.compare(challenged, Qt::CaseInsensitive) != 0)
            return Error::because(ErrorCode::Forbidden, Reason::ChallengeAuthorityMismatch,
                                  {d->storeName, configured, challenged},
                                  QStringLiteral("store '%1' was challenged to sign in at %2, not at the configured "
                                                 "%3; no token was asked for")
                                      .arg(d->storeName, challenged, configured));
    }
    d->drop();
    return {};
}

int AzureTokenSource::requestsMade() const
{
    return d->requests.load();
}

} // namespace keyward::keystore

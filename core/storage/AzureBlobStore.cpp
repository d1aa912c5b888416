// AzureBlobStore: the Blob service REST API over net::HttpClient. Requests are signed with Shared Key (HMAC-SHA256
// of the canonical request under the account key) or carry a SAS token in the query.
#include "storage/AzureBlobStore.h"

#include "crypto/Digest.h"
#include "util/PoolThread.h"

#include <QDateTime>
#include <QHostAddress>
#include <QLocale>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QThreadPool>
#include <QUrlQuery>
#include <QWaitCondition>
#include <QXmlStreamReader>
#include <QtConcurrent/QtConcurrentRun>

#include <QHash>

#include <algorithm>
#include <cstring>
#include <deque>
#include <map>

namespace keyward::storage {

namespace {

const QLatin1String Scheme("azure-blob:");
const QLatin1String DevAccount("devstoreaccount1");
const char DevKey[] = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
constexpr int MaxBlocks = 50000;
constexpr qint64 FirstReadChunk = 256 * 1024;

Error invalidLocation(const QString &location, const QString &why)
{
    // Never the query: a SAS token pasted into a location stays out of messages.
    return Error::make(
        ErrorCode::InvalidArgument,
        QStringLiteral("'%1' is not an Azure Blob location: %2").arg(location.section(QLatin1Char('?'), 0, 0), why));
}

Error connectionStringInvalid(const QString &why)
{
    return Error::because(ErrorCode::InvalidArgument, Reason::ConnectionStringInvalid, {why},
                          QStringLiteral("the connection string is not valid: %1").arg(why));
}

bool isPathStyleHost(const QString &host)
{
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || !QHostAddress(host).isNull();
}

bool validContainer(const QString &name)
{
    if (name.size() < 3 || name.size() > 63 || name.startsWith(QLatin1Char('-')) || name.endsWith(QLatin1Char('-')) ||
        name.contains(QLatin1String("--")))
        return name == QLatin1String("$root");
    for (QChar c : name) {
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit() || c == QLatin1Char('-')) ||
            c.unicode() > 127)
            return false;
    }
    return true;
}

// The endpoint's account: the first label of a host-style host, the first path segment of a path-style URL.
QString accountOf(const QUrl &endpoint, bool pathStyle)
{
    if (pathStyle)
        return endpoint.path().section(QLatin1Char('/'), 1, 1);
    return endpoint.host().section(QLatin1Char('.'), 0, 0);
}

QByteArray rfc1123(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

// "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 7231's IMF-fixdate).
QDateTime parseHttpDate(const QByteArray &s)
{
    QDateTime t =
        QLocale::c().toDateTime(QString::fromLatin1(s).trimmed(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (!t.isValid())
        return QDateTime::fromString(QString::fromLatin1(s).trimmed(), Qt::RFC2822Date);
    t.setTimeSpec(Qt::UTC);
    return t;
}

// Quoted, as the ETag header has it (listings give it without quotes).
QString normalEtag(QString etag)
{
    etag = etag.trimmed();
    if (!etag.isEmpty() && !etag.startsWith(QLatin1Char('"')) && !etag.startsWith(QLatin1String("W/")))
        etag = QLatin1Char('"') + etag + QLatin1Char('"');
    return etag;
}

// Query pairs of an encoded query, each name and value percent-decoded ('+' stays '+').
QList<QPair<QString, QString>> decodedQuery(const QUrl &url)
{
    QList<QPair<QString, QString>> out;
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    if (query.isEmpty())
        return out;
    for (const QByteArray &part : query.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QByteArray name = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return out;
}

QByteArray pct(const QString &s)
{
    return QUrl::toPercentEncoding(s);
}

QByteArray errorCodeOf(const net::HttpResponse &r)
{
    QByteArray code = r.header("x-ms-error-code");
    if (!code.isEmpty())
        return code;
    return blobErrorCode(r.body);
}

// Live writers in this process, by blob URL: cleanStaleTemporaries() leaves their blocks alone.
QMutex liveMutex;
QMultiHash<QString, int> &liveWriters()
{
    static QMultiHash<QString, int> live;
    return live;
}

} // namespace

// ----- XML answers --------------------------------------------------------------------------------------------

namespace {

// Azure's XML answers never declare a document type. One that does is refused before anything after it is read:
// its entities would turn a few bytes of a hostile answer into kilobytes (nested, into far more) of blob names,
// markers and error codes.
bool declaresDocumentType(const QXmlStreamReader &xml)
{
    return xml.tokenType() == QXmlStreamReader::DTD;
}

Error documentTypeRefused()
{
    return Error::make(ErrorCode::Format, QStringLiteral("the answer declares an XML document type, which Azure Blob "
                                                         "Storage never sends; it was not read"));
}

} // namespace

Result<BlobListPage> parseBlobList(const QByteArray &body, qsizetype strip)
{
    BlobListPage page;
    QXmlStreamReader xml(body);
    ObjectInfo current;
    bool inBlob = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (declaresDocumentType(xml))
            return documentTypeRefused();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("Blob")) {
                inBlob = true;
                current = ObjectInfo{};
            } else if (name == QLatin1String("NextMarker")) {
                page.nextMarker = xml.readElementText();
            } else if (inBlob && name == QLatin1String("Name")) {
                current.path = xml.readElementText().mid(strip);
            } else if (inBlob && name == QLatin1String("Content-Length")) {
                current.size = xml.readElementText().toLongLong();
            } else if (inBlob && name == QLatin1String("Last-Modified")) {
                current.modified = parseHttpDate(xml.readElementText().toLatin1());
            } else if (inBlob && name == QLatin1String("Etag")) {
                current.etag = normalEtag(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("Blob")) {
            inBlob = false;
            if (!current.path.isEmpty())
                page.blobs.append(current);
        }
    }
    if (xml.hasError())
        return Error::make(ErrorCode::Format, xml.errorString());
    return page;
}

Result<QList<QPair<QByteArray, qint64>>> parseCommittedBlocks(const QByteArray &body)
{
    QList<QPair<QByteArray, qint64>> blocks;
    QXmlStreamReader xml(body);
    bool committed = false;
    QByteArray id;
    while (!xml.atEnd()) {
        xml.readNext();
        if (declaresDocumentType(xml))
            return documentTypeRefused();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("CommittedBlocks"))
                committed = true;
            else if (xml.name() == QLatin1String("UncommittedBlocks"))
                committed = false;
            else if (committed && xml.name() == QLatin1String("Name"))
                id = xml.readElementText().toLatin1();
            else if (committed && xml.name() == QLatin1String("Size"))
                blocks.append({id, xml.readElementText().toLongLong()});
        }
    }
    if (xml.hasError())
        return Error::make(ErrorCode::Format, xml.errorString());
    return blocks;
}

QByteArray blobErrorCode(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    while (!xml.atEnd()) {
        xml.readNext();
        if (declaresDocumentType(xml))
            return {};
        if (!xml.isStartElement() || xml.name() == QLatin1String("Error"))
            continue;
        if (xml.name() == QLatin1String("Code"))
            return xml.readElementText().toUtf8();
        xml.skipCurrentElement();
    }
    return {};
}

// ----- location -----------------------------------------------------------------------------------------------

bool AzureBlobLocation::isAzureBlob(const QString &location)
{
    return location.startsWith(Scheme);
}

Result<AzureBlobLocation> AzureBlobLocation::parse(const QString &location)
{
    if (!isAzureBlob(location))
        return invalidLocation(location, QStringLiteral("it does not start with azure-blob:"));
    const QString rest = location.mid(Scheme.size());
    const QUrl url(rest, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        url.host().isEmpty())
        return invalidLocation(location, QStringLiteral("it needs an http or https endpoint"));
    if (!url.query().isEmpty() || !url.fragment().isEmpty() || !url.userInfo().isEmpty())
        return invalidLocation(location, QStringLiteral("it must not carry a query, a fragment or user information"));
    // Each segment decoded on its own ("%2F" is a '/' of the name, not a separator), then split again, so that a
    // location reads back as the same place from what toString() gives.
    QStringList segments;
    for (const QString &segment : url.path(QUrl::FullyEncoded).split(QLatin1Char('/'), Qt::SkipEmptyParts))
        segments << QUrl::fromPercentEncoding(segment.toLatin1()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool pathStyle = isPathStyleHost(url.host());
    AzureBlobLocation l;
    l.pathStyle = pathStyle;
    QUrl endpoint;
    endpoint.setScheme(url.scheme());
    endpoint.setHost(url.host());
    endpoint.setPort(url.port());
    if (pathStyle) {
        if (segments.isEmpty())
            return invalidLocation(location, QStringLiteral("a path-style endpoint names its account first"));
        l.account = segments.takeFirst();
        endpoint.setPath(QLatin1Char('/') + l.account);
    } else {
        l.account = url.host().section(QLatin1Char('.'), 0, 0);
    }
    if (segments.isEmpty())
        return invalidLocation(location, QStringLiteral("it names no container"));
    l.container = segments.takeFirst();
    if (!validContainer(l.container))
        return invalidLocation(location, QStringLiteral("'%1' is not a valid container name").arg(l.container));
    l.prefix = segments.join(QLatin1Char('/'));
    l.endpoint = endpoint;
    if (l.account.isEmpty())
        return invalidLocation(location, QStringLiteral("it names no account"));
    return l;
}

AzureBlobLocation AzureBlobLocation::make(const QUrl &endpoint, const QString &container, const QString &prefix)
{
    AzureBlobLocation l;
    l.pathStyle = isPathStyleHost(endpoint.host());
    l.endpoint = endpoint.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (l.endpoint.path() == QLatin1String("/"))
        l.endpoint.setPath(QString());
    l.account = accountOf(l.endpoint, l.pathStyle);
    l.container = container;
    QStringList parts = prefix.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    l.prefix = parts.join(QLatin1Char('/'));
    return l;
}

QString AzureBlobLocation::toString() const
{
    QString s =
        Scheme +
        endpoint.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash) +
        QLatin1Char('/') + container;
    for (const QString &segment : prefix.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        s += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    return s;
}

QString AzureBlobLocation::secretName() const
{
    const int port = endpoint.port(endpoint.scheme() == QLatin1String("http") ? 80 : 443);
    return QStringLiteral("azure-blob/%1@%2:%3").arg(account, endpoint.host()).arg(port);
}

QUrl AzureBlobLocation::containerUrl() const
{
    QUrl u = endpoint;
    u.setPath(endpoint.path(QUrl::FullyEncoded) + QLatin1Char('/') + container, QUrl::StrictMode);
    return u;
}

// ----- credentials --------------------------------------------------------------------------------------------

crypto::SecureBytes AzureBlobCredential::toSecret() const
{
    QByteArray text = "AccountName=" + account.toUtf8() + ';';
    if (kind == Kind::SharedKey) {
        QByteArray key = accountKey.view().toByteArray().toBase64();
        text += "AccountKey=" + key;
        crypto::wipe(key);
    } else {
        text += "SharedAccessSignature=" + sas.view().toByteArray();
    }
    crypto::SecureBytes out = crypto::SecureBytes::fromView(text);
    crypto::wipe(text);
    return out;
}

Result<AzureBlobCredential> AzureBlobCredential::fromSecret(const crypto::SecureBytes &secret)
{
    auto parsed = parseConnectionString(secret);
    if (!parsed)
        return parsed.error();
    return std::move(parsed->credential);
}

Result<AzureConnectionString> parseConnectionString(const crypto::SecureBytes &text)
{
    std::map<QString, QByteArray> pairs; // lower-cased name -> value
    const QByteArray whole = text.view().toByteArray();
    for (QByteArray part : whole.split(';')) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0) {
            crypto::wipe(part);
            for (auto &[k, v] : pairs)
                crypto::wipe(v);
            QByteArray copy = whole;
            crypto::wipe(copy);
            return connectionStringInvalid(QStringLiteral("a part is not of the form Name=value"));
        }
        pairs[QString::fromUtf8(part.left(eq).trimmed()).toLower()] = part.mid(eq + 1).trimmed();
        crypto::wipe(part);
    }
    {
        QByteArray copy = whole;
        crypto::wipe(copy);
    }
    const auto take = [&](const char *name) -> QByteArray {
        auto it = pairs.find(QString::fromLatin1(name).toLower());
        return it == pairs.end() ? QByteArray() : it->second;
    };
    const auto finish = [&](Result<AzureConnectionString> r) {
        for (auto &[k, v] : pairs)
            crypto::wipe(v);
        return r;
    };

    AzureConnectionString out;
    if (take("UseDevelopmentStorage").compare("true", Qt::CaseInsensitive) == 0) {
        QUrl endpoint(QStringLiteral("http://127.0.0.1:10000/devstoreaccount1"));
        const QByteArray proxy = take("DevelopmentStorageProxyUri");
        if (!proxy.isEmpty()) {
            const QUrl p(QString::fromUtf8(proxy));
            if (!p.isValid() || p.host().isEmpty())
                return finish(connectionStringInvalid(QStringLiteral("DevelopmentStorageProxyUri is not a URL")));
            endpoint = QUrl(QStringLiteral("%1://%2:10000/devstoreaccount1").arg(p.scheme(), p.host()));
        }
        out.blobEndpoint = endpoint;
        out.credential.kind = AzureBlobCredential::Kind::SharedKey;
        out.credential.account = DevAccount;
        out.credential.accountKey = crypto::SecureBytes::fromView(QByteArray::fromBase64(DevKey));
        return finish(std::move(out));
    }

    const QString account = QString::fromUtf8(take("AccountName"));
    const QByteArray blobEndpoint = take("BlobEndpoint");
    if (!blobEndpoint.isEmpty()) {
        out.blobEndpoint = QUrl(QString::fromUtf8(blobEndpoint), QUrl::StrictMode)
                               .adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
        if (out.blobEndpoint.path() == QLatin1String("/"))
            out.blobEndpoint.setPath(QString());
        if (!out.blobEndpoint.isValid() || out.blobEndpoint.host().isEmpty() ||
            (out.blobEndpoint.scheme() != QLatin1String("http") && out.blobEndpoint.scheme() != QLatin1String("https")))
            return finish(connectionStringInvalid(QStringLiteral("BlobEndpoint is not an http or https URL")));
    } else {
        if (account.isEmpty())
            return finish(connectionStringInvalid(QStringLiteral("it names neither AccountName nor BlobEndpoint")));
        QString protocol = QString::fromUtf8(take("DefaultEndpointsProtocol")).toLower();
        if (protocol.isEmpty())
            protocol = QStringLiteral("https");
        if (protocol != QLatin1String("https") && protocol != QLatin1String("http"))
            return finish(
                connectionStringInvalid(QStringLiteral("DefaultEndpointsProtocol is neither http nor https")));
        QString suffix = QString::fromUtf8(take("EndpointSuffix"));
        if (suffix.isEmpty())
            suffix = QStringLiteral("core.windows.net");
        out.blobEndpoint = QUrl(QStringLiteral("%1://%2.blob.%3").arg(protocol, account, suffix), QUrl::StrictMode);
        if (!out.blobEndpoint.isValid())
            return finish(connectionStringInvalid(QStringLiteral("AccountName or EndpointSuffix is not valid")));
    }
    const bool pathStyle = isPathStyleHost(out.blobEndpoint.host());
    out.credential.account = account.isEmpty() ? accountOf(out.blobEndpoint, pathStyle) : account;

    const QByteArray key = take("AccountKey");
    const QByteArray sas = take("SharedAccessSignature");
    if (!key.isEmpty()) {
        if (account.isEmpty())
            return finish(connectionStringInvalid(QStringLiteral("AccountKey needs AccountName")));
        auto decoded = QByteArray::fromBase64Encoding(key, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty()) {
            crypto::wipe(decoded.decoded);
            return finish(connectionStringInvalid(QStringLiteral("AccountKey is not base64")));
        }
        out.credential.kind = AzureBlobCredential::Kind::SharedKey;
        out.credential.accountKey = crypto::SecureBytes::fromView(decoded.decoded);
        crypto::wipe(decoded.decoded);
    } else if (!sas.isEmpty()) {
        out.credential.kind = AzureBlobCredential::Kind::Sas;
        out.credential.sas = crypto::SecureBytes::fromView(sas.startsWith('?') ? sas.mid(1) : sas);
    } else {
        return finish(connectionStringInvalid(QStringLiteral("it holds neither AccountKey nor SharedAccessSignature")));
    }
    if (out.credential.account.isEmpty())
        return finish(connectionStringInvalid(QStringLiteral("it names no account")));
    // Azure's rule for storage account names; a name it breaks could not be kept in, and read back from, the keychain
    // form of the credential (toSecret()).
    static const QRegularExpression accountName(QStringLiteral("^[a-z0-9]{3,24}$"));
    if (!accountName.match(out.credential.account).hasMatch())
        return finish(
            connectionStringInvalid(QStringLiteral("an account name is 3 to 24 lower-case letters and digits")));
    return finish(std::move(out));
}

// ----- Shared Key ---------------------------------------------------------------------------------------------

QByteArray sharedKeyStringToSign(const net::HttpRequest &r, const QString &account, bool pathStyle)
{
    Q_UNUSED(pathStyle); // a path-style URL's path starts with the account already, so it appears twice
    const bool body = r.method == "PUT" || r.method == "POST" || r.method == "PATCH";
    QByteArray length = r.header("Content-Length");
    if (length.isEmpty() && body && !r.body.isEmpty())
        length = QByteArray::number(r.body.size());
    if (length == "0")
        length.clear();
    QByteArray s = r.method + '\n';
    s += r.header("Content-Encoding") + '\n';
    s += r.header("Content-Language") + '\n';
    s += length + '\n';
    s += r.header("Content-MD5") + '\n';
    s += r.header("Content-Type") + '\n';
    s += r.header("Date") + '\n';
    s += r.header("If-Modified-Since") + '\n';
    s += r.header("If-Match") + '\n';
    s += r.header("If-None-Match") + '\n';
    s += r.header("If-Unmodified-Since") + '\n';
    s += r.header("Range") + '\n';

    std::map<QByteArray, QByteArray> msHeaders;
    for (const auto &[name, value] : r.headers) {
        const QByteArray lower = name.toLower();
        if (lower.startsWith("x-ms-"))
            msHeaders[lower] = value.trimmed();
    }
    for (const auto &[name, value] : msHeaders)
        s += name + ':' + value + '\n';

    QByteArray path = r.url.path(QUrl::FullyEncoded).toUtf8();
    if (path.isEmpty())
        path = "/";
    s += '/' + account.toUtf8() + path;
    std::map<QString, QStringList> params;
    for (const auto &[name, value] : decodedQuery(r.url))
        params[name.toLower()].append(value);
    for (auto &[name, values] : params) {
        values.sort();
        s += '\n' + name.toUtf8() + ':' + values.join(QLatin1Char(',')).toUtf8();
    }
    return s;
}

QByteArray sharedKeyAuthorization(const net::HttpRequest &request, const AzureBlobCredential &credential,
                                  bool pathStyle)
{
    const QByteArray toSign = sharedKeyStringToSign(request, credential.account, pathStyle);
    auto mac = crypto::hmacSha256(credential.accountKey.view(), toSign);
    if (!mac)
        return {};
    return "SharedKey " + credential.account.toUtf8() + ':' + mac->toBase64();
}

// ----- the store ----------------------------------------------------------------------------------------------

namespace detail {

struct BlobService
{
    AzureBlobLocation location;
    AzureBlobCredential credential;
    AzureBlobOptions options;
    std::unique_ptr<net::HttpClient> http;
    QThreadPool uploads;
    QThreadPool readAhead; // the next range of each blob read from start to end, fetched while the last is used

    QString blobName(const QString &path) const
    {
        return location.prefix.isEmpty() ? path : location.prefix + QLatin1Char('/') + path;
    }
    QUrl url(const QString &encodedPath, const QList<QPair<QByteArray, QByteArray>> &query) const
    {
        QUrl u = location.containerUrl();
        if (!encodedPath.isEmpty())
            u.setPath(u.path(QUrl::FullyEncoded) + QLatin1Char('/') + encodedPath, QUrl::StrictMode);
        QByteArray q;
        for (const auto &[name, value] : query)
            q += (q.isEmpty() ? "" : "&") + name + '=' + value;
        if (credential.kind == AzureBlobCredential::Kind::Sas && !credential.sas.isEmpty())
            q += (q.isEmpty() ? "" : "&") + credential.sas.view().toByteArray();
        if (!q.isEmpty())
            u.setQuery(QString::fromLatin1(q), QUrl::StrictMode);
        return u;
    }
    QUrl blobUrl(const QString &path, const QList<QPair<QByteArray, QByteArray>> &query = {}) const
    {
        QStringList parts;
        for (const QString &segment : blobName(path).split(QLatin1Char('/')))
            parts << QString::fromLatin1(pct(segment));
        return url(parts.join(QLatin1Char('/')), query);
    }
    // A URL for messages: no SAS token.
    static QString shown(const QUrl &u) { return u.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo); }

    Result<net::HttpResponse> send(QByteArray method, QUrl u, net::Headers headers = {}, QByteArray body = {},
                                   bool idempotent = true)
    {
        net::HttpRequest r;
        r.method = std::move(method);
        r.url = std::move(u);
        r.headers = std::move(headers);
        r.body = std::move(body);
        r.idempotent = idempotent;
        if ((r.method == "PUT" || r.method == "POST") && r.header("Content-Type").isEmpty())
            r.setHeader("Content-Type", "application/octet-stream");
        r.sign = [this](net::HttpRequest &req) {
            req.setHeader("x-ms-date", rfc1123(QDateTime::currentDateTimeUtc()));
            req.setHeader("x-ms-version", options.serviceVersion.toLatin1());
            if (credential.kind == AzureBlobCredential::Kind::SharedKey)
                req.setHeader("Authorization", sharedKeyAuthorization(req, credential, location.pathStyle));
        };
        auto response = http->send(std::move(r));
        if (!response)
            return Error::make(
                ErrorCode::Unavailable,
                QStringLiteral("%1 does not answer: %2").arg(location.toString(), response.error().detail));
        return response;
    }

    // What a failed response means. `path` is the object (empty for the container).
    Error failure(const net::HttpResponse &r, const QString &operation, const QString &path) const
    {
        const QString code = QString::fromUtf8(errorCodeOf(r));
        const QString where = path.isEmpty() ? location.toString() : path;
        const QString detail = QStringLiteral("%1 %2: HTTP %3 %4").arg(operation, where).arg(r.status).arg(code);
        switch (r.status) {
        case 401:
        case 403:
            if (code == QLatin1String("AuthenticationFailed") || code == QLatin1String("InvalidAuthenticationInfo") ||
                r.status == 401)
                return Error::because(ErrorCode::Forbidden, Reason::AzureAuthFailed,
                                      {location.account, shown(location.endpoint), code}, detail);
            return Error::because(ErrorCode::Forbidden, Reason::AzureAccessDenied, {location.account, operation, where},
                                  detail);
        case 404:
            if (code == QLatin1String("ContainerNotFound"))
                return Error::make(
                    ErrorCode::NotFound,
                    QStringLiteral("no container %1 at %2").arg(location.container, shown(location.endpoint)));
            return Error::make(ErrorCode::NotFound, QStringLiteral("no object %1").arg(where));
        case 409:
        case 412:
            if (r.status == 412 || code == QLatin1String("ConditionNotMet"))
                return Error::because(ErrorCode::Conflict, Reason::ObjectChanged, {location.toString(), path},
                                      QStringLiteral("%1 changed since it was read (%2)").arg(where, code));
            break;
        case 429:
        case 503:
            if (code == QLatin1String("ServerBusy") || r.status == 429 || r.retryAfter()) {
                const auto wait = r.retryAfter();
                return Error::because(ErrorCode::Unavailable, Reason::StoreThrottled,
                                      {location.account, QString::number(wait ? (wait->count() + 999) / 1000 : 0)},
                                      detail);
            }
            break;
        default:
            break;
        }
        if (r.status >= 500)
            return Error::because(ErrorCode::Unavailable, Reason::AzureRequestFailed,
                                  {location.account, QString::number(r.status), code}, detail);
        return Error::because(ErrorCode::Io, Reason::AzureRequestFailed,
                              {location.account, QString::number(r.status), code}, detail);
    }

    Result<ObjectInfo> head(const QString &path, const QString &ifMatch)
    {
        net::Headers h;
        if (!ifMatch.isEmpty())
            h.append({"If-Match", ifMatch.toLatin1()});
        auto r = send("HEAD", blobUrl(path), h);
        if (!r)
            return r.error();
        if (r->status != 200)
            return failure(*r, QStringLiteral("stat"), path);
        ObjectInfo info;
        info.path = path;
        info.size = r->header("Content-Length").toLongLong();
        info.modified = parseHttpDate(r->header("Last-Modified"));
        info.etag = normalEtag(QString::fromLatin1(r->header("ETag")));
        return info;
    }

    Result<QList<ObjectInfo>> listBlobs(const QString &prefix, bool uncommitted)
    {
        QList<ObjectInfo> out;
        const QString full = location.prefix.isEmpty() ? prefix
                             : prefix.isEmpty()        ? location.prefix + QLatin1Char('/')
                                                       : location.prefix + QLatin1Char('/') + prefix;
        const qsizetype strip = location.prefix.isEmpty() ? 0 : location.prefix.size() + 1;
        QString marker;
        QSet<QString> seenMarkers;
        do {
            QList<QPair<QByteArray, QByteArray>> q{{"restype", "container"}, {"comp", "list"}};
            if (!full.isEmpty())
                q.append(qMakePair(QByteArray("prefix"), QByteArray(pct(full))));
            if (uncommitted)
                q.append(qMakePair(QByteArray("include"), QByteArray("uncommittedblobs")));
            q.append(
                qMakePair(QByteArray("maxresults"), QByteArray(QByteArray::number(std::max(1, options.listPageSize)))));
            if (!marker.isEmpty())
                q.append(qMakePair(QByteArray("marker"), QByteArray(pct(marker))));
            auto r = send("GET", url({}, q));
            if (!r)
                return r.error();
            if (r->status != 200)
                return failure(*r, QStringLiteral("list"), {});
            auto page = parseBlobList(r->body, strip);
            if (!page)
                return Error::make(ErrorCode::Format, QStringLiteral("the listing of %1 is not valid XML: %2")
                                                          .arg(location.toString(), page.error().detail));
            out.append(page->blobs);
            // A service that hands back a marker it gave before would have the listing go round for ever.
            if (!page->nextMarker.isEmpty() && seenMarkers.contains(page->nextMarker))
                return Error::make(ErrorCode::Format,
                                   QStringLiteral("the listing of %1 goes round: the service gave the same "
                                                  "continuation marker twice")
                                       .arg(location.toString()));
            marker = page->nextMarker;
            seenMarkers.insert(marker);
        } while (!marker.isEmpty());
        std::sort(out.begin(), out.end(), [](const ObjectInfo &a, const ObjectInfo &b) { return a.path < b.path; });
        return out;
    }

    // Committed block ids and sizes of a blob, and its ETag.
    struct BlockList
    {
        QList<QPair<QByteArray, qint64>> blocks; // id (as sent: base64 text), size
        QString etag;
        qint64 size = 0;
    };
    Result<BlockList> committedBlocks(const QString &path, const QString &ifMatch = {})
    {
        net::Headers h;
        if (!ifMatch.isEmpty())
            h.append({"If-Match", ifMatch.toLatin1()});
        auto r = send("GET", blobUrl(path, {{"comp", "blocklist"}, {"blocklisttype", "committed"}}), h);
        if (!r)
            return r.error();
        if (r->status != 200)
            return failure(*r, QStringLiteral("read the block list of"), path);
        BlockList list;
        list.etag = normalEtag(QString::fromLatin1(r->header("ETag")));
        list.size = r->header("x-ms-blob-content-length").toLongLong();
        auto blocks = parseCommittedBlocks(r->body);
        if (!blocks)
            return Error::make(ErrorCode::Format, QStringLiteral("the block list of %1 is not valid XML").arg(path));
        list.blocks = std::move(blocks).value();
        return list;
    }

    Status putBlock(const QString &path, const QByteArray &id, QByteArray data)
    {
        auto r = send("PUT", blobUrl(path, {{"comp", "block"}, {"blockid", pct(QString::fromLatin1(id))}}), {},
                      std::move(data));
        if (!r)
            return r.error();
        if (r->status != 201)
            return failure(*r, QStringLiteral("upload a block of"), path);
        return {};
    }

    // Put Block List: `ids` in order, each "Latest". A 412 may answer a second sending of the request whose first
    // the service applied, its answer lost with the connection: sent again by our retries, or by Qt's network layer
    // itself (which resends a request once when a kept-alive connection drops, whatever `attempts` says). The
    // committed list is then ours: these block ids are this writer's alone.
    Status putBlockList(const QString &path, const QList<QByteArray> &ids, const QString &ifMatch)
    {
        QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><BlockList>";
        for (const QByteArray &id : ids)
            xml += "<Latest>" + id + "</Latest>";
        xml += "</BlockList>";
        net::Headers h{{"Content-Type", "application/xml"}};
        if (!ifMatch.isEmpty())
            h.append({"If-Match", ifMatch.toLatin1()});
        auto r = send("PUT", blobUrl(path, {{"comp", "blocklist"}}), h, xml);
        if (!r)
            return r.error();
        if (r->status == 201)
            return {};
        if (r->status == 412) {
            auto now = committedBlocks(path);
            if (now) {
                QList<QByteArray> theirs;
                for (const auto &b : now->blocks)
                    theirs << b.first;
                if (theirs == ids)
                    return {};
            }
        }
        return failure(*r, QStringLiteral("commit"), path);
    }

    // Put Blob. As for a block list, a 412 may answer a second sending of a request the service applied: then the
    // blob holds exactly these bytes (a sealed object's are unique: its object id and nonces are random).
    Status putBlob(const QString &path, const QByteArray &data, const QString &ifMatch)
    {
        net::Headers h{{"x-ms-blob-type", "BlockBlob"}};
        if (!ifMatch.isEmpty())
            h.append({"If-Match", ifMatch.toLatin1()});
        auto r = send("PUT", blobUrl(path), h, data);
        if (!r)
            return r.error();
        if (r->status == 201)
            return {};
        if (r->status == 412) {
            auto now = send("GET", blobUrl(path), {});
            if (now && now->status == 200 && now->body == data)
                return {};
        }
        return failure(*r, QStringLiteral("write"), path);
    }

    // Bytes [from, from + length) of a blob, conditional on `etag` when given; `total` receives the blob's size
    // and `etagOut` its ETag.
    Result<QByteArray> range(const QString &path, qint64 from, qint64 length, const QString &etag,
                             qint64 *total = nullptr, QString *etagOut = nullptr, bool *empty = nullptr)
    {
        net::Headers h{{"x-ms-range", QStringLiteral("bytes=%1-%2").arg(from).arg(from + length - 1).toLatin1()}};
        if (!etag.isEmpty())
            h.append({"If-Match", etag.toLatin1()});
        auto r = send("GET", blobUrl(path), h);
        if (!r)
            return r.error();
        if (r->status == 416 && from == 0 && empty) {
            *empty = true;
            return QByteArray();
        }
        if (r->status != 206 && r->status != 200)
            return failure(*r, QStringLiteral("read"), path);
        if (etagOut)
            *etagOut = normalEtag(QString::fromLatin1(r->header("ETag")));
        if (r->status == 200) {
            if (total)
                *total = r->body.size();
            return r->body.mid(from, length);
        }
        if (total) {
            const QByteArray cr = r->header("Content-Range");
            *total = cr.mid(cr.lastIndexOf('/') + 1).toLongLong();
        }
        return std::move(r->body);
    }
};

} // namespace detail

struct AzureBlobStore::Private : detail::BlobService
{
};

namespace {

// A ranged, lazily fetched, seekable view of one version of a blob. Read from start to end (as a job seals or
// verifies it), the next range is fetched while the last one is used, so that the download goes on while the data
// is worked on and uploaded: one range ahead, so memory stays within two ranges.
class BlobReadDevice final : public QIODevice, public DeviceFailure
{
public:
    BlobReadDevice(detail::BlobService *store, QString path, QString etag, qint64 size, QByteArray first, qint64 chunk)
        : m_store(store), m_path(std::move(path)), m_etag(std::move(etag)), m_size(size), m_chunk(std::move(first)),
          m_chunkSize(std::max<qint64>(chunk, 1))
    {
        QIODevice::open(QIODevice::ReadOnly);
    }
    ~BlobReadDevice() override { dropAhead(); }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    QString etag() const { return m_etag; }
    std::optional<Error> failure() const override { return m_failure; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 at = pos();
        if (at >= m_size)
            return 0; // the end: -1 would be an error
        const qint64 want = std::min(maxSize, m_size - at);
        qint64 done = 0;
        while (done < want) {
            const qint64 p = at + done;
            if (p < m_chunkAt || p >= m_chunkAt + m_chunk.size()) {
                const bool onward = p == m_chunkAt + m_chunk.size();
                auto got = fetch(p);
                if (!got || got->isEmpty()) {
                    const Error e =
                        got ? Error::make(ErrorCode::Io, QStringLiteral("%1: the blob ended early").arg(m_path))
                            : got.error();
                    if (!m_failure)
                        m_failure = e;
                    setErrorString(e.detail);
                    return done > 0 ? done : -1;
                }
                m_chunk = std::move(got).value();
                m_chunkAt = p;
                if (onward)
                    startAhead(m_chunkAt + m_chunk.size());
            }
            const qint64 n = std::min(want - done, m_chunkAt + m_chunk.size() - p);
            std::memcpy(data + done, m_chunk.constData() + (p - m_chunkAt), size_t(n));
            done += n;
        }
        return done;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    // The range at `p`: the one fetched ahead when it starts there, else fetched now.
    Result<QByteArray> fetch(qint64 p)
    {
        if (m_ahead && m_aheadAt == p) {
            m_ahead->waitForFinished();
            Result<QByteArray> got = m_ahead->result();
            m_ahead.reset();
            return got;
        }
        dropAhead();
        return m_store->range(m_path, p, std::min(m_chunkSize, m_size - p), m_etag);
    }
    void startAhead(qint64 p)
    {
        if (p >= m_size || m_ahead)
            return;
        detail::BlobService *store = m_store;
        m_aheadAt = p;
        m_ahead = QtConcurrent::run(
            &store->readAhead, [store, path = m_path, etag = m_etag, p, length = std::min(m_chunkSize, m_size - p)]() {
                releaseOpenSslWithThread();
                return store->range(path, p, length, etag);
            });
    }
    void dropAhead()
    {
        if (m_ahead)
            m_ahead->waitForFinished();
        m_ahead.reset();
    }

    detail::BlobService *m_store;
    QString m_path;
    QString m_etag;
    qint64 m_size;
    QByteArray m_chunk;
    qint64 m_chunkAt = 0;
    qint64 m_chunkSize;
    std::optional<QFuture<Result<QByteArray>>> m_ahead;
    qint64 m_aheadAt = -1;
    std::optional<Error> m_failure;
};

// Uploads in blocks as data arrives; at most maxParallel blocks in flight, so memory stays within
// blockSize × (maxParallel + 1). Forward-only: a seek forward writes zeros, a seek backward fails.
class BlockWriteDevice final : public QIODevice, public DeviceFailure
{
public:
    BlockWriteDevice(detail::BlobService *store, QString path)
        : m_store(store), m_path(std::move(path)), m_blockSize(std::max<qint64>(store->options.blockSize, 1)),
          m_maxParallel(std::max(1, store->options.http.maxParallel))
    {
        QByteArray id(16, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(id.data()), 4);
        m_writerId = id;
        QIODevice::open(QIODevice::WriteOnly);
    }
    ~BlockWriteDevice() override { waitAll(); }

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_written; }
    std::optional<Error> failure() const override
    {
        return m_failure.ok() ? std::nullopt : std::optional<Error>(m_failure.error());
    }
    bool seek(qint64 to) override
    {
        if (to < m_written)
            return false;
        if (to > m_written) {
            const QByteArray zeros(int(std::min<qint64>(to - m_written, 1 << 20)), '\0');
            while (m_written < to) {
                const qint64 n = std::min<qint64>(to - m_written, zeros.size());
                if (writeData(zeros.constData(), n) != n)
                    return false;
            }
        }
        return QIODevice::seek(to);
    }

    // Everything uploaded; the ids to commit (empty with `single` set: the whole blob is in `single`).
    Status finish(QList<QByteArray> *ids, QByteArray *single, bool *isSingle)
    {
        if (!m_failure.ok())
            return m_failure;
        if (m_ids.isEmpty() && m_buffer.size() <= m_blockSize) {
            *isSingle = true;
            *single = std::exchange(m_buffer, QByteArray());
            return {};
        }
        if (!m_buffer.isEmpty())
            dispatch();
        waitAll();
        if (!m_failure.ok())
            return m_failure;
        *isSingle = false;
        *ids = m_ids;
        return {};
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (!m_failure.ok())
            return -1;
        qint64 done = 0;
        while (done < size) {
            const qint64 n = std::min(size - done, m_blockSize - m_buffer.size());
            m_buffer.append(data + done, n);
            done += n;
            if (m_buffer.size() >= m_blockSize) {
                dispatch();
                if (!m_failure.ok())
                    return -1;
            }
        }
        m_written += size;
        return size;
    }

private:
    void dispatch()
    {
        if (m_ids.size() >= MaxBlocks) {
            fail(Error::make(ErrorCode::Unsupported, QStringLiteral("%1 would need more than %2 blocks of %3 bytes")
                                                         .arg(m_path)
                                                         .arg(MaxBlocks)
                                                         .arg(m_blockSize)));
            return;
        }
        while (int(m_pending.size()) >= m_maxParallel)
            waitOldest();
        QByteArray raw = m_writerId;
        const quint64 index = quint64(m_ids.size());
        for (int i = 7; i >= 0; --i)
            raw.append(char((index >> (8 * i)) & 0xff));
        const QByteArray id = raw.toBase64();
        m_ids.append(id);
        QByteArray block = std::exchange(m_buffer, QByteArray());
        detail::BlobService *store = m_store;
        const QString path = m_path;
        m_pending.push_back(QtConcurrent::run(&store->uploads, [store, path, id, block = std::move(block)]() mutable {
            releaseOpenSslWithThread();
            return store->putBlock(path, id, std::move(block));
        }));
    }
    void waitOldest()
    {
        QFuture<Status> f = m_pending.front();
        m_pending.pop_front();
        f.waitForFinished();
        if (Status st = f.result(); !st)
            fail(st.error());
    }
    void waitAll()
    {
        while (!m_pending.empty())
            waitOldest();
    }
    void fail(const Error &e)
    {
        if (m_failure.ok()) {
            m_failure = e;
            setErrorString(e.detail);
        }
    }

    detail::BlobService *m_store;
    QString m_path;
    qint64 m_blockSize;
    int m_maxParallel;
    QByteArray m_writerId;
    QByteArray m_buffer;
    QList<QByteArray> m_ids;
    std::deque<QFuture<Status>> m_pending;
    qint64 m_written = 0;
    Status m_failure;
};

class BlobWriter final : public ObjectWriter
{
public:
    BlobWriter(detail::BlobService *store, QString path, QString ifMatch)
        : m_store(store), m_path(std::move(path)), m_ifMatch(std::move(ifMatch)), m_device(store, m_path),
          m_key(store->blobUrl(m_path).toString(QUrl::RemoveQuery))
    {
        const QMutexLocker lock(&liveMutex);
        liveWriters().insert(m_key, 1);
    }
    ~BlobWriter() override
    {
        m_device.close();
        const QMutexLocker lock(&liveMutex);
        liveWriters().remove(m_key, 1);
    }
    QIODevice *device() override { return &m_device; }
    Status commit() override
    {
        if (m_committed)
            return Error::make(ErrorCode::InvalidArgument, QStringLiteral("%1 is already committed").arg(m_path));
        QList<QByteArray> ids;
        QByteArray single;
        bool isSingle = false;
        if (Status st = m_device.finish(&ids, &single, &isSingle); !st)
            return st;
        Status st = isSingle ? m_store->putBlob(m_path, std::move(single), m_ifMatch)
                             : m_store->putBlockList(m_path, ids, m_ifMatch);
        if (st)
            m_committed = true;
        return st;
    }

private:
    detail::BlobService *m_store;
    QString m_path;
    QString m_ifMatch;
    BlockWriteDevice m_device;
    QString m_key;
    bool m_committed = false;
};

} // namespace

AzureBlobStore::AzureBlobStore(std::unique_ptr<Private> p) : d(std::move(p)) {}

AzureBlobStore::~AzureBlobStore()
{
    d->uploads.waitForDone();
    d->readAhead.waitForDone();
}

Result<std::unique_ptr<AzureBlobStore>> AzureBlobStore::open(const AzureBlobLocation &location,
                                                             AzureBlobCredential credential, AzureBlobOptions options)
{
    if (location.account.isEmpty() || location.container.isEmpty() || !location.endpoint.isValid())
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("'%1' names no account or container").arg(location.toString()));
    if (credential.kind == AzureBlobCredential::Kind::SharedKey && credential.accountKey.isEmpty())
        return Error::because(ErrorCode::Key, Reason::BlobCredentialMissing, {location.toString()},
                              QStringLiteral("no account key for %1").arg(location.toString()));
    if (credential.kind == AzureBlobCredential::Kind::Sas && credential.sas.isEmpty())
        return Error::because(ErrorCode::Key, Reason::BlobCredentialMissing, {location.toString()},
                              QStringLiteral("no SAS token for %1").arg(location.toString()));
    if (credential.account.isEmpty())
        credential.account = location.account;
    auto d = std::make_unique<Private>();
    d->location = location;
    d->credential = std::move(credential);
    d->options = std::move(options);
    d->http = std::make_unique<net::HttpClient>(d->options.http);
    d->uploads.setMaxThreadCount(std::max(1, d->options.http.maxParallel));
    d->readAhead.setMaxThreadCount(std::max(1, d->options.http.maxParallel));
    return std::unique_ptr<AzureBlobStore>(new AzureBlobStore(std::move(d)));
}

Status AzureBlobStore::createContainerIfMissing()
{
    auto r = d->send("PUT", d->url({}, {{"restype", "container"}}));
    if (!r)
        return r.error();
    if (r->status == 201 || (r->status == 409 && errorCodeOf(*r) == "ContainerAlreadyExists"))
        return {};
    return d->failure(*r, QStringLiteral("create the container"), {});
}

QString AzureBlobStore::location() const
{
    return d->location.toString();
}

Result<QList<ObjectInfo>> AzureBlobStore::list(const QString &prefix)
{
    return d->listBlobs(prefix, false);
}

Result<ObjectInfo> AzureBlobStore::stat(const QString &path)
{
    if (Status ok = checkObjectPath(path); !ok)
        return ok.error();
    return d->head(path, {});
}

Result<std::unique_ptr<QIODevice>> AzureBlobStore::openRead(const QString &path)
{
    return openRead(path, QString());
}

Result<std::unique_ptr<QIODevice>> AzureBlobStore::openRead(const QString &path, const QString &ifMatch)
{
    if (Status ok = checkObjectPath(path); !ok)
        return ok.error();
    qint64 total = 0;
    QString etag;
    bool empty = false;
    const qint64 first = std::min<qint64>(FirstReadChunk, std::max<qint64>(d->options.readChunk, 1));
    auto got = d->range(path, 0, first, ifMatch, &total, &etag, &empty);
    if (!got)
        return got.error();
    if (empty) {
        auto info = d->head(path, ifMatch);
        if (!info)
            return info.error();
        total = info->size;
        etag = info->etag;
    }
    return std::unique_ptr<QIODevice>(
        new BlobReadDevice(d.get(), path, etag, total, std::move(got).value(), d->options.readChunk));
}

Result<std::unique_ptr<ObjectWriter>> AzureBlobStore::openWrite(const QString &path)
{
    return openWrite(path, QString());
}

Result<std::unique_ptr<ObjectWriter>> AzureBlobStore::openWrite(const QString &path, const QString &ifMatch)
{
    if (Status ok = checkObjectPath(path); !ok)
        return ok.error();
    return std::unique_ptr<ObjectWriter>(new BlobWriter(d.get(), path, ifMatch));
}

Status AzureBlobStore::overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    if (Status ok = checkObjectPath(path); !ok)
        return ok.error();
    auto info = d->head(path, {});
    if (!info)
        return info.error();
    if (offset < 0 || offset + bytes.size() > info->size)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("cannot rewrite bytes %1..%2 of %3: it has %4 bytes")
                               .arg(offset)
                               .arg(offset + bytes.size())
                               .arg(path)
                               .arg(info->size));
    if (bytes.isEmpty())
        return {};
    auto list = d->committedBlocks(path, info->etag);
    if (!list)
        return list.error();
    const QString etag = info->etag;

    if (list->blocks.isEmpty()) {
        // One Put Blob made it (no blocks): rewritten whole, streamed in blocks.
        auto in = openRead(path, etag);
        if (!in)
            return in.error();
        auto out = openWrite(path, etag);
        if (!out)
            return out.error();
        const qint64 step = std::max<qint64>(d->options.blockSize, 1);
        for (qint64 at = 0; at < info->size; at += step) {
            QByteArray chunk = (*in)->read(std::min(step, info->size - at));
            if (chunk.size() != std::min(step, info->size - at))
                return Error::make(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, (*in)->errorString()));
            const qint64 lo = std::max(at, offset), hi = std::min(at + chunk.size(), offset + bytes.size());
            if (lo < hi)
                std::memcpy(chunk.data() + (lo - at), bytes.constData() + (lo - offset), size_t(hi - lo));
            if ((*(*out)->device()).write(chunk) != chunk.size())
                return Error::make(ErrorCode::Io,
                                   QStringLiteral("cannot write %1: %2").arg(path, (*out)->device()->errorString()));
        }
        in->reset();
        return (*out)->commit();
    }

    // New ids for the blocks that change, as long as the others (every id of a blob has one length).
    const qsizetype idLength = QByteArray::fromBase64(list->blocks.first().first).size();
    QSet<QByteArray> taken;
    for (const auto &b : list->blocks)
        taken.insert(b.first);
    QList<QByteArray> ids;
    qint64 at = 0;
    for (const auto &[id, size] : list->blocks) {
        const qint64 lo = std::max(at, offset), hi = std::min(at + size, offset + bytes.size());
        if (lo >= hi) {
            ids << id;
            at += size;
            continue;
        }
        auto block = d->range(path, at, size, etag);
        if (!block)
            return block.error();
        if (block->size() != size)
            return Error::make(ErrorCode::Io, QStringLiteral("%1: a block came back short").arg(path));
        std::memcpy(block->data() + (lo - at), bytes.constData() + (lo - offset), size_t(hi - lo));
        QByteArray fresh;
        do {
            QByteArray raw(std::max<qsizetype>(idLength, 1), Qt::Uninitialized);
            for (char &c : raw)
                c = char(QRandomGenerator::system()->bounded(256));
            fresh = raw.toBase64();
        } while (taken.contains(fresh));
        taken.insert(fresh);
        if (Status st = d->putBlock(path, fresh, std::move(block).value()); !st)
            return st;
        ids << fresh;
        at += size;
    }
    return d->putBlockList(path, ids, etag);
}

Status AzureBlobStore::remove(const QString &path)
{
    if (Status ok = checkObjectPath(path); !ok)
        return ok.error();
    auto r = d->send("DELETE", d->blobUrl(path));
    if (!r)
        return r.error();
    if (r->status == 202 || r->status == 200)
        return {};
    return d->failure(*r, QStringLiteral("remove"), path);
}

Result<int> AzureBlobStore::cleanStaleTemporaries()
{
    auto committed = d->listBlobs({}, false);
    if (!committed)
        return committed.error();
    auto all = d->listBlobs({}, true);
    if (!all)
        return all.error();
    QSet<QString> real;
    for (const ObjectInfo &o : *committed)
        real.insert(o.path);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int removed = 0;
    for (const ObjectInfo &o : *all) {
        if (real.contains(o.path))
            continue;
        {
            const QMutexLocker lock(&liveMutex);
            if (liveWriters().contains(d->blobUrl(o.path).toString(QUrl::RemoveQuery)))
                continue;
        }
        if (o.modified.isValid() && o.modified.secsTo(now) < d->options.staleAfter.count())
            continue; // perhaps a writer alive in another process
        auto r = d->send("DELETE", d->blobUrl(o.path));
        if (!r)
            return r.error();
        if (r->status == 404) {
            // The service does not delete a blob with no committed content: an empty commit drops its blocks, and
            // the empty blob goes then.
            auto emptied = d->send("PUT", d->blobUrl(o.path, {{"comp", "blocklist"}}),
                                   {{"Content-Type", "application/xml"}, {"If-None-Match", "*"}},
                                   "<?xml version=\"1.0\" encoding=\"utf-8\"?><BlockList></BlockList>");
            if (!emptied)
                return emptied.error();
            if (emptied->status != 201)
                continue; // committed meanwhile: it is an object now
            r = d->send("DELETE", d->blobUrl(o.path));
            if (!r)
                return r.error();
        }
        if (r->status == 202 || r->status == 200)
            ++removed;
        else if (r->status != 404)
            return d->failure(*r, QStringLiteral("remove the uncommitted blocks of"), o.path);
    }
    return removed;
}

} // namespace keyward::storage

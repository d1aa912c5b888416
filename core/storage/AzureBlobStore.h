// AzureBlobStore: a workspace's objects in an Azure Blob Storage container (or a prefix in one), over the Blob
// service REST API: listing with paging, ranged reads, uploads in blocks (Put Block / Put Block List) so no object
// sits whole in memory, writes conditional on the ETag, Shared Key or SAS authorization. Azurite (the emulator)
// speaks the same API.
#pragma once

#include "crypto/SecureBytes.h"
#include "net/HttpClient.h"
#include "storage/ObjectStore.h"

#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>

namespace keyward::storage {

// "azure-blob:<endpoint>/<container>[/<prefix>]". <endpoint> is host-style, https://<account>.blob.core.windows.net,
// or path-style, http(s)://<ip or localhost>:<port>/<account> (path-style when the host is an IP address or
// "localhost", as Microsoft's clients decide).
struct AzureBlobLocation
{
    QUrl endpoint; // the account's blob endpoint, without a trailing '/'
    QString account;
    QString container;
    QString prefix; // empty, or a '/'-separated path without leading or trailing '/'
    bool pathStyle = false;

    static bool isAzureBlob(const QString &location);                // starts with "azure-blob:"
    static Result<AzureBlobLocation> parse(const QString &location); // InvalidArgument saying what is wrong
    static AzureBlobLocation make(const QUrl &endpoint, const QString &container, const QString &prefix = {});
    QString toString() const;   // what the catalog keeps: never a key or a SAS token
    QString secretName() const; // the OS keychain entry of its credential: "azure-blob/<account>@<host>:<port>"
    QUrl containerUrl() const;  // <endpoint>/<container>
};

struct AzureBlobCredential
{
    enum class Kind
    {
        SharedKey,
        Sas
    };
    Kind kind = Kind::SharedKey;
    QString account;
    crypto::SecureBytes accountKey; // the key's bytes (base64-decoded)
    crypto::SecureBytes sas;        // the SAS token's query, without '?'

    crypto::SecureBytes toSecret() const; // what the OS keychain keeps
    static Result<AzureBlobCredential> fromSecret(const crypto::SecureBytes &secret);
};

struct AzureConnectionString
{
    QUrl blobEndpoint;
    AzureBlobCredential credential;
};
// Keys: DefaultEndpointsProtocol, AccountName, AccountKey, EndpointSuffix, BlobEndpoint, SharedAccessSignature,
// UseDevelopmentStorage=true (Azurite's http://127.0.0.1:10000/devstoreaccount1 and its published key),
// DevelopmentStorageProxyUri. InvalidArgument (ConnectionStringInvalid) saying what is wrong, never quoting the string.
Result<AzureConnectionString> parseConnectionString(const crypto::SecureBytes &text);

// The Blob service's XML answers, read as untrusted input. An answer that declares a document type (a DTD: Azure's
// never do) is refused before its entities are read: Format for a page or a block list, no code for an error.
struct BlobListPage
{
    QList<ObjectInfo> blobs; // names without their first `strip` characters; entries without a name left out
    QString nextMarker;      // empty on the last page
};
// One List Blobs page. Format (with the XML reader's message) when it is not well-formed XML.
Result<BlobListPage> parseBlobList(const QByteArray &xml, qsizetype strip);
// A Get Block List answer's committed blocks: each id (as sent: base64 text) and size, in order. Format when it is
// not well-formed XML.
Result<QList<QPair<QByteArray, qint64>>> parseCommittedBlocks(const QByteArray &xml);
// The <Code> of an error answer's <Error> body; empty when there is none.
QByteArray blobErrorCode(const QByteArray &xml);

// Shared Key: the string to sign (exposed for the known-answer tests) and the Authorization header's value.
QByteArray sharedKeyStringToSign(const net::HttpRequest &request, const QString &account, bool pathStyle);
QByteArray sharedKeyAuthorization(const net::HttpRequest &request, const AzureBlobCredential &credential,
                                  bool pathStyle);

struct AzureBlobOptions
{
    QString serviceVersion = QStringLiteral("2025-11-05"); // x-ms-version
    qint64 blockSize = qint64(4) << 20;                    // bytes per Put Block
    int listPageSize = 5000;                               // maxresults per List Blobs page
    // Bytes per ranged GET. Above 4 MiB: a service may compute an MD5 of every range up to 4 MiB (Azurite does,
    // reading the range twice), and each GET is a billed transaction; two ranges per object are held at a time.
    qint64 readChunk = qint64(8) << 20;
    // cleanStaleTemporaries() leaves uncommitted blocks younger than this alone (a writer in another process may
    // still be at work); a writer alive in this process always keeps its own.
    std::chrono::seconds staleAfter{3600};
    net::HttpClient::Options http;
};

class AzureBlobStore final : public ObjectStore
{
public:
    static Result<std::unique_ptr<AzureBlobStore>> open(const AzureBlobLocation &location,
                                                        AzureBlobCredential credential, AzureBlobOptions options = {});
    ~AzureBlobStore() override;

    // Makes the container when it does not exist (201, or 409 ContainerAlreadyExists: fine).
    Status createContainerIfMissing();

    using ObjectStore::openRead;
    using ObjectStore::openWrite;
    QString location() const override;
    Result<QList<ObjectInfo>> list(const QString &prefix = {}) override;
    Result<ObjectInfo> stat(const QString &path) override;
    Result<std::unique_ptr<QIODevice>> openRead(const QString &path) override;
    Result<std::unique_ptr<QIODevice>> openRead(const QString &path, const QString &ifMatch) override;
    Result<std::unique_ptr<ObjectWriter>> openWrite(const QString &path) override;
    Result<std::unique_ptr<ObjectWriter>> openWrite(const QString &path, const QString &ifMatch) override;
    Status overwrite(const QString &path, qint64 offset, const QByteArray &bytes) override;
    Status remove(const QString &path) override;
    Result<int> cleanStaleTemporaries() override;

private:
    struct Private;
    explicit AzureBlobStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace keyward::storage

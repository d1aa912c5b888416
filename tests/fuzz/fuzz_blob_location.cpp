// fuzz_blob_location: the Azure Blob store's typed-in and stored strings: azure-blob: locations (a workspace's
// storage root in the catalog), connection strings, and the credential as the OS keychain keeps it. What parses
// prints as a location that parses to the same place; a credential survives its keychain form.
#include "FuzzSupport.h"

#include "storage/AzureBlobStore.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace keyward;
    using namespace keyward::storage;
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const QString text = QString::fromUtf8(bytes);

    if (auto location = AzureBlobLocation::parse(text)) {
        KW_FUZZ_CHECK(!location->account.isEmpty() && !location->container.isEmpty());
        KW_FUZZ_CHECK(!location->prefix.startsWith(QLatin1Char('/')) && !location->prefix.endsWith(QLatin1Char('/')));
        auto again = AzureBlobLocation::parse(location->toString());
        KW_FUZZ_CHECK(again);
        KW_FUZZ_CHECK(again->account == location->account && again->container == location->container &&
                      again->prefix == location->prefix && again->pathStyle == location->pathStyle);
        KW_FUZZ_CHECK(location->containerUrl().isValid());
        KW_FUZZ_CHECK(!location->secretName().isEmpty());
    }

    const auto secret = crypto::SecureBytes::fromView(bytes);
    if (auto parsed = parseConnectionString(secret)) {
        KW_FUZZ_CHECK(parsed->blobEndpoint.isValid());
        const auto kept = parsed->credential.toSecret();
        auto back = AzureBlobCredential::fromSecret(kept);
        KW_FUZZ_CHECK(back);
        KW_FUZZ_CHECK(back->kind == parsed->credential.kind && back->account == parsed->credential.account);
        KW_FUZZ_CHECK(back->accountKey.view() == parsed->credential.accountKey.view() &&
                      back->sas.view() == parsed->credential.sas.view());
    }
    if (auto credential = AzureBlobCredential::fromSecret(secret)) {
        auto back = AzureBlobCredential::fromSecret(credential->toSecret());
        KW_FUZZ_CHECK(back);
        KW_FUZZ_CHECK(back->kind == credential->kind && back->account == credential->account &&
                      back->accountKey.view() == credential->accountKey.view() &&
                      back->sas.view() == credential->sas.view());
    }
    return 0;
}

// fuzz_blob_xml: what an Azure Blob endpoint (or anything at its address) sends back as XML: List Blobs pages,
// Get Block List answers and error bodies. A hostile object store controls all of it.
#include "FuzzSupport.h"

#include "storage/AzureBlobStore.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace keyward;
    using namespace keyward::storage;
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const qsizetype strip = size > 0 ? data[0] % 8 : 0;
    if (auto page = parseBlobList(bytes, strip)) {
        for (const ObjectInfo &blob : std::as_const(page->blobs)) {
            KW_FUZZ_CHECK(!blob.path.isEmpty());
            KW_FUZZ_CHECK(blob.etag.isEmpty() || blob.etag.startsWith(QLatin1Char('"')) ||
                          blob.etag.startsWith(QLatin1String("W/")));
        }
    }
    if (auto blocks = parseCommittedBlocks(bytes))
        KW_FUZZ_CHECK(blocks->size() <= bytes.size());
    const QByteArray code = blobErrorCode(bytes);
    KW_FUZZ_CHECK(code.size() <= bytes.size() * 4);
    return 0;
}

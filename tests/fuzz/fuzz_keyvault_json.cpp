// fuzz_keyvault_json: what Azure Key Vault (or anything that answers at its address) sends back: key bundles and
// key items (alone or as a page's "value"), deleted-key bundles, error bodies with any status, a 401's
// WWW-Authenticate challenge, Retry-After, JWK base64 fields, a store's configuration in stores.json. The input's
// first line is the header value, the rest the body.
#include "FuzzSupport.h"

#include "keystore/AzureKeyVaultConfig.h"
#include "keystore/AzureKeyVaultStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <iterator>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace keyward;
    using namespace keyward::keystore;
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const qsizetype eol = bytes.indexOf('\n');
    const QByteArray header = eol < 0 ? QByteArray() : bytes.left(eol);
    const QByteArray body = eol < 0 ? bytes : bytes.mid(eol + 1);

    if (auto challenge = AzureChallenge::parse(header))
        KW_FUZZ_CHECK(!challenge->authority.isEmpty() && !challenge->authority.endsWith(QLatin1Char('/')));

    const QJsonObject doc = QJsonDocument::fromJson(body).object();
    QList<QJsonObject> bundles{doc};
    for (const auto &v : doc.value(QStringLiteral("value")).toArray())
        bundles << v.toObject();
    for (const QJsonObject &bundle : std::as_const(bundles)) {
        if (auto info = keyVersionFromBundle(bundle)) {
            KW_FUZZ_CHECK(!info->name.isEmpty() && info->bits >= 0);
            const Protection p = protectionFromRecoveryLevel(info->recoveryLevel, info->recoverableDays);
            KW_FUZZ_CHECK(p.softDelete || !p.purgeProtection);
            // The model's own JSON of what was read is well formed.
            KW_FUZZ_CHECK(!QJsonDocument(info->toJson()).toJson(QJsonDocument::Compact).isEmpty());
        }
        if (auto deleted = deletedKeyFromBundle(bundle))
            KW_FUZZ_CHECK(deleted->name == deleted->latest.name);
        if (auto jwk = decodeJwkBase64(bundle.value(QStringLiteral("value")).toString()))
            KW_FUZZ_CHECK(jwk->size() <= body.size());
    }

    // An error answer, with the status and the service's throttling hint taken from the input.
    net::HttpResponse response;
    static const int statuses[] = {400, 401, 403, 404, 408, 409, 429, 500, 503, 429, 418, 599};
    const std::uint8_t pick = size > 0 ? data[0] : 0;
    response.status = statuses[pick % std::size(statuses)];
    // The first byte picks the status; the rest of the first line is the throttling hint.
    response.headers = {{"Retry-After", header.mid(1)}};
    if (pick & 0x80)
        response.headers.append({"x-ms-retry-after-ms", header.mid(1)});
    response.body = body;
    const Error e = errorFromResponse(QStringLiteral("kv"), response, QStringLiteral("wrapKey"), QStringLiteral("k"));
    KW_FUZZ_CHECK(e.code != ErrorCode::Key && e.code != ErrorCode::Auth);
    if (const auto wait = response.retryAfter())
        KW_FUZZ_CHECK(wait->count() >= 0);

    // The store's configuration as stores.json keeps it.
    for (AzureFlavour flavour : {AzureFlavour::KeyVault, AzureFlavour::ManagedHsm}) {
        if (auto config = AzureKeyVaultConfig::fromJson(flavour, doc)) {
            auto again = AzureKeyVaultConfig::fromJson(flavour, config->toJson());
            KW_FUZZ_CHECK(again);
            KW_FUZZ_CHECK(again->toJson() == config->toJson());
        }
    }
    return 0;
}

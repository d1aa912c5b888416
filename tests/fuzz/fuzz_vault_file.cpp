// fuzz_vault_file: the local vault file (keyward-vault/1). Three ways in: the bytes as a whole file (the checksum
// line stops them), the bytes as the file's first line with its checksum made to match (the header's parser),
// and the bytes as the sealed body of a vault whose master key this target holds (the contents' parser, reached
// only after authentication in real use, but written by older or other versions of the program). What opens must
// encode and open again to the same keys.
#include "FuzzSupport.h"

#include "crypto/AesGcm.h"
#include "crypto/Digest.h"
#include "crypto/Hkdf.h"
#include "keystore/VaultFile.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

using namespace keyward;
using namespace keyward::keystore;

const crypto::SecureBytes &master()
{
    static const crypto::SecureBytes key =
        crypto::SecureBytes::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    return key;
}

QByteArray withChecksum(const QByteArray &line1)
{
    auto digest = crypto::Sha256::hash(line1);
    KW_FUZZ_CHECK(digest);
    return line1 + "\nsha256:" + digest->toHex() + '\n';
}

// The header of the vault this target holds the master key of.
const QJsonObject &header()
{
    static const QJsonObject h = [] {
        VaultHeader v;
        v.name = QStringLiteral("fuzz");
        v.id = QStringLiteral("8c5d0f9e4b7a4e21a3f6c2d1b0e9f8a7");
        auto check = VaultFile::keyCheckFor(v, master());
        KW_FUZZ_CHECK(check);
        return QJsonObject{{QStringLiteral("name"), v.name},
                           {QStringLiteral("id"), v.id},
                           {QStringLiteral("protection"), QStringLiteral("keychain")},
                           {QStringLiteral("keychain_entry"), QStringLiteral("vault/fuzz")},
                           {QStringLiteral("key_check"), QString::fromLatin1(check->toBase64())}};
    }();
    return h;
}

// A vault file of the held vault whose body is `plain`, sealed as VaultFile::encode seals it.
QByteArray sealedFile(const QByteArray &plain)
{
    const QByteArray headerJson = QJsonDocument(header()).toJson(QJsonDocument::Compact);
    auto key = crypto::hkdfSha256(master().view(), header().value(QStringLiteral("id")).toString().toUtf8(),
                                  QByteArray("keyward-vault/1 body"), 32);
    KW_FUZZ_CHECK(key);
    const QByteArray nonce = QByteArray::fromHex("a0a1a2a3a4a5a6a7a8a9aaab");
    auto sealed = crypto::AesGcm::seal(key->view(), nonce, headerJson, plain);
    KW_FUZZ_CHECK(sealed);
    const QJsonObject o{{QStringLiteral("format"), QStringLiteral("keyward-vault/1")},
                        {QStringLiteral("header"), header()},
                        {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())},
                        {QStringLiteral("body"), QString::fromLatin1(sealed->toBase64())}};
    return withChecksum(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void openAll(const QByteArray &file)
{
    auto parsed = VaultFile::parse(file);
    if (!parsed)
        return;
    const VaultHeader &h = parsed->header();
    KW_FUZZ_CHECK(!h.name.isEmpty() && !h.id.isEmpty() && h.keyCheck.size() == 16);
    KW_FUZZ_CHECK(h.protection != VaultProtection::Passphrase || (h.scrypt.validate().ok() && h.salt.size() >= 16));
    auto contents = parsed->open(master());
    if (!contents)
        return;
    for (const VaultKey &k : std::as_const(contents->keys)) {
        KW_FUZZ_CHECK(!k.name.isEmpty() && !k.versions.isEmpty());
        for (const VaultVersion &v : k.versions) {
            // Material that does not authenticate is refused, never returned.
            auto material =
                VaultFile::openMaterial(h, master(), k.name + QLatin1Char('/') + v.version, v.sealedMaterial);
            KW_FUZZ_CHECK(!material);
        }
    }
    // What opened writes back and opens to the same keys.
    auto encoded = VaultFile::encode(h, *contents, master());
    KW_FUZZ_CHECK(encoded);
    auto reparsed = VaultFile::parse(*encoded);
    KW_FUZZ_CHECK(reparsed);
    auto again = reparsed->open(master());
    KW_FUZZ_CHECK(again);
    KW_FUZZ_CHECK(again->keys.size() == contents->keys.size() && again->revision == contents->revision);
    for (qsizetype i = 0; i < again->keys.size(); ++i) {
        const VaultKey &a = again->keys.at(i);
        const VaultKey &b = contents->keys.at(i);
        KW_FUZZ_CHECK(a.name == b.name && a.kind == b.kind && a.bits == b.bits &&
                      a.versions.size() == b.versions.size() && a.policy.has_value() == b.policy.has_value());
        if (a.policy)
            KW_FUZZ_CHECK(*a.policy == *b.policy);
        for (qsizetype j = 0; j < a.versions.size(); ++j)
            KW_FUZZ_CHECK(a.versions.at(j).version == b.versions.at(j).version &&
                          a.versions.at(j).sealedMaterial == b.versions.at(j).sealedMaterial &&
                          a.versions.at(j).enabled == b.versions.at(j).enabled);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    openAll(bytes);
    const qsizetype firstLine = bytes.indexOf('\n');
    openAll(withChecksum(firstLine < 0 ? bytes : bytes.left(firstLine)));
    openAll(sealedFile(bytes));
    return 0;
}

// TestWycheproof: runs every Project Wycheproof vector in shared/vectors/wycheproof against core/crypto.
#include "TestSupport.h"

#include "crypto/AesGcm.h"
#include "crypto/Digest.h"
#include "crypto/Hkdf.h"
#include "crypto/KeyWrap.h"
#include "crypto/RsaKey.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace keyward;
using namespace keyward::crypto;

Q_DECLARE_METATYPE(keyward::crypto::KeyWrapMode)

namespace {

// The counts the vector README lists for each file. Pinned here as well as read from the file, so that a
// truncated file whose `numberOfTests` was edited to match still fails.
struct VectorFile
{
    const char *name;
    int total;
    int valid;
    int invalid;
    int acceptable;
};

constexpr VectorFile VectorFiles[] = {
    {"aes_gcm_test.json", 316, 229, 87, 0},
    {"aes_wrap_test.json", 165, 36, 126, 3},
    {"aes_kwp_test.json", 254, 77, 177, 0},
    {"rsa_oaep_2048_sha256_mgf1sha256_test.json", 37, 18, 19, 0},
    {"rsa_oaep_3072_sha256_mgf1sha256_test.json", 37, 18, 19, 0},
    {"rsa_oaep_4096_sha256_mgf1sha256_test.json", 37, 18, 19, 0},
    {"hkdf_sha256_test.json", 86, 83, 3, 0},
    {"hmac_sha256_test.json", 174, 66, 108, 0},
};

QJsonObject loadVectorFile(const char *name)
{
    return test::loadJsonObject(test::sharedPath(QStringLiteral("vectors/wycheproof/") + QLatin1String(name)));
}

// One vector while a table is built. Hex fields are decoded strictly: a missing field, an odd length or a
// non-hex digit is a broken file, and must not quietly become an empty input.
class Vector
{
public:
    Vector(const QJsonObject &group, const QJsonObject &test, int *malformed)
        : m_group(group), m_test(test), m_malformed(malformed)
    {
    }

    const QJsonObject &group() const { return m_group; }
    int tcId() const { return m_test.value(QLatin1String("tcId")).toInt(-1); }
    QString result() const { return m_test.value(QLatin1String("result")).toString(); }
    QStringList flags() const { return m_test.value(QLatin1String("flags")).toVariant().toStringList(); }
    int integer(const char *field) const { return m_test.value(QLatin1String(field)).toInt(-1); }
    QByteArray hex(const char *field) const { return hexOf(m_test, field); }
    QByteArray groupHex(const char *field) const { return hexOf(m_group, field); }
    int groupInt(const char *field) const { return m_group.value(QLatin1String(field)).toInt(-1); }
    QString groupString(const char *field) const { return m_group.value(QLatin1String(field)).toString(); }

private:
    QByteArray hexOf(const QJsonObject &o, const char *field) const
    {
        const QJsonValue v = o.value(QLatin1String(field));
        const QByteArray text = v.toString().toLatin1();
        const QByteArray bytes = QByteArray::fromHex(text);
        if (!v.isString() || bytes.toHex() != text)
            ++*m_malformed;
        return bytes;
    }

    const QJsonObject &m_group;
    const QJsonObject &m_test;
    int *m_malformed;
};

// Adds one row per vector of `file` through `addRow(vector, rowName)`, and fails the table when the file is
// missing or malformed, or holds a different number of vectors than its `numberOfTests`.
template <typename AddRow> void addVectorRows(const char *file, AddRow &&addRow)
{
    const QJsonObject root = loadVectorFile(file);
    QVERIFY2(!root.isEmpty(), file);
    int rows = 0;
    int malformed = 0;
    const QJsonArray groups = root.value(QLatin1String("testGroups")).toArray();
    for (const QJsonValue &g : groups) {
        const QJsonObject group = g.toObject();
        const QJsonArray tests = group.value(QLatin1String("tests")).toArray();
        for (const QJsonValue &t : tests) {
            const QJsonObject test = t.toObject();
            const Vector vector(group, test, &malformed);
            const QByteArray name = QByteArray(file) + " tcId " + QByteArray::number(vector.tcId());
            addRow(vector, name.constData());
            ++rows;
        }
    }
    QVERIFY2(malformed == 0, file);
    QCOMPARE(rows, root.value(QLatin1String("numberOfTests")).toInt());
}

bool isValid(const QString &result)
{
    return result == QLatin1String("valid");
}

bool isInvalid(const QString &result)
{
    return result == QLatin1String("invalid");
}

QByteArray bytesOf(const SecureBytes &b)
{
    return b.view().toByteArray();
}

std::uint8_t *u8(QByteArray &b)
{
    return reinterpret_cast<std::uint8_t *>(b.data());
}

} // namespace

class TestWycheproof : public QObject
{
    Q_OBJECT

private slots:
    void vectorCounts_data();
    void vectorCounts();
    void aesGcm_data();
    void aesGcm();
    void keyWrap_data();
    void keyWrap();
    void rsaOaep_data();
    void rsaOaep();
    void hkdf_data();
    void hkdf();
    void hmac_data();
    void hmac();
    void cleanupTestCase();

private:
    int m_gcmLongIvRefused = 0;
};

void TestWycheproof::cleanupTestCase()
{
    // Exactly the three 2056-bit-IV vectors meet the long-IV policy; any other refusal would be a failure above.
    QCOMPARE(m_gcmLongIvRefused, 3);
}

void TestWycheproof::vectorCounts_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("valid");
    QTest::addColumn<int>("invalid");
    QTest::addColumn<int>("acceptable");
    for (const VectorFile &f : VectorFiles)
        QTest::newRow(f.name) << f.total << f.valid << f.invalid << f.acceptable;
}

void TestWycheproof::vectorCounts()
{
    QFETCH(int, total);
    QFETCH(int, valid);
    QFETCH(int, invalid);
    QFETCH(int, acceptable);
    const QJsonObject root = loadVectorFile(QTest::currentDataTag());
    QVERIFY(!root.isEmpty());
    QCOMPARE(root.value(QLatin1String("numberOfTests")).toInt(), total);

    int seen[3] = {0, 0, 0};
    int unknownResult = 0;
    QSet<int> ids;
    const QJsonArray groups = root.value(QLatin1String("testGroups")).toArray();
    for (const QJsonValue &g : groups) {
        const QJsonArray tests = g.toObject().value(QLatin1String("tests")).toArray();
        for (const QJsonValue &t : tests) {
            const QJsonObject test = t.toObject();
            ids.insert(test.value(QLatin1String("tcId")).toInt(-1));
            const QString result = test.value(QLatin1String("result")).toString();
            if (isValid(result))
                ++seen[0];
            else if (isInvalid(result))
                ++seen[1];
            else if (result == QLatin1String("acceptable"))
                ++seen[2];
            else
                ++unknownResult;
        }
    }
    QCOMPARE(unknownResult, 0);
    QCOMPARE(seen[0], valid);
    QCOMPARE(seen[1], invalid);
    QCOMPARE(seen[2], acceptable);
    QCOMPARE(qsizetype(ids.size()), qsizetype(total)); // tcIds are unique, so row names are too
    QVERIFY(!ids.contains(-1));
}

// ---- AES-GCM: 128/192/256-bit keys, IVs of 0 to 2056 bits, 128-bit tags.

void TestWycheproof::aesGcm_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("iv");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<QByteArray>("msg");
    QTest::addColumn<QByteArray>("ct");
    QTest::addColumn<QByteArray>("tag");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QStringList>("flags");
    int mismatched = 0;
    addVectorRows("aes_gcm_test.json", [&](const Vector &v, const char *name) {
        const QByteArray key = v.hex("key");
        const QByteArray iv = v.hex("iv");
        const QByteArray tag = v.hex("tag");
        if (key.size() * 8 != v.groupInt("keySize") || iv.size() * 8 != v.groupInt("ivSize") ||
            tag.size() * 8 != v.groupInt("tagSize") || tag.size() != qsizetype(AesGcm::TagSize))
            ++mismatched;
        QTest::newRow(name) << key << iv << v.hex("aad") << v.hex("msg") << v.hex("ct") << tag << v.result()
                            << v.flags();
    });
    QCOMPARE(mismatched, 0);
}

void TestWycheproof::aesGcm()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, iv);
    QFETCH(QByteArray, aad);
    QFETCH(QByteArray, msg);
    QFETCH(QByteArray, ct);
    QFETCH(QByteArray, tag);
    QFETCH(QString, result);
    QFETCH(QStringList, flags);
    const QByteArray wire = ct + tag;

    auto sealed = AesGcm::seal(key, iv, aad, msg);
    auto opened = AesGcm::open(key, iv, aad, wire);

    // Policy (docs/CRYPTO.md): IVs over 128 bytes are refused as Unsupported in both directions, as
    // OpenSSL's EVP interface does and pyca/cryptography's AESGCM does; GCM arithmetic is never written
    // outside OpenSSL. Three valid vectors (2056-bit IVs, one per key size) meet this refusal.
    if (iv.size() > AesGcm::MaxIvSize) {
        QVERIFY(!sealed.ok() && !opened.ok());
        QCOMPARE(sealed.error().code, ErrorCode::Unsupported);
        QCOMPARE(opened.error().code, ErrorCode::Unsupported);
        ++m_gcmLongIvRefused;
        return;
    }

    // The keyed context, decrypting in place, must agree with the one-shot helpers.
    AesGcm gcm;
    QVERIFY(gcm.setKey(key).ok());
    QByteArray inPlace = ct;
    const Status decrypted = gcm.decrypt(iv, aad, u8(inPlace), std::size_t(inPlace.size()), u8(tag), u8(inPlace));

    if (isValid(result)) {
        QVERIFY2(sealed.ok(), qPrintable(sealed.ok() ? QString() : sealed.error().detail));
        QCOMPARE(sealed->toHex(), wire.toHex());
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().detail));
        QCOMPARE(opened->toHex(), msg.toHex());
        QVERIFY(decrypted.ok());
        QCOMPARE(inPlace.toHex(), msg.toHex());

        QByteArray encrypted = msg;
        QByteArray encTag(qsizetype(AesGcm::TagSize), '\0');
        QVERIFY(gcm.encrypt(iv, aad, u8(encrypted), std::size_t(encrypted.size()), u8(encrypted), u8(encTag)).ok());
        QCOMPARE((encrypted + encTag).toHex(), wire.toHex());
        return;
    }

    QVERIFY(isInvalid(result));
    QVERIFY(!opened.ok());
    QVERIFY(!decrypted.ok());
    QCOMPARE(inPlace, QByteArray(ct.size(), '\0')); // nothing unauthenticated is left behind
    if (flags.contains(QLatin1String("ZeroLengthIv"))) {
        // SP 800-38D requires an IV of at least one bit: refused in both directions, before any key use.
        QVERIFY(!sealed.ok());
        QCOMPARE(sealed.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(opened.error().code, ErrorCode::InvalidArgument);
    } else {
        QCOMPARE(opened.error().code, ErrorCode::Auth);
        QCOMPARE(decrypted.error().code, ErrorCode::Auth);
        QVERIFY(sealed.ok());
        QVERIFY(*sealed != wire);
    }
}

// ---- AES-KW (RFC 3394) and AES-KWP (RFC 5649).
//
// Policy for `acceptable`: the only ones are the three KW `ShortKey` vectors, which wrap an 8-byte key.
// RFC 3394 allows that; SP 800-38F does not, and an 8-byte key is never a key Keyward should protect. KW
// therefore refuses inputs under 16 bytes in both directions: wrap fails with InvalidArgument, unwrap of
// the 16-byte result fails with the same Key error as any other bad wrapped key.

void TestWycheproof::keyWrap_data()
{
    QTest::addColumn<KeyWrapMode>("mode");
    QTest::addColumn<QByteArray>("kek");
    QTest::addColumn<QByteArray>("msg");
    QTest::addColumn<QByteArray>("ct");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QStringList>("flags");
    int mismatched = 0;
    const auto rows = [&](KeyWrapMode mode) {
        return [&mismatched, mode](const Vector &v, const char *name) {
            const QByteArray kek = v.hex("key");
            if (kek.size() * 8 != v.groupInt("keySize"))
                ++mismatched;
            QTest::newRow(name) << mode << kek << v.hex("msg") << v.hex("ct") << v.result() << v.flags();
        };
    };
    addVectorRows("aes_wrap_test.json", rows(KeyWrapMode::Rfc3394));
    addVectorRows("aes_kwp_test.json", rows(KeyWrapMode::Rfc5649));
    QCOMPARE(mismatched, 0);
}

void TestWycheproof::keyWrap()
{
    QFETCH(KeyWrapMode, mode);
    QFETCH(QByteArray, kek);
    QFETCH(QByteArray, msg);
    QFETCH(QByteArray, ct);
    QFETCH(QString, result);
    QFETCH(QStringList, flags);

    auto wrapped = aesKeyWrap(kek, msg, mode);
    auto unwrapped = aesKeyUnwrap(kek, ct, mode);

    if (isValid(result)) {
        QVERIFY2(wrapped.ok(), qPrintable(wrapped.ok() ? QString() : wrapped.error().detail));
        QCOMPARE(wrapped->toHex(), ct.toHex());
        QVERIFY2(unwrapped.ok(), qPrintable(unwrapped.ok() ? QString() : unwrapped.error().detail));
        QCOMPARE(bytesOf(*unwrapped).toHex(), msg.toHex());
        return;
    }

    if (!isInvalid(result)) {
        QCOMPARE(result, QStringLiteral("acceptable"));
        QCOMPARE(mode, KeyWrapMode::Rfc3394);
        QVERIFY(flags.contains(QLatin1String("ShortKey")));
        QCOMPARE(msg.size(), 8);
        QVERIFY(!wrapped.ok());
        QCOMPARE(wrapped.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!unwrapped.ok());
        QCOMPARE(unwrapped.error().code, ErrorCode::Key);
        return;
    }

    // Invalid: the unwrap must fail, always with the same Key error; the wrap either refuses `msg` or (for
    // tampered ciphertexts of a wrappable key) produces something other than `ct`.
    QVERIFY(!unwrapped.ok());
    QCOMPARE(unwrapped.error().code, ErrorCode::Key);
    if (wrapped.ok())
        QVERIFY(*wrapped != ct);
    else
        QCOMPARE(wrapped.error().code, ErrorCode::InvalidArgument);
}

// ---- RSA-OAEP with SHA-256 and MGF1-SHA-256 (RSA-OAEP-256), 2048/3072/4096-bit keys.

void TestWycheproof::rsaOaep_data()
{
    QTest::addColumn<QByteArray>("pkcs8");
    QTest::addColumn<int>("keySize");
    QTest::addColumn<QByteArray>("msg");
    QTest::addColumn<QByteArray>("ct");
    QTest::addColumn<QByteArray>("label");
    QTest::addColumn<QString>("result");
    int mismatched = 0;
    const auto row = [&](const Vector &v, const char *name) {
        if (v.groupString("sha") != QLatin1String("SHA-256") || v.groupString("mgf") != QLatin1String("MGF1") ||
            v.groupString("mgfSha") != QLatin1String("SHA-256"))
            ++mismatched;
        QTest::newRow(name) << v.groupHex("privateKeyPkcs8") << v.groupInt("keySize") << v.hex("msg") << v.hex("ct")
                            << v.hex("label") << v.result();
    };
    addVectorRows("rsa_oaep_2048_sha256_mgf1sha256_test.json", row);
    addVectorRows("rsa_oaep_3072_sha256_mgf1sha256_test.json", row);
    addVectorRows("rsa_oaep_4096_sha256_mgf1sha256_test.json", row);
    QCOMPARE(mismatched, 0);
}

void TestWycheproof::rsaOaep()
{
    QFETCH(QByteArray, pkcs8);
    QFETCH(int, keySize);
    QFETCH(QByteArray, msg);
    QFETCH(QByteArray, ct);
    QFETCH(QByteArray, label);
    QFETCH(QString, result);

    auto key = RsaPrivateKey::fromPkcs8Der(pkcs8);
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().detail));
    QCOMPARE(key->bits(), keySize);

    // Manger's attack needs the failures to be told apart. A ciphertext of the wrong length is the plainest
    // failure there is; every padding, range or label failure must look exactly like it.
    auto reference = key->decryptOaepSha256(QByteArray(1, '\x01'), label);
    QVERIFY(!reference.ok());
    const Error expected = reference.error();
    QCOMPARE(expected.code, ErrorCode::Key);

    auto plain = key->decryptOaepSha256(ct, label);
    if (isValid(result)) {
        QVERIFY2(plain.ok(), qPrintable(plain.ok() ? QString() : plain.error().detail));
        QCOMPARE(bytesOf(*plain).toHex(), msg.toHex());

        QByteArray wrongLabel = label.isEmpty() ? QByteArray(1, '\0') : label;
        wrongLabel[0] = char(wrongLabel[0] ^ 0x01);
        auto mislabelled = key->decryptOaepSha256(ct, wrongLabel);
        QVERIFY(!mislabelled.ok());
        QCOMPARE(mislabelled.error().code, expected.code);
        QCOMPARE(mislabelled.error().detail, expected.detail);

        // Encryption is randomised, so the public half is checked by a round trip.
        auto again = key->publicKey().encryptOaepSha256(msg, label);
        QVERIFY(again.ok());
        QCOMPARE(again->size(), qsizetype(keySize / 8));
        auto back = key->decryptOaepSha256(*again, label);
        QVERIFY(back.ok());
        QCOMPARE(bytesOf(*back).toHex(), msg.toHex());
        return;
    }

    QVERIFY(isInvalid(result));
    QVERIFY(!plain.ok());
    QCOMPARE(plain.error().code, expected.code);
    QCOMPARE(plain.error().detail, expected.detail);
}

// ---- HKDF-SHA-256 (RFC 5869). `size` is in bytes; invalid means larger than 255 * 32.

void TestWycheproof::hkdf_data()
{
    QTest::addColumn<QByteArray>("ikm");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<QByteArray>("info");
    QTest::addColumn<int>("size");
    QTest::addColumn<QByteArray>("okm");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QStringList>("flags");
    addVectorRows("hkdf_sha256_test.json", [](const Vector &v, const char *name) {
        QTest::newRow(name) << v.hex("ikm") << v.hex("salt") << v.hex("info") << v.integer("size") << v.hex("okm")
                            << v.result() << v.flags();
    });
}

void TestWycheproof::hkdf()
{
    QFETCH(QByteArray, ikm);
    QFETCH(QByteArray, salt);
    QFETCH(QByteArray, info);
    QFETCH(int, size);
    QFETCH(QByteArray, okm);
    QFETCH(QString, result);
    QFETCH(QStringList, flags);
    QVERIFY(size >= 0);

    auto derived = hkdfSha256(ikm, salt, info, std::size_t(size));
    if (isValid(result)) {
        QVERIFY2(derived.ok(), qPrintable(derived.ok() ? QString() : derived.error().detail));
        QCOMPARE(qsizetype(derived->size()), qsizetype(size));
        QCOMPARE(bytesOf(*derived).toHex(), okm.toHex());
        return;
    }

    QVERIFY(isInvalid(result));
    QVERIFY(flags.contains(QLatin1String("SizeTooLarge")));
    QVERIFY(size > 255 * 32);
    QVERIFY(!derived.ok());
    QCOMPARE(derived.error().code, ErrorCode::InvalidArgument);
}

// ---- HMAC-SHA-256, full (256-bit) and truncated (128-bit) tags.

void TestWycheproof::hmac_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("msg");
    QTest::addColumn<QByteArray>("tag");
    QTest::addColumn<int>("tagSize");
    QTest::addColumn<QString>("result");
    int mismatched = 0;
    addVectorRows("hmac_sha256_test.json", [&](const Vector &v, const char *name) {
        const QByteArray key = v.hex("key");
        if (key.size() * 8 != v.groupInt("keySize"))
            ++mismatched;
        QTest::newRow(name) << key << v.hex("msg") << v.hex("tag") << v.groupInt("tagSize") << v.result();
    });
    QCOMPARE(mismatched, 0);
}

void TestWycheproof::hmac()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, msg);
    QFETCH(QByteArray, tag);
    QFETCH(int, tagSize);
    QFETCH(QString, result);
    QCOMPARE(tag.size() * 8, qsizetype(tagSize)); // tagSize is in bits; a shorter tag is the leftmost bytes

    auto full = hmacSha256(key, msg);
    QVERIFY(full.ok());
    QCOMPARE(full->size(), qsizetype(32));
    auto verified = hmacSha256Verify(key, msg, tag);
    QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().detail));

    if (isValid(result)) {
        QCOMPARE(full->left(tag.size()).toHex(), tag.toHex());
        QVERIFY(*verified);
        return;
    }
    QVERIFY(isInvalid(result));
    QVERIFY(full->left(tag.size()) != tag);
    QVERIFY(!*verified);
}

QTEST_GUILESS_MAIN(TestWycheproof)
#include "tst_wycheproof.moc"

// TestCrypto: unit tests for the core/crypto building blocks beyond the Wycheproof vectors.
#include "TestSupport.h"

#include "crypto/AesGcm.h"
#include "crypto/Digest.h"
#include "crypto/Hkdf.h"
#include "crypto/KeyWrap.h"
#include "crypto/Random.h"
#include "crypto/RsaKey.h"
#include "crypto/SecureBytes.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <type_traits>

using namespace keyward;
using namespace keyward::crypto;

Q_DECLARE_METATYPE(keyward::crypto::KeyWrapMode)

namespace {

static_assert(!std::is_copy_constructible_v<SecureBytes>, "key material is never copied implicitly");
static_assert(!std::is_copy_assignable_v<SecureBytes>, "key material is never copied implicitly");
static_assert(std::is_nothrow_move_constructible_v<SecureBytes>);
static_assert(std::is_nothrow_move_assignable_v<SecureBytes>);

// Throwaway keys made for these tests only; both must be refused.
constexpr char Rsa1024PublicPem[] = "-----BEGIN PUBLIC KEY-----\n"
                                    "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDlRfliaIER2TeTApYBES5jTjGQ\n"
                                    "5kju6zDbqIE29HMDWwiVYiwa7s/1C8kQkbF4P+gjjuB/muzrA9UvmreDRN8KLJy8\n"
                                    "hQifpsQTOIWrIdTNT9FRqhMmvxamXIQgUYmTX1v/6J9XiOUuorESSrs0Pwuzg1hQ\n"
                                    "/qX0eAokfbBfdeuRUwIDAQAB\n"
                                    "-----END PUBLIC KEY-----\n";
constexpr char Rsa1024PrivatePem[] = "-----BEGIN PRIVATE KEY-----\n"
                                     "MIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBAOVF+WJogRHZN5MC\n"
                                     "lgERLmNOMZDmSO7rMNuogTb0cwNbCJViLBruz/ULyRCRsXg/6COO4H+a7OsD1S+a\n"
                                     "t4NE3wosnLyFCJ+mxBM4hash1M1P0VGqEya/FqZchCBRiZNfW//on1eI5S6isRJK\n"
                                     "uzQ/C7ODWFD+pfR4CiR9sF9165FTAgMBAAECgYANfysJIgHHHTRqURKniW1jpyy/\n"
                                     "zO6qMeo0ZB0HMSi8H9XHhXn3M+vGDyWM9iauX4S44yZQHLypsRYRsVfwQFOo1yEa\n"
                                     "ckjiuI9rHRJMoaXRJaVd04Y3Pij+ZUu8HfItVo4QMQI5kEO9KYzryg4B3246dQVf\n"
                                     "IrDk2J17osvIWU+CAQJBAPquuVuF/nQ+9veLkL6vCm/6K2+9MHD+36liqGlp2+QD\n"
                                     "KEcBJ3B1mMndJraXLMvNL+SI/aByxr4SjGmzwjLxT9MCQQDqIv4G6r3EXEHHUdhM\n"
                                     "9Hj9ZqUsZfgjWBqvzeY2AYGNb3yFMKnCWkHBVReS9be6Xuc0HxMhrn+CVt0zvkv4\n"
                                     "RUiBAkEAgTbQ2mlOCLNv75dkC7YEJkYIX7dgIc5ukUwGTRfAvV4XQ8pHfwNOtzak\n"
                                     "Ptfbwk1Ik389ZJfk85JyCAYdYs7Z+wJAYXTlRd3J1YUNQDj6DrYn8loaYIulKJkQ\n"
                                     "qqLKsyoXUdbY/tuNnb9R5XZU1LAApMvB8vkITpnCq28areIE3zd/gQJAZbJajor4\n"
                                     "oocp9QwWVw9NY4pOnFNjYNFWdIlxVE/xj6T8A1toXpW9MrtA99nZQTrqrvbqTYZ6\n"
                                     "1p5JIs8wd/gvMA==\n"
                                     "-----END PRIVATE KEY-----\n";
// The Ed25519 example keys of RFC 8410, section 10.
constexpr char Ed25519PublicPem[] = "-----BEGIN PUBLIC KEY-----\n"
                                    "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n"
                                    "-----END PUBLIC KEY-----\n";
constexpr char Ed25519PrivatePem[] = "-----BEGIN PRIVATE KEY-----\n"
                                     "MC4CAQAwBQYDK2VwBCIEINTuctv5E1hK1bbY8fdp+K06/nwoy/HU++CXqI9EdVhC\n"
                                     "-----END PRIVATE KEY-----\n";

QByteArray bytesOf(const SecureBytes &b)
{
    return b.view().toByteArray();
}

std::uint8_t *u8(QByteArray &b)
{
    return reinterpret_cast<std::uint8_t *>(b.data());
}

QByteArray randomBytes(qsizetype size)
{
    auto r = SystemRandom::instance().publicBytes(std::size_t(size));
    return r ? *r : QByteArray();
}

QByteArray unhex(const char *hex)
{
    return QByteArray::fromHex(QByteArray(hex));
}

// Runs the openssl command line; its exit status (-1 when it did not run), what it printed in `output`.
int openssl(const QStringList &args, QByteArray *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForStarted() || !p.waitForFinished(60000))
        return -1;
    if (output)
        *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCrypto : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void secureBytesBasics();
    void secureBytesMove();
    void secureBytesFromHex_data();
    void secureBytesFromHex();
    void secureBytesTruncate();
    void secureBytesGrow();
    void secureBytesCloneAndEquality();
    void wipeQByteArray();

    void systemRandomSizes_data();
    void systemRandomSizes();
    void systemRandomDrawsDiffer();

    void sha256KnownAnswers_data();
    void sha256KnownAnswers();
    void sha256IncrementalMatchesOneShot();
    void sha256FinalOnlyOnce();
    void hmacTagLengths();
    void hkdfRfc5869AndLimits();

    void aesGcmContextReuse();
    void aesGcmIvLengthSwitching();
    void aesGcmLongIvRefused();
    void aesGcmRefusals();
    void aesGcmTamperingWipesOutput();

    void rsaGeneratedRoundTrip();
    void rsaExportImport();
    void rsaRefusesWeakAndForeignKeys();
    void rsaRefusesGarbage();
    void rsaPssSignVerify();
    void rsaPssAgreesWithOpensslCommand();

    void keyWrapRoundTrip_data();
    void keyWrapRoundTrip();
    void keyWrapWrongKek_data();
    void keyWrapWrongKek();
    void keyWrapInputPolicy();

private:
    std::optional<RsaPrivateKey> m_rsa;
};

void TestCrypto::initTestCase()
{
    // Generated once: 2048-bit generation takes a noticeable moment.
    auto key = RsaPrivateKey::generate(2048);
    QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().detail));
    m_rsa.emplace(std::move(key).value());
}

// ---- SecureBytes

void TestCrypto::secureBytesBasics()
{
    const SecureBytes empty;
    QVERIFY(empty.isEmpty());
    QCOMPARE(empty.size(), std::size_t(0));
    QVERIFY(empty.view().isEmpty());

    const SecureBytes zeros(24);
    QCOMPARE(zeros.size(), std::size_t(24));
    QCOMPARE(bytesOf(zeros), QByteArray(24, '\0'));

    const std::uint8_t raw[] = {1, 2, 3, 4};
    const SecureBytes copied(raw, sizeof raw);
    QCOMPARE(bytesOf(copied), QByteArray("\x01\x02\x03\x04", 4));
    QVERIFY(copied.data() != raw);

    const SecureBytes viewed = SecureBytes::fromView(QByteArrayView("key!"));
    QCOMPARE(bytesOf(viewed), QByteArray("key!"));
}

void TestCrypto::secureBytesMove()
{
    SecureBytes a = SecureBytes::fromView(QByteArrayView("0123456789abcdef"));
    const std::uint8_t *buffer = a.data();

    SecureBytes b(std::move(a));
    QCOMPARE(b.data(), buffer); // the buffer moves, it is not copied
    QCOMPARE(bytesOf(b), QByteArray("0123456789abcdef"));
    QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is specified
    QCOMPARE(a.data(), nullptr);

    SecureBytes c = SecureBytes::fromView(QByteArrayView("old"));
    c = std::move(b);
    QCOMPARE(c.data(), buffer);
    QCOMPARE(bytesOf(c), QByteArray("0123456789abcdef"));
    QVERIFY(b.isEmpty()); // NOLINT(bugprone-use-after-move)

    SecureBytes &self = c;
    c = std::move(self);
    QCOMPARE(bytesOf(c), QByteArray("0123456789abcdef"));

    c.clear();
    QVERIFY(c.isEmpty());
    QCOMPARE(c.data(), nullptr);
}

void TestCrypto::secureBytesFromHex_data()
{
    QTest::addColumn<QByteArray>("hex");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray() << true << QByteArray();
    QTest::newRow("lower") << QByteArray("00ff7f80") << true << QByteArray("\x00\xff\x7f\x80", 4);
    QTest::newRow("upper") << QByteArray("DEADBEEF") << true << QByteArray("\xde\xad\xbe\xef", 4);
    QTest::newRow("mixed") << QByteArray("aB0c") << true << QByteArray("\xab\x0c", 2);
    QTest::newRow("odd length") << QByteArray("abc") << false << QByteArray();
    QTest::newRow("non-hex digit") << QByteArray("0g") << false << QByteArray();
    QTest::newRow("space") << QByteArray("00 11") << false << QByteArray();
    QTest::newRow("prefix") << QByteArray("0x11") << false << QByteArray();
}

void TestCrypto::secureBytesFromHex()
{
    QFETCH(QByteArray, hex);
    QFETCH(bool, ok);
    QFETCH(QByteArray, bytes);
    bool decoded = !ok;
    const SecureBytes out = SecureBytes::fromHex(hex, &decoded);
    QCOMPARE(decoded, ok);
    QCOMPARE(bytesOf(out), bytes);
    if (!ok)
        QVERIFY(out.isEmpty());
}

void TestCrypto::secureBytesTruncate()
{
    SecureBytes b = SecureBytes::fromView(QByteArrayView("abcdefgh"));
    std::uint8_t *buffer = b.data();
    b.truncate(100); // never grows
    QCOMPARE(b.size(), std::size_t(8));
    b.truncate(3);
    QCOMPARE(b.size(), std::size_t(3));
    QCOMPARE(bytesOf(b), QByteArray("abc"));
    QCOMPARE(b.data(), buffer);
    // The cut-off tail is wiped, not merely hidden.
    QCOMPARE(QByteArray(reinterpret_cast<const char *>(buffer) + 3, 5), QByteArray(5, '\0'));
    b.truncate(0);
    QVERIFY(b.isEmpty());
}

void TestCrypto::secureBytesGrow()
{
    SecureBytes b = SecureBytes::fromView(QByteArrayView("abcdefgh"));
    const std::uint8_t *buffer = b.data();
    b.grow(8, 8); // holds that many already
    QCOMPARE(b.data(), buffer);
    b.grow(12, 5);
    QCOMPARE(b.size(), std::size_t(12));
    QVERIFY(b.data() != buffer);
    QCOMPARE(bytesOf(b), QByteArray("abcde") + QByteArray(7, '\0')); // the first `keep` bytes, then zeros
    b.grow(16, 100);                                                 // keeps no more than it held
    QCOMPARE(bytesOf(b), QByteArray("abcde") + QByteArray(11, '\0'));
    SecureBytes empty;
    empty.grow(4, 0);
    QCOMPARE(bytesOf(empty), QByteArray(4, '\0'));
}

void TestCrypto::secureBytesCloneAndEquality()
{
    const SecureBytes a = SecureBytes::fromView(QByteArrayView("secret-key-bytes"));
    const SecureBytes b = a.clone();
    QVERIFY(b == a);
    QVERIFY(b.data() != a.data());
    QCOMPARE(bytesOf(b), bytesOf(a));

    SecureBytes c = a.clone();
    c.data()[15] ^= 1;
    QVERIFY(!(c == a));
    QVERIFY(!(SecureBytes::fromView(QByteArrayView("secret")) == a));
    QVERIFY(SecureBytes() == SecureBytes());
    QVERIFY(SecureBytes() == SecureBytes(0));
    QVERIFY(!(SecureBytes() == a));
    QVERIFY(SecureBytes().clone().isEmpty());
}

void TestCrypto::wipeQByteArray()
{
    QByteArray secret("passphrase");
    wipe(secret);
    QVERIFY(secret.isEmpty());
    QByteArray empty;
    wipe(empty);
    QVERIFY(empty.isEmpty());
}

// ---- SystemRandom

void TestCrypto::systemRandomSizes_data()
{
    QTest::addColumn<int>("size");
    for (int size : {0, 1, 12, 16, 32, 33, 4096, 1 << 20})
        QTest::addRow("%d", size) << size;
}

void TestCrypto::systemRandomSizes()
{
    QFETCH(int, size);
    auto publicBytes = SystemRandom::instance().publicBytes(std::size_t(size));
    QVERIFY(publicBytes.ok());
    QCOMPARE(publicBytes->size(), qsizetype(size));
    auto secretBytes = SystemRandom::instance().secretBytes(std::size_t(size));
    QVERIFY(secretBytes.ok());
    QCOMPARE(secretBytes->size(), std::size_t(size));
    if (size >= 16) {
        QVERIFY(*publicBytes != QByteArray(size, '\0'));
        QVERIFY(!(*secretBytes == SecureBytes(std::size_t(size))));
    }
}

void TestCrypto::systemRandomDrawsDiffer()
{
    RandomSource &random = SystemRandom::instance();
    auto a = random.secretBytes(32);
    auto b = random.secretBytes(32);
    QVERIFY(a.ok() && b.ok());
    QVERIFY(!(*a == *b));
    auto c = random.publicBytes(32);
    auto d = random.publicBytes(32);
    QVERIFY(c.ok() && d.ok());
    QVERIFY(*c != *d);
}

// ---- SHA-256, HMAC, HKDF

void TestCrypto::sha256KnownAnswers_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("digest");
    // FIPS 180-2 appendix B examples, and the empty message.
    QTest::newRow("abc") << QByteArray("abc")
                         << unhex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("448 bits") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                              << unhex("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    QTest::newRow("million a") << QByteArray(1000000, 'a')
                               << unhex("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    QTest::newRow("empty") << QByteArray() << unhex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

void TestCrypto::sha256KnownAnswers()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, digest);
    auto oneShot = Sha256::hash(message);
    QVERIFY(oneShot.ok());
    QCOMPARE(oneShot->toHex(), digest.toHex());
}

void TestCrypto::sha256IncrementalMatchesOneShot()
{
    const QByteArray data = randomBytes(100003);
    auto expected = Sha256::hash(data);
    QVERIFY(expected.ok());
    for (qsizetype step : {qsizetype(1), qsizetype(7), qsizetype(63), qsizetype(64), qsizetype(65), qsizetype(4096)}) {
        Sha256 h;
        QVERIFY(h.update({}).ok()); // empty updates change nothing
        for (qsizetype at = 0; at < data.size(); at += step)
            QVERIFY(h.update(QByteArrayView(data).sliced(at, qMin(step, data.size() - at))).ok());
        auto digest = h.final();
        QVERIFY(digest.ok());
        QCOMPARE(digest->toHex(), expected->toHex());
    }
}

void TestCrypto::sha256FinalOnlyOnce()
{
    Sha256 h;
    QVERIFY(h.update("abc").ok());
    QVERIFY(h.final().ok());
    // A finished hash refuses more input rather than silently starting over.
    QVERIFY(!h.update("more").ok());
    QVERIFY(!h.final().ok());

    Sha256 moved(std::move(h));
    QVERIFY(!moved.final().ok());
}

void TestCrypto::hmacTagLengths()
{
    // RFC 4231 test case 2.
    const QByteArray key("Jefe");
    const QByteArray msg("what do ya want for nothing?");
    const QByteArray tag = unhex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    auto mac = hmacSha256(key, msg);
    QVERIFY(mac.ok());
    QCOMPARE(mac->toHex(), tag.toHex());

    for (qsizetype n = 16; n <= 32; ++n) {
        auto ok = hmacSha256Verify(key, msg, tag.left(n));
        QVERIFY(ok.ok());
        QVERIFY(*ok);
        QByteArray bad = tag.left(n);
        bad[n - 1] = char(bad[n - 1] ^ 0x80);
        auto rejected = hmacSha256Verify(key, msg, bad);
        QVERIFY(rejected.ok());
        QVERIFY(!*rejected);
    }
    // Tags shorter than 128 bits are too easy to guess; longer than the hash cannot match.
    for (qsizetype n : {qsizetype(0), qsizetype(1), qsizetype(8), qsizetype(15)}) {
        auto refused = hmacSha256Verify(key, msg, tag.left(n));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
    }
    auto tooLong = hmacSha256Verify(key, msg, tag + QByteArray(1, '\0'));
    QVERIFY(!tooLong.ok());
    QCOMPARE(tooLong.error().code, ErrorCode::InvalidArgument);

    auto emptyKey = hmacSha256({}, {});
    QVERIFY(emptyKey.ok());
    QCOMPARE(emptyKey->toHex(), QByteArray("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad"));
}

void TestCrypto::hkdfRfc5869AndLimits()
{
    // RFC 5869 test case 1.
    auto okm = hkdfSha256(unhex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"), unhex("000102030405060708090a0b0c"),
                          unhex("f0f1f2f3f4f5f6f7f8f9"), 42);
    QVERIFY(okm.ok());
    QCOMPARE(bytesOf(*okm).toHex(), QByteArray("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
                                               "34007208d5b887185865"));
    auto zero = hkdfSha256("ikm", {}, {}, 0);
    QVERIFY(!zero.ok());
    QCOMPARE(zero.error().code, ErrorCode::InvalidArgument);
    QVERIFY(hkdfSha256("ikm", {}, {}, 255 * 32).ok());
    auto tooLarge = hkdfSha256("ikm", {}, {}, 255 * 32 + 1);
    QVERIFY(!tooLarge.ok());
    QCOMPARE(tooLarge.error().code, ErrorCode::InvalidArgument);
}

// ---- AES-GCM

void TestCrypto::aesGcmContextReuse()
{
    const QByteArray key = randomBytes(32);
    AesGcm gcm;
    QVERIFY(gcm.setKey(key).ok());
    for (int i = 0; i < 300; ++i) {
        QByteArray nonce(12, '\0');
        nonce[8] = char(i >> 8);
        nonce[11] = char(i);
        const QByteArray aad = "segment " + QByteArray::number(i);
        const QByteArray plain = randomBytes(i * 37 % 1500);

        QByteArray buffer = plain;
        QByteArray tag(qsizetype(AesGcm::TagSize), '\0');
        QVERIFY(gcm.encrypt(nonce, aad, u8(buffer), std::size_t(buffer.size()), u8(buffer), u8(tag)).ok());

        auto sealed = AesGcm::seal(key, nonce, aad, plain);
        QVERIFY(sealed.ok());
        QCOMPARE((buffer + tag).toHex(), sealed->toHex());

        QVERIFY(gcm.decrypt(nonce, aad, u8(buffer), std::size_t(buffer.size()), u8(tag), u8(buffer)).ok());
        QCOMPARE(buffer, plain);
    }
}

void TestCrypto::aesGcmIvLengthSwitching()
{
    // The context remembers the IV length it was last keyed with; switching lengths, including to IVs too
    // long for OpenSSL, must re-key correctly every time.
    const QByteArray key = randomBytes(16);
    const QByteArray plain = randomBytes(100);
    AesGcm gcm;
    QVERIFY(gcm.setKey(key).ok());
    for (qsizetype ivSize : {12, 12, 1, 16, 12, 128, 12, 8}) {
        const QByteArray iv = randomBytes(ivSize);
        QByteArray ct = plain;
        QByteArray tag(qsizetype(AesGcm::TagSize), '\0');
        QVERIFY(gcm.encrypt(iv, "aad", u8(ct), std::size_t(ct.size()), u8(ct), u8(tag)).ok());
        auto sealed = AesGcm::seal(key, iv, "aad", plain);
        QVERIFY(sealed.ok());
        QCOMPARE((ct + tag).toHex(), sealed->toHex());
        QVERIFY(gcm.decrypt(iv, "aad", u8(ct), std::size_t(ct.size()), u8(tag), u8(ct)).ok());
        QCOMPARE(ct, plain);
    }
}

void TestCrypto::aesGcmLongIvRefused()
{
    // IVs over 128 bytes are refused in both directions, and the context stays usable afterwards.
    const QByteArray key = randomBytes(32);
    AesGcm gcm;
    QVERIFY(gcm.setKey(key).ok());
    QByteArray buffer = randomBytes(40);
    QByteArray tag(qsizetype(AesGcm::TagSize), '\0');
    for (qsizetype ivSize : {129, 257, 300}) {
        const QByteArray iv = randomBytes(ivSize);
        const Status enc = gcm.encrypt(iv, {}, u8(buffer), std::size_t(buffer.size()), u8(buffer), u8(tag));
        QVERIFY(!enc.ok());
        QCOMPARE(enc.error().code, ErrorCode::Unsupported);
        const Status dec = gcm.decrypt(iv, {}, u8(buffer), std::size_t(buffer.size()), u8(tag), u8(buffer));
        QVERIFY(!dec.ok());
        QCOMPARE(dec.error().code, ErrorCode::Unsupported);
        QCOMPARE(AesGcm::seal(key, iv, {}, "x").error().code, ErrorCode::Unsupported);
    }
    const QByteArray plain = randomBytes(40);
    buffer = plain;
    QVERIFY(gcm.encrypt(randomBytes(12), {}, u8(buffer), std::size_t(buffer.size()), u8(buffer), u8(tag)).ok());
}

void TestCrypto::aesGcmRefusals()
{
    AesGcm keyless;
    QByteArray buffer(16, 'x');
    QByteArray tag(16, '\0');
    auto st = keyless.encrypt("123456789012", {}, u8(buffer), 16, u8(buffer), u8(tag));
    QVERIFY(!st.ok());
    QCOMPARE(st.error().code, ErrorCode::InvalidArgument);

    AesGcm gcm;
    for (qsizetype bad : {0, 1, 15, 17, 31, 33, 64}) {
        auto keyed = gcm.setKey(QByteArray(bad, 'k'));
        QVERIFY(!keyed.ok());
        QCOMPARE(keyed.error().code, ErrorCode::InvalidArgument);
    }
    QVERIFY(gcm.setKey(QByteArray(32, 'k')).ok());
    auto noIv = gcm.encrypt({}, {}, u8(buffer), 16, u8(buffer), u8(tag));
    QVERIFY(!noIv.ok());
    QCOMPARE(noIv.error().code, ErrorCode::InvalidArgument);

    auto shortInput = AesGcm::open(QByteArray(32, 'k'), "123456789012", {}, QByteArray(15, '\0'));
    QVERIFY(!shortInput.ok());
    QCOMPARE(shortInput.error().code, ErrorCode::Format);
}

void TestCrypto::aesGcmTamperingWipesOutput()
{
    const QByteArray key = randomBytes(32);
    const QByteArray nonce = randomBytes(12);
    const QByteArray plain = randomBytes(64);
    auto sealed = AesGcm::seal(key, nonce, "aad", plain);
    QVERIFY(sealed.ok());

    AesGcm gcm;
    QVERIFY(gcm.setKey(key).ok());
    for (qsizetype flip : {qsizetype(0), qsizetype(63), qsizetype(64), qsizetype(79)}) {
        QByteArray wire = *sealed;
        wire[flip] = char(wire[flip] ^ 0x01);
        auto opened = AesGcm::open(key, nonce, "aad", wire);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::Auth);

        QByteArray out(64, '\x55');
        auto st = gcm.decrypt(nonce, "aad", reinterpret_cast<const std::uint8_t *>(wire.constData()), 64,
                              reinterpret_cast<const std::uint8_t *>(wire.constData()) + 64, u8(out));
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, ErrorCode::Auth);
        QCOMPARE(out, QByteArray(64, '\0'));
    }
    auto wrongAad = AesGcm::open(key, nonce, "AAD", *sealed);
    QVERIFY(!wrongAad.ok());
    QCOMPARE(wrongAad.error().code, ErrorCode::Auth);

    // A failed check leaves the context usable.
    QByteArray wire = *sealed;
    QVERIFY(gcm.decrypt(nonce, "aad", u8(wire), 64, u8(wire) + 64, u8(wire)).ok());
    QCOMPARE(wire.left(64), plain);
}

// ---- RSA

void TestCrypto::rsaGeneratedRoundTrip()
{
    const RsaPrivateKey &key = *m_rsa;
    QCOMPARE(key.bits(), 2048);
    const RsaPublicKey pub = key.publicKey();
    QCOMPARE(pub.bits(), 2048);

    const QByteArray dek = randomBytes(32);
    for (const QByteArray &label : {QByteArray(), QByteArray("keyward:escrow")}) {
        auto ct = pub.encryptOaepSha256(dek, label);
        QVERIFY(ct.ok());
        QCOMPARE(ct->size(), qsizetype(256));
        auto again = pub.encryptOaepSha256(dek, label);
        QVERIFY(again.ok());
        QVERIFY(*again != *ct); // OAEP is randomised

        auto plain = key.decryptOaepSha256(*ct, label);
        QVERIFY(plain.ok());
        QCOMPARE(bytesOf(*plain), dek);

        auto mislabelled = key.decryptOaepSha256(*ct, label + "x");
        QVERIFY(!mislabelled.ok());
        QCOMPARE(mislabelled.error().code, ErrorCode::Key);

        QByteArray flipped = *ct;
        flipped[100] = char(flipped[100] ^ 0x04);
        auto tampered = key.decryptOaepSha256(flipped, label);
        QVERIFY(!tampered.ok());
        QCOMPARE(tampered.error().code, mislabelled.error().code);
        QCOMPARE(tampered.error().detail, mislabelled.error().detail);
    }

    // The largest message OAEP-256 fits in 2048 bits is 256 - 2 * 32 - 2 = 190 bytes.
    QVERIFY(pub.encryptOaepSha256(randomBytes(190)).ok());
    auto tooLong = pub.encryptOaepSha256(randomBytes(191));
    QVERIFY(!tooLong.ok());
}

void TestCrypto::rsaExportImport()
{
    const RsaPrivateKey &key = *m_rsa;
    const RsaPublicKey pub = key.publicKey();
    auto fingerprint = pub.spkiSha256();
    QVERIFY(fingerprint.ok());
    QCOMPARE(fingerprint->size(), qsizetype(32));

    auto der = pub.spkiDer();
    QVERIFY(der.ok());
    auto derHash = Sha256::hash(*der);
    QVERIFY(derHash.ok());
    QCOMPARE(*fingerprint, *derHash);

    auto pem = pub.toPem();
    QVERIFY(pem.ok());
    QVERIFY(pem->startsWith("-----BEGIN PUBLIC KEY-----\n"));
    auto fromPem = RsaPublicKey::fromPem(*pem);
    QVERIFY(fromPem.ok());
    auto fromPemHash = fromPem->spkiSha256();
    QVERIFY(fromPemHash.ok());
    QCOMPARE(*fromPemHash, *fingerprint);

    auto fromDer = RsaPublicKey::fromSpkiDer(*der);
    QVERIFY(fromDer.ok());
    auto fromDerHash = fromDer->spkiSha256();
    QVERIFY(fromDerHash.ok());
    QCOMPARE(*fromDerHash, *fingerprint);

    // What the imported public key encrypts, the original private key decrypts.
    const QByteArray dek = randomBytes(32);
    auto ct = fromPem->encryptOaepSha256(dek, "label");
    QVERIFY(ct.ok());
    auto plain = key.decryptOaepSha256(*ct, "label");
    QVERIFY(plain.ok());
    QCOMPARE(bytesOf(*plain), dek);

    // And a private key exported to PKCS#8 and read back decrypts it too, with the same public half.
    auto pkcs8 = key.toPkcs8Der();
    QVERIFY(pkcs8.ok());
    auto reloaded = RsaPrivateKey::fromPkcs8Der(pkcs8->view());
    QVERIFY(reloaded.ok());
    QCOMPARE(reloaded->bits(), 2048);
    auto reloadedHash = reloaded->publicKey().spkiSha256();
    QVERIFY(reloadedHash.ok());
    QCOMPARE(*reloadedHash, *fingerprint);
    auto again = reloaded->decryptOaepSha256(*ct, "label");
    QVERIFY(again.ok());
    QCOMPARE(bytesOf(*again), dek);

    // A different key has a different fingerprint and cannot decrypt.
    auto other = RsaPrivateKey::generate(2048);
    QVERIFY(other.ok());
    auto otherHash = other->publicKey().spkiSha256();
    QVERIFY(otherHash.ok());
    QVERIFY(*otherHash != *fingerprint);
    auto wrongKey = other->decryptOaepSha256(*ct, "label");
    QVERIFY(!wrongKey.ok());
    QCOMPARE(wrongKey.error().code, ErrorCode::Key);
}

void TestCrypto::rsaRefusesWeakAndForeignKeys()
{
    for (int bits : {0, 512, 1024, 2047, 2049, 8192}) {
        auto generated = RsaPrivateKey::generate(bits);
        QVERIFY(!generated.ok());
        QCOMPARE(generated.error().code, ErrorCode::InvalidArgument);
    }

    auto weakPublic = RsaPublicKey::fromPem(Rsa1024PublicPem);
    QVERIFY(!weakPublic.ok());
    QCOMPARE(weakPublic.error().code, ErrorCode::Unsupported);
    auto weakPrivate = RsaPrivateKey::fromPem(Rsa1024PrivatePem);
    QVERIFY(!weakPrivate.ok());
    QCOMPARE(weakPrivate.error().code, ErrorCode::Unsupported);

    auto edPublic = RsaPublicKey::fromPem(Ed25519PublicPem);
    QVERIFY(!edPublic.ok());
    QCOMPARE(edPublic.error().code, ErrorCode::Unsupported);
    auto edPrivate = RsaPrivateKey::fromPem(Ed25519PrivatePem);
    QVERIFY(!edPrivate.ok());
    QCOMPARE(edPrivate.error().code, ErrorCode::Unsupported);
}

void TestCrypto::rsaRefusesGarbage()
{
    auto pub = RsaPublicKey::fromPem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");
    QVERIFY(!pub.ok());
    QCOMPARE(pub.error().code, ErrorCode::Format);
    auto empty = RsaPublicKey::fromSpkiDer({});
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, ErrorCode::Format);
    auto der = RsaPublicKey::fromSpkiDer(QByteArray(40, '\x30'));
    QVERIFY(!der.ok());
    QCOMPARE(der.error().code, ErrorCode::Format);
    auto priv = RsaPrivateKey::fromPkcs8Der(QByteArray("not a key"));
    QVERIFY(!priv.ok());
    QCOMPARE(priv.error().code, ErrorCode::Format);
    auto privPem = RsaPrivateKey::fromPem(QByteArray());
    QVERIFY(!privPem.ok());
    QCOMPARE(privPem.error().code, ErrorCode::Format);
    auto pubPem = RsaPublicKey::fromPem(QByteArray());
    QVERIFY(!pubPem.ok());
    QCOMPARE(pubPem.error().code, ErrorCode::Format);
    auto text = RsaPrivateKey::fromPem("just some text");
    QVERIFY(!text.ok());
    QCOMPARE(text.error().code, ErrorCode::Format);

    // A private key is not accepted where a public key is expected, nor the reverse.
    auto pkcs8 = m_rsa->toPkcs8Der();
    QVERIFY(pkcs8.ok());
    QVERIFY(!RsaPublicKey::fromSpkiDer(pkcs8->view()).ok());
    auto spki = m_rsa->publicKey().spkiDer();
    QVERIFY(spki.ok());
    QVERIFY(!RsaPrivateKey::fromPkcs8Der(*spki).ok());

    // An encoding is exactly one key: bytes after it are refused, not ignored.
    QVERIFY(RsaPublicKey::fromSpkiDer(*spki).ok());
    auto trailingSpki = RsaPublicKey::fromSpkiDer(*spki + QByteArray(1, '\0'));
    QVERIFY(!trailingSpki.ok());
    QCOMPARE(trailingSpki.error().code, ErrorCode::Format);
    QByteArray trailingPkcs8 = bytesOf(*pkcs8) + QByteArray(1, '\0');
    auto trailing = RsaPrivateKey::fromPkcs8Der(trailingPkcs8);
    wipe(trailingPkcs8);
    QVERIFY(!trailing.ok());
    QCOMPARE(trailing.error().code, ErrorCode::Format);
}

// ---- Key wrap

void TestCrypto::keyWrapRoundTrip_data()
{
    QTest::addColumn<KeyWrapMode>("mode");
    QTest::addColumn<int>("kekSize");
    QTest::addColumn<int>("keySize");
    for (int kek : {16, 24, 32}) {
        for (int key : {16, 24, 32, 40, 64, 512})
            QTest::addRow("KW kek %d key %d", kek, key) << KeyWrapMode::Rfc3394 << kek << key;
        for (int key : {1, 7, 8, 9, 16, 31, 32, 33, 500})
            QTest::addRow("KWP kek %d key %d", kek, key) << KeyWrapMode::Rfc5649 << kek << key;
    }
}

void TestCrypto::keyWrapRoundTrip()
{
    QFETCH(KeyWrapMode, mode);
    QFETCH(int, kekSize);
    QFETCH(int, keySize);
    const QByteArray kek = randomBytes(kekSize);
    const QByteArray key = randomBytes(keySize);
    auto wrapped = aesKeyWrap(kek, key, mode);
    QVERIFY2(wrapped.ok(), qPrintable(wrapped.ok() ? QString() : wrapped.error().detail));
    const qsizetype padded = (keySize + 7) / 8 * 8;
    QCOMPARE(wrapped->size(), padded + 8);
    auto again = aesKeyWrap(kek, key, mode);
    QVERIFY(again.ok());
    QCOMPARE(*again, *wrapped); // key wrap is deterministic
    auto unwrapped = aesKeyUnwrap(kek, *wrapped, mode);
    QVERIFY(unwrapped.ok());
    QCOMPARE(bytesOf(*unwrapped), key);
}

void TestCrypto::keyWrapWrongKek_data()
{
    QTest::addColumn<KeyWrapMode>("mode");
    QTest::newRow("KW") << KeyWrapMode::Rfc3394;
    QTest::newRow("KWP") << KeyWrapMode::Rfc5649;
}

void TestCrypto::keyWrapWrongKek()
{
    QFETCH(KeyWrapMode, mode);
    const QByteArray kek = randomBytes(32);
    const QByteArray key = randomBytes(32);
    auto wrapped = aesKeyWrap(kek, key, mode);
    QVERIFY(wrapped.ok());

    QByteArray otherKek = kek;
    otherKek[0] = char(otherKek[0] ^ 0x01);
    auto wrongKek = aesKeyUnwrap(otherKek, *wrapped, mode);
    QVERIFY(!wrongKek.ok());
    QCOMPARE(wrongKek.error().code, ErrorCode::Key);

    auto shorterKek = aesKeyUnwrap(kek.left(16), *wrapped, mode);
    QVERIFY(!shorterKek.ok());
    QCOMPARE(shorterKek.error().code, ErrorCode::Key);

    for (qsizetype at = 0; at < wrapped->size(); at += 7) {
        QByteArray tampered = *wrapped;
        tampered[at] = char(tampered[at] ^ 0x20);
        auto rejected = aesKeyUnwrap(kek, tampered, mode);
        QVERIFY(!rejected.ok());
        QCOMPARE(rejected.error().code, ErrorCode::Key);
    }

    // The other mode's output fails the integrity check as well: KW and KWP use different IVs.
    const KeyWrapMode other = mode == KeyWrapMode::Rfc3394 ? KeyWrapMode::Rfc5649 : KeyWrapMode::Rfc3394;
    auto crossed = aesKeyUnwrap(kek, *wrapped, other);
    QVERIFY(!crossed.ok());
    QCOMPARE(crossed.error().code, ErrorCode::Key);
}

void TestCrypto::keyWrapInputPolicy()
{
    const QByteArray kek = randomBytes(32);
    // KEK sizes other than AES-128/192/256.
    for (qsizetype bad : {0, 8, 15, 17, 33}) {
        auto wrapped = aesKeyWrap(QByteArray(bad, 'k'), randomBytes(16), KeyWrapMode::Rfc3394);
        QVERIFY(!wrapped.ok());
        QCOMPARE(wrapped.error().code, ErrorCode::InvalidArgument);
        auto unwrapped = aesKeyUnwrap(QByteArray(bad, 'k'), randomBytes(24), KeyWrapMode::Rfc5649);
        QVERIFY(!unwrapped.ok());
        QCOMPARE(unwrapped.error().code, ErrorCode::InvalidArgument);
    }
    // KW: 16 bytes or more in 8-byte steps (the 8-byte form RFC 3394 allows is refused).
    for (qsizetype bad : {0, 1, 8, 15, 17, 23}) {
        auto wrapped = aesKeyWrap(kek, randomBytes(bad), KeyWrapMode::Rfc3394);
        QVERIFY(!wrapped.ok());
        QCOMPARE(wrapped.error().code, ErrorCode::InvalidArgument);
    }
    // KWP: any key of one byte or more.
    auto empty = aesKeyWrap(kek, {}, KeyWrapMode::Rfc5649);
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code, ErrorCode::InvalidArgument);
    // Unwrap inputs of impossible lengths are the same Key error as a failed integrity check.
    for (qsizetype bad : {0, 8, 16, 25}) {
        auto unwrapped = aesKeyUnwrap(kek, randomBytes(bad), KeyWrapMode::Rfc3394);
        QVERIFY(!unwrapped.ok());
        QCOMPARE(unwrapped.error().code, ErrorCode::Key);
    }
    for (qsizetype bad : {0, 8, 17}) {
        auto unwrapped = aesKeyUnwrap(kek, randomBytes(bad), KeyWrapMode::Rfc5649);
        QVERIFY(!unwrapped.ok());
        QCOMPARE(unwrapped.error().code, ErrorCode::Key);
    }
}

void TestCrypto::rsaPssSignVerify()
{
    const RsaPrivateKey &key = *m_rsa;
    const RsaPublicKey pub = key.publicKey();
    const QByteArray message = "{\"report\": 1}\n";
    auto sig = key.signPssSha256(message);
    QVERIFY(sig.ok());
    QCOMPARE(sig->size(), qsizetype(256));
    QVERIFY(pub.verifyPssSha256(message, *sig).ok());
    auto again = key.signPssSha256(message);
    QVERIFY(again.ok());
    QVERIFY(*again != *sig); // PSS is randomised by its salt
    QVERIFY(pub.verifyPssSha256(message, *again).ok());

    // The public key read back from its PEM verifies as well.
    auto pem = pub.toPem();
    QVERIFY(pem.ok());
    auto imported = RsaPublicKey::fromPem(*pem);
    QVERIFY(imported.ok());
    QVERIFY(imported->verifyPssSha256(message, *sig).ok());

    // Each byte of the message and of the signature counts; so do the length and the key.
    for (qsizetype at : {qsizetype(0), message.size() / 2, message.size() - 1}) {
        QByteArray altered = message;
        altered[at] = char(altered[at] ^ 0x01);
        QCOMPARE(pub.verifyPssSha256(altered, *sig).error().code, ErrorCode::Auth);
    }
    for (qsizetype at : {qsizetype(0), qsizetype(128), qsizetype(255)}) {
        QByteArray altered = *sig;
        altered[at] = char(altered[at] ^ 0x80);
        QCOMPARE(pub.verifyPssSha256(message, altered).error().code, ErrorCode::Auth);
    }
    QCOMPARE(pub.verifyPssSha256(message + ' ', *sig).error().code, ErrorCode::Auth);
    QCOMPARE(pub.verifyPssSha256(message, sig->left(255)).error().code, ErrorCode::Auth);
    QCOMPARE(pub.verifyPssSha256(message, *sig + '\0').error().code, ErrorCode::Auth);
    QCOMPARE(pub.verifyPssSha256(message, {}).error().code, ErrorCode::Auth);
    auto other = RsaPrivateKey::generate(2048);
    QVERIFY(other.ok());
    QCOMPARE(other->publicKey().verifyPssSha256(message, *sig).error().code, ErrorCode::Auth);

    // An empty message is signed like any other.
    auto emptySig = key.signPssSha256({});
    QVERIFY(emptySig.ok());
    QVERIFY(pub.verifyPssSha256({}, *emptySig).ok());
    QCOMPARE(pub.verifyPssSha256("x", *emptySig).error().code, ErrorCode::Auth);
}

// What this code signs the openssl command verifies, and the reverse; a signature with another salt length or
// another padding is not PS256 and is refused.
void TestCrypto::rsaPssAgreesWithOpensslCommand()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pubPath = dir.filePath(QStringLiteral("pub.pem"));
    const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
    const QString msgPath = dir.filePath(QStringLiteral("message"));
    const QString sigPath = dir.filePath(QStringLiteral("message.sig"));
    auto pem = m_rsa->publicKey().toPem();
    QVERIFY(pem.ok());
    writeBytes(pubPath, *pem);
    auto pkcs8 = m_rsa->toPkcs8Der();
    QVERIFY(pkcs8.ok());
    const QString derPath = dir.filePath(QStringLiteral("key.der"));
    writeBytes(derPath, bytesOf(*pkcs8));
    QCOMPARE(openssl({QStringLiteral("pkey"), QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                      derPath, QStringLiteral("-out"), keyPath}),
             0);
    const QByteArray message = randomBytes(1000);
    writeBytes(msgPath, message);
    const QStringList ps256{QStringLiteral("-sha256"),
                            QStringLiteral("-sigopt"),
                            QStringLiteral("rsa_padding_mode:pss"),
                            QStringLiteral("-sigopt"),
                            QStringLiteral("rsa_pss_saltlen:32"),
                            QStringLiteral("-sigopt"),
                            QStringLiteral("rsa_mgf1_md:sha256")};

    auto sig = m_rsa->signPssSha256(message);
    QVERIFY(sig.ok());
    writeBytes(sigPath, *sig);
    QByteArray output;
    QCOMPARE(
        openssl(QStringList{QStringLiteral("dgst")} + ps256 +
                    QStringList{QStringLiteral("-verify"), pubPath, QStringLiteral("-signature"), sigPath, msgPath},
                &output),
        0);
    QVERIFY2(output.contains("Verified OK"), output.constData());

    const auto signedByOpenssl = [&](const QStringList &options) {
        QFile::remove(sigPath);
        if (openssl(QStringList{QStringLiteral("dgst")} + options +
                    QStringList{QStringLiteral("-sign"), keyPath, QStringLiteral("-out"), sigPath, msgPath}) != 0)
            return QByteArray();
        return readBytes(sigPath);
    };
    const QByteArray theirs = signedByOpenssl(ps256);
    QCOMPARE(theirs.size(), qsizetype(256));
    QVERIFY(m_rsa->publicKey().verifyPssSha256(message, theirs).ok());

    QStringList otherSalt = ps256;
    otherSalt[4] = QStringLiteral("rsa_pss_saltlen:20");
    const QByteArray salt20 = signedByOpenssl(otherSalt);
    QCOMPARE(salt20.size(), qsizetype(256));
    QCOMPARE(m_rsa->publicKey().verifyPssSha256(message, salt20).error().code, ErrorCode::Auth);

    const QByteArray pkcs1 = signedByOpenssl({QStringLiteral("-sha256")});
    QCOMPARE(pkcs1.size(), qsizetype(256));
    QCOMPARE(m_rsa->publicKey().verifyPssSha256(message, pkcs1).error().code, ErrorCode::Auth);
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"

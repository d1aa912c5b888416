// bench_unwrap: feature-key unwraps per second through the key stores a job opens them with: a local vault (an
// AES-256 key: RFC 5649 key unwrap; an RSA-3072 key: RSA-OAEP-256) and a SoftHSM2 token made for the run (an AES-256
// key through PKCS#11: SoftHSM2 has RSA-OAEP with SHA-1 only, which Keyward does not use), beside `openssl speed` for
// the primitive underneath (RSA-3072 private-key operations; AES- 256 on 16-byte blocks). A job unwraps each feature
// key once, so these figures bound how fast a job starts and how fast a rotation re-wraps, not how fast it moves data.
//
// Usage: bench_unwrap [--seconds S] [--json FILE]   (default: 2 s per figure)
#include "BenchSupport.h"
#include "TestSupport.h"

#include "crypto/Random.h"
#include "keystore/LocalVault.h"
#include "keystore/Pkcs11KeyStore.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace keyward;
using namespace keyward::keystore;

namespace {

const QByteArray Pin = "246810";

int fail(const QString &what)
{
    std::fprintf(stderr, "bench_unwrap: %s\n", qPrintable(what));
    return 1;
}

// Unwraps as many times as fit in `seconds`; ops/s, or -1 when an unwrap fails.
double unwrapRate(KeyStore &store, const QString &name, double seconds)
{
    auto key = crypto::SystemRandom::instance().secretBytes(32);
    auto info = key ? store.keyVersion(name, QString()) : Result<KeyVersionInfo>(key.error());
    auto wrapped = info ? store.wrapKey(name, info->version, *key) : Result<WrappedKey>(info.error());
    if (!wrapped) {
        std::fprintf(stderr, "bench_unwrap: %s: %s\n", qPrintable(name), qPrintable(wrapped.error().detail));
        return -1;
    }
    QElapsedTimer t;
    t.start();
    qint64 n = 0;
    while (t.nsecsElapsed() < qint64(seconds * 1e9)) {
        if (!store.unwrapKey(name, info->version, wrapped->wrapped))
            return -1;
        ++n;
    }
    return double(n) / (double(t.nsecsElapsed()) / 1e9);
}

// `openssl speed` figures: RSA-3072 private-key operations (sign) per second, and AES-256 (16-byte blocks) operations
// per second, one thread.
std::pair<double, double> opensslSpeed(double seconds)
{
    const QString secs = QString::number(qMax(1, int(seconds)));
    QProcess rsa;
    rsa.start(QStringLiteral("openssl"),
              {QStringLiteral("speed"), QStringLiteral("-seconds"), secs, QStringLiteral("rsa3072")});
    rsa.waitForFinished(120000);
    const QString rsaText = QString::fromLatin1(rsa.readAllStandardOutput());
    const auto m =
        QRegularExpression(QStringLiteral("rsa 3072 bits\\s+[0-9.]+s\\s+[0-9.]+s\\s+([0-9.]+)")).match(rsaText);
    QProcess aes;
    aes.start(QStringLiteral("openssl"),
              {QStringLiteral("speed"), QStringLiteral("-seconds"), secs, QStringLiteral("-bytes"),
               QStringLiteral("16"), QStringLiteral("-evp"), QStringLiteral("aes-256-ecb")});
    aes.waitForFinished(120000);
    const QString aesText = QString::fromLatin1(aes.readAllStandardOutput());
    const auto a = QRegularExpression(QStringLiteral("AES-256-ECB\\s+([0-9.]+)k")).match(aesText);
    return {m.hasMatch() ? m.captured(1).toDouble() : 0, a.hasMatch() ? a.captured(1).toDouble() * 1000 / 16 : 0};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    double seconds = 2;
    QString json;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--seconds") && i + 1 < args.size())
            seconds = args[++i].toDouble();
        else if (args[i] == QLatin1String("--json") && i + 1 < args.size())
            json = args[++i];
        else {
            std::fprintf(stderr, "usage: bench_unwrap [--seconds S] [--json FILE]\n");
            return 2;
        }
    }
    QTemporaryDir dir;
    secrets::MemorySecretStore secrets;
    auto vault = LocalVault::create(dir.filePath(QStringLiteral("v.kwvault")), VaultOptions(QStringLiteral("bench")),
                                    secrets, nullptr);
    if (!vault)
        return fail(vault.error().detail);
    if (!(*vault)->createKey({QStringLiteral("aes"), KeyKind::Aes, 256}) ||
        !(*vault)->createKey({QStringLiteral("rsa"), KeyKind::Rsa, 3072}))
        return fail(QStringLiteral("cannot create the vault's keys"));

    std::unique_ptr<Pkcs11KeyStore> token;
    QString noToken;
    const QString module = test::softHsmModulePath();
    test::SoftHsm hsm(dir.path());
    if (module.isEmpty())
        noToken = QStringLiteral("SoftHSM2 is not installed (package softhsm2)");
    else if (hsm.initToken(QStringLiteral("bench"), QStringLiteral("13572468"), QString::fromLatin1(Pin)).isEmpty())
        noToken = QStringLiteral("softhsm2-util could not make a token");
    if (noToken.isEmpty()) {
        Pkcs11Config c;
        c.name = QStringLiteral("bench");
        c.modulePath = module;
        c.tokenLabel = QStringLiteral("bench");
        secrets::MemorySecretStore pins;
        Status stored = pins.write(c.effectivePinSecretKey(), crypto::SecureBytes::fromView(Pin));
        auto opened =
            stored ? Pkcs11KeyStore::open(c, &pins, nullptr) : Result<std::unique_ptr<Pkcs11KeyStore>>(stored.error());
        auto aes = opened ? (*opened)->createKey({QStringLiteral("aes"), KeyKind::Aes, 256})
                          : Result<KeyVersionInfo>(opened.error());
        // An AES key only: SoftHSM2 takes CKM_RSA_PKCS_OAEP with SHA-1 alone, which Keyward refuses to use.
        if (aes)
            token = std::move(opened).value();
        else
            noToken = aes.error().detail;
    }
    if (!token)
        std::fprintf(stderr, "bench_unwrap: no SoftHSM2 token (%s): its figures are left out\n", qPrintable(noToken));

    const auto [rsaSigns, aesBlocks] = opensslSpeed(seconds);
    QTextStream out(stdout);
    out << QStringLiteral(
               "openssl speed: RSA-3072 %1 private-key ops/s; AES-256 %2 M blocks/s (16 bytes), one thread\n")
               .arg(rsaSigns, 0, 'f', 0)
               .arg(aesBlocks / 1e6, 0, 'f', 1);
    struct Row
    {
        QString store;
        KeyStore *ks;
        QString key;
        QString what;
        double baseline;
        QString baselineName;
    };
    QList<Row> rows{{QStringLiteral("local vault"), vault->get(), QStringLiteral("aes"),
                     QStringLiteral("AES-256 key wrap (RFC 5649)"), aesBlocks,
                     QStringLiteral("openssl speed aes-256-ecb, 16-byte blocks")},
                    {QStringLiteral("local vault"), vault->get(), QStringLiteral("rsa"),
                     QStringLiteral("RSA-3072 OAEP-256"), rsaSigns,
                     QStringLiteral("openssl speed rsa3072, private-key ops")}};
    if (token)
        rows += QList<Row>{{QStringLiteral("SoftHSM2"), token.get(), QStringLiteral("aes"),
                            QStringLiteral("AES-256 key wrap (CKM_AES_KEY_WRAP_PAD)"), aesBlocks,
                            QStringLiteral("openssl speed aes-256-ecb, 16-byte blocks")}};
    for (const Row &r : std::as_const(rows)) {
        const double rate = unwrapRate(*r.ks, r.key, seconds);
        if (rate < 0)
            return fail(QStringLiteral("unwrap through the %1 failed").arg(r.store));
        out << QStringLiteral("%1, %2: %3 unwraps/s\n").arg(r.store, r.what).arg(rate, 0, 'f', 0);
        out.flush();
        const bool written = bench::appendFigure(
            json, {QStringLiteral("unwrap, %1, %2").arg(r.store, r.what), rate, QStringLiteral("ops/s"), r.baselineName,
                   r.baseline, r.baseline > 0 ? rate / r.baseline : 0, QStringLiteral("report ops/s"), true,
                   QStringLiteral("one thread, %1 s").arg(seconds)});
        if (!written)
            return fail(QStringLiteral("cannot write %1").arg(json));
    }
    return 0;
}

// TestReportSign: signed evidence. A report signed with the report-signing key of a local vault verifies with the
// plain openssl command and the exported public key, and fails once a byte changes; the rotation history's head it
// carries catches a history rewritten after the report was signed; `keywardctl report verify` says the same with
// its exit statuses.
#include "TestSupport.h"

#include "catalog/Catalog.h"
#include "compliance/ReportSigner.h"
#include "crypto/RsaKey.h"
#include "services/Context.h"
#include "services/Messages.h"
#include "services/StoreService.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;
using compliance::AnchorState;

namespace {

const QByteArray Passphrase = "report signing passphrase";

// Answers every vault passphrase question with the one passphrase.
class FixedPrompt final : public SecretPrompt
{
public:
    Result<crypto::SecureBytes> ask(const SecretRequest &) override
    {
        ++asked;
        return crypto::SecureBytes::fromView(Passphrase);
    }
    int asked = 0;
};

// The command the README shows.
QStringList opensslVerify(const QString &pem, const QString &file)
{
    return {QStringLiteral("dgst"),
            QStringLiteral("-sha256"),
            QStringLiteral("-sigopt"),
            QStringLiteral("rsa_padding_mode:pss"),
            QStringLiteral("-sigopt"),
            QStringLiteral("rsa_pss_saltlen:32"),
            QStringLiteral("-sigopt"),
            QStringLiteral("rsa_mgf1_md:sha256"),
            QStringLiteral("-verify"),
            pem,
            QStringLiteral("-signature"),
            file + QStringLiteral(".sig"),
            file};
}

int openssl(const QStringList &args, QByteArray *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForStarted() || !p.waitForFinished(60000))
        return -1;
    *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

// Entries with fixed times and actor hash the same in every catalog, so one signed report fits many catalogs.
catalog::HistoryEntry rotation(const QString &newVersion, int minute = 0)
{
    catalog::HistoryEntry e;
    e.at = QDateTime(QDate(2026, 11, 1), QTime(9, minute), Qt::UTC);
    e.actor = QStringLiteral("admin@host");
    e.workspace = QStringLiteral("prod");
    e.feature = QStringLiteral("managed-services");
    e.key = QStringLiteral("main/cmk");
    e.oldVersion = QStringLiteral("v0");
    e.newVersion = newVersion;
    e.objectsTouched = 3;
    e.action = QStringLiteral("rotate");
    e.result = QStringLiteral("ok");
    return e;
}

// A report as the report writer makes it: the history's head at the top level, whatever else beside it.
QByteArray reportWith(const compliance::HistoryAnchor &anchor)
{
    QJsonObject o{{QStringLiteral("schema"), QStringLiteral("keyward-report/1")},
                  {QStringLiteral("generated"), QStringLiteral("2026-11-01T09:00:00Z")},
                  {QStringLiteral("findings"), QJsonObject{{QStringLiteral("count"), 2}}},
                  {QStringLiteral("history"), anchor.toJson()}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace

class TestReportSign : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensslVerifiesAndOneByteBreaks();
    void historyRewrittenAfterSigning_data();
    void historyRewrittenAfterSigning();
    void reportsWithoutAUsableAnchor();
    void vaultMustBeNamedWhenNotObvious();
    void keyRotatesAndOldReportsStillVerify();
    void refusals();
    void writeRefusesSymbolicLinks();
    void keywardctlVerifyAndSigningKey();
    void everyOutcomeIsWorded();

private:
    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }
    QString file(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<services::Context> context();
    void addVault(const QString &name);
    test::CtlRun ctl(QStringList args)
    {
        args << QStringLiteral("--data-dir") << dataDir() << QStringLiteral("--passphrase-file") << m_passFile;
        return test::runKeywardctl(args);
    }

    // Appends the entries "v1".."v<count>" through the catalog, as the rotate path does.
    void appendRotations(services::Context &ctx, int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    // One report over a three-entry history, signed once for every row of historyRewrittenAfterSigning.
    QByteArray m_anchoredReport;
    QByteArray m_anchoredSignature;
    QByteArray m_anchoredPem;
    compliance::HistoryAnchor m_anchor;
    secrets::MemorySecretStore m_secrets;
    FixedPrompt m_prompt;
    ManualClock m_clock;
    QString m_passFile;
};

void TestReportSign::initTestCase()
{
    init();
    addVault(QStringLiteral("main"));
    auto ctx = context();
    appendRotations(*ctx, 3);
    auto anchor = compliance::currentHistoryAnchor(*ctx);
    QVERIFY(anchor.ok());
    QCOMPARE(anchor->entries, qint64(3));
    QCOMPARE(anchor->headSeq, qint64(3));
    QCOMPARE(anchor->headHash, (*ctx->catalog())->history()->last().hash);
    m_anchor = *anchor;
    m_anchoredReport = reportWith(*anchor);
    compliance::ReportSigner signer(*ctx);
    auto s = signer.sign(m_anchoredReport);
    QVERIFY(s.ok());
    m_anchoredSignature = s->signature;
    m_anchoredPem = signer.publicKeyPem().value();
}

void TestReportSign::appendRotations(services::Context &ctx, int count)
{
    auto c = ctx.catalog();
    QVERIFY(c.ok());
    for (int i = 1; i <= count; ++i)
        QVERIFY((*c)->appendHistory(rotation(QStringLiteral("v%1").arg(i), i)).ok());
}

void TestReportSign::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = secrets::MemorySecretStore();
    m_clock.set(QDateTime::currentDateTimeUtc());
    m_prompt.asked = 0;
    m_passFile = file(QStringLiteral("pass.txt"));
    test::writeFile(m_passFile, Passphrase + '\n');
}

void TestReportSign::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<services::Context> TestReportSign::context()
{
    return std::make_unique<services::Context>(dataDir(), m_secrets, &m_prompt, m_clock);
}

void TestReportSign::addVault(const QString &name)
{
    auto ctx = context();
    services::AddLocalStoreRequest request;
    request.name = name;
    request.protection = keystore::VaultOptions::Protection::Passphrase;
    auto added = services::StoreService(*ctx).addLocal(request);
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().detail));
}

void TestReportSign::opensslVerifiesAndOneByteBreaks()
{
    addVault(QStringLiteral("main"));
    auto ctx = context();
    auto anchor = compliance::currentHistoryAnchor(*ctx);
    QVERIFY(anchor.ok());
    QCOMPARE(anchor->headSeq, qint64(0));
    const QByteArray document = reportWith(*anchor);

    compliance::ReportSigner signer(*ctx);
    auto signedReport = signer.sign(document);
    QVERIFY2(signedReport.ok(), signedReport.ok() ? "" : qPrintable(signedReport.error().detail));
    QVERIFY(signedReport->keyId.startsWith(QStringLiteral("vault://main/keys/keyward-report-signing/")));
    QCOMPARE(signedReport->signature.size(), qsizetype(384)); // RSA-3072
    auto pem = signer.publicKeyPem();
    QVERIFY(pem.ok());
    QCOMPARE(m_prompt.asked, 2); // the vault was made (one question) and opened once for both calls

    // The key as the vault keeps it: RSA-3072, sign and verify only, an expiry and a rotation policy.
    auto vault = keystore::LocalVault::open(keystore::LocalVault::pathFor(dataDir(), QStringLiteral("main")), m_secrets,
                                            &m_prompt, m_clock);
    QVERIFY(vault.ok());
    auto info = (*vault)->keyVersion(compliance::ReportSigner::keyName());
    QVERIFY(info.ok());
    QCOMPARE(info->id, signedReport->keyId);
    QCOMPARE(info->kind, keystore::KeyKind::Rsa);
    QCOMPARE(info->bits, 3072);
    QCOMPARE(info->operations, (QStringList{QStringLiteral("sign"), QStringLiteral("verify")}));
    QVERIFY(info->expires.has_value());
    QCOMPARE(info->expires->date(), m_clock.now().addYears(2).date());
    auto policy = (*vault)->rotationPolicy(compliance::ReportSigner::keyName());
    QVERIFY(policy.ok());
    QVERIFY(policy->rotateBeforeExpiry.has_value());

    // Making it was audited, once: signing again uses the same version.
    auto again = signer.sign(document);
    QVERIFY(again.ok());
    QCOMPARE(again->keyId, signedReport->keyId);
    auto audit = (*ctx->catalog())->auditLog();
    QVERIFY(audit.ok());
    int made = 0;
    for (const catalog::AuditEntry &a : *audit)
        if (a.action == QLatin1String("report.signing-key")) {
            ++made;
            QCOMPARE(a.target, QStringLiteral("main/keyward-report-signing"));
            QVERIFY(a.detail.contains(info->version));
        }
    QCOMPARE(made, 1);

    const QString path = file(QStringLiteral("report.json"));
    QVERIFY(compliance::writeSignedReport(path, document, *signedReport).ok());
    QCOMPARE(test::readFile(path), document);
    QCOMPARE(test::readFile(path + QStringLiteral(".sig")), signedReport->signature);
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QCOMPARE(QFile(path).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), ownerOnly);
    const QString pemPath = file(QStringLiteral("report-signing.pem"));
    test::writeFile(pemPath, *pem);

    QByteArray output;
    QCOMPARE(openssl(opensslVerify(pemPath, path), &output), 0);
    QVERIFY2(output.contains("Verified OK"), output.constData());
    auto verified = compliance::verifyReport(*ctx, document, signedReport->signature, *pem);
    QVERIFY(verified.ok());
    QVERIFY(verified->signatureValid);
    QVERIFY(verified->historyChecked);
    QVERIFY(verified->historyIntact);
    QCOMPARE(verified->anchor, AnchorState::Intact);
    QVERIFY(verified->keyId.isEmpty()); // a bare PEM names no vault version
    QCOMPARE(verified->keyFingerprint, crypto::RsaPublicKey::fromPem(*pem)->spkiSha256().value());
    auto byVault = signer.publicKeys();
    QVERIFY(byVault.ok());
    QCOMPARE(byVault->size(), 1);
    auto viaVault = compliance::verifyReport(*ctx, document, signedReport->signature, *byVault);
    QVERIFY(viaVault.ok());
    QVERIFY(viaVault->signatureValid);
    QCOMPARE(viaVault->keyId, signedReport->keyId);

    // One byte changed anywhere, and neither openssl nor Keyward accepts it.
    for (qsizetype at : {qsizetype(0), document.size() / 2, document.size() - 1}) {
        QByteArray altered = document;
        altered[at] = char(altered[at] ^ 0x01);
        test::writeFile(path, altered);
        QVERIFY(openssl(opensslVerify(pemPath, path), &output) != 0);
        QVERIFY2(output.contains("Verification failure"), output.constData());
        auto rejected = compliance::verifyReport(*ctx, altered, signedReport->signature, *pem);
        QVERIFY(rejected.ok());
        QVERIFY(!rejected->signatureValid);
        QVERIFY(!rejected->historyChecked);
        QCOMPARE(rejected->anchor, AnchorState::NotChecked);
    }
    test::writeFile(path, document);
    QByteArray badSig = signedReport->signature;
    badSig[10] = char(badSig[10] ^ 0x01);
    test::writeFile(path + QStringLiteral(".sig"), badSig);
    QVERIFY(openssl(opensslVerify(pemPath, path), &output) != 0);
    QVERIFY(!compliance::verifyReport(*ctx, document, badSig, *pem)->signatureValid);

    // Not a public key at all.
    QCOMPARE(compliance::verifyReport(*ctx, document, signedReport->signature, "junk").error().code, ErrorCode::Format);
}

void TestReportSign::historyRewrittenAfterSigning_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<int>("appendAfter"); // entries appended through the catalog after `sql`
    QTest::addColumn<int>("state");
    QTest::addColumn<qint64>("badSeq");

    const QStringList unlock{QStringLiteral("DROP TRIGGER history_append_only_update"),
                             QStringLiteral("DROP TRIGGER history_append_only_delete")};
    QTest::newRow("untouched") << QStringList() << 0 << int(AnchorState::Intact) << qint64(-1);
    QTest::newRow("grown since") << QStringList() << 2 << int(AnchorState::Intact) << qint64(-1);
    // The last entry removed and the head moved back: the chain verifies, the report's head is gone.
    QTest::newRow("truncated, head moved back")
        << unlock + QStringList{QStringLiteral("DELETE FROM history WHERE seq = 3"),
                                QStringLiteral("UPDATE history_head SET seq = 2, hash = (SELECT hash FROM history "
                                               "WHERE seq = 2)")}
        << 0 << int(AnchorState::HeadMissing) << qint64(-1);
    // The same, then new entries appended: as long as before, and it verifies, but entry 3 is another one.
    QTest::newRow("truncated and regrown")
        << unlock + QStringList{QStringLiteral("DELETE FROM history WHERE seq = 3"),
                                QStringLiteral("UPDATE history_head SET seq = 2, hash = (SELECT hash FROM history "
                                               "WHERE seq = 2)")}
        << 2 << int(AnchorState::HeadDiffers) << qint64(-1);
    // The whole history made again through the catalog, with other contents.
    QTest::newRow("recreated") << unlock + QStringList{QStringLiteral("DELETE FROM history"),
                                                       QStringLiteral("DELETE FROM history_head")}
                               << 3 << int(AnchorState::HeadDiffers) << qint64(-1);
    QTest::newRow("recreated shorter") << unlock + QStringList{QStringLiteral("DELETE FROM history"),
                                                               QStringLiteral("DELETE FROM history_head")}
                                       << 2 << int(AnchorState::HeadMissing) << qint64(-1);
    // Tampering the chain itself shows too.
    QTest::newRow("entry edited") << unlock + QStringList{QStringLiteral(
                                                  "UPDATE history SET new_version = 'evil' WHERE seq = 2")}
                                  << 0 << int(AnchorState::ChainBroken) << qint64(2);
    QTest::newRow("tail removed") << unlock + QStringList{QStringLiteral("DELETE FROM history WHERE seq = 3")} << 0
                                  << int(AnchorState::ChainBroken) << qint64(3);
}

void TestReportSign::historyRewrittenAfterSigning()
{
    QFETCH(QStringList, sql);
    QFETCH(int, appendAfter);
    QFETCH(int, state);
    QFETCH(qint64, badSeq);

    // The history the report was signed over, in this row's own catalog.
    {
        auto ctx = context();
        appendRotations(*ctx, 3);
        auto anchor = compliance::currentHistoryAnchor(*ctx);
        QVERIFY(anchor.ok());
        QCOMPARE(anchor->headHash, m_anchor.headHash);
        auto fresh = compliance::verifyReport(*ctx, m_anchoredReport, m_anchoredSignature, m_anchoredPem);
        QVERIFY(fresh.ok());
        QCOMPARE(fresh->anchor, AnchorState::Intact);
    }

    if (!sql.isEmpty())
        test::execSql(catalog::Catalog::defaultPath(dataDir()), sql);
    auto ctx = context();
    for (int i = 1; i <= appendAfter; ++i)
        QVERIFY((*ctx->catalog())->appendHistory(rotation(QStringLiteral("later-%1").arg(i), 30 + i)).ok());

    auto verified = compliance::verifyReport(*ctx, m_anchoredReport, m_anchoredSignature, m_anchoredPem);
    QVERIFY(verified.ok());
    QVERIFY(verified->signatureValid); // the report itself is as it was signed
    QVERIFY(verified->historyChecked);
    QCOMPARE(int(verified->anchor), state);
    QCOMPARE(verified->historyIntact, state == int(AnchorState::Intact));
    QCOMPARE(verified->historyProblem.isEmpty(), state == int(AnchorState::Intact));
    QCOMPARE(verified->headSeq, m_anchor.headSeq);
    QCOMPARE(verified->headHash, m_anchor.headHash);
    QCOMPARE(verified->entries, m_anchor.entries);
    if (badSeq >= 0)
        QCOMPARE(verified->badSeq, badSeq);
}

void TestReportSign::reportsWithoutAUsableAnchor()
{
    addVault(QStringLiteral("main"));
    auto ctx = context();
    compliance::ReportSigner signer(*ctx);
    const QByteArray pem = signer.publicKeyPem().value();
    struct Case
    {
        const char *name;
        QByteArray document;
        AnchorState state;
        bool checked;
    };
    const QList<Case> cases = {
        {"not JSON", "plain text", AnchorState::NoAnchor, false},
        {"JSON array", "[1, 2]", AnchorState::NoAnchor, false},
        {"no history", R"({"schema": "keyward-report/1"})", AnchorState::NoAnchor, false},
        {"history not an object", R"({"history": 3})", AnchorState::Malformed, false},
        {"hash not hex", R"({"history": {"entries": 1, "headSeq": 1, "headHash": "zz"}})", AnchorState::Malformed,
         false},
        {"hash too short", R"({"history": {"entries": 1, "headSeq": 1, "headHash": "abcd"}})", AnchorState::Malformed,
         false},
        {"seq not a count", R"({"history": {"entries": 1, "headSeq": 1.5, "headHash": ""}})", AnchorState::Malformed,
         false},
        {"seq negative", R"({"history": {"entries": 0, "headSeq": -1, "headHash": ""}})", AnchorState::Malformed,
         false},
        {"empty history with a hash",
         R"({"history": {"entries": 0, "headSeq": 0, "headHash": "00000000000000000000000000000000000000000000000000000000000000aa"}})",
         AnchorState::Malformed, false},
        {"empty history", R"({"history": {"entries": 0, "headSeq": 0, "headHash": ""}})", AnchorState::Intact, true},
    };
    for (const Case &c : cases) {
        auto s = signer.sign(c.document);
        QVERIFY2(s.ok(), c.name);
        auto v = compliance::verifyReport(*ctx, c.document, s->signature, pem);
        QVERIFY2(v.ok(), c.name);
        QVERIFY2(v->signatureValid, c.name);
        QVERIFY2(v->anchor == c.state, c.name);
        QVERIFY2(v->historyChecked == c.checked, c.name);
        QVERIFY2(v->historyIntact == (c.state == AnchorState::Intact), c.name);
    }

    // A report over an empty history holds while the history grows.
    const QByteArray empty = R"({"history": {"entries": 0, "headSeq": 0, "headHash": ""}})";
    const QByteArray sig = signer.sign(empty)->signature;
    appendRotations(*ctx, 2);
    QCOMPARE(compliance::verifyReport(*ctx, empty, sig, pem)->anchor, AnchorState::Intact);

    // A report that counts other entries than its head says.
    compliance::HistoryAnchor miscounted = compliance::currentHistoryAnchor(*ctx).value();
    QCOMPARE(miscounted.entries, qint64(2));
    miscounted.entries = 5;
    const QByteArray doc = reportWith(miscounted);
    auto v = compliance::verifyReport(*ctx, doc, signer.sign(doc)->signature, pem);
    QVERIFY(v.ok());
    QCOMPARE(v->anchor, AnchorState::EntriesDiffer);
    QVERIFY(v->historyChecked);
    QVERIFY(!v->historyIntact);

    // The report over the empty history fails once the chain breaks.
    ctx.reset(); // closes the catalog (the signer is not used past here)
    test::execSql(catalog::Catalog::defaultPath(dataDir()),
                  {QStringLiteral("DROP TRIGGER history_append_only_update"),
                   QStringLiteral("UPDATE history SET result = 'failed' WHERE seq = 1")});
    ctx = context();
    auto broken = compliance::verifyReport(*ctx, empty, sig, pem);
    QVERIFY(broken.ok());
    QCOMPARE(broken->anchor, AnchorState::ChainBroken);
    QCOMPARE(broken->badSeq, qint64(1));
}

void TestReportSign::vaultMustBeNamedWhenNotObvious()
{
    auto ctx = context();
    compliance::ReportSigner signer(*ctx);
    auto none = signer.sign("x");
    QCOMPARE(none.error().code, ErrorCode::NotFound);
    QCOMPARE(none.error().reason, Reason::SigningVaultNone);
    QCOMPARE(signer.publicKeys().error().reason, Reason::SigningVaultNone);

    addVault(QStringLiteral("first"));
    addVault(QStringLiteral("second"));
    keystore::StoreConfig token;
    token.name = QStringLiteral("hsm");
    token.kind = QStringLiteral("pkcs11");
    token.pkcs11.name = token.name;
    token.pkcs11.modulePath = QStringLiteral("/nonexistent/module.so");
    token.pkcs11.tokenLabel = QStringLiteral("token");
    QVERIFY(ctx->registry().add(token).ok());

    auto several = signer.sign("x");
    QCOMPARE(several.error().reason, Reason::SigningVaultAmbiguous);
    QCOMPARE(several.error().args, QStringList{QStringLiteral("first, second")});
    QCOMPARE(signer.publicKeyPem().error().reason, Reason::SigningVaultAmbiguous);
    auto notLocal = signer.sign("x", QStringLiteral("hsm"));
    QCOMPARE(notLocal.error().reason, Reason::SigningVaultNotLocal);
    QCOMPARE(notLocal.error().args, QStringList{QStringLiteral("hsm")});
    auto missing = signer.sign("x", QStringLiteral("nope"));
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QCOMPARE(missing.error().reason, Reason::StoreNotFound);

    // Named, it works; the other vault has no key until asked for one, and verifying makes none.
    auto named = signer.sign("x", QStringLiteral("second"));
    QVERIFY(named.ok());
    QVERIFY(named->keyId.startsWith(QStringLiteral("vault://second/")));
    auto noKey = signer.publicKeys(QStringLiteral("first"));
    QCOMPARE(noKey.error().code, ErrorCode::NotFound);
    QCOMPARE(noKey.error().reason, Reason::KeyNotFound);
    QCOMPARE(noKey.error().args, (QStringList{QStringLiteral("first"), compliance::ReportSigner::keyName()}));
    QCOMPARE(signer.publicKeys(QStringLiteral("first")).error().code, ErrorCode::NotFound);
    auto keys = signer.publicKeys(QStringLiteral("second"));
    QVERIFY(keys.ok());
    QCOMPARE(keys->size(), 1);
    QCOMPARE(keys->first().keyId, named->keyId);
}

void TestReportSign::keyRotatesAndOldReportsStillVerify()
{
    addVault(QStringLiteral("main"));
    auto ctx = context();
    compliance::ReportSigner signer(*ctx);
    const QByteArray oldReport = R"({"history": {"entries": 0, "headSeq": 0, "headHash": ""}})";
    auto first = signer.sign(oldReport);
    QVERIFY(first.ok());
    const QByteArray firstPem = signer.publicKeyPem().value();

    // A month before the two years are up the policy makes a new version; the old one signs no more.
    m_clock.advance(qint64(365 + 365 - 40) * 86400);
    auto stillFirst = signer.sign(oldReport);
    QVERIFY(stillFirst.ok());
    QCOMPARE(stillFirst->keyId, first->keyId);
    m_clock.advance(qint64(15) * 86400);
    const QByteArray newReport = R"({"history": {"entries": 0, "headSeq": 0, "headHash": ""}, "n": 2})";
    auto second = signer.sign(newReport);
    QVERIFY(second.ok());
    QVERIFY(second->keyId != first->keyId);
    const QByteArray secondPem = signer.publicKeyPem().value();
    QVERIFY(secondPem != firstPem);

    int audited = 0;
    const auto audit = (*ctx->catalog())->auditLog();
    QVERIFY(audit.ok());
    for (const catalog::AuditEntry &a : *audit)
        audited += a.action == QLatin1String("report.signing-key");
    QCOMPARE(audited, 2);

    // Every version's public key stays, newest first, so a report signed before the rotation still verifies.
    auto keys = signer.publicKeys();
    QVERIFY(keys.ok());
    QCOMPARE(keys->size(), 2);
    QCOMPARE(keys->at(0).keyId, second->keyId);
    QCOMPARE(keys->at(1).keyId, first->keyId);
    auto old = compliance::verifyReport(*ctx, oldReport, first->signature, *keys);
    QVERIFY(old.ok());
    QVERIFY(old->signatureValid);
    QCOMPARE(old->keyId, first->keyId);
    auto fresh = compliance::verifyReport(*ctx, newReport, second->signature, *keys);
    QVERIFY(fresh->signatureValid);
    QCOMPARE(fresh->keyId, second->keyId);
    QVERIFY(!compliance::verifyReport(*ctx, newReport, second->signature, firstPem)->signatureValid);
    QVERIFY(!compliance::verifyReport(*ctx, newReport, first->signature, *keys)->signatureValid);
}

void TestReportSign::refusals()
{
    addVault(QStringLiteral("main"));
    addVault(QStringLiteral("other"));
    auto ctx = context();
    {
        compliance::ReportSigner signer(*ctx);
        auto made = signer.sign("x", QStringLiteral("main"));
        QVERIFY(made.ok());
    }
    const QString path = keystore::LocalVault::pathFor(dataDir(), QStringLiteral("main"));
    auto vault = keystore::LocalVault::open(path, m_secrets, &m_prompt, m_clock);
    QVERIFY(vault.ok());
    const QString version = (*vault)->keyVersion(compliance::ReportSigner::keyName())->version;
    QVERIFY((*vault)->setVersionEnabled(compliance::ReportSigner::keyName(), version, false).ok());
    {
        compliance::ReportSigner signer(*ctx);
        auto disabled = signer.sign("x", QStringLiteral("main"));
        QCOMPARE(disabled.error().code, ErrorCode::KeyDisabled);
        QCOMPARE(disabled.error().reason, Reason::KeyVersionDisabled);
        QCOMPARE(disabled.error().args,
                 (QStringList{QStringLiteral("main"), compliance::ReportSigner::keyName(), version}));
        // Its public key still checks what it signed.
        QVERIFY(signer.publicKeys(QStringLiteral("main")).ok());
    }

    // A key of that name made for something else is not taken over.
    auto other = keystore::LocalVault::open(keystore::LocalVault::pathFor(dataDir(), QStringLiteral("other")),
                                            m_secrets, &m_prompt, m_clock);
    QVERIFY(other.ok());
    QVERIFY((*other)->createKey({compliance::ReportSigner::keyName(), keystore::KeyKind::Rsa, 2048}).ok());
    compliance::ReportSigner signer(*ctx);
    auto wrapOnly = signer.sign("x", QStringLiteral("other"));
    QCOMPARE(wrapOnly.error().code, ErrorCode::Forbidden);
    QCOMPARE(wrapOnly.error().reason, Reason::KeyOperationMissing);
}

void TestReportSign::writeRefusesSymbolicLinks()
{
    const compliance::SignedReport sig{QStringLiteral("vault://main/keys/k/1"), QByteArray(384, 's')};
    const QString target = file(QStringLiteral("elsewhere"));
    test::writeFile(target, "keep me");
    const QString path = file(QStringLiteral("report.json"));

    QVERIFY(QFile::link(target, path + QStringLiteral(".sig")));
    Status st = compliance::writeSignedReport(path, "{}", sig);
    QCOMPARE(st.error().code, ErrorCode::Forbidden);
    QCOMPARE(st.error().reason, Reason::OutputIsSymlink);
    QCOMPARE(st.error().args.value(0), path + QStringLiteral(".sig"));
    QVERIFY(!QFile::exists(path)); // refused before the report was written
    QCOMPARE(test::readFile(target), QByteArray("keep me"));
    QVERIFY(QFile::remove(path + QStringLiteral(".sig")));

    QVERIFY(QFile::link(target, path));
    st = compliance::writeSignedReport(path, "{}", sig);
    QCOMPARE(st.error().reason, Reason::OutputIsSymlink);
    QVERIFY(!QFile::exists(path + QStringLiteral(".sig")));
    QCOMPARE(test::readFile(target), QByteArray("keep me"));
    QVERIFY(QFile::remove(path));

    // Replaces what is there, whole.
    test::writeFile(path, "old report");
    QVERIFY(compliance::writeSignedReport(path, "{}", sig).ok());
    QCOMPARE(test::readFile(path), QByteArray("{}"));
    QCOMPARE(test::readFile(path + QStringLiteral(".sig")), sig.signature);
    QCOMPARE(compliance::writeSignedReport(file(QStringLiteral("no/such/dir/r.json")), "{}", sig).error().reason,
             Reason::OutputNotWritten);
}

void TestReportSign::keywardctlVerifyAndSigningKey()
{
    // Nothing to keep the key in yet.
    test::CtlRun r = ctl({QStringLiteral("report"), QStringLiteral("signing-key"), QStringLiteral("--json")});
    QVERIFY(r.status != 0);
    QCOMPARE(r.errorReason(), QStringLiteral("signing-vault-none"));

    addVault(QStringLiteral("main"));
    {
        auto ctx = context();
        appendRotations(*ctx, 2);
    }
    // The exported key is the one that signs, and openssl verifies with it.
    const QString pemPath = file(QStringLiteral("report-signing.pem"));
    r = ctl({QStringLiteral("report"), QStringLiteral("signing-key"), QStringLiteral("--out"), pemPath});
    KW_COMPARE_STATUS(r, 0);
    const QByteArray exported = test::readFile(pemPath);
    QVERIFY(exported.startsWith("-----BEGIN PUBLIC KEY-----"));
    r = ctl({QStringLiteral("report"), QStringLiteral("signing-key")});
    KW_COMPARE_STATUS(r, 0);
    QCOMPARE(r.out, exported);

    const QString path = file(QStringLiteral("report.json"));
    QByteArray document;
    {
        auto ctx = context();
        document = reportWith(compliance::currentHistoryAnchor(*ctx).value());
        compliance::ReportSigner signer(*ctx);
        auto s = signer.sign(document);
        QVERIFY(s.ok());
        QCOMPARE(signer.publicKeyPem().value(), exported);
        QVERIFY(compliance::writeSignedReport(path, document, *s).ok());
    }
    QByteArray output;
    QCOMPARE(openssl(opensslVerify(pemPath, path), &output), 0);
    QVERIFY2(output.contains("Verified OK"), output.constData());

    const QStringList verify{QStringLiteral("report"), QStringLiteral("verify"), path};
    r = ctl(verify + QStringList{QStringLiteral("--json")});
    KW_COMPARE_STATUS(r, 0);
    QJsonObject o = r.json().object();
    QVERIFY(o.value(QStringLiteral("signature_valid")).toBool());
    QVERIFY(o.value(QStringLiteral("history_intact")).toBool());
    QCOMPARE(o.value(QStringLiteral("history")).toString(), QStringLiteral("intact"));
    QCOMPARE(o.value(QStringLiteral("head_seq")).toInt(), 2);
    QVERIFY(o.value(QStringLiteral("key_id"))
                .toString()
                .startsWith(QStringLiteral("vault://main/keys/keyward-report-signing/")));
    r = ctl(verify);
    KW_COMPARE_STATUS(r, 0);
    QVERIFY(!r.out.isEmpty());
    r = ctl(verify +
            QStringList{QStringLiteral("--public-key"), pemPath, QStringLiteral("--vault"), QStringLiteral("main")});
    KW_COMPARE_STATUS(r, 2); // one or the other
    r = ctl(verify + QStringList{QStringLiteral("--public-key"), pemPath, QStringLiteral("--json")});
    KW_COMPARE_STATUS(r, 0);
    QVERIFY(r.json().object().value(QStringLiteral("key_id")).isNull());
    KW_COMPARE_STATUS(ctl(verify + QStringList{QStringLiteral("--vault"), QStringLiteral("main")}), 0);

    // A signature elsewhere.
    const QString moved = file(QStringLiteral("sig.bin"));
    QVERIFY(QFile::rename(path + QStringLiteral(".sig"), moved));
    r = ctl(verify + QStringList{QStringLiteral("--json")});
    QCOMPARE(r.status, 1);
    QCOMPARE(r.errorReason(), QStringLiteral("input-not-read"));
    KW_COMPARE_STATUS(ctl(verify + QStringList{QStringLiteral("--signature"), moved}), 0);
    QVERIFY(QFile::rename(moved, path + QStringLiteral(".sig")));

    // One byte changed: the signature does not verify (5), for openssl as for keywardctl.
    QByteArray altered = document;
    altered[altered.size() / 2] = char(altered[altered.size() / 2] ^ 0x20);
    test::writeFile(path, altered);
    QVERIFY(openssl(opensslVerify(pemPath, path), &output) != 0);
    r = ctl(verify + QStringList{QStringLiteral("--json")});
    KW_COMPARE_STATUS(r, 5);
    QVERIFY(!r.json().object().value(QStringLiteral("signature_valid")).toBool());
    QCOMPARE(r.json().object().value(QStringLiteral("history")).toString(), QStringLiteral("not-checked"));
    KW_COMPARE_STATUS(ctl(verify + QStringList{QStringLiteral("--public-key"), pemPath}), 5);
    test::writeFile(path, document);
    KW_COMPARE_STATUS(ctl(verify), 0);

    // The history rewritten after the report was signed (the last entry dropped, the head moved back): 3.
    test::execSql(catalog::Catalog::defaultPath(dataDir()),
                  {QStringLiteral("DROP TRIGGER history_append_only_delete"),
                   QStringLiteral("DELETE FROM history WHERE seq = 2"),
                   QStringLiteral("UPDATE history_head SET seq = 1, hash = (SELECT hash FROM history WHERE seq = 1)")});
    KW_COMPARE_STATUS(ctl({QStringLiteral("history"), QStringLiteral("verify")}), 0); // the chain alone cannot tell
    r = ctl(verify + QStringList{QStringLiteral("--json")});
    KW_COMPARE_STATUS(r, 3);
    o = r.json().object();
    QVERIFY(o.value(QStringLiteral("signature_valid")).toBool());
    QVERIFY(o.value(QStringLiteral("history_checked")).toBool());
    QVERIFY(!o.value(QStringLiteral("history_intact")).toBool());
    QCOMPARE(o.value(QStringLiteral("history")).toString(), QStringLiteral("head-missing"));
    KW_COMPARE_STATUS(ctl(verify), 3);

    // Usage.
    KW_COMPARE_STATUS(ctl({QStringLiteral("report"), QStringLiteral("verify")}), 2);
    KW_COMPARE_STATUS(ctl({QStringLiteral("report"), QStringLiteral("nonsense")}), 2);
    KW_COMPARE_STATUS(ctl({QStringLiteral("report"), QStringLiteral("verify"), QStringLiteral("--help")}), 0);
}

void TestReportSign::everyOutcomeIsWorded()
{
    for (Reason r : {Reason::SigningVaultNone, Reason::SigningVaultAmbiguous, Reason::SigningVaultNotLocal}) {
        const Error e = Error::because(ErrorCode::NotFound, r, {QStringLiteral("a, b")}, QStringLiteral("FALLBACK"));
        const QString text = services::Messages::full(e);
        QVERIFY2(!text.contains(QStringLiteral("FALLBACK")), qPrintable(reasonName(r)));
        QVERIFY2(!text.contains(QLatin1Char('%')), qPrintable(text));
        QVERIFY(!services::Messages::remedy(e).isEmpty());
        QVERIFY2(reasonName(r) != QLatin1String("unknown"), qPrintable(text));
    }
    QSet<QString> lines;
    for (AnchorState state :
         {AnchorState::NotChecked, AnchorState::NoAnchor, AnchorState::Malformed, AnchorState::Intact,
          AnchorState::ChainBroken, AnchorState::HeadMissing, AnchorState::HeadDiffers, AnchorState::EntriesDiffer}) {
        compliance::ReportVerification v;
        v.anchor = state;
        v.headSeq = 7;
        v.entries = 7;
        v.badSeq = 3;
        v.headHash = QByteArray(32, '\x11');
        const QString line = services::Messages::reportHistory(v);
        QVERIFY(!line.isEmpty());
        QVERIFY2(!line.contains(QLatin1Char('%')), qPrintable(line));
        lines.insert(line);
    }
    QCOMPARE(lines.size(), 8); // each outcome says something of its own
}

QTEST_GUILESS_MAIN(TestReportSign)
#include "tst_reportsign.moc"

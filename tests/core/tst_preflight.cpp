// TestPreflight: the assignment check list as pure functions: each check's state, code and reason, over
// tables of workspaces, store properties and key versions at a fixed time.
#include "services/Messages.h"
#include "services/Preflight.h"

#include <QTest>

using namespace keyward;
using namespace keyward::services;

Q_DECLARE_METATYPE(keyward::services::CheckState)
Q_DECLARE_METATYPE(keyward::services::CheckId)
Q_DECLARE_METATYPE(keyward::keystore::KeyVersionInfo)
Q_DECLARE_METATYPE(keyward::ErrorCode)
Q_DECLARE_METATYPE(keyward::Reason)
Q_DECLARE_METATYPE(keyward::model::Feature)

namespace {

const QDateTime Now = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

keystore::KeyVersionInfo goodVersion()
{
    keystore::KeyVersionInfo v;
    v.id = QStringLiteral("vault://v/keys/k/0123");
    v.name = QStringLiteral("k");
    v.version = QStringLiteral("0123");
    v.kind = keystore::KeyKind::Rsa;
    v.bits = 3072;
    v.created = Now.addDays(-10);
    v.operations = {QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")};
    return v;
}

const PreflightCheck *findIn(const QList<PreflightCheck> &checks, CheckId id)
{
    for (const PreflightCheck &c : checks)
        if (c.id == id)
            return &c;
    return nullptr;
}

} // namespace

class TestPreflight : public QObject
{
    Q_OBJECT

private slots:
    void plan();
    void storeProtection_data();
    void storeProtection();
    void keyVersion_data();
    void keyVersion();
    void keyFound();
    void listOrderAndFirstFailure();
    void versionPinned_data();
    void versionPinned();
    void everyReasonHasWords();
};

void TestPreflight::plan()
{
    const PreflightCheck premium = checkPlan(model::Workspace(QStringLiteral("ws1"), model::Plan::Premium));
    QCOMPARE(premium.state, CheckState::Pass);
    const PreflightCheck standard = checkPlan(model::Workspace(QStringLiteral("ws1"), model::Plan::Standard));
    QCOMPARE(standard.state, CheckState::Fail);
    QCOMPARE(standard.problem.code, ErrorCode::Forbidden);
    QCOMPARE(standard.problem.reason, Reason::PlanNotPremium);
    QCOMPARE(standard.problem.args, QStringList{QStringLiteral("ws1")});
}

void TestPreflight::storeProtection_data()
{
    QTest::addColumn<bool>("softDelete");
    QTest::addColumn<bool>("purgeProtection");
    QTest::addColumn<CheckState>("softState");
    QTest::addColumn<CheckState>("purgeState");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("recoveryLevel");
    const QString local = QStringLiteral("local");
    QTest::newRow("both on") << true << true << CheckState::Pass << CheckState::Pass << local << QString();
    QTest::newRow("purge off") << true << false << CheckState::Pass << CheckState::Fail << local << QString();
    QTest::newRow("soft delete off") << false << true << CheckState::Fail << CheckState::Pass << local << QString();
    QTest::newRow("both off") << false << false << CheckState::Fail << CheckState::Fail << local << QString();
    // An Azure vault with no key yet cannot say its protection: a warning, not a refusal.
    QTest::newRow("azure, level unknown")
        << true << false << CheckState::Pass << CheckState::Warn << QStringLiteral("azure-keyvault") << QString();
    QTest::newRow("azure, purgeable") << true << false << CheckState::Pass << CheckState::Fail
                                      << QStringLiteral("managed-hsm") << QStringLiteral("Recoverable+Purgeable");
}

void TestPreflight::storeProtection()
{
    QFETCH(bool, softDelete);
    QFETCH(bool, purgeProtection);
    QFETCH(CheckState, softState);
    QFETCH(CheckState, purgeState);
    QFETCH(QString, kind);
    QFETCH(QString, recoveryLevel);
    keystore::StoreProperties p;
    p.kind = kind;
    p.recoveryLevel = recoveryLevel;
    p.softDelete = softDelete;
    p.purgeProtection = purgeProtection;
    const QList<PreflightCheck> checks = checkStoreProtection(QStringLiteral("vault-a"), p);
    QCOMPARE(checks.size(), 2);
    QCOMPARE(findIn(checks, CheckId::StoreSoftDelete)->state, softState);
    QCOMPARE(findIn(checks, CheckId::StorePurgeProtection)->state, purgeState);
    for (const PreflightCheck &c : checks) {
        if (c.state == CheckState::Warn)
            QCOMPARE(c.problem.reason, Reason::RecoveryLevelUnknown);
        if (c.state != CheckState::Fail)
            continue;
        QCOMPARE(c.problem.code, ErrorCode::Forbidden);
        QVERIFY(c.problem.reason == Reason::StoreSoftDeleteOff || c.problem.reason == Reason::StorePurgeProtectionOff);
        QCOMPARE(c.problem.args, QStringList{QStringLiteral("vault-a")});
    }
}

void TestPreflight::keyVersion_data()
{
    QTest::addColumn<keystore::KeyVersionInfo>("version");
    QTest::addColumn<CheckId>("check");
    QTest::addColumn<CheckState>("state");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<Reason>("reason");

    const keystore::KeyVersionInfo good = goodVersion();
    QTest::newRow("good") << good << CheckId::KeyEnabled << CheckState::Pass << ErrorCode::InvalidArgument
                          << Reason::None;
    auto v = good;
    v.enabled = false;
    QTest::newRow("disabled") << v << CheckId::KeyEnabled << CheckState::Fail << ErrorCode::KeyDisabled
                              << Reason::KeyVersionDisabled;
    v = good;
    v.expires = Now.addSecs(-1);
    QTest::newRow("expired a second ago")
        << v << CheckId::KeyInDate << CheckState::Fail << ErrorCode::KeyExpired << Reason::KeyVersionExpired;
    v.expires = Now;
    QTest::newRow("expires now") << v << CheckId::KeyInDate << CheckState::Fail << ErrorCode::KeyExpired
                                 << Reason::KeyVersionExpired;
    v.expires = Now.addDays(10);
    QTest::newRow("expires in 10 days") << v << CheckId::KeyInDate << CheckState::Warn << ErrorCode::KeyExpired
                                        << Reason::KeyVersionExpiresSoon;
    v.expires = Now.addDays(ExpiryWarningDays + 1);
    QTest::newRow("expires in a while") << v << CheckId::KeyInDate << CheckState::Pass << ErrorCode::InvalidArgument
                                        << Reason::None;
    v = good;
    v.notBefore = Now.addSecs(60);
    QTest::newRow("not yet valid") << v << CheckId::KeyInDate << CheckState::Fail << ErrorCode::KeyNotYetValid
                                   << Reason::KeyVersionNotYetValid;
    v.notBefore = Now;
    QTest::newRow("valid from now") << v << CheckId::KeyInDate << CheckState::Pass << ErrorCode::InvalidArgument
                                    << Reason::None;
    v = good;
    v.operations = {QStringLiteral("wrapKey")};
    QTest::newRow("no unwrapKey") << v << CheckId::KeyOperations << CheckState::Fail << ErrorCode::Forbidden
                                  << Reason::KeyOperationMissing;
    v.operations = {QStringLiteral("encrypt"), QStringLiteral("decrypt")};
    QTest::newRow("encrypt only") << v << CheckId::KeyOperations << CheckState::Fail << ErrorCode::Forbidden
                                  << Reason::KeyOperationMissing;
    const QList<QPair<keystore::KeyKind, int>> types = {{keystore::KeyKind::Rsa, 1024},
                                                        {keystore::KeyKind::Rsa, 8192},
                                                        {keystore::KeyKind::Aes, 128},
                                                        {keystore::KeyKind::Aes, 192}};
    for (const auto &[kind, bits] : types) {
        v = good;
        v.kind = kind;
        v.bits = bits;
        QTest::addRow("%s-%d", qPrintable(keystore::keyKindName(kind)), bits)
            << v << CheckId::KeyType << CheckState::Fail << ErrorCode::Forbidden << Reason::KeyTypeUnsupported;
    }
    for (const auto &[kind, bits] : QList<QPair<keystore::KeyKind, int>>{
             {keystore::KeyKind::Rsa, 2048}, {keystore::KeyKind::Rsa, 4096}, {keystore::KeyKind::Aes, 256}}) {
        v = good;
        v.kind = kind;
        v.bits = bits;
        QTest::addRow("%s-%d ok", qPrintable(keystore::keyKindName(kind)), bits)
            << v << CheckId::KeyType << CheckState::Pass << ErrorCode::InvalidArgument << Reason::None;
    }
}

void TestPreflight::keyVersion()
{
    QFETCH(keystore::KeyVersionInfo, version);
    QFETCH(CheckId, check);
    QFETCH(CheckState, state);
    QFETCH(ErrorCode, code);
    QFETCH(Reason, reason);
    const QList<PreflightCheck> checks =
        checkKeyVersion({QStringLiteral("vault-a"), QStringLiteral("k"), QString()}, version, Now);
    QCOMPARE(checks.size(), 4); // enabled, in date, operations, type: every one, always
    const PreflightCheck *c = findIn(checks, check);
    QVERIFY(c);
    QCOMPARE(c->state, state);
    if (state != CheckState::Pass) {
        QCOMPARE(c->problem.code, code);
        QCOMPARE(c->problem.reason, reason);
        QCOMPARE(c->problem.args.mid(0, 3),
                 (QStringList{QStringLiteral("vault-a"), QStringLiteral("k"), version.version}));
        QVERIFY(!Messages::describe(c->problem).isEmpty());
    }
    // The rest of the checks pass: each rule judges one thing.
    for (const PreflightCheck &other : checks)
        if (other.id != check)
            QVERIFY2(other.state == CheckState::Pass, qPrintable(checkIdName(other.id)));
    // The key-version rules are the same ones the stores and jobs apply.
    const bool usable = version.usableFor(QStringLiteral("wrapKey"), Now).ok() &&
                        version.usableFor(QStringLiteral("unwrapKey"), Now).ok();
    const bool stateOk = check == CheckId::KeyType || state != CheckState::Fail;
    QCOMPARE(usable, stateOk);
}

void TestPreflight::keyFound()
{
    const KeyRef newest{QStringLiteral("vault-a"), QStringLiteral("k"), QString()};
    const KeyRef pinned{QStringLiteral("vault-a"), QStringLiteral("k"), QStringLiteral("abcd")};
    QCOMPARE(checkKeyFound(newest, goodVersion()).state, CheckState::Pass);
    const Result<keystore::KeyVersionInfo> missing = Error::make(ErrorCode::NotFound, QStringLiteral("no such key"));
    const PreflightCheck noKey = checkKeyFound(newest, missing);
    QCOMPARE(noKey.state, CheckState::Fail);
    QCOMPARE(noKey.problem.reason, Reason::KeyNotFound);
    const PreflightCheck noVersion = checkKeyFound(pinned, missing);
    QCOMPARE(noVersion.problem.reason, Reason::KeyVersionNotFound);
    QCOMPARE(noVersion.problem.args.last(), QStringLiteral("abcd"));
    // Other store errors keep their own code (a locked token is not a missing key).
    const Result<keystore::KeyVersionInfo> locked = Error::make(ErrorCode::Locked, QStringLiteral("token locked"));
    const PreflightCheck l = checkKeyFound(newest, locked);
    QCOMPARE(l.problem.code, ErrorCode::Locked);
    QCOMPARE(l.problem.reason, Reason::None);
}

void TestPreflight::listOrderAndFirstFailure()
{
    CheckList list;
    list.checks << checkPlan(model::Workspace(QStringLiteral("ws1"), model::Plan::Premium));
    auto v = goodVersion();
    v.enabled = false;
    v.bits = 1024;
    list.checks << checkKeyVersion({QStringLiteral("s"), QStringLiteral("k"), {}}, v, Now);
    QVERIFY(!list.passed());
    QCOMPARE(list.firstFailure()->reason, Reason::KeyVersionDisabled); // the first in fixing order
    list.completeWithNotRun();
    QCOMPARE(list.find(CheckId::WrapRoundTrip)->state, CheckState::NotRun);
    QCOMPARE(list.find(CheckId::StoreReachable)->state, CheckState::NotRun);
    QCOMPARE(list.checks.size(), allCheckIds().size());
    QCOMPARE(list.find(CheckId::KeyVersionPinned)->state, CheckState::NotRun);
    const QJsonArray json = list.toJson();
    QCOMPARE(json.size(), 11);
    QCOMPARE(json.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("plan-premium"));
    QCOMPARE(json.at(1).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("key-version-disabled"));
}

void TestPreflight::everyReasonHasWords()
{
    // Every reason a service can give is worded (a new reason without words falls back to English detail).
    for (int r = int(Reason::WorkspaceNameInvalid); r <= int(Reason::LastReason); ++r) {
        const Error e = Error::because(
            ErrorCode::Forbidden, Reason(r),
            {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")},
            QStringLiteral("FALLBACK"));
        const QString text = Messages::full(e);
        QVERIFY2(!text.contains(QStringLiteral("FALLBACK")), qPrintable(reasonName(Reason(r))));
        QVERIFY2(!text.contains(QLatin1Char('%')), qPrintable(text));
        QVERIFY2(reasonName(Reason(r)) != QLatin1String("unknown"), qPrintable(QString::number(r)));
    }
}

void TestPreflight::versionPinned_data()
{
    QTest::addColumn<model::Feature>("feature");
    QTest::addColumn<bool>("followsLatest");
    QTest::addColumn<bool>("rotatesDisks");
    QTest::addColumn<CheckState>("state");
    QTest::newRow("managed services, pinned") << model::Feature::ManagedServices << false << false << CheckState::Pass;
    QTest::newRow("managed services, newest") << model::Feature::ManagedServices << true << true << CheckState::Fail;
    QTest::newRow("dbfs root, newest") << model::Feature::DbfsRoot << true << false << CheckState::Fail;
    QTest::newRow("disks, pinned") << model::Feature::ManagedDisks << false << false << CheckState::Pass;
    QTest::newRow("disks, newest, rotated") << model::Feature::ManagedDisks << true << true << CheckState::Pass;
    QTest::newRow("disks, newest, not rotated") << model::Feature::ManagedDisks << true << false << CheckState::Fail;
}

void TestPreflight::versionPinned()
{
    QFETCH(model::Feature, feature);
    QFETCH(bool, followsLatest);
    QFETCH(bool, rotatesDisks);
    QFETCH(CheckState, state);
    const KeyRef ref{QStringLiteral("kv"), QStringLiteral("k"), {}};
    const PreflightCheck c = checkVersionPinned(QStringLiteral("ws1"), feature, ref, followsLatest, rotatesDisks);
    QCOMPARE(c.id, CheckId::KeyVersionPinned);
    QCOMPARE(c.state, state);
    if (state == CheckState::Fail) {
        QCOMPARE(c.problem.reason, Reason::KeyVersionNotPinned);
        QCOMPARE(c.problem.args, QStringList({QStringLiteral("ws1"), model::featureId(feature), QStringLiteral("kv"),
                                              QStringLiteral("k")}));
    }
}

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"

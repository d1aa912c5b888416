// TestInput: the grammars of util/Input (numbers, durations, dates, booleans, repeated keys, passphrase length) and
// the rotation-policy JSON check of services/KeyOptions, as tables of what is accepted and what is refused with
// which reason.
#include "TestSupport.h"

#include "services/KeyOptions.h"
#include "services/Messages.h"
#include "util/Input.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace keyward;

Q_DECLARE_METATYPE(keyward::Reason)

namespace {

const QString kOpt = QStringLiteral("--opt");

} // namespace

class TestInput : public QObject
{
    Q_OBJECT

private slots:
    void integers_data();
    void integers();
    void durations_data();
    void durations();
    void dates_data();
    void dates();
    void booleans_data();
    void booleans();
    void repeatedKeys();
    void passphraseLength();
    void policyJson_data();
    void policyJson();
    void reasonsHaveNamesAndWords();
};

void TestInput::integers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("min");
    QTest::addColumn<qint64>("max");
    QTest::addColumn<qint64>("value");  // when accepted
    QTest::addColumn<Reason>("reason"); // None: accepted
    QTest::newRow("plain") << "8" << qint64(1) << qint64(64) << qint64(8) << Reason::None;
    QTest::newRow("low bound") << "1" << qint64(1) << qint64(64) << qint64(1) << Reason::None;
    QTest::newRow("high bound") << "64" << qint64(1) << qint64(64) << qint64(64) << Reason::None;
    QTest::newRow("negative allowed") << "-5" << qint64(-10) << qint64(10) << qint64(-5) << Reason::None;
    QTest::newRow("leading zeros") << "007" << qint64(1) << qint64(64) << qint64(7) << Reason::None;
    QTest::newRow("-1") << "-1" << qint64(1) << qint64(64) << qint64(0) << Reason::InputOutOfRange;
    QTest::newRow("0") << "0" << qint64(1) << qint64(64) << qint64(0) << Reason::InputOutOfRange;
    QTest::newRow("100000") << "100000" << qint64(1) << qint64(64) << qint64(0) << Reason::InputOutOfRange;
    QTest::newRow("overflow") << "99999999999999999999999" << qint64(1) << qint64(64) << qint64(0)
                              << Reason::InputOutOfRange;
    QTest::newRow("abc") << "abc" << qint64(1) << qint64(64) << qint64(0) << Reason::InputNotANumber;
    QTest::newRow("empty") << "" << qint64(1) << qint64(64) << qint64(0) << Reason::InputNotANumber;
    QTest::newRow("minus only") << "-" << qint64(1) << qint64(64) << qint64(0) << Reason::InputNotANumber;
    QTest::newRow("plus") << "+5" << qint64(1) << qint64(64) << qint64(0) << Reason::InputNotANumber;
    QTest::newRow("space") << " 5" << qint64(1) << qint64(64) << qint64(0) << Reason::InputNotANumber;
    QTest::newRow("decimal") << "5.0" << qint64(1) << qint64(64) << qint64(0) << Reason::InputNotANumber;
    QTest::newRow("exponent") << "1e3" << qint64(1) << qint64(10000) << qint64(0) << Reason::InputNotANumber;
    QTest::newRow("hex") << "0x10" << qint64(1) << qint64(64) << qint64(0) << Reason::InputNotANumber;
    QTest::newRow("nan") << "nan" << qint64(1) << qint64(64) << qint64(0) << Reason::InputNotANumber;
    QTest::newRow("inf") << "inf" << qint64(1) << qint64(64) << qint64(0) << Reason::InputNotANumber;
    QTest::newRow("arabic digits") << QString::fromUtf8("\u0665") << qint64(1) << qint64(64) << qint64(0)
                                   << Reason::InputNotANumber;
    QTest::newRow("suffix") << "12abc" << qint64(1) << qint64(64) << qint64(0) << Reason::InputNotANumber;
}

void TestInput::integers()
{
    QFETCH(QString, text);
    QFETCH(qint64, min);
    QFETCH(qint64, max);
    QFETCH(qint64, value);
    QFETCH(Reason, reason);
    const auto r = input::integer(kOpt, text, min, max);
    if (reason == Reason::None) {
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
        QCOMPARE(*r, value);
        return;
    }
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(r.error().reason, reason);
    QCOMPARE(r.error().args.value(0), kOpt); // the option is named
    if (reason == Reason::InputOutOfRange) {
        QCOMPARE(r.error().args.value(2), QString::number(min));
        QCOMPARE(r.error().args.value(3), QString::number(max));
    }
}

void TestInput::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds"); // when accepted
    QTest::addColumn<Reason>("reason");
    const qint64 h = 3600;
    QTest::newRow("plain hours") << "24" << 24 * h << Reason::None;
    QTest::newRow("zero") << "0" << qint64(0) << Reason::None;
    QTest::newRow("48h") << "48h" << 48 * h << Reason::None;
    QTest::newRow("30m") << "30m" << qint64(1800) << Reason::None;
    QTest::newRow("2d") << "2d" << 48 * h << Reason::None;
    QTest::newRow("90s") << "90s" << qint64(90) << Reason::None;
    QTest::newRow("1w") << "1w" << 7 * 24 * h << Reason::None;
    QTest::newRow("PT48H") << "PT48H" << 48 * h << Reason::None;
    QTest::newRow("P2D") << "P2D" << 48 * h << Reason::None;
    QTest::newRow("P1DT12H") << "P1DT12H" << 36 * h << Reason::None;
    QTest::newRow("PT1H30M") << "PT1H30M" << qint64(5400) << Reason::None;
    QTest::newRow("P1W") << "P1W" << 7 * 24 * h << Reason::None;
    QTest::newRow("abc") << "abc" << qint64(0) << Reason::InputNotADuration;
    QTest::newRow("-100") << "-100" << qint64(0) << Reason::InputNotADuration;
    QTest::newRow("nan") << "nan" << qint64(0) << Reason::InputNotADuration;
    QTest::newRow("inf") << "inf" << qint64(0) << Reason::InputNotADuration;
    QTest::newRow("empty") << "" << qint64(0) << Reason::InputNotADuration;
    QTest::newRow("decimal") << "1.5" << qint64(0) << Reason::InputNotADuration;
    QTest::newRow("decimal hours") << "1.5h" << qint64(0) << Reason::InputNotADuration;
    QTest::newRow("upper unit") << "48H" << qint64(0) << Reason::InputNotADuration;
    QTest::newRow("two units") << "1h30m" << qint64(0) << Reason::InputNotADuration;
    QTest::newRow("P alone") << "P" << qint64(0) << Reason::InputNotADuration;
    QTest::newRow("PT alone") << "PT" << qint64(0) << Reason::InputNotADuration;
    QTest::newRow("P1DT") << "P1DT" << qint64(0) << Reason::InputNotADuration;
    QTest::newRow("years") << "P1Y" << qint64(0) << Reason::InputNotADuration;
    QTest::newRow("months") << "P1M" << qint64(0) << Reason::InputNotADuration;
    QTest::newRow("negative ISO") << "-PT1H" << qint64(0) << Reason::InputNotADuration;
    QTest::newRow("above a year") << "9000" << qint64(0) << Reason::InputOutOfRange;
    QTest::newRow("overflow") << "99999999999999999999" << qint64(0) << Reason::InputOutOfRange;
    QTest::newRow("overflow with unit") << "9999999999999999w" << qint64(0) << Reason::InputOutOfRange;
    QTest::newRow("overflow ISO") << "P9999999999999999W" << qint64(0) << Reason::InputOutOfRange;
}

void TestInput::durations()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    QFETCH(Reason, reason);
    const auto r = input::duration(kOpt, text, input::DurationUnit::Hours, 0, 366 * 86400);
    if (reason == Reason::None) {
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
        QCOMPARE(*r, seconds);
        return;
    }
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(r.error().reason, reason);
    QCOMPARE(r.error().args.value(0), kOpt);
    if (reason == Reason::InputOutOfRange)
        QCOMPARE(r.error().args.value(3), QStringLiteral("366d"));
}

void TestInput::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc"); // ISO, when accepted
    QTest::addColumn<bool>("inPast");
    QTest::addColumn<Reason>("reason");
    // "now" is 2026-01-01T00:00:00Z.
    QTest::newRow("date only") << "2027-06-30"
                               << "2027-06-30T00:00:00Z" << false << Reason::None;
    QTest::newRow("Z") << "2027-06-30T12:34:56Z"
                       << "2027-06-30T12:34:56Z" << false << Reason::None;
    QTest::newRow("no seconds") << "2027-06-30T12:34Z"
                                << "2027-06-30T12:34:00Z" << false << Reason::None;
    QTest::newRow("no zone is UTC") << "2027-06-30T12:00:00"
                                    << "2027-06-30T12:00:00Z" << false << Reason::None;
    QTest::newRow("offset") << "2027-06-30T12:00:00+02:00"
                            << "2027-06-30T10:00:00Z" << false << Reason::None;
    QTest::newRow("negative offset") << "2027-06-30T23:00:00-05:00"
                                     << "2027-07-01T04:00:00Z" << false << Reason::None;
    QTest::newRow("fraction") << "2027-06-30T12:00:00.5Z"
                              << "2027-06-30T12:00:00.500Z" << false << Reason::None;
    QTest::newRow("leap day") << "2028-02-29"
                              << "2028-02-29T00:00:00Z" << false << Reason::None;
    QTest::newRow("past") << "2001-01-01"
                          << "2001-01-01T00:00:00Z" << true << Reason::None;
    QTest::newRow("hour 25") << "2027-06-30T25:00:00Z"
                             << "" << false << Reason::InputNotADate;
    QTest::newRow("hour 24") << "2027-06-30T24:00:00Z"
                             << "" << false << Reason::InputNotADate;
    QTest::newRow("minute 60") << "2027-06-30T12:60:00Z"
                               << "" << false << Reason::InputNotADate;
    QTest::newRow("second 60") << "2027-06-30T12:00:60Z"
                               << "" << false << Reason::InputNotADate;
    QTest::newRow("day 31 of June") << "2027-06-31"
                                    << "" << false << Reason::InputNotADate;
    QTest::newRow("Feb 29 2027") << "2027-02-29"
                                 << "" << false << Reason::InputNotADate;
    QTest::newRow("month 13") << "2027-13-01"
                              << "" << false << Reason::InputNotADate;
    QTest::newRow("month 0") << "2027-00-01"
                             << "" << false << Reason::InputNotADate;
    QTest::newRow("offset 15h") << "2027-06-30T12:00:00+15:00"
                                << "" << false << Reason::InputNotADate;
    QTest::newRow("before 1970") << "1969-12-31"
                                 << "" << false << Reason::InputNotADate;
    QTest::newRow("five-digit year") << "12027-06-30"
                                     << "" << false << Reason::InputNotADate;
    QTest::newRow("slashes") << "2027/06/30"
                             << "" << false << Reason::InputNotADate;
    QTest::newRow("words") << "tomorrow"
                           << "" << false << Reason::InputNotADate;
    QTest::newRow("empty") << ""
                           << "" << false << Reason::InputNotADate;
    QTest::newRow("trailing") << "2027-06-30x"
                              << "" << false << Reason::InputNotADate;
    QTest::newRow("one-digit month") << "2027-6-30"
                                     << "" << false << Reason::InputNotADate;
}

void TestInput::dates()
{
    QFETCH(QString, text);
    QFETCH(QString, utc);
    QFETCH(bool, inPast);
    QFETCH(Reason, reason);
    const QDateTime now(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const auto r = input::dateTime(kOpt, text, now);
    if (reason == Reason::None) {
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
        QCOMPARE(r->utc.timeSpec(), Qt::UTC);
        QCOMPARE(r->utc.toString(r->utc.time().msec() ? Qt::ISODateWithMs : Qt::ISODate), utc);
        QCOMPARE(r->inPast, inPast);
        QCOMPARE(r->dateOnly, !text.contains(QLatin1Char('T')));
        return;
    }
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(r.error().reason, reason);
    QCOMPARE(r.error().args, (QStringList{kOpt, text}));
}

void TestInput::booleans_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("value"); // -1: refused
    for (const char *t : {"on", "true", "yes", "ON", "Yes"})
        QTest::newRow(t) << QString::fromLatin1(t) << 1;
    for (const char *f : {"off", "false", "no", "OFF"})
        QTest::newRow(f) << QString::fromLatin1(f) << 0;
    for (const char *bad : {"", "1", "0", "y", "n", "enabled", "onn", " on"})
        QTest::newRow(qPrintable(QStringLiteral("bad '%1'").arg(QLatin1String(bad)))) << QString::fromLatin1(bad) << -1;
}

void TestInput::booleans()
{
    QFETCH(QString, text);
    QFETCH(int, value);
    const auto r = input::boolean(kOpt, text);
    if (value < 0) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().reason, Reason::InputNotABoolean);
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        return;
    }
    QVERIFY(r.ok());
    QCOMPARE(*r, value == 1);
}

void TestInput::repeatedKeys()
{
    auto ok = input::distinctKeys(kOpt, {QStringLiteral("a=on"), QStringLiteral("b=off"), QStringLiteral("c")});
    QVERIFY(ok.ok());
    QCOMPARE(*ok, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    auto twice = input::distinctKeys(kOpt, {QStringLiteral("X=on"), QStringLiteral("x=off")});
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().reason, Reason::OptionKeyRepeated);
    QCOMPARE(twice.error().args, (QStringList{kOpt, QStringLiteral("x")}));
    QCOMPARE(input::optionRepeated(QStringLiteral("--workspace")).reason, Reason::OptionRepeated);
    QCOMPARE(input::unexpectedArgument(QStringLiteral("extra")).args, QStringList{QStringLiteral("extra")});
    // A long value is cut short in the message's facts.
    const QString longText(500, QLatin1Char('a'));
    QVERIFY(input::integer(kOpt, longText, 0, 1).error().args.value(1).size() < 100);
}

void TestInput::passphraseLength()
{
    QVERIFY(input::checkNewPassphraseLength(input::MinPassphraseBytes).ok());
    const Status shortOne = input::checkNewPassphraseLength(input::MinPassphraseBytes - 1);
    QVERIFY(!shortOne.ok());
    QCOMPARE(shortOne.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(shortOne.error().reason, Reason::PassphraseTooShort);
    QCOMPARE(shortOne.error().args, QStringList{QString::number(input::MinPassphraseBytes)});
}

void TestInput::policyJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<QString>("field"); // for PolicyJsonInvalid
    const QByteArray rotate = R"({"trigger": {"timeAfterCreate": "P90D"}, "action": {"type": "Rotate"}})";
    const QByteArray notify = R"({"trigger": {"timeBeforeExpiry": "P30D"}, "action": {"type": "Notify"}})";
    const auto policy = [&](const QByteArray &actions, const QByteArray &attributes = R"({"expiryTime": "P2Y"})") {
        return QByteArray(R"({"lifetimeActions": [)") + actions + "], \"attributes\": " + attributes + "}";
    };
    QTest::newRow("Key Vault's own") << policy(rotate + "," + notify) << Reason::None << QString();
    QTest::newRow("rotate only") << policy(rotate) << Reason::None << QString();
    QTest::newRow("no actions: cleared on purpose")
        << QByteArray(R"({"lifetimeActions": []})") << Reason::None << QString();
    QTest::newRow("as GET returns it")
        << QByteArray(R"({"id": "https://v/keys/k/rotationpolicy", "lifetimeActions": [], "attributes": )"
                      R"({"expiryTime": "P90D", "created": 1482188947, "updated": 1482188948}})")
        << Reason::None << QString();
    QTest::newRow("truncated") << QByteArray("{") << Reason::PolicyJsonMalformed << QString();
    QTest::newRow("null") << QByteArray("null") << Reason::PolicyJsonMalformed << QString();
    QTest::newRow("array") << QByteArray("[]") << Reason::PolicyJsonMalformed << QString();
    QTest::newRow("empty file") << QByteArray() << Reason::PolicyJsonMalformed << QString();
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF") + policy(rotate) << Reason::PolicyJsonMalformed << QString();
    QTest::newRow("too large") << QByteArray(services::MaxPolicyJsonBytes + 1, ' ') << Reason::PolicyJsonMalformed
                               << QString();
    QTest::newRow("empty object") << QByteArray("{}") << Reason::PolicyJsonInvalid << QStringLiteral("lifetimeActions");
    QTest::newRow("both triggers")
        << policy(
               R"({"trigger": {"timeAfterCreate": "P90D", "timeBeforeExpiry": "P30D"}, "action": {"type": "Rotate"}})")
        << Reason::PolicyJsonInvalid << QStringLiteral("lifetimeActions[0].trigger");
    QTest::newRow("no trigger") << policy(R"({"trigger": {}, "action": {"type": "Rotate"}})")
                                << Reason::PolicyJsonInvalid << QStringLiteral("lifetimeActions[0].trigger");
    QTest::newRow("bad duration") << policy(
                                         R"({"trigger": {"timeAfterCreate": "90 days"}, "action": {"type": "Rotate"}})")
                                  << Reason::PolicyJsonInvalid
                                  << QStringLiteral("lifetimeActions[0].trigger.timeAfterCreate");
    QTest::newRow("duration a number") << policy(
                                              R"({"trigger": {"timeAfterCreate": 90}, "action": {"type": "Rotate"}})")
                                       << Reason::PolicyJsonInvalid
                                       << QStringLiteral("lifetimeActions[0].trigger.timeAfterCreate");
    QTest::newRow("unknown action") << policy(
                                           R"({"trigger": {"timeAfterCreate": "P90D"}, "action": {"type": "Purge"}})")
                                    << Reason::PolicyJsonInvalid << QStringLiteral("lifetimeActions[0].action.type");
    QTest::newRow("two rotates") << policy(rotate + "," + rotate) << Reason::PolicyJsonInvalid
                                 << QStringLiteral("lifetimeActions[1].action.type");
    QTest::newRow("notify after create")
        << policy(R"({"trigger": {"timeAfterCreate": "P30D"}, "action": {"type": "Notify"}})")
        << Reason::PolicyJsonInvalid << QStringLiteral("lifetimeActions[0].action.type");
    QTest::newRow("three actions") << policy(rotate + "," + notify + "," + notify) << Reason::PolicyJsonInvalid
                                   << QStringLiteral("lifetimeActions");
    QTest::newRow("misspelt trigger") << policy(
                                             R"({"trigger": {"timeAfterCreat": "P90D"}, "action": {"type": "Rotate"}})")
                                      << Reason::PolicyJsonInvalid
                                      << QStringLiteral("lifetimeActions[0].trigger.timeAfterCreat");
    QTest::newRow("unknown top field") << QByteArray(R"({"lifetimeActions": [], "expiry": "P1Y"})")
                                       << Reason::PolicyJsonInvalid << QStringLiteral("expiry");
    QTest::newRow("action not an object")
        << policy("1") << Reason::PolicyJsonInvalid << QStringLiteral("lifetimeActions[0]");
    QTest::newRow("actions not an array")
        << QByteArray(R"({"lifetimeActions": {}})") << Reason::PolicyJsonInvalid << QStringLiteral("lifetimeActions");
    QTest::newRow("expiry too short") << policy(rotate, R"({"expiryTime": "P27D"})") << Reason::PolicyJsonInvalid
                                      << QStringLiteral("attributes.expiryTime");
    QTest::newRow("expiry not ISO") << policy(rotate, R"({"expiryTime": "2y"})") << Reason::PolicyJsonInvalid
                                    << QStringLiteral("attributes.expiryTime");
    QTest::newRow("unknown attribute") << policy(rotate, R"({"enabled": true})") << Reason::PolicyJsonInvalid
                                       << QStringLiteral("attributes.enabled");
}

void TestInput::policyJson()
{
    QFETCH(QByteArray, json);
    QFETCH(Reason, reason);
    QFETCH(QString, field);
    const auto r = services::parseRotationPolicyJson(json, QStringLiteral("p.json"));
    if (reason == Reason::None) {
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().detail));
        return;
    }
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(r.error().reason, reason);
    QCOMPARE(r.error().args.value(0), QStringLiteral("p.json"));
    if (reason == Reason::PolicyJsonInvalid)
        QCOMPARE(r.error().args.value(1), field);
}

void TestInput::reasonsHaveNamesAndWords()
{
    for (Reason r : {Reason::InputNotANumber, Reason::InputOutOfRange, Reason::InputNotADuration, Reason::InputNotADate,
                     Reason::InputDateInPast, Reason::InputNotABoolean, Reason::OptionRepeated,
                     Reason::OptionKeyRepeated, Reason::ArgumentUnexpected, Reason::PassphraseTooShort,
                     Reason::PolicyJsonMalformed, Reason::PolicyJsonInvalid, Reason::StoreSettingFixed}) {
        QVERIFY(reasonName(r) != QLatin1String("unknown"));
        const Error e = Error::because(ErrorCode::InvalidArgument, r, {QStringLiteral("A1"), QStringLiteral("A2")},
                                       QStringLiteral("detail"));
        const QString words = services::Messages::describe(e);
        QVERIFY2(!words.isEmpty() && words != QLatin1String("detail"), qPrintable(reasonName(r)));
    }
    // The policy reader's data keeps Key Vault's example (shared fixtures) valid.
    const QJsonObject body = test::keyVaultExampleBody(QStringLiteral("GetKeyRotationPolicy"));
    QVERIFY(!body.isEmpty());
    auto p = services::parseRotationPolicyJson(QJsonDocument(body).toJson(), QStringLiteral("GetKeyRotationPolicy"));
    QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().detail));
    QCOMPARE(p->rotateAfterCreate, keystore::IsoDuration::parse(QStringLiteral("P90D")).value());
    QCOMPARE(p->notifyBeforeExpiry, keystore::IsoDuration::parse(QStringLiteral("P30D")).value());
    QCOMPARE(p->expiryTime, keystore::IsoDuration::parse(QStringLiteral("P2Y")).value());
}

QTEST_GUILESS_MAIN(TestInput)
#include "tst_input.moc"

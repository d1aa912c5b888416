// TestPkcs11Cli: `keywardctl store add pkcs11` and the key lifecycle on a real SoftHSM2 token, run as
// processes, with the PIN kept in a real GNOME keyring (private D-Bus session) — and never anywhere else.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;

namespace {

const QByteArray UserPin = "735190";

using Run = test::CtlRun;

} // namespace

class TestPkcs11Cli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addWithSavedPinAndUseIt();
    void rsaRefusedOnThisToken();
    void wrongPinAndMissingModule();
    void purgeProtection();
    void pinNowhereOnDiskOrInOutput();

private:
    Run ctl(QStringList args);
    QTemporaryDir m_dir;
    std::unique_ptr<test::SoftHsm> m_hsm;
    QString m_pinFile;
    QString m_wrongPinFile;
    QList<QByteArray> m_outputs;
};

void TestPkcs11Cli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!test::softHsmModulePath().isEmpty(), "SoftHSM2 is needed (package softhsm2)");
    m_hsm = std::make_unique<test::SoftHsm>(m_dir.filePath(QStringLiteral("hsm")));
    QVERIFY(!m_hsm->initToken(QStringLiteral("kw-cli"), QStringLiteral("97531864"), QString::fromLatin1(UserPin))
                 .isEmpty());
    m_pinFile = m_dir.filePath(QStringLiteral("pin"));
    m_wrongPinFile = m_dir.filePath(QStringLiteral("wrong-pin"));
    QFile pin(m_pinFile), wrong(m_wrongPinFile);
    QVERIFY(pin.open(QIODevice::WriteOnly) && wrong.open(QIODevice::WriteOnly));
    pin.write(UserPin + '\n');
    wrong.write("000000\n");
}

Run TestPkcs11Cli::ctl(QStringList args)
{
    args << QStringLiteral("--data-dir") << m_dir.filePath(QStringLiteral("data"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SOFTHSM2_CONF"), m_hsm->confPath());
    const Run r = test::runKeywardctl(args, {}, env);
    m_outputs << r.out << r.err;
    return r;
}

void TestPkcs11Cli::addWithSavedPinAndUseIt()
{
    Run r = ctl({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("pkcs11"), QStringLiteral("hsm"),
                 QStringLiteral("--module"), test::softHsmModulePath(), QStringLiteral("--token-label"),
                 QStringLiteral("kw-cli"), QStringLiteral("--pin-file"), m_pinFile, QStringLiteral("--save-pin"),
                 QStringLiteral("--json")});
    KW_COMPARE_STATUS(r, 0);
    QVERIFY(r.json().object().value(QStringLiteral("hsm_backed")).toBool());
    QVERIFY(r.json().object().value(QStringLiteral("purge_protection")).toBool());

    // From here on the PIN comes from the keychain: no --pin-file.
    const QStringList store{QStringLiteral("--store"), QStringLiteral("hsm")};
    r = ctl(QStringList{QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("kek"),
                        QStringLiteral("--type"), QStringLiteral("aes"), QStringLiteral("--json")} +
            store);
    KW_COMPARE_STATUS(r, 0);
    QVERIFY(r.json().object().value(QStringLiteral("id")).toString().startsWith(QStringLiteral("pkcs11:")));
    QVERIFY(r.json().object().value(QStringLiteral("hsm_backed")).toBool());
    r = ctl(QStringList{QStringLiteral("key"), QStringLiteral("rotate"), QStringLiteral("kek")} + store);
    KW_COMPARE_STATUS(r, 0);
    r = ctl(
        QStringList{QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("kek"), QStringLiteral("--json")} +
        store);
    KW_COMPARE_STATUS(r, 0);
    const QJsonArray versions = r.json().array();
    QCOMPARE(versions.size(), 2);
    const QString v1 = versions.first().toObject().value(QStringLiteral("version")).toString();
    KW_COMPARE_STATUS(ctl(QStringList{QStringLiteral("key"), QStringLiteral("disable"), QStringLiteral("kek"),
                                      QStringLiteral("--version"), v1} +
                          store),
                      0);
    r = ctl(QStringList{QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("kek"),
                        QStringLiteral("--version"), v1, QStringLiteral("--json")} +
            store);
    QCOMPARE(r.json().object().value(QStringLiteral("enabled")).toBool(), false);
    r = ctl(QStringList{QStringLiteral("store"), QStringLiteral("show"), QStringLiteral("hsm")});
    KW_COMPARE_STATUS(r, 0);
    QVERIFY(r.out.contains("pkcs11"));
}

void TestPkcs11Cli::rsaRefusedOnThisToken()
{
    const Run r =
        ctl({QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("rsa-kek"), QStringLiteral("--type"),
             QStringLiteral("rsa"), QStringLiteral("--store"), QStringLiteral("hsm"), QStringLiteral("--json")});
    QCOMPARE(r.status, 1);
    QCOMPARE(r.errorCode(), QStringLiteral("unsupported"));
    QVERIFY2(r.err.contains("OAEP-SHA-256"), r.err.constData()); // the message names what the token lacks
}

void TestPkcs11Cli::wrongPinAndMissingModule()
{
    Run r = ctl({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("pkcs11"), QStringLiteral("hsm-wrong"),
                 QStringLiteral("--module"), test::softHsmModulePath(), QStringLiteral("--token-label"),
                 QStringLiteral("kw-cli"), QStringLiteral("--pin-file"), m_wrongPinFile, QStringLiteral("--json")});
    KW_COMPARE_STATUS(r, 8);
    QCOMPARE(r.errorCode(), QStringLiteral("wrong-passphrase"));
    r = ctl({QStringLiteral("store"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.json().array().size(), 1); // a store that does not open is not added

    r = ctl({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("pkcs11"), QStringLiteral("nomodule"),
             QStringLiteral("--module"), m_dir.filePath(QStringLiteral("missing.so")), QStringLiteral("--token-label"),
             QStringLiteral("kw-cli"), QStringLiteral("--pin-file"), m_pinFile});
    KW_COMPARE_STATUS(r, 8);
    QVERIFY2(r.err.contains("missing.so"), r.err.constData());

    r = ctl({QStringLiteral("store"), QStringLiteral("add"), QStringLiteral("pkcs11"), QStringLiteral("notoken"),
             QStringLiteral("--module"), test::softHsmModulePath(), QStringLiteral("--token-label"),
             QStringLiteral("kw-absent"), QStringLiteral("--pin-file"), m_pinFile});
    KW_COMPARE_STATUS(r, 8);
    QVERIFY2(r.err.contains("kw-absent"), r.err.constData());
}

void TestPkcs11Cli::purgeProtection()
{
    const QStringList store{QStringLiteral("--store"), QStringLiteral("hsm")};
    KW_COMPARE_STATUS(ctl(QStringList{QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("doomed"),
                                      QStringLiteral("--type"), QStringLiteral("aes")} +
                          store),
                      0);
    KW_COMPARE_STATUS(
        ctl(QStringList{QStringLiteral("key"), QStringLiteral("delete"), QStringLiteral("doomed")} + store), 0);
    Run r = ctl(QStringList{QStringLiteral("key"), QStringLiteral("purge"), QStringLiteral("doomed"),
                            QStringLiteral("--json")} +
                store);
    KW_COMPARE_STATUS(r, 7);
    QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
    KW_COMPARE_STATUS(
        ctl(QStringList{QStringLiteral("key"), QStringLiteral("recover"), QStringLiteral("doomed")} + store), 0);
}

void TestPkcs11Cli::pinNowhereOnDiskOrInOutput()
{
    QCOMPARE(test::filesContaining(m_dir.filePath(QStringLiteral("data")), UserPin), QStringList());
    for (const QByteArray &o : std::as_const(m_outputs))
        QVERIFY(!o.contains(UserPin));
}

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("KEYWARD_TEST_IN_KEYRING_SESSION"))
        return keyward::test::reexecInKeyringSession(argc, argv);
    QCoreApplication app(argc, argv);
    TestPkcs11Cli t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_pkcs11cli.moc"

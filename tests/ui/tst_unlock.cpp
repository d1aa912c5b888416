// TestUnlock: the console's unlock dialogs against a real PKCS#11 token (SoftHSM2 in a temp dir) and the
// in-memory keychain: a wrong PIN is said to be wrong and asked again; a PIN the admin chose to remember is kept
// in the keychain, and the token then opens with nobody asked; a PIN not remembered is not kept.
#include "PassphraseDialog.h"
#include "services/Messages.h"
#include "services/StoreService.h"
#include "util/Input.h"

#include "TestSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace keyward;

namespace {

constexpr char UserPin[] = "246810";

struct Answer
{
    QByteArray pin;
    bool remember = false;
};

} // namespace

class TestUnlock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wrongPinThenRemembered();
    void notRememberedIsNotKept();
    void shortNewPassphraseRefused_data();
    void shortNewPassphraseRefused();

private:
    // Opens the token through a context whose prompt is the dialog, answering with `answers`; returns what each
    // dialog showed: whether it said the last PIN was wrong, and whether it offered to remember.
    QList<QPair<bool, bool>> openWithDialog(QList<Answer> answers, secrets::SecretStore &keychain, bool *opened);

    QTemporaryDir m_dir;
    std::unique_ptr<test::SoftHsm> m_hsm;
    QString m_dataDir;
};

void TestUnlock::initTestCase()
{
    QVERIFY2(!test::softHsmModulePath().isEmpty(), "SoftHSM2 is needed (package softhsm2)");
    m_hsm = std::make_unique<test::SoftHsm>(m_dir.filePath(QStringLiteral("hsm")));
    QVERIFY(
        !m_hsm->initToken(QStringLiteral("kw-ui"), QStringLiteral("97531864"), QString::fromLatin1(UserPin)).isEmpty());
    m_dataDir = m_dir.filePath(QStringLiteral("data"));
    secrets::MemorySecretStore none;
    test::ScriptedPrompt prompt; // adding the token logs in once to check it
    prompt.answer(UserPin);
    services::Context context(m_dataDir, none, &prompt);
    services::AddPkcs11StoreRequest request;
    request.name = QStringLiteral("hsm");
    request.modulePath = test::softHsmModulePath();
    request.tokenLabel = QStringLiteral("kw-ui");
    auto added = services::StoreService(context).addPkcs11(request);
    QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().detail));
}

QList<QPair<bool, bool>> TestUnlock::openWithDialog(QList<Answer> answers, secrets::SecretStore &keychain, bool *opened)
{
    QList<QPair<bool, bool>> shown;
    QTimer answerer;
    connect(&answerer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<ui::PassphraseDialog *>(QApplication::activeModalWidget());
        if (!dialog || answers.isEmpty())
            return;
        auto *remember = dialog->findChild<QCheckBox *>(QStringLiteral("rememberSecret"));
        shown << qMakePair(dialog->findChild<QLabel *>(QStringLiteral("passphraseProblem"))->isVisible(),
                           remember != nullptr);
        const Answer a = answers.takeFirst();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passphraseEdit")), QString::fromLatin1(a.pin));
        if (remember)
            remember->setChecked(a.remember);
        dialog->accept();
    });
    answerer.start(20);
    ui::DialogSecretPrompt prompt;
    services::Context context(m_dataDir, keychain, &prompt);
    *opened = context.stores().store(QStringLiteral("hsm")).ok();
    answerer.stop();
    return shown;
}

void TestUnlock::wrongPinThenRemembered()
{
    secrets::MemorySecretStore keychain;
    bool opened = false;
    const auto shown = openWithDialog({{"000000", true}, {UserPin, true}}, keychain, &opened);
    QVERIFY(opened);
    // The second dialog says the first PIN was wrong; both offer to remember it.
    QCOMPARE(shown, (QList<QPair<bool, bool>>{{false, true}, {true, true}}));

    // Kept in the keychain: the next opening asks nobody.
    services::Context silent(m_dataDir, keychain, nullptr);
    auto store = silent.stores().store(QStringLiteral("hsm"));
    QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().detail));
}

void TestUnlock::notRememberedIsNotKept()
{
    secrets::MemorySecretStore keychain;
    bool opened = false;
    const auto shown = openWithDialog({{UserPin, false}}, keychain, &opened);
    QVERIFY(opened);
    QCOMPARE(shown.size(), 1);
    // Nothing kept: opened without a prompt, the token is locked, and nobody was asked.
    services::Context silent(m_dataDir, keychain, nullptr);
    auto store = silent.stores().storeWithoutPrompt(QStringLiteral("hsm"));
    QVERIFY(!store.ok());
    QCOMPARE(store.error().reason, Reason::StoreLocked);
}

void TestUnlock::shortNewPassphraseRefused_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<bool>("accepted");
    // The core's one minimum (util/Input), as the CLI applies it: bytes of UTF-8.
    QTest::newRow("one short") << QString(input::MinPassphraseBytes - 1, QLatin1Char('a')) << false;
    QTest::newRow("the minimum") << QString(input::MinPassphraseBytes, QLatin1Char('a')) << true;
    QTest::newRow("short in characters, long enough in bytes") << QString(4, QChar(0x00E9)) << true; // 8 bytes
}

void TestUnlock::shortNewPassphraseRefused()
{
    QFETCH(QString, passphrase);
    QFETCH(bool, accepted);
    ui::PassphraseDialog dialog({SecretRequest::Kind::NewVaultPassphrase, QStringLiteral("v"), 1});
    // Typed as a paste would put it (keyClicks only types ASCII).
    dialog.findChild<QLineEdit *>(QStringLiteral("passphraseEdit"))->setText(passphrase);
    dialog.findChild<QLineEdit *>(QStringLiteral("passphraseRepeat"))->setText(passphrase);
    dialog.accept();
    QCOMPARE(dialog.result() == QDialog::Accepted, accepted);
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("passphraseProblem"));
    QCOMPARE(problem->isVisibleTo(&dialog), !accepted);
    if (!accepted)
        QCOMPARE(problem->text(),
                 services::Messages::describe(input::checkNewPassphraseLength(passphrase.toUtf8().size()).error()));
}

QTEST_MAIN(TestUnlock)
#include "tst_unlock.moc"

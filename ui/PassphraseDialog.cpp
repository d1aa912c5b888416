// PassphraseDialog: the console's unlock dialog and the SecretPrompt it serves.
#include "PassphraseDialog.h"

#include "CoverageStyle.h"

#include "services/Messages.h"
#include "util/Input.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QThread>
#include <QVBoxLayout>

namespace keyward::ui {

PassphraseDialog::PassphraseDialog(const SecretRequest &request, QWidget *parent) : QDialog(parent), m_request(request)
{
    setObjectName(QStringLiteral("passphraseDialog"));
    const bool pin = request.kind == SecretRequest::Kind::TokenPin;
    setWindowTitle(pin ? tr("Unlock token") : tr("Unlock vault"));
    auto *layout = new QVBoxLayout(this);
    QString what;
    switch (request.kind) {
    case SecretRequest::Kind::VaultPassphrase:
        what = tr("Enter the passphrase of vault '%1'.").arg(request.subject);
        break;
    case SecretRequest::Kind::NewVaultPassphrase:
        what = tr("Choose a passphrase for the new vault '%1' (8 characters or more).").arg(request.subject);
        break;
    case SecretRequest::Kind::TokenPin:
        what = tr("Enter the user PIN of token '%1'.").arg(request.subject);
        break;
    }
    auto *label = new QLabel(what, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("passphraseProblem"));
    m_problem->setWordWrap(true);
    QPalette p = m_problem->palette();
    p.setColor(QPalette::WindowText, CoverageStyle::colors(model::Coverage::NotAvailableOnStandard).foreground);
    m_problem->setPalette(p);
    if (request.attempt > 1)
        m_problem->setText(pin ? tr("Wrong PIN; try again (attempt %1).").arg(request.attempt)
                               : tr("Wrong passphrase; try again (attempt %1).").arg(request.attempt));
    m_problem->setVisible(request.attempt > 1);
    layout->addWidget(m_problem);
    auto *form = new QFormLayout;
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("passphraseEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(pin ? tr("PIN") : tr("Passphrase"));
    form->addRow(pin ? tr("&PIN:") : tr("&Passphrase:"), m_secret);
    if (request.kind == SecretRequest::Kind::NewVaultPassphrase) {
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("passphraseRepeat"));
        m_repeat->setEchoMode(QLineEdit::Password);
        m_repeat->setAccessibleName(tr("Passphrase again"));
        form->addRow(tr("&Again:"), m_repeat);
    }
    layout->addLayout(form);
    if (request.canRemember) {
        m_remember = new QCheckBox(tr("&Remember the PIN in the keychain, so the token opens without asking"), this);
        m_remember->setObjectName(QStringLiteral("rememberSecret"));
        layout->addWidget(m_remember);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

PassphraseDialog::~PassphraseDialog()
{
    m_secret->clear();
    if (m_repeat)
        m_repeat->clear();
}

void PassphraseDialog::accept()
{
    // A new passphrase is checked here, next to the fields; a wrong one for an existing vault is found by the
    // vault, which asks again with the attempt count.
    if (m_secret->text().isEmpty()) {
        m_problem->setText(tr("Nothing entered."));
        m_problem->setVisible(true);
        return;
    }
    if (m_repeat && m_repeat->text() != m_secret->text()) {
        m_problem->setText(tr("The two passphrases differ."));
        m_problem->setVisible(true);
        return;
    }
    // A new vault's passphrase: the core's one rule on its length (the CLI's too), said before the vault is made.
    if (m_repeat) {
        QByteArray utf8 = m_secret->text().toUtf8();
        const qsizetype bytes = utf8.size();
        utf8.fill('\0');
        if (const Status st = input::checkNewPassphraseLength(bytes); !st) {
            m_problem->setText(services::Messages::describe(st.error()));
            m_problem->setVisible(true);
            return;
        }
    }
    QDialog::accept();
}

crypto::SecureBytes PassphraseDialog::takeSecret()
{
    QByteArray utf8 = m_secret->text().toUtf8();
    crypto::SecureBytes secret = crypto::SecureBytes::fromView(utf8);
    utf8.fill('\0');
    m_secret->clear();
    if (m_repeat)
        m_repeat->clear();
    return secret;
}

Result<crypto::SecureBytes> DialogSecretPrompt::ask(const SecretRequest &request)
{
    if (QThread::currentThread() != qApp->thread())
        return Error::make(ErrorCode::Cancelled, QStringLiteral("a passphrase can only be asked for on the window's "
                                                                "thread; unlock the store before the job starts"));
    PassphraseDialog dialog(request, m_parent);
    m_remember = false;
    if (dialog.exec() != QDialog::Accepted)
        return Error::make(ErrorCode::Cancelled, QStringLiteral("the passphrase was not given"));
    m_remember = dialog.rememberChosen();
    return dialog.takeSecret();
}

bool DialogSecretPrompt::rememberAnswer(const SecretRequest &request)
{
    return request.canRemember && m_remember;
}

bool PassphraseDialog::rememberChosen() const
{
    return m_remember && m_remember->isChecked();
}

} // namespace keyward::ui

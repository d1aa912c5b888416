// PassphraseDialog: asks for a vault passphrase or a token PIN, without echo; says so when the last answer was
// wrong, and asks twice for a new vault's passphrase.
#pragma once

#include "secrets/SecretPrompt.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace keyward::ui {

class PassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PassphraseDialog(const SecretRequest &request, QWidget *parent = nullptr);
    ~PassphraseDialog() override;
    // The answer as bytes (UTF-8); the fields are cleared.
    crypto::SecureBytes takeSecret();
    // Checks the fields (not empty; a new passphrase typed twice alike) before the dialog closes.
    void accept() override;
    // The admin ticked "remember in the keychain" (offered for requests that can be remembered).
    bool rememberChosen() const;

private:
    SecretRequest m_request;
    QLabel *m_problem = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_repeat = nullptr;   // new vault passphrases only
    QCheckBox *m_remember = nullptr; // requests that can be remembered only
};

// Answers core's requests with the dialog, on the window's thread (stores are unlocked there before any job
// starts); a request from another thread is refused rather than shown from there.
class DialogSecretPrompt final : public SecretPrompt
{
public:
    void setParentWidget(QWidget *parent) { m_parent = parent; }
    Result<crypto::SecureBytes> ask(const SecretRequest &request) override;
    bool rememberAnswer(const SecretRequest &request) override;

private:
    QWidget *m_parent = nullptr;
    bool m_remember = false; // the last dialog's choice
};

} // namespace keyward::ui

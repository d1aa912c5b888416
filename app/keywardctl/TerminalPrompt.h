// TerminalPrompt: answers core's passphrase and PIN requests from a file (--passphrase-file, --pin-file;
// "-" for standard input) or, on a terminal, by asking without echo.
#pragma once

#include "secrets/SecretPrompt.h"

#include <QString>

namespace keyward::cli {

// A secret from `file` (its first line; "-": standard input) or, when `file` is empty, asked on the terminal
// without echo with `question`. Locked (secret-needed), naming `subject` and `fileOption`, when there is no
// terminal.
Result<crypto::SecureBytes> readSecret(const QString &file, const QString &question, const QString &fileOption,
                                       const QString &subject = {});

class TerminalPrompt final : public SecretPrompt
{
public:
    TerminalPrompt(QString passphraseFile, QString pinFile)
        : m_passphraseFile(std::move(passphraseFile)), m_pinFile(std::move(pinFile))
    {
    }
    Result<crypto::SecureBytes> ask(const SecretRequest &request) override;

private:
    QString m_passphraseFile;
    QString m_pinFile;
};

} // namespace keyward::cli

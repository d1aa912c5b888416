// TerminalPrompt: answers core's passphrase and PIN requests from a file (--passphrase-file, --pin-file;
// "-" for standard input) or, on a terminal, by asking without echo.
#pragma once

#include "secrets/SecretPrompt.h"

#include <QString>

namespace keyward::cli {

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

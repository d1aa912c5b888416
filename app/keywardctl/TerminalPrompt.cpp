// TerminalPrompt: secrets from files or from the terminal with echo turned off.
#include "TerminalPrompt.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace keyward::cli {

namespace {

Result<crypto::SecureBytes> fromFile(const QString &path)
{
    QFile f;
    const bool ok = path == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly)
                                               : (f.setFileName(path), f.open(QIODevice::ReadOnly));
    if (!ok)
        return Error::make(ErrorCode::Io, QCoreApplication::translate("keywardctl", "cannot read %1").arg(path));
    QByteArray line = f.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    auto secret = crypto::SecureBytes::fromView(line);
    crypto::wipe(line);
    return secret;
}

// Reads one line from the terminal with echo off. With no terminal (a script, a service, a pipeline with no
// controlling terminal) the store stays locked: Locked (secret-needed) naming `subject`, the store or token the
// secret is for, and `option`, the option that gives the secret in a file instead.
Result<crypto::SecureBytes> fromTerminal(const QString &question, const QString &subject, const QString &option)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return Error::because(ErrorCode::Locked, Reason::SecretNeeded, {subject, option},
                              QStringLiteral("'%1' needs a secret and there is no terminal to ask on; give it with %2")
                                  .arg(subject, option));
    std::fprintf(tty, "%s", question.toLocal8Bit().constData());
    std::fflush(tty);
    termios old{};
    const bool isTty = tcgetattr(fileno(tty), &old) == 0;
    if (isTty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(tty), TCSAFLUSH, &quiet);
    }
    crypto::SecureBytes buffer(1024);
    std::size_t n = 0;
    int c = 0;
    while ((c = std::fgetc(tty)) != EOF && c != '\n' && n < buffer.size())
        buffer.data()[n++] = std::uint8_t(c);
    if (isTty)
        tcsetattr(fileno(tty), TCSAFLUSH, &old);
    std::fprintf(tty, "\n");
    std::fclose(tty);
    if (c == EOF && n == 0)
        return Error::make(ErrorCode::Cancelled, QCoreApplication::translate("keywardctl", "no answer given"));
    buffer.truncate(n);
    return buffer;
}

} // namespace

Result<crypto::SecureBytes> readSecret(const QString &file, const QString &question, const QString &fileOption,
                                       const QString &subject)
{
    return file.isEmpty() ? fromTerminal(question, subject, fileOption) : fromFile(file);
}

Result<crypto::SecureBytes> TerminalPrompt::ask(const SecretRequest &request)
{
    const bool pin = request.kind == SecretRequest::Kind::TokenPin;
    const QString &file = pin ? m_pinFile : m_passphraseFile;
    if (!file.isEmpty()) {
        if (request.attempt > 1) // a file gives the same answer twice: stop instead of locking a token
            return Error::make(
                ErrorCode::WrongPassphrase,
                pin ? QCoreApplication::translate("keywardctl", "the PIN in %1 was refused").arg(file)
                    : QCoreApplication::translate("keywardctl", "the passphrase in %1 was refused").arg(file));
        return fromFile(file);
    }
    QString question;
    switch (request.kind) {
    case SecretRequest::Kind::VaultPassphrase:
        question = QCoreApplication::translate("keywardctl", "Passphrase for vault '%1': ").arg(request.subject);
        break;
    case SecretRequest::Kind::NewVaultPassphrase:
        question = QCoreApplication::translate("keywardctl", "New passphrase for vault '%1': ").arg(request.subject);
        break;
    case SecretRequest::Kind::TokenPin:
        question = QCoreApplication::translate("keywardctl", "User PIN for token '%1': ").arg(request.subject);
        break;
    }
    if (request.attempt > 1)
        question.prepend(QCoreApplication::translate("keywardctl", "Wrong, try again. "));
    const QString option = pin ? QStringLiteral("--pin-file") : QStringLiteral("--passphrase-file");
    auto first = fromTerminal(question, request.subject, option);
    if (!first || request.kind != SecretRequest::Kind::NewVaultPassphrase)
        return first;
    auto again = fromTerminal(QCoreApplication::translate("keywardctl", "Repeat it: "), request.subject, option);
    if (!again)
        return again;
    if (!(*first == *again))
        return Error::make(ErrorCode::InvalidArgument,
                           QCoreApplication::translate("keywardctl", "the two passphrases differ"));
    return first;
}

} // namespace keyward::cli

// CliSupport: shared plumbing of the keywardctl commands.
#include "CliSupport.h"

#include <QCoreApplication>

#include <cstdio>

namespace keyward::cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int exitStatusFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Format:
        return ExitFormat;
    case ErrorCode::Key:
        return ExitKey;
    case ErrorCode::Auth:
        return ExitAuth;
    default:
        return ExitFailure;
    }
}

int report(const QString &command, const Error &error)
{
    QString kind;
    switch (error.code) {
    case ErrorCode::Format:
        kind = QCoreApplication::translate("keywardctl", "format error");
        break;
    case ErrorCode::Key:
        kind = QCoreApplication::translate("keywardctl", "key error");
        break;
    case ErrorCode::Auth:
        kind = QCoreApplication::translate("keywardctl", "authentication failed");
        break;
    default:
        kind = QCoreApplication::translate("keywardctl", "error");
        break;
    }
    err() << command << ": " << kind << ": " << error.detail << Qt::endl;
    return exitStatusFor(error.code);
}

int parseOrExit(QCommandLineParser &parser, const QStringList &args, const QString &description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(args)) {
        err() << args.value(0) << ": " << parser.errorText() << Qt::endl;
        err() << QCoreApplication::translate("keywardctl", "Try '%1 --help'.").arg(args.value(0)) << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText();
        out().flush();
        return ExitOk;
    }
    return -1;
}

std::unique_ptr<QFile> openInput(const QString &path, Error *error)
{
    auto file = std::make_unique<QFile>();
    bool opened = false;
    if (path == QLatin1String("-")) {
        opened = file->open(stdin, QIODevice::ReadOnly);
    } else {
        file->setFileName(path);
        opened = file->open(QIODevice::ReadOnly);
    }
    if (!opened) {
        *error = Error::make(ErrorCode::Io, QCoreApplication::translate("keywardctl", "cannot open %1: %2")
                                                .arg(path, file->errorString()));
        return nullptr;
    }
    return file;
}

bool AtomicOutput::open(const QString &path, Error *error)
{
    if (path == QLatin1String("-")) {
        m_stdout = std::make_unique<QFile>();
        if (!m_stdout->open(stdout, QIODevice::WriteOnly)) {
            *error = Error::make(ErrorCode::Io, QCoreApplication::translate("keywardctl", "cannot write to standard output"));
            return false;
        }
        return true;
    }
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        *error = Error::make(ErrorCode::Io, QCoreApplication::translate("keywardctl", "cannot create %1: %2")
                                                .arg(path, m_file->errorString()));
        m_file.reset();
        return false;
    }
    // Recovered plaintext is for the admin alone, from the first byte written.
    m_file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

bool AtomicOutput::commit(Error *error)
{
    if (m_stdout)
        return m_stdout->flush();
    if (!m_file->commit()) {
        *error = Error::make(ErrorCode::Io, QCoreApplication::translate("keywardctl", "cannot write %1: %2")
                                                .arg(m_file->fileName(), m_file->errorString()));
        return false;
    }
    return true;
}

void AtomicOutput::discard()
{
    if (m_file)
        m_file->cancelWriting();
    m_file.reset(); // QSaveFile removes its temporary file when destroyed uncommitted
}

} // namespace keyward::cli

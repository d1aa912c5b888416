// CliSupport: what every keywardctl command shares: streams, error reporting, exit statuses, file handling.
#pragma once

#include "Commands.h"

#include "util/Error.h"

#include <QCommandLineParser>
#include <QFile>
#include <QIODevice>
#include <QSaveFile>
#include <QTextStream>

#include <memory>

namespace keyward::cli {

QTextStream &out();
QTextStream &err();

// Prints "<command>: <message>" on stderr and returns the exit status for the error's code.
int report(const QString &command, const Error &error);
int exitStatusFor(ErrorCode code);

// Parses; on --help prints help and returns ExitOk, on bad usage prints why and returns ExitUsage;
// returns -1 when the command should go on.
int parseOrExit(QCommandLineParser &parser, const QStringList &args, const QString &description);

// An input file, or standard input for "-".
std::unique_ptr<QFile> openInput(const QString &path, Error *error);

// An output that appears only when commit() is called: a QSaveFile (temporary file renamed into place,
// owner-only permissions) or standard output for "-".
class AtomicOutput
{
public:
    bool open(const QString &path, Error *error);
    QIODevice *device() { return m_file ? static_cast<QIODevice *>(m_file.get()) : m_stdout.get(); }
    bool commit(Error *error);
    void discard();
    bool isStdout() const { return m_stdout != nullptr; }

private:
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QFile> m_stdout;
};

} // namespace keyward::cli

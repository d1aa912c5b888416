// Commands: the keywardctl subcommands. Each takes its own argv (argv[0] is "keywardctl <command>") and
// returns the process exit status; each parses with QCommandLineParser and calls into keyward_core.
#pragma once

#include <QStringList>

namespace keyward::cli {

// Exit statuses shared by every command (documented in the README).
enum ExitStatus
{
    ExitOk = 0,
    ExitFailure = 1,  // any error not listed below
    ExitUsage = 2,    // bad command line
    ExitFormat = 3,   // input is not a well-formed object / record
    ExitKey = 4,      // no usable key for the input
    ExitAuth = 5,     // the input failed authentication (altered or truncated)
    ExitNotFound = 6, // no such store, key or version
    ExitRefused = 7,  // the store refused: purge protection, a name already taken, an operation not permitted
    ExitUnavailable =
        8, // the store cannot be reached or unlocked: missing module or token, locked, wrong PIN or passphrase
    ExitFindings = 9, // verify found objects that are not as they should be
};

int runEnvelope(const QStringList &args);
int runRecover(const QStringList &args);
int runMatrix(const QStringList &args);
int runStore(const QStringList &args);
int runKey(const QStringList &args);
int runEncrypt(const QStringList &args);
int runVerify(const QStringList &args);
int runRotate(const QStringList &args);
int runRekey(const QStringList &args);
int runRetire(const QStringList &args);
int runImport(const QStringList &args);
int runEscrow(const QStringList &args);
int runDemo(const QStringList &args);
int runWorkspace(const QStringList &args);
int runAssign(const QStringList &args);
int runHistory(const QStringList &args);
int runReport(const QStringList &args);
// keywardctl report verify FILE | report signing-key: signed reports (ReportVerifyCommand.cpp). runReportTools
// dispatches between the two on args[1].
int runReportVerify(const QStringList &args);
int runReportSigningKey(const QStringList &args);
int runReportTools(const QStringList &args);
int runExport(const QStringList &args);

} // namespace keyward::cli

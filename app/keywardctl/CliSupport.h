// CliSupport: what every keywardctl command shares: streams, error reporting, exit statuses, file handling.
#pragma once

#include "Commands.h"

#include "util/Error.h"
#include "util/SafeFile.h"

#include <QCommandLineParser>
#include <QFile>
#include <QIODevice>
#include <QTextStream>

#include <memory>

#include <QCoreApplication>

namespace keyward::cli {

// The translation context of every keywardctl message: Text::tr("...").
class Text
{
    Q_DECLARE_TR_FUNCTIONS(keywardctl)
};

QTextStream &out();
QTextStream &err();

// Prints "<command>: <kind>: <message>" on stderr (with --json: {"error": {code, reason, args, message}}) and
// returns the exit status for the error's code. The words come from services::Messages.
int report(const QString &command, const Error &error);
// Whether report() prints JSON (set by StoreAccess::configure from --json).
void setJsonErrors(bool on);
int exitStatusFor(ErrorCode code);

// What a command accepts beyond its declared options, checked by parseOrExit for every command.
struct ParseRules
{
    // Long names of the options that may be given more than once (documented "repeatable"); any other option given
    // twice is refused (reason option-repeated).
    QStringList repeatable;
    // Positional arguments taken at most; more are refused (reason argument-unexpected). -1: the command checks its
    // own (it takes a varying number).
    int maxPositional = 0;
};

// Parses; on --help prints help and returns ExitOk, on bad usage prints why and returns ExitUsage (2): unknown
// options, options repeated against `rules`, stray positional arguments; returns -1 when the command should go on.
int parseOrExit(QCommandLineParser &parser, const QStringList &args, const QString &description,
                const ParseRules &rules = {});
// The checks of `rules` alone, for a command that parses by itself: -1 when they hold, else the exit status after
// the refusal was printed.
int checkParseRules(const QCommandLineParser &parser, const QString &command, const ParseRules &rules);

// An input file, or standard input for "-".
std::unique_ptr<QFile> openInput(const QString &path, Error *error);

// An output that appears only when commit() is called: a SafeFile (temporary file renamed into place, owner-only,
// never through a link, in a folder that is the caller's) or standard output for "-".
class AtomicOutput
{
public:
    AtomicOutput();
    ~AtomicOutput();
    bool open(const QString &path, Error *error);
    QIODevice *device();
    bool commit(Error *error);
    void discard();
    bool isStdout() const { return m_stdout != nullptr; }
    // Bytes written to the file or to standard output.
    qint64 written() const;

private:
    class StdoutDevice;
    std::unique_ptr<SafeFile> m_file;
    std::unique_ptr<StdoutDevice> m_stdout;
};

} // namespace keyward::cli

#include "TerminalPrompt.h"
#include "keystore/KeyStore.h"
#include "keystore/StoreRegistry.h"
#include "secrets/KeychainSecretStore.h"
#include "services/Context.h"
#include "storage/AzureBlobStore.h"

#include <optional>

namespace keyward::cli {

// Options every command that touches key stores shares, and the objects they lead to.
class StoreAccess
{
public:
    StoreAccess();
    void addOptions(QCommandLineParser &parser);
    // Call after parsing.
    void configure(const QCommandLineParser &parser);
    // For commands that make Keyward data (store add, workspace create, demo): the first one in a data directory
    // creates its catalog. Every other command only opens an existing one (see services::Context::CatalogAccess).
    void allowCreatingData() { m_create = true; }

    QString dataDir() const { return m_dataDir; }
    bool json() const { return m_json; }
    keystore::StoreRegistry &registry() { return *m_registry; }
    secrets::SecretStore &secrets() { return m_secrets; }
    SecretPrompt &prompt() { return *m_prompt; }
    // Opens a store once the data directory's catalog is known to be there and its own (see context()).
    Result<std::unique_ptr<keystore::KeyStore>> open(const QString &store);
    // The catalog opened as context() does: a data directory with no Keyward data, a missing, empty or foreign
    // catalog is an error.
    Status checkDataDir();
    // The services' view of the data directory (call after configure()).
    services::Context &context();

private:
    QCommandLineOption m_dataDirOpt;
    QCommandLineOption m_passphraseOpt;
    QCommandLineOption m_pinOpt;
    QCommandLineOption m_jsonOpt;
    QString m_dataDir;
    bool m_json = false;
    bool m_create = false;
    std::unique_ptr<keystore::StoreRegistry> m_registry;
    secrets::KeychainSecretStore m_secrets;
    std::unique_ptr<TerminalPrompt> m_prompt;
    std::unique_ptr<services::Context> m_context; // declared last: it refers to the members above
};

// --account-key-file, --sas-file and --connection-string-file: the credential of an "azure-blob:" storage location
// (workspace create, demo), read from a file or standard input, never from the command line.
class BlobCredentialOptions
{
public:
    BlobCredentialOptions();
    void addTo(QCommandLineParser &parser) const;
    // Reads the one given into `credential` (left empty when none is). -1 when fine, else the exit status to
    // return after the message was printed.
    int read(const QCommandLineParser &parser, const QString &command, const QString &storage,
             std::optional<storage::AzureBlobCredential> &credential) const;

private:
    QCommandLineOption m_accountKey;
    QCommandLineOption m_sas;
    QCommandLineOption m_connectionString;
};

// Runs `sub` of a command group: argv[1] names it; prints `usage` for --help or an unknown name.
using SubcommandFn = int (*)(const QStringList &);
int dispatch(const QStringList &args, const QList<QPair<QString, SubcommandFn>> &subcommands, const QString &usage);

void printJson(const QJsonValue &value);

} // namespace keyward::cli

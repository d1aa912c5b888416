// CliSupport: shared plumbing of the keywardctl commands.
#include "CliSupport.h"

#include "services/Messages.h"
#include "services/WorkspaceService.h"
#include "util/Input.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstdio>
#include <unistd.h>

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
    case ErrorCode::InvalidArgument: // a value the user typed: malformed, out of range, repeated, stray
        return ExitUsage;
    case ErrorCode::Format:
        return ExitFormat;
    case ErrorCode::Key:
        return ExitKey;
    case ErrorCode::Auth:
        return ExitAuth;
    case ErrorCode::KeyDisabled:
    case ErrorCode::KeyExpired:
    case ErrorCode::KeyNotYetValid:
    case ErrorCode::KeyDeleted:
        return ExitKey;
    case ErrorCode::NotFound:
        return ExitNotFound;
    case ErrorCode::Forbidden:
    case ErrorCode::Conflict:
        return ExitRefused;
    case ErrorCode::Unavailable:
    case ErrorCode::Locked:
    case ErrorCode::WrongPassphrase:
        return ExitUnavailable;
    default:
        return ExitFailure;
    }
}

namespace {

bool g_jsonErrors = false;

// The command that fixes what a reason names, where there is one: the CLI's own addition to the shared words.
QString commandHint(const Error &e)
{
    const QString a0 = e.args.value(0);
    switch (e.reason) {
    case Reason::PlanNotPremium:
        return QStringLiteral("keywardctl workspace set %1 --plan premium").arg(a0);
    case Reason::StandardPlanHasKeys:
        return QStringLiteral("keywardctl assign --workspace %1 --feature F --clear").arg(a0);
    case Reason::DoubleEncryptionFixed:
        return QStringLiteral("keywardctl workspace create NAME --option dbfs-double-encryption");
    case Reason::DisksPinnedNotFollowing:
        return QStringLiteral("keywardctl assign --workspace %1 --feature managed-disks --store %2 --key %3 "
                              "--follow-latest")
            .arg(a0, e.args.value(2), e.args.value(3));
    case Reason::DisksFollowingNotPinned:
        return QStringLiteral(
                   "keywardctl assign --workspace %1 --feature managed-disks --store %2 --key %3 --version V")
            .arg(a0, e.args.value(1), e.args.value(2));
    case Reason::KeyVersionDisabled:
        return QStringLiteral("keywardctl key enable %2 --store %1 --version %3")
            .arg(a0, e.args.value(1), e.args.value(2));
    case Reason::KeyVersionExpired:
        return QStringLiteral("keywardctl key rotate %2 --store %1").arg(a0, e.args.value(1));
    case Reason::SigningVaultNone:
        return QStringLiteral("keywardctl store add local NAME");
    case Reason::SigningVaultAmbiguous:
    case Reason::SigningVaultNotLocal:
        return QStringLiteral("--vault NAME");
    default:
        return {};
    }
}

} // namespace

void setJsonErrors(bool on)
{
    g_jsonErrors = on;
}

int report(const QString &command, const Error &error)
{
    QString text = services::Messages::full(error);
    if (const QString hint = commandHint(error); !hint.isEmpty())
        text += QStringLiteral(" ('%1')").arg(hint);
    if (g_jsonErrors) {
        // Scripts read the code and reason; the message is for people.
        QJsonObject e{{QStringLiteral("code"), errorCodeName(error.code)},
                      {QStringLiteral("reason"), reasonName(error.reason)},
                      {QStringLiteral("args"), QJsonArray::fromStringList(error.args)},
                      {QStringLiteral("message"), text},
                      {QStringLiteral("detail"), error.detail}};
        if (error.segment >= 0)
            e.insert(QStringLiteral("segment"), error.segment);
        err() << QJsonDocument(QJsonObject{{QStringLiteral("error"), e}}).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        // Names in an error come from data (object paths, file names): nothing in them may act on the terminal.
        err() << command << ": " << services::Messages::kind(error.code) << ": " << terminalSafe(text) << Qt::endl;
    }
    return exitStatusFor(error.code);
}

int checkParseRules(const QCommandLineParser &parser, const QString &command, const ParseRules &rules)
{
    const QStringList found = parser.optionNames();
    if (found.contains(QLatin1String("json")))
        setJsonErrors(true); // the refusals below are read by scripts too
    // An option given twice is refused unless the command documents it as repeatable: the last one would otherwise
    // win silently (assign --workspace a --workspace b).
    QStringList seen;
    for (const QString &name : found) {
        if (seen.contains(name))
            continue;
        seen << name;
        const qsizetype times = qMax(found.count(name), parser.values(name).size());
        if (times > 1 && !rules.repeatable.contains(name))
            return report(command, input::optionRepeated(QStringLiteral("--") + name));
    }
    if (rules.maxPositional >= 0 && parser.positionalArguments().size() > rules.maxPositional)
        return report(command, input::unexpectedArgument(parser.positionalArguments().value(rules.maxPositional)));
    return -1;
}

int parseOrExit(QCommandLineParser &parser, const QStringList &args, const QString &description,
                const ParseRules &rules)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(args)) {
        err() << args.value(0) << ": " << parser.errorText() << Qt::endl;
        err() << QCoreApplication::translate("keywardctl", "Try '%1 --help'.").arg(args.value(0)) << Qt::endl;
        return ExitUsage;
    }
    if (!parser.isSet(help))
        if (int rc = checkParseRules(parser, args.value(0), rules); rc >= 0)
            return rc;
    if (parser.isSet(help)) {
        // QCommandLineParser names the program file; the reader needs the command they typed.
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = help.left(help.indexOf(QLatin1Char('\n'))).indexOf(program);
        if (!program.isEmpty() && at >= 0)
            help.replace(at, program.size(), args.value(0));
        out() << help;
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
        *error =
            Error::make(ErrorCode::Io,
                        QCoreApplication::translate("keywardctl", "cannot open %1: %2").arg(path, file->errorString()));
        return nullptr;
    }
    return file;
}

// Standard output, counting what goes through it (a pipe has no position to ask).
class AtomicOutput::StdoutDevice final : public QIODevice
{
public:
    StdoutDevice() { QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered); }
    bool isSequential() const override { return true; }
    qint64 count() const { return m_count; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        qint64 done = 0;
        while (done < size) {
            const ssize_t n = ::write(STDOUT_FILENO, data + done, size_t(size - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                setErrorString(qt_error_string(n < 0 ? errno : EIO));
                return -1;
            }
            done += n;
        }
        m_count += done;
        return done;
    }

private:
    qint64 m_count = 0;
};

AtomicOutput::AtomicOutput() = default;
AtomicOutput::~AtomicOutput() = default;

QIODevice *AtomicOutput::device()
{
    return m_file ? static_cast<QIODevice *>(m_file.get()) : static_cast<QIODevice *>(m_stdout.get());
}

qint64 AtomicOutput::written() const
{
    return m_file ? m_file->written() : m_stdout ? m_stdout->count() : 0;
}

bool AtomicOutput::open(const QString &path, Error *error)
{
    if (path == QLatin1String("-")) {
        out().flush(); // what the command printed before comes first
        m_stdout = std::make_unique<StdoutDevice>();
        return true;
    }
    // Recovered plaintext is for the admin alone, from the first byte written.
    auto file = SafeFile::create(path, OwnerOnlyFileMode);
    if (!file) {
        *error = file.error();
        return false;
    }
    m_file = std::move(file).value();
    return true;
}

bool AtomicOutput::commit(Error *error)
{
    if (m_stdout)
        return true; // written through, unbuffered
    if (auto st = m_file->commit(); !st) {
        *error = st.error();
        return false;
    }
    return true;
}

void AtomicOutput::discard()
{
    if (m_file)
        m_file->discard(); // the temporary file goes; the target stays as it was
}

} // namespace keyward::cli

#include "util/DataDir.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace keyward::cli {

StoreAccess::StoreAccess()
    : m_dataDirOpt(QStringLiteral("data-dir"),
                   QCoreApplication::translate("keywardctl", "Keyward's data directory (default: $KEYWARD_DATA_DIR, "
                                                             "else ~/.local/share/keyward)."),
                   QStringLiteral("DIR")),
      m_passphraseOpt(QStringLiteral("passphrase-file"),
                      QCoreApplication::translate("keywardctl",
                                                  "Read a vault passphrase from FILE (- for standard input) "
                                                  "instead of asking on the terminal."),
                      QStringLiteral("FILE")),
      m_pinOpt(QStringLiteral("pin-file"),
               QCoreApplication::translate("keywardctl", "Read a token PIN from FILE (- for standard input) instead of "
                                                         "the keychain or the terminal."),
               QStringLiteral("FILE")),
      m_jsonOpt(QStringLiteral("json"), QCoreApplication::translate("keywardctl", "Print JSON."))
{
}

void StoreAccess::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({m_dataDirOpt, m_passphraseOpt, m_pinOpt, m_jsonOpt});
}

void StoreAccess::configure(const QCommandLineParser &parser)
{
    m_dataDir = resolveDataDir(parser.value(m_dataDirOpt));
    m_json = parser.isSet(m_jsonOpt);
    setJsonErrors(m_json);
    m_registry = std::make_unique<keystore::StoreRegistry>(m_dataDir);
    m_prompt = std::make_unique<TerminalPrompt>(parser.value(m_passphraseOpt), parser.value(m_pinOpt));
}

services::Context &StoreAccess::context()
{
    Q_ASSERT(m_registry); // configure() has read --data-dir
    if (!m_context) {
        m_context = std::make_unique<services::Context>(m_dataDir, m_secrets, m_prompt.get());
        m_context->setCatalogAccess(m_create ? services::Context::CatalogAccess::CreateIfMissing
                                             : services::Context::CatalogAccess::ExistingOnly);
    }
    return *m_context;
}

Status StoreAccess::checkDataDir()
{
    auto catalog = context().catalog();
    if (!catalog)
        return catalog.error();
    return {};
}

Result<std::unique_ptr<keystore::KeyStore>> StoreAccess::open(const QString &store)
{
    if (auto st = checkDataDir(); !st)
        return st.error();
    return m_registry->open(store, m_secrets, m_prompt.get());
}

int dispatch(const QStringList &args, const QList<QPair<QString, SubcommandFn>> &subcommands, const QString &usage)
{
    const QString sub = args.value(1);
    for (const auto &[name, fn] : subcommands) {
        if (sub == name) {
            QStringList rest = args.mid(2);
            rest.prepend(args.value(0) + QLatin1Char(' ') + name);
            return fn(rest);
        }
    }
    const bool help = sub == QLatin1String("--help") || sub == QLatin1String("-h");
    QStringList names;
    for (const auto &entry : subcommands)
        names << entry.first;
    // One line the shell completion and the manual page read the subcommands from.
    (help ? out() : err()) << usage << "\n\n"
                           << Text::tr("Commands:") << ' ' << names.join(QLatin1Char(' ')) << Qt::endl;
    return help ? ExitOk : ExitUsage;
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << doc.toJson(QJsonDocument::Indented);
    out().flush();
}

BlobCredentialOptions::BlobCredentialOptions()
    : m_accountKey(QStringLiteral("account-key-file"),
                   Text::tr("azure-blob: read the storage account's key from this file ('-': standard input)."),
                   QStringLiteral("PATH")),
      m_sas(QStringLiteral("sas-file"), Text::tr("azure-blob: read a SAS token from this file ('-': standard input)."),
            QStringLiteral("PATH")),
      m_connectionString(QStringLiteral("connection-string-file"),
                         Text::tr("azure-blob: read a connection string from this file ('-': standard input)."),
                         QStringLiteral("PATH"))
{
}

void BlobCredentialOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_accountKey, m_sas, m_connectionString});
}

int BlobCredentialOptions::read(const QCommandLineParser &parser, const QString &command, const QString &storage,
                                std::optional<storage::AzureBlobCredential> &credential) const
{
    const QList<QPair<const QCommandLineOption *, services::BlobSecretKind>> kinds{
        {&m_accountKey, services::BlobSecretKind::AccountKey},
        {&m_sas, services::BlobSecretKind::Sas},
        {&m_connectionString, services::BlobSecretKind::ConnectionString}};
    int given = 0;
    for (const auto &[option, kind] : kinds) {
        if (!parser.isSet(*option))
            continue;
        if (++given > 1 || !storage::AzureBlobLocation::isAzureBlob(storage)) {
            err() << command << ": "
                  << Text::tr("give one of --account-key-file, --sas-file and --connection-string-file, and only "
                              "with an azure-blob: storage")
                  << Qt::endl;
            return ExitUsage;
        }
        auto secret = readSecret(parser.value(*option), {}, QStringLiteral("--") + option->names().constFirst());
        if (!secret)
            return report(command, secret.error());
        auto made = services::WorkspaceService::blobCredential(storage, kind, *secret);
        if (!made)
            return report(command, made.error());
        credential = std::move(made).value();
    }
    return -1;
}

} // namespace keyward::cli

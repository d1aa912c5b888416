// keywardctl: the command-line twin of the console; dispatches to one subcommand.
#include "Commands.h"

#include "util/OpenFiles.h"
#include "util/PoolThread.h"
#include "util/ProcessHardening.h"
#include "util/Translations.h"
#include "util/Version.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

#include <sys/stat.h>

using namespace keyward::cli;

namespace {

struct Command
{
    const char *name;
    int (*run)(const QStringList &);
    const char *summary;
};

const Command commands[] = {
    {"envelope", runEnvelope, QT_TRANSLATE_NOOP("keywardctl", "inspect KWE1 objects")},
    {"recover", runRecover, QT_TRANSLATE_NOOP("keywardctl", "decrypt an object with an escrow key (break-glass)")},
    {"matrix", runMatrix, QT_TRANSLATE_NOOP("keywardctl", "print the data-type to key-feature matrix")},
    {"store", runStore, QT_TRANSLATE_NOOP("keywardctl", "add, list and inspect key stores")},
    {"key", runKey, QT_TRANSLATE_NOOP("keywardctl", "create, rotate, enable, disable, delete keys; rotation policy")},
    {"encrypt", runEncrypt, QT_TRANSLATE_NOOP("keywardctl", "seal a workspace's plaintext objects")},
    {"verify", runVerify, QT_TRANSLATE_NOOP("keywardctl", "check every object of a workspace")},
    {"rotate", runRotate, QT_TRANSLATE_NOOP("keywardctl", "rotate keys: new versions, feature keys re-wrapped")},
    {"retire", runRetire, QT_TRANSLATE_NOOP("keywardctl", "disable an old key version once it is safe to")},
    {"rekey", runRekey, QT_TRANSLATE_NOOP("keywardctl", "new feature-key generation; object headers rewritten")},
    {"import", runImport, QT_TRANSLATE_NOOP("keywardctl", "copy a folder of files into a workspace")},
    {"escrow", runEscrow, QT_TRANSLATE_NOOP("keywardctl", "export a break-glass recovery kit for a feature key")},
    {"demo", runDemo, QT_TRANSLATE_NOOP("keywardctl", "run the whole flow on a demo workspace")},
    {"workspace", runWorkspace, QT_TRANSLATE_NOOP("keywardctl", "create, list, show and change workspaces")},
    {"assign", runAssign, QT_TRANSLATE_NOOP("keywardctl", "assign a customer-managed key to a workspace feature")},
    {"history", runHistory, QT_TRANSLATE_NOOP("keywardctl", "print or verify the rotation history")},
    {"report", runReport,
     QT_TRANSLATE_NOOP("keywardctl", "write a compliance report (PDF, HTML, signed JSON, CSV); verify a signed one")},
    {"export", runExport,
     QT_TRANSLATE_NOOP("keywardctl", "export a workspace's key configuration as Terraform or ARM")},
};

void printUsage(FILE *to)
{
    QTextStream out(to);
    out << QCoreApplication::translate("keywardctl", "Usage: keywardctl <command> [options]") << '\n'
        << '\n'
        << QCoreApplication::translate("keywardctl", "Commands:") << '\n';
    for (const Command &c : commands)
        out << "  " << QString::fromLatin1(c.name).leftJustified(12)
            << QCoreApplication::translate("keywardctl", c.summary) << '\n';
    out << '\n'
        << QCoreApplication::translate("keywardctl", "Run 'keywardctl <command> --help' for a command's options.")
        << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    // Before anything holds a key: no core dumps, key buffers from a heap kept out of dumps and swap.
    keyward::hardenProcess();
    // Qt's own threads, ended as the program ends, are gone before anything else runs at exit.
    keyward::waitAtExitForEndedQtThreads();
    // A job holds each object of the batches in flight open: as many files as the system lets the user have.
    keyward::raiseOpenFileLimit();
    // Everything Keyward writes is the owner's alone (files 0600, folders 0700), including what libraries create
    // (SQLite's -wal and -shm files); core also sets these modes itself.
    ::umask(077);
    // Reports lay out text and draw charts, which needs Qt Gui's fonts: `report` runs a QGuiApplication on the
    // offscreen platform (keywardctl never shows a window). Every other command stays a plain QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && std::strcmp(argv[1], "report") == 0) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("keywardctl"));
    QCoreApplication::setApplicationVersion(keyward::version());
    keyward::installTranslations(*app);

    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        printUsage(stderr);
        return ExitUsage;
    }
    const QString name = args.at(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printUsage(stdout);
        return ExitOk;
    }
    if (name == QLatin1String("--version")) {
        QTextStream(stdout) << keyward::versionText(QStringLiteral("keywardctl"));
        return ExitOk;
    }
    for (const Command &c : commands) {
        if (name == QLatin1String(c.name)) {
            QStringList sub = args.mid(2);
            sub.prepend(QStringLiteral("keywardctl ") + name);
            return c.run(sub);
        }
    }
    QTextStream(stderr) << QCoreApplication::translate("keywardctl", "keywardctl: unknown command '%1'").arg(name)
                        << '\n';
    printUsage(stderr);
    return ExitUsage;
}

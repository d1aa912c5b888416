// keyward: the desktop console: parses the command line, opens the main window.
#include "ComplianceFilterProxy.h"
#include "ComplianceFindingsModel.h"
#include "ComplianceView.h"
#include "EvidenceDialog.h"
#include "ExportConfigDialog.h"
#include "KeyWizard.h"
#include "MainWindow.h"
#include "PassphraseDialog.h"
#include "ReportDialog.h"
#include "Settings.h"
#include "model/Workspace.h"
#include "secrets/KeychainSecretStore.h"
#include "services/Context.h"
#include "util/DataDir.h"
#include "util/OpenFiles.h"
#include "util/PoolThread.h"
#include "util/ProcessHardening.h"
#include "util/Translations.h"
#include "util/Version.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QLineEdit>
#include <QTextStream>
#include <QTimer>

#include <cstring>
#include <memory>
#include <utility>

#include <sys/stat.h>

using namespace keyward;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(keyward)
};

int usageError(const QString &message)
{
    QTextStream(stderr) << Text::tr("keyward: %1").arg(message) << '\n';
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    // Before anything holds a key: no core dumps, key buffers from a heap kept out of dumps and swap.
    hardenProcess();
    // Qt's own threads, ended as the program ends, are gone before anything else runs at exit.
    waitAtExitForEndedQtThreads();
    // A job holds each object of the batches in flight open: as many files as the system lets the user have.
    raiseOpenFileLimit();
    // Everything Keyward writes is the owner's alone (files 0600, folders 0700), including what libraries create
    // (SQLite's -wal and -shm files); core also sets these modes itself.
    ::umask(077);
    // Answered before the window system is asked for anything: it works without a display.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            QCoreApplication core(argc, argv);
            installTranslations(core);
            QTextStream(stdout) << versionText(QStringLiteral("keyward"));
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Keyward"));
    QApplication::setOrganizationName(QStringLiteral("Keyward"));
    QApplication::setApplicationDisplayName(QStringLiteral("Keyward"));
    QApplication::setApplicationVersion(version());
    // The desktop entry's name: how a Wayland compositor or a dock matches the window to its menu entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.keyward.Keyward"));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Customer-managed key console."));
    parser.addHelpOption();
    const QCommandLineOption versionOption(QStringLiteral("version"),
                                           Text::tr("Print the version, and those of Qt and OpenSSL, then quit."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        Text::tr("Save a PNG of the window once it is shown and laid out, then quit."),
                                        Text::tr("file"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     Text::tr("Keyward's data directory (default: $KEYWARD_DATA_DIR, else "
                                              "~/.local/share/keyward), the same as keywardctl's."),
                                     Text::tr("dir"));
    const QCommandLineOption whatIf(QStringLiteral("what-if"),
                                    Text::tr("Open the what-if viewer on a sample workspace instead of the catalog: "
                                             "nothing is saved."));
    const QCommandLineOption plan(QStringLiteral("plan"),
                                  Text::tr("What-if: open the sample workspace on this plan: standard or premium."),
                                  Text::tr("plan"));
    const QCommandLineOption option(QStringLiteral("option"),
                                    Text::tr("What-if: turn on a workspace option in the sample workspace "
                                             "(repeatable)."),
                                    Text::tr("name"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  Text::tr("Open on this view: coverage, keys, jobs, history or compliance."),
                                  Text::tr("view"));
    const QCommandLineOption demoObjects(QStringLiteral("demo-objects"),
                                         Text::tr("What \"Create the demo workspace\" makes: about this many objects "
                                                  "(default 300; raised to the sample data's minimum)."),
                                         Text::tr("count"));
    const QCommandLineOption demoSize(QStringLiteral("demo-size-mib"),
                                      Text::tr("What \"Create the demo workspace\" makes: about this many MiB of "
                                               "sample data (default 64)."),
                                      Text::tr("MiB"));
    const QCommandLineOption wizardPage(QStringLiteral("wizard-page"),
                                        Text::tr("With --screenshot: open the key wizard on the demo workspace and "
                                                 "walk it to page N (0-5; page 5 applies: use a copy of the data)."),
                                        Text::tr("N"));
    const QCommandLineOption dialog(QStringLiteral("dialog"),
                                    Text::tr("With --screenshot: open a dialog of the Compliance view and picture it: "
                                             "evidence (of the first finding that names a key), export or report."),
                                    Text::tr("name"));
    parser.addOptions(
        {versionOption, dataDir, whatIf, view, screenshot, plan, option, demoObjects, demoSize, wizardPage, dialog});
    parser.process(app);
    if (!parser.isSet(whatIf) && (parser.isSet(plan) || parser.isSet(option)))
        return usageError(Text::tr("--plan and --option go with --what-if"));

    // The sample workspace of the what-if viewer, adjusted from the command line so docs can show any state.
    model::Workspace workspace = model::Workspace::sample();
    if (parser.isSet(plan)) {
        const Result<model::Plan> p = model::parsePlan(parser.value(plan));
        if (!p)
            return usageError(Text::tr("unknown plan '%1' (expected standard or premium)").arg(parser.value(plan)));
        workspace.setPlan(*p);
    }
    for (const QString &name : parser.values(option)) {
        const Result<model::WorkspaceOption> o = model::parseWorkspaceOption(name);
        if (!o)
            return usageError(Text::tr("unknown option '%1'").arg(name));
        workspace.setOption(*o, true);
    }

    // What "Create the demo workspace" makes (tests and screenshots make a small one).
    services::DemoRequest demo;
    for (const auto &[opt, value] : {std::pair{&demoObjects, &demo.objects}, std::pair{&demoSize, &demo.sizeMiB}}) {
        if (!parser.isSet(*opt))
            continue;
        bool ok = false;
        *value = parser.value(*opt).toLongLong(&ok);
        if (!ok || *value <= 0)
            return usageError(Text::tr("--%1 takes a positive number").arg(opt->names().constFirst()));
    }

    secrets::KeychainSecretStore keychain;
    ui::DialogSecretPrompt prompt; // vaults kept under a passphrase and tokens ask here, on this thread
    services::Context context(resolveDataDir(parser.value(dataDir)), keychain, &prompt);
    std::unique_ptr<ui::MainWindow> console =
        parser.isSet(whatIf) ? std::make_unique<ui::MainWindow>(workspace) : std::make_unique<ui::MainWindow>(context);
    ui::MainWindow &window = *console;
    prompt.setParentWidget(&window);
    window.setDemoRequest(demo);
    ui::Settings settings;
    if (!parser.isSet(whatIf))
        window.setSettings(&settings);
    if (parser.isSet(view) && !window.showView(parser.value(view)))
        return usageError(Text::tr("unknown view '%1' (expected coverage, keys, jobs, history or compliance)")
                              .arg(parser.value(view)));
    const QStringList dialogs{QStringLiteral("evidence"), QStringLiteral("export"), QStringLiteral("report")};
    if (parser.isSet(dialog) && (parser.isSet(whatIf) || !dialogs.contains(parser.value(dialog))))
        return usageError(Text::tr("--dialog takes evidence, export or report, on the catalog's console"));
    window.show();

    if (parser.isSet(wizardPage) && !parser.isSet(whatIf)) {
        // For documentation screenshots: the wizard on the demo workspace, walked page by page as a person would,
        // a new key on every feature; the shot below is of the wizard.
        auto *wizard = new ui::KeyWizard(context, &window, services::DemoRequest().workspace);
        bool number = false;
        const int target = parser.value(wizardPage).toInt(&number);
        if (!number || target < 0 || target > int(ui::KeyWizard::ResultPageId))
            return usageError(
                Text::tr("--wizard-page takes a page number from 0 to %1").arg(int(ui::KeyWizard::ResultPageId)));
        wizard->open();
        auto *walk = new QTimer(wizard);
        QObject::connect(walk, &QTimer::timeout, wizard, [wizard, walk, target] {
            if (wizard->currentId() >= target) {
                walk->stop();
                return;
            }
            if (wizard->currentId() == ui::KeyWizard::WorkspacePageId)
                for (QCheckBox *c : wizard->currentPage()->findChildren<QCheckBox *>())
                    c->setChecked(c->isEnabled());
            if (auto *name = wizard->currentPage()->findChild<QLineEdit *>(QStringLiteral("keyNameEdit")))
                if (name->text().isEmpty())
                    name->setText(QStringLiteral("demo-cmk-2"));
            if (wizard->button(QWizard::NextButton)->isEnabled() || wizard->button(QWizard::CommitButton)->isEnabled())
                wizard->next();
        });
        walk->start(300);
    }
    if (parser.isSet(dialog)) {
        // For documentation screenshots: the Compliance view, once weighed, with one of its dialogs open.
        window.showView(QStringLiteral("compliance"));
        const QString name = parser.value(dialog);
        auto *compliance = window.findChild<ui::ComplianceView *>();
        auto *open = new QTimer(&window);
        QObject::connect(open, &QTimer::timeout, &window, [compliance, open, name] {
            if (!compliance || compliance->isComputing() || !compliance->report())
                return;
            open->stop();
            if (name == QLatin1String("evidence")) {
                // The first finding that names a key: its evidence has the most to show.
                int row = 0;
                for (int r = compliance->proxy()->rowCount() - 1; r >= 0; --r) {
                    const QModelIndex source = compliance->proxy()->mapToSource(compliance->proxy()->index(r, 0));
                    if (!compliance->model()->finding(source.row())->evidence.keyId.isEmpty())
                        row = r;
                }
                compliance->openEvidence(row);
            } else if (name == QLatin1String("export"))
                compliance->exportConfiguration();
            else
                compliance->generateReport();
        });
        open->start(200);
    }
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        // A short delay after show() lets the window manager map the window and the layouts settle; the Compliance
        // view and its dialogs are pictured once their work on a worker is done (at most 30 s later).
        const bool ofWizard = parser.isSet(wizardPage);
        const bool ofDialog = parser.isSet(dialog);
        auto *wait = new QTimer(&window);
        auto deadline = std::make_shared<QDeadlineTimer>(30000);
        QObject::connect(wait, &QTimer::timeout, &window, [&window, wait, deadline, file, ofWizard, ofDialog] {
            const auto *compliance = window.findChild<ui::ComplianceView *>();
            const bool complianceShown = compliance && compliance->isVisible();
            QWidget *shown = &window;
            if (auto *wizard = window.findChild<ui::KeyWizard *>(); wizard && ofWizard)
                shown = wizard;
            if (ofDialog) {
                shown = nullptr;
                if (auto *d = window.findChild<ui::EvidenceDialog *>())
                    shown = d;
                else if (auto *d = window.findChild<ui::ExportConfigDialog *>(); d && !d->isLoading())
                    shown = d;
                else if (auto *d = window.findChild<ui::ReportDialog *>())
                    shown = d;
            }
            const bool ready = shown && !(complianceShown && compliance->isComputing());
            if (!ready && !deadline->hasExpired())
                return;
            wait->stop();
            const bool saved = shown && shown->grab().save(file, "PNG");
            if (!saved)
                QTextStream(stderr) << Text::tr("keyward: cannot write %1").arg(file) << '\n';
            QCoreApplication::exit(saved ? 0 : 1);
        });
        QTimer::singleShot(ofWizard ? 4000 : 400, &window, [wait] { wait->start(200); });
    }
    return app.exec();
}

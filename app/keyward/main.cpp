// keyward: the desktop console: parses the command line, opens the main window.
#include "MainWindow.h"
#include "model/Workspace.h"
#include "util/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>

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
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Keyward"));
    QApplication::setOrganizationName(QStringLiteral("Keyward"));
    QApplication::setApplicationDisplayName(QStringLiteral("Keyward"));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Customer-managed key console."));
    parser.addHelpOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        Text::tr("Save a PNG of the window once it is shown and laid out, then quit."),
                                        Text::tr("file"));
    const QCommandLineOption plan(QStringLiteral("plan"),
                                  Text::tr("Open the demo workspace on this plan: standard or premium."),
                                  Text::tr("plan"));
    const QCommandLineOption option(QStringLiteral("option"),
                                    Text::tr("Turn on a workspace option in the demo workspace (repeatable)."),
                                    Text::tr("name"));
    parser.addOptions({screenshot, plan, option});
    parser.process(app);

    // The demo workspace, adjusted from the command line so docs can show any state of the matrix.
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

    ui::MainWindow window(workspace);
    window.show();

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        // A short delay after show() lets the window manager map the window and the layouts settle.
        QTimer::singleShot(400, &window, [&window, file] {
            const bool saved = window.grab().save(file, "PNG");
            if (!saved)
                QTextStream(stderr) << Text::tr("keyward: cannot write %1").arg(file) << '\n';
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}

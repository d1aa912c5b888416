// bench_ui_paint: how long the console takes to show itself on a catalog of many workspaces. It makes a data
// directory with N workspaces (through the services, as an admin would: each with its folder, every third with a
// key assigned to managed disks), then, in a new QApplication's event loop, constructs the console's MainWindow on
// it, shows it and measures the time until the window's first paint has been delivered; then until the workspace
// list holds every workspace. Offscreen unless QT_QPA_PLATFORM says otherwise.
//
// Usage: bench_ui_paint [--workspaces N] [--repeat R] [--dir PARENT] [--json FILE]   (defaults: 500, 5)
#include "BenchSupport.h"
#include "MainWindow.h"
#include "keystore/KeyStore.h"
#include "secrets/SecretStore.h"
#include "services/AssignmentService.h"
#include "services/Context.h"
#include "services/StoreService.h"
#include "services/WorkspaceService.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace keyward;

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "bench_ui_paint: %s\n", qPrintable(what));
    return 1;
}

// Notes the first paint a widget receives.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QElapsedTimer &clock) : m_clock(clock) {}
    qint64 at = -1; // ns
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && at < 0) {
            const bool handled = QObject::eventFilter(watched, event);
            at = m_clock.nsecsElapsed();
            return handled;
        }
        return false;
    }

private:
    QElapsedTimer &m_clock;
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int workspaces = 500;
    int repeat = 5;
    QString parent = QDir::tempPath();
    QString json;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const bool hasValue = i + 1 < args.size();
        if (args[i] == QLatin1String("--workspaces") && hasValue)
            workspaces = args[++i].toInt();
        else if (args[i] == QLatin1String("--repeat") && hasValue)
            repeat = args[++i].toInt();
        else if (args[i] == QLatin1String("--dir") && hasValue)
            parent = args[++i];
        else if (args[i] == QLatin1String("--json") && hasValue)
            json = args[++i];
        else
            workspaces = 0;
        if (workspaces <= 0 || repeat <= 0) {
            std::fprintf(stderr, "usage: bench_ui_paint [--workspaces N] [--repeat R] [--dir PARENT] [--json FILE]\n");
            return 2;
        }
    }
    QTemporaryDir dir(parent + QStringLiteral("/keyward-ui-paint-XXXXXX"));
    if (!dir.isValid())
        return fail(QStringLiteral("cannot make a folder under %1").arg(parent));
    secrets::MemorySecretStore secrets;
    services::Context context(dir.path(), secrets, nullptr);

    QElapsedTimer setup;
    setup.start();
    services::AddLocalStoreRequest vault;
    vault.name = QStringLiteral("bench");
    if (auto added = services::StoreService(context).addLocal(vault); !added)
        return fail(added.error().detail);
    auto store = context.stores().store(vault.name);
    if (!store)
        return fail(store.error().detail);
    if (auto key = (*store)->createKey({QStringLiteral("disks"), keystore::KeyKind::Aes, 256}); !key)
        return fail(key.error().detail);
    for (int i = 0; i < workspaces; ++i) {
        services::CreateWorkspaceRequest create;
        create.name = QStringLiteral("ws-%1").arg(i, 4, 10, QLatin1Char('0'));
        if (auto created = services::WorkspaceService(context).create(create); !created)
            return fail(created.error().detail);
        if (i % 3 != 0)
            continue;
        services::AssignRequest assign;
        assign.workspace = create.name;
        assign.feature = model::Feature::ManagedDisks;
        assign.store = vault.name;
        assign.key = QStringLiteral("disks");
        if (auto assigned = services::AssignmentService(context).assign(assign); !assigned)
            return fail(assigned.error().detail);
    }
    QTextStream out(stdout);
    out << QStringLiteral("%1 workspaces made in %2 s; the console on them, %3 times:\n")
               .arg(workspaces)
               .arg(double(setup.elapsed()) / 1000, 0, 'f', 1)
               .arg(repeat);
    out.flush();

    std::vector<double> paints, listed;
    for (int r = 0; r < repeat; ++r) {
        QElapsedTimer clock;
        FirstPaint first(clock);
        double listedMs = -1;
        clock.start();
        auto window = std::make_unique<ui::MainWindow>(context);
        window->installEventFilter(&first);
        window->show();
        // Until the first paint has been delivered and every workspace is listed (or 10 s).
        QTimer poll;
        poll.setInterval(0);
        QObject::connect(&poll, &QTimer::timeout, &app, [&] {
            if (listedMs < 0) {
                for (auto *view : window->findChildren<QAbstractItemView *>()) {
                    if (view->model() && view->model()->rowCount() >= workspaces) {
                        listedMs = double(clock.nsecsElapsed()) / 1e6;
                        break;
                    }
                }
            }
            if ((first.at >= 0 && listedMs >= 0) || clock.elapsed() > 10000)
                app.quit();
        });
        poll.start();
        app.exec();
        poll.stop();
        if (first.at < 0)
            return fail(QStringLiteral("the window was never painted"));
        paints.push_back(double(first.at) / 1e6);
        listed.push_back(listedMs);
        out << QStringLiteral("  run %1: first paint %2 ms, every workspace listed at %3 ms\n")
                   .arg(r + 1)
                   .arg(paints.back(), 0, 'f', 1)
                   .arg(listedMs, 0, 'f', 1);
        out.flush();
        window.reset();
    }
    const double paint = bench::median(paints);
    const bench::Figure figure{
        QStringLiteral("console: first paint with %1 workspaces in the catalog").arg(workspaces),
        paint,
        QStringLiteral("ms"),
        QString(),
        0,
        0,
        QStringLiteral("< 1000 ms"),
        paint < 1000,
        QStringLiteral("median of %1 runs, from constructing the window; every workspace listed at %2 ms (median)")
            .arg(repeat)
            .arg(bench::median(listed), 0, 'f', 0)};
    if (!bench::appendFigure(json, figure))
        return fail(QStringLiteral("cannot write %1").arg(json));
    return 0;
}

// CoverageController: measurement on a worker, facts into the matrix, cells to their objects.
#include "CoverageController.h"

#include "LegendWidget.h"
#include "MatrixModel.h"
#include "MatrixView.h"
#include "ObjectsDialog.h"
#include "model/DataTypeCatalogue.h"
#include "services/CoverageService.h"
#include "services/Messages.h"
#include "util/PoolThread.h"

#include <QtConcurrent/QtConcurrentRun>

namespace keyward::ui {

struct CoverageController::Outcome
{
    QString workspace;
    std::optional<Result<model::CoverageFacts>> result; // written by the worker before the watcher finishes
};

CoverageController::CoverageController(services::Context &context, MatrixModel *model, MatrixView *view,
                                       LegendWidget *legend, QWidget *window)
    : QObject(window), m_context(context), m_model(model), m_window(window)
{
    setObjectName(QStringLiteral("coverageController"));
    legend->setMeasured(true);
    m_model->setOpensObjects(true);
    connect(view, &MatrixView::dataTypeActivated, this, [this](const QString &id) { openObjects(id); });
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &CoverageController::onFinished);
}

CoverageController::~CoverageController()
{
    // The workers read the secret store and clock of the window's context, which outlives the window.
    m_watcher.waitForFinished();
    for (QFuture<void> &listing : m_listings)
        listing.waitForFinished();
}

void CoverageController::refresh(const QString &workspace)
{
    m_workspace = workspace;
    if (workspace.isEmpty())
        return;
    if (m_measuring) {
        m_pending = workspace;
        return;
    }
    start(workspace);
}

void CoverageController::start(const QString &workspace)
{
    m_pending.reset();
    m_measuring = true;
    m_outcome = std::make_shared<Outcome>();
    m_outcome->workspace = workspace;
    // A catalog connection belongs to one thread: the worker opens its own on the same data directory, and its key
    // stores through a prompt that never asks (MeasureOptions' default), so a refresh never waits for a person.
    const QString dataDir = m_context.dataDir();
    secrets::SecretStore *secrets = &m_context.secrets();
    const Clock *clock = &m_context.clock();
    m_watcher.setFuture(QtConcurrent::run([outcome = m_outcome, dataDir, secrets, clock] {
        releaseOpenSslWithThread();
        services::Context worker(dataDir, *secrets, nullptr, *clock);
        outcome->result = services::CoverageService(worker).facts(outcome->workspace);
    }));
}

void CoverageController::onFinished()
{
    const std::shared_ptr<Outcome> outcome = m_outcome;
    if (outcome && outcome->result) {
        if (*outcome->result) {
            m_error.clear();
            m_model->setFacts(**outcome->result); // applied only while that workspace is the one shown
        } else {
            m_error = services::Messages::full(outcome->result->error());
            emit measureFailed(m_error);
        }
    }
    if (m_pending) {
        start(*m_pending);
        return;
    }
    m_measuring = false;
    emit measured();
}

ObjectsDialog *CoverageController::openObjects(const QString &dataTypeId)
{
    const model::DataType *type = model::DataTypeCatalogue::find(dataTypeId);
    if (!type || m_workspace.isEmpty())
        return nullptr;
    const int index = int(type - model::DataTypeCatalogue::all().constData()); // find() points into all()
    auto *dialog = new ObjectsDialog(m_context, m_workspace, *type, m_model->cells().value(index), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_listings.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    m_listings << dialog->future();
    dialog->open();
    return dialog;
}

} // namespace keyward::ui

// CoverageController: the console's Coverage view on real data: measures the selected workspace on a worker (its
// keys from their stores, never prompting; its last jobs from the catalog) and hands the facts to the matrix, and
// opens the objects behind a cell when one is activated.
#pragma once

#include "model/CoverageFacts.h"
#include "services/Context.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace keyward::ui {

class LegendWidget;
class MatrixModel;
class MatrixView;
class ObjectsDialog;

class CoverageController : public QObject
{
    Q_OBJECT
public:
    // `model`, `view` and `legend` must outlive the controller (the window owns them all); dialogs open on `window`.
    CoverageController(services::Context &context, MatrixModel *model, MatrixView *view, LegendWidget *legend,
                       QWidget *window);
    ~CoverageController() override;

    // Measures `workspace` again; a measurement under way finishes first, then the newest request runs.
    void refresh(const QString &workspace);
    // From refresh() until its facts are shown.
    bool isMeasuring() const { return m_measuring; }
    // The workspace the model shows; empty before the first refresh.
    QString workspace() const { return m_workspace; }
    // Why the last measurement failed (translated); empty when it succeeded.
    QString lastError() const { return m_error; }
    // Opens the objects of a data type of the current workspace; the dialog, or nullptr for an unknown type.
    ObjectsDialog *openObjects(const QString &dataTypeId);

signals:
    // A measurement finished and its facts (or its error) are shown.
    void measured();
    // A measurement failed (the catalog could not be read, the workspace is gone): why, in words.
    void measureFailed(const QString &why);

private:
    void start(const QString &workspace);
    void onFinished();

    struct Outcome;
    services::Context &m_context;
    MatrixModel *m_model;
    QWidget *m_window;
    QString m_workspace;
    std::optional<QString> m_pending;
    std::shared_ptr<Outcome> m_outcome;
    QFutureWatcher<void> m_watcher;
    QList<QFuture<void>> m_listings; // objects dialogs' workers: they read the context's secret store
    QString m_error;
    bool m_measuring = false;
};

} // namespace keyward::ui

// ObjectsDialog: what is behind one cell of the matrix: the cell's state and reason, and the workspace's objects of
// that data type, each with how it is sealed, its size and the last verification's word on it. The objects are
// read on a worker; the dialog opens at once and fills in.
#pragma once

#include "model/DataType.h"
#include "model/MatrixCell.h"
#include "services/Context.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QTableView;

namespace keyward::ui {

class ObjectsModel;

class ObjectsDialog : public QDialog
{
    Q_OBJECT
public:
    // The worker reads `context`'s secret store and clock: whoever opens the dialog keeps future() until it has
    // finished if the dialog may close first (closing never waits for it).
    ObjectsDialog(services::Context &context, const QString &workspace, const model::DataType &type,
                  const model::MatrixCell &cell, QWidget *parent = nullptr);
    ~ObjectsDialog() override;

    QFuture<void> future() const { return m_watcher.future(); }

    ObjectsModel *objectsModel() const { return m_model; }
    // Until the objects (or the error) are shown.
    bool isLoading() const { return !m_loaded; }
    // Empty while loading or once loaded; the error's words when the objects could not be listed.
    QString error() const { return m_error; }

signals:
    void loaded();

private:
    void onLoaded();

    struct Outcome;
    std::shared_ptr<Outcome> m_outcome;
    QFutureWatcher<void> m_watcher;
    ObjectsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QString m_error;
    bool m_loaded = false;
};

} // namespace keyward::ui

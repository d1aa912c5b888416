// ObjectsDialog: the cell's header, the objects table and the worker that lists them.
#include "ObjectsDialog.h"

#include "CoverageStyle.h"
#include "ObjectsModel.h"
#include "services/CoverageService.h"
#include "services/Messages.h"
#include "util/PoolThread.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace keyward::ui {

using services::WorkspaceObject;

struct ObjectsDialog::Outcome
{
    std::optional<Result<QList<WorkspaceObject>>> result; // written by the worker before the watcher finishes
};

ObjectsDialog::ObjectsDialog(services::Context &context, const QString &workspace, const model::DataType &type,
                             const model::MatrixCell &cell, QWidget *parent)
    : QDialog(parent), m_outcome(std::make_shared<Outcome>())
{
    setObjectName(QStringLiteral("objectsDialog"));
    setWindowTitle(tr("%1 - %2").arg(type.displayName(), workspace));
    setAccessibleName(tr("Objects of %1 in %2").arg(type.displayName(), workspace));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(type.displayName(), this);
    title->setObjectName(QStringLiteral("objectsTitle"));
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    title->setFont(big);
    layout->addWidget(title);

    // The cell as the matrix shows it: badge (icon and text), the key, then the reason in full.
    auto *stateRow = new QHBoxLayout;
    auto *badge = new QLabel(this);
    badge->setObjectName(QStringLiteral("objectsState"));
    const QString label = cell.label();
    badge->setPixmap(CoverageStyle::badgePixmap(cell.state, label, font(), devicePixelRatioF()));
    badge->setAccessibleName(label);
    stateRow->addWidget(badge);
    auto *key = new QLabel(cell.keyShortText(), this);
    key->setObjectName(QStringLiteral("objectsKey"));
    key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette secondary = key->palette();
    secondary.setColor(QPalette::WindowText, CoverageStyle::secondaryText());
    key->setPalette(secondary);
    stateRow->addWidget(key, 1);
    layout->addLayout(stateRow);
    auto *reason = new QLabel(cell.reason, this);
    reason->setObjectName(QStringLiteral("objectsReason"));
    reason->setWordWrap(true);
    reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(reason);
    auto *source = new QLabel(tr("Source: %1").arg(type.sourceCitation()), this);
    source->setObjectName(QStringLiteral("objectsSource"));
    source->setWordWrap(true);
    source->setPalette(secondary);
    layout->addWidget(source);

    m_status = new QLabel(tr("Reading the objects..."), this);
    m_status->setObjectName(QStringLiteral("objectsStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_model = new ObjectsModel(this);
    m_model->setObjectName(QStringLiteral("objectsModel"));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("objectsView"));
    m_view->setAccessibleName(tr("Objects"));
    m_view->setAccessibleDescription(tr("One row per object: its path, size, how it is sealed and what the last "
                                        "verification found."));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSectionResizeMode(ObjectsModel::PathColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ObjectsModel::SizeColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ObjectsModel::SealColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ObjectsModel::VerifyColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("objectsCloseButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 560);
    m_view->setFocus();

    // A catalog connection belongs to one thread: the worker opens its own on the same data directory.
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &ObjectsDialog::onLoaded);
    const QString dataDir = context.dataDir();
    secrets::SecretStore *secrets = &context.secrets();
    const Clock *clock = &context.clock();
    const QString typeId = type.id;
    m_watcher.setFuture(QtConcurrent::run([outcome = m_outcome, dataDir, secrets, clock, workspace, typeId] {
        releaseOpenSslWithThread();
        services::Context worker(dataDir, *secrets, nullptr, *clock);
        outcome->result = services::CoverageService(worker).objectsOf(workspace, typeId);
    }));
}

ObjectsDialog::~ObjectsDialog() = default; // a listing still under way finishes into its own outcome

void ObjectsDialog::onLoaded()
{
    m_loaded = true;
    if (!m_outcome->result || !*m_outcome->result) {
        m_error = m_outcome->result ? services::Messages::full(m_outcome->result->error()) : QString();
        m_status->setText(tr("The objects cannot be listed: %1").arg(m_error));
        emit loaded();
        return;
    }
    m_model->setObjects(**m_outcome->result);
    using Seal = WorkspaceObject::Seal;
    const int total = m_model->rowCount();
    if (total == 0)
        m_status->setText(tr("The workspace has no objects of this type."));
    else
        m_status->setText(tr("Objects: %1. Sealed: %2. Plaintext: %3. Other: %4.")
                              .arg(total)
                              .arg(m_model->count(Seal::Sealed))
                              .arg(m_model->count(Seal::Plaintext))
                              .arg(m_model->count(Seal::Invalid) + m_model->count(Seal::Unreadable)));
    if (total > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    emit loaded();
}

} // namespace keyward::ui

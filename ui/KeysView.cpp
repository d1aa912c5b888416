// KeysView: the key tree above the uses of the selected version. Object counts are taken on a worker (listing a
// workspace's objects can take a while), with a catalog connection of its own.
#include "KeysView.h"

#include "CoverageStyle.h"
#include "KeyIdText.h"
#include "KeysModel.h"
#include "VersionUsesModel.h"
#include "model/Feature.h"
#include "services/KeyService.h"
#include "services/Messages.h"
#include "util/PoolThread.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace keyward::ui {

KeysView::KeysView(services::Context &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("keysPage"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("keysSummary"));
    m_summary->setWordWrap(true);
    m_unlock = new QPushButton(tr("&Unlock stores..."), this);
    m_unlock->setObjectName(QStringLiteral("unlockStoresButton"));
    m_unlock->setToolTip(tr("Open the locked stores, asking for their passphrase or PIN"));
    connect(m_unlock, &QPushButton::clicked, this, [this] { reload(true); });
    m_rotate = new QPushButton(tr("&Rotate key now..."), this);
    m_rotate->setObjectName(QStringLiteral("rotateKeyButton"));
    m_rotate->setToolTip(tr("A new version of the selected key for every workspace feature that uses it"));
    connect(m_rotate, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_tree->currentIndex();
        emit rotateKeyRequested(current.data(KeysModel::StoreRole).toString(),
                                current.data(KeysModel::KeyRole).toString());
    });
    top->addWidget(m_summary, 1);
    top->addWidget(m_rotate);
    top->addWidget(m_unlock);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_model = new KeysModel(this);
    m_model->setObjectName(QStringLiteral("keysModel"));
    m_tree = new QTreeView(splitter);
    m_tree->setObjectName(QStringLiteral("keysTree"));
    m_tree->setAccessibleName(tr("Keys of every store"));
    m_tree->setAccessibleDescription(tr("Each store, its keys and each key's versions, newest first; select a "
                                        "version to see where it is used."));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &KeysView::onCurrentChanged);

    auto *details = new QWidget(splitter);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 6, 0, 0);
    m_detailsTitle = new QLabel(details);
    m_detailsTitle->setObjectName(QStringLiteral("usesTitle"));
    QFont bold = m_detailsTitle->font();
    bold.setBold(true);
    m_detailsTitle->setFont(bold);
    m_detailsTitle->setWordWrap(true);
    m_impact = new QLabel(details);
    m_impact->setObjectName(QStringLiteral("usesImpact"));
    m_impact->setWordWrap(true);
    m_uses = new VersionUsesModel(this);
    m_uses->setObjectName(QStringLiteral("versionUsesModel"));
    m_usesTable = new QTableView(details);
    m_usesTable->setObjectName(QStringLiteral("usesTable"));
    m_usesTable->setAccessibleName(tr("Where the selected version is used"));
    m_usesTable->setModel(m_uses);
    m_usesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_usesTable->setWordWrap(false);
    m_usesTable->verticalHeader()->setVisible(false);
    m_usesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_usesTable->horizontalHeader()->setStretchLastSection(true);
    // What can be done to the selection: each through the key service, which audits it.
    auto *actions = new QHBoxLayout;
    const auto button = [&](const QString &text, const char *name, Operation op, const QString &tip) {
        auto *b = new QPushButton(text, details);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, [this, op] { apply(op); });
        actions->addWidget(b);
        return b;
    };
    m_enable = button(tr("&Enable version"), "enableVersionButton", Operation::Enable,
                      tr("Let the selected version wrap and unwrap again"));
    m_disable = button(tr("&Disable version..."), "disableVersionButton", Operation::Disable,
                       tr("Stop the selected version wrapping and unwrapping; what it protects becomes unreadable"));
    m_delete = button(tr("De&lete key..."), "deleteKeyButton", Operation::Delete,
                      tr("Soft-delete the key: kept for the store's retention period, and recoverable until then"));
    m_recover = button(tr("Re&cover key"), "recoverKeyButton", Operation::Recover,
                       tr("Bring a soft-deleted key back, with all its versions"));
    m_actionProblem = new QLabel(details);
    m_actionProblem->setObjectName(QStringLiteral("keyActionProblem"));
    m_actionProblem->setWordWrap(true);
    QPalette warn = m_actionProblem->palette();
    warn.setColor(QPalette::WindowText, CoverageStyle::colors(model::Coverage::NotAvailableOnStandard).foreground);
    m_actionProblem->setPalette(warn);
    actions->addWidget(m_actionProblem, 1);
    detailsLayout->addLayout(actions);
    detailsLayout->addWidget(m_detailsTitle);
    detailsLayout->addWidget(m_impact);
    detailsLayout->addWidget(m_usesTable, 1);
    splitter->addWidget(m_tree);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(&m_counting, &QFutureWatcher<Result<QList<services::VersionUse>>>::finished, this,
            &KeysView::onUsesCounted);
    onCurrentChanged();
}

KeysView::~KeysView()
{
    m_counting.waitForFinished(); // the worker reads this data directory's catalog until it ends
}

void KeysView::reload(bool unlock)
{
    const QModelIndex current = m_tree->currentIndex();
    const QString store = current.data(KeysModel::StoreRole).toString();
    const QString key = current.data(KeysModel::KeyRole).toString();
    const QString version = current.data(KeysModel::VersionRole).toString();

    services::InventoryOptions options;
    options.unlock = unlock;
    auto stores = services::KeyInventory(m_context).list(options);
    if (!stores) {
        m_summary->setText(services::Messages::full(stores.error()));
        return;
    }
    m_model->setInventory(*stores, m_context.clock().now());
    m_tree->expandAll();
    int keys = 0, locked = 0, attention = 0;
    for (const services::StoreEntry &s : *stores) {
        keys += int(s.keys.size());
        locked += s.locked ? 1 : 0;
        for (const services::KeyEntry &k : s.keys)
            attention += (k.deleted || !k.versions.last().attention.isEmpty()) ? 1 : 0;
    }
    QStringList parts;
    parts << tr("%n key stores", nullptr, int(stores->size())) << tr("%n keys", nullptr, keys);
    if (attention)
        parts << tr("%n need attention", nullptr, attention);
    if (locked)
        parts << tr("%n locked", nullptr, locked);
    m_summary->setText(stores->isEmpty() ? tr("No key stores yet: the key wizard creates one, or run "
                                              "'keywardctl store add local NAME'.")
                                         : parts.join(QStringLiteral("  \u00B7  ")));
    m_unlock->setVisible(locked > 0);
    if (store.isEmpty() || !select(store, key, version)) {
        // The first key, so the details are never empty while there is one.
        if (m_model->rowCount() > 0 && m_model->rowCount(m_model->index(0, 0)) > 0)
            m_tree->setCurrentIndex(m_model->index(0, 0, m_model->index(0, 0)));
        else
            onCurrentChanged();
    }
    if (unlock)
        emit storesChanged();
}

bool KeysView::select(const QString &store, const QString &key, const QString &version)
{
    const QModelIndex index = m_model->find(store, key, version);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    onCurrentChanged();
    return true;
}

QString KeysView::impactText() const
{
    return m_impact->text();
}

void KeysView::onCurrentChanged()
{
    const QModelIndex current = m_tree->currentIndex();
    const services::KeyEntry *key = m_model->keyAt(current);
    const services::KeyVersionEntry *version = m_model->versionAt(current);
    if (key && !key->versions.isEmpty())
        version = &key->versions.last(); // a key stands for its newest version
    else if (version)
        key = m_model->keyAt(current.parent());
    m_atRisk.reset();
    updateButtons();
    if (!key || !version) {
        m_detailsTitle->setText(tr("Select a key or a version to see where it is used."));
        m_impact->clear();
        m_uses->setUses({});
        m_counted.clear();
        return;
    }
    m_detailsTitle->setText(tr("Where version %1 of %2 (store %3) is used")
                                .arg(KeyIdText::shortVersion(version->info.version), key->name, key->store));
    m_uses->setUses(version->uses);
    if (version->uses.isEmpty()) {
        m_impact->setText(tr("Nothing depends on this version: it can be disabled or deleted without making data "
                             "unreadable."));
        m_counted.clear();
        return;
    }
    m_impact->setText(tr("Counting the objects that depend on it..."));
    // Counting lists the workspaces' objects: on a worker, with a catalog connection of its own.
    m_counted = QStringLiteral("%1/%2/%3").arg(key->store, key->name, version->info.version);
    const QString dataDir = m_context.dataDir();
    const QString store = key->store, name = key->name, v = version->info.version;
    const bool newest = version->newest;
    m_counting.setFuture(QtConcurrent::run([dataDir, store, name, v, newest] {
        releaseOpenSslWithThread();
        secrets::MemorySecretStore unused; // counting reads the catalog and object stores, never a secret
        services::Context worker(dataDir, unused, nullptr);
        return services::KeyInventory(worker).uses(store, name, v, newest);
    }));
}

void KeysView::onUsesCounted()
{
    const auto result = m_counting.result();
    const QModelIndex current = m_tree->currentIndex();
    const services::KeyEntry *key =
        m_model->keyAt(current) ? m_model->keyAt(current) : m_model->keyAt(current.parent());
    const services::KeyVersionEntry *version =
        m_model->keyAt(current) && !key->versions.isEmpty() ? &key->versions.last() : m_model->versionAt(current);
    if (!key || !version || m_counted != QStringLiteral("%1/%2/%3").arg(key->store, key->name, version->info.version))
        return; // the selection moved on meanwhile; its own count is under way
    if (!result) {
        m_impact->setText(services::Messages::full(result.error()));
        return;
    }
    m_uses->setUses(*result);
    const qint64 atRisk = services::KeyInventory::objectsAtRisk(*result);
    m_atRisk = atRisk;
    QStringList workspaces;
    for (const services::VersionUse &u : *result) {
        if (u.active && !workspaces.contains(u.workspace))
            workspaces << u.workspace;
    }
    m_impact->setText(atRisk > 0
                          ? tr("Blast radius: disabling or deleting this version leaves %n objects unreadable (%1) "
                               "until it is enabled or recovered again.",
                               nullptr, int(qMin<qint64>(atRisk, INT_MAX)))
                                .arg(workspaces.join(QStringLiteral(", ")))
                          : tr("No active feature key is wrapped under this version: disabling it makes no object "
                               "unreadable."));
    QPalette p = m_impact->palette();
    p.setColor(QPalette::WindowText, atRisk > 0
                                         ? CoverageStyle::colors(model::Coverage::NotAvailableOnStandard).foreground
                                         : palette().color(QPalette::WindowText));
    m_impact->setPalette(p);
}

std::pair<const services::KeyEntry *, const services::KeyVersionEntry *> KeysView::selection() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (const services::KeyEntry *key = m_model->keyAt(current))
        return {key, key->versions.isEmpty() ? nullptr : &key->versions.last()};
    if (const services::KeyVersionEntry *version = m_model->versionAt(current))
        return {m_model->keyAt(current.parent()), version};
    return {nullptr, nullptr};
}

void KeysView::updateButtons()
{
    const auto [key, version] = selection();
    const bool live = key && !key->deleted;
    m_rotate->setEnabled(live);
    m_enable->setEnabled(live && version && !version->info.enabled);
    m_disable->setEnabled(live && version && version->info.enabled);
    m_delete->setEnabled(live);
    m_recover->setEnabled(key && key->deleted);
}

QString KeysView::actionProblem() const
{
    return m_actionProblem->text();
}

void KeysView::apply(Operation operation, bool confirmed)
{
    const auto [key, version] = selection();
    if (!key || !version)
        return;
    const QString store = key->store, name = key->name, v = version->info.version;
    if (!confirmed && (operation == Operation::Disable || operation == Operation::Delete)) {
        // Say what it would leave unreadable (the count is taken on selection), then ask.
        const QString what = operation == Operation::Disable
                                 ? tr("Disable version %1 of %2?").arg(KeyIdText::shortVersion(v), name)
                                 : tr("Delete key %1 from store %2?").arg(name, store);
        QString impact;
        if (version->uses.isEmpty())
            impact = tr("Nothing depends on it.");
        else if (m_atRisk)
            impact = *m_atRisk > 0 ? tr("%n objects become unreadable until it is brought back.", nullptr,
                                        int(qMin<qint64>(*m_atRisk, INT_MAX)))
                                   : tr("No active feature key is wrapped under it.");
        else
            impact = tr("It is used by: %1.").arg(KeysModel::usesText(version->uses));
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Keyward"), what, QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("keyActionConfirm"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(impact);
        QPushButton *go = box->addButton(operation == Operation::Disable ? tr("&Disable") : tr("De&lete"),
                                         QMessageBox::DestructiveRole);
        go->setObjectName(QStringLiteral("keyActionConfirmButton"));
        connect(go, &QPushButton::clicked, this, [this, operation] { apply(operation, true); });
        box->open();
        return;
    }
    services::KeyService service(m_context);
    Status done;
    switch (operation) {
    case Operation::Enable:
    case Operation::Disable:
        done = service.setEnabled(store, name, v, operation == Operation::Enable);
        break;
    case Operation::Delete:
        if (auto d = service.remove(store, name); !d)
            done = d.error();
        break;
    case Operation::Recover:
        if (auto r = service.recover(store, name); !r)
            done = r.error();
        break;
    }
    m_actionProblem->setText(done ? QString() : services::Messages::full(done.error()));
    reload();
    select(store, name, operation == Operation::Delete || operation == Operation::Recover ? QString() : v);
    emit keysChanged();
}

} // namespace keyward::ui

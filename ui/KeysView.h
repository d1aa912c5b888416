// KeysView: the Keys view of the console: every key in every store with its versions, dates, rotation policy
// and state, and for the version selected where it is used: which workspaces' features, the data types they
// cover and how many objects, so that an admin sees the blast radius before disabling or deleting it.
#pragma once

#include "services/Context.h"
#include "services/KeyInventory.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTreeView;

namespace keyward::ui {

class KeysModel;
class VersionUsesModel;

class KeysView : public QWidget
{
    Q_OBJECT
public:
    explicit KeysView(services::Context &context, QWidget *parent = nullptr);
    ~KeysView() override;

    // Reads the stores again. Stores that would ask for a passphrase or PIN stay locked unless `unlock`.
    void reload(bool unlock = false);
    // Selects a key (its newest version when `version` is empty); false when there is none.
    bool select(const QString &store, const QString &key, const QString &version = {});
    KeysModel *model() const { return m_model; }
    VersionUsesModel *usesModel() const { return m_uses; }
    // The blast-radius line for the selected version, as shown.
    QString impactText() const;

signals:
    // The stores' lock states may have changed (a store was unlocked).
    void storesChanged();
    // The admin asked to rotate a key in every workspace that uses it (the window previews, then runs it).
    void rotateKeyRequested(const QString &store, const QString &key);

private:
    void onCurrentChanged();
    void onUsesCounted();

    services::Context &m_context;
    KeysModel *m_model = nullptr;
    VersionUsesModel *m_uses = nullptr;
    QTreeView *m_tree = nullptr;
    QTableView *m_usesTable = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_detailsTitle = nullptr;
    QLabel *m_impact = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_rotate = nullptr;
    QFutureWatcher<Result<QList<services::VersionUse>>> m_counting;
    QString m_counted; // "store/key/version" the count under way is for
};

} // namespace keyward::ui

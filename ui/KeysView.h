// KeysView: the Keys view of the console: every key in every store with its versions, dates, rotation policy
// and state, and for the version selected where it is used: which workspaces' features, the data types they
// cover and how many objects, so that an admin sees the blast radius before disabling or deleting it.
#pragma once

#include "services/Context.h"
#include "services/KeyInventory.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>
#include <utility>

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
    // The last key operation's refusal, as shown next to the buttons (empty after a success).
    QString actionProblem() const;

    enum class Operation
    {
        Enable,
        Disable,
        Delete,
        Recover,
    };
    // Carries out an operation on the selected key or version through the key service. Disable and delete ask
    // first, naming what they would leave unreadable, unless `confirmed`.
    void apply(Operation operation, bool confirmed = false);

signals:
    // The stores' lock states may have changed (a store was unlocked).
    void storesChanged();
    // The admin asked to rotate a key in every workspace that uses it (the window previews, then runs it).
    void rotateKeyRequested(const QString &store, const QString &key);
    // A key or version was enabled, disabled, deleted or recovered here (the coverage may have changed).
    void keysChanged();

private:
    void onCurrentChanged();
    void onUsesCounted();
    void updateButtons();
    // The selected key and the version it stands for (a key row stands for its newest version).
    std::pair<const services::KeyEntry *, const services::KeyVersionEntry *> selection() const;

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
    QPushButton *m_enable = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_recover = nullptr;
    QLabel *m_actionProblem = nullptr;
    std::optional<qint64> m_atRisk; // objects the selected version leaves unreadable, once counted
    QFutureWatcher<Result<QList<services::VersionUse>>> m_counting;
    QString m_counted; // "store/key/version" the count under way is for
};

} // namespace keyward::ui

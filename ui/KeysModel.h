// KeysModel: the key inventory as a tree: each store, its keys, each key's versions (newest first), with type and
// size, dates, rotation policy, state and where each version is used. Versions that need attention (expired,
// expiring, due for rotation, disabled) say so in words and stand out in bold with a warning icon.
#pragma once

#include "services/KeyInventory.h"

#include <QAbstractItemModel>
#include <QDateTime>

namespace keyward::ui {

class KeysModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        StateColumn,
        CreatedColumn,
        ExpiresColumn,
        RotationColumn,
        HsmColumn,
        UsedByColumn,
        ColumnCount
    };
    enum class Node
    {
        Store,
        Key,
        Version
    };
    enum Role
    {
        NodeRole = Qt::UserRole + 1, // Node
        StoreRole,                   // store name
        KeyRole,                     // key name (keys and versions)
        VersionRole,                 // version (versions)
        AttentionRole,               // bool: the row needs the admin's attention
    };

    explicit KeysModel(QObject *parent = nullptr);
    void setInventory(const QList<services::StoreEntry> &stores, const QDateTime &now);
    const QList<services::StoreEntry> &inventory() const { return m_stores; }

    // The entries behind an index (nullptr when the index is not of that kind).
    const services::StoreEntry *storeAt(const QModelIndex &index) const;
    const services::KeyEntry *keyAt(const QModelIndex &index) const;
    const services::KeyVersionEntry *versionAt(const QModelIndex &index) const;
    // The index of a store, key or version by name; invalid when absent.
    QModelIndex find(const QString &store, const QString &key = {}, const QString &version = {}) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // How a version's attention reads ("expires in 12 days", "rotation due since 2027-02-26").
    static QString attentionText(const services::KeyVersionEntry &version, const services::KeyEntry &key,
                                 const QDateTime &now);
    // Where a version is used, in one line ("demo: DBFS root (active)").
    static QString usesText(const QList<services::VersionUse> &uses);

private:
    QVariant storeData(const services::StoreEntry &store, int column, int role) const;
    QVariant keyData(const services::KeyEntry &key, int column, int role) const;
    QVariant versionData(const services::KeyEntry &key, const services::KeyVersionEntry &version, int column,
                         int role) const;

    QList<services::StoreEntry> m_stores;
    QDateTime m_now;
};

} // namespace keyward::ui

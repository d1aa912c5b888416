// KeysModel: stores, keys and versions as a three-level tree. An index's internal id names its parent: 0 for a
// store, storeRow + 1 for a key, ((keyRow + 1) << 32) | (storeRow + 1) for a version.
#include "KeysModel.h"

#include "KeyIdText.h"
#include "model/Feature.h"
#include "services/Messages.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QStyle>

namespace keyward::ui {

using services::KeyAttention;
using services::KeyEntry;
using services::KeyVersionEntry;
using services::StoreEntry;

namespace {

constexpr quint64 LowMask = 0xffffffffULL;

QString date(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString date(const std::optional<QDateTime> &t)
{
    return t ? date(*t) : QString();
}

QString storeKindText(const QString &kind)
{
    if (kind == QLatin1String("local"))
        return KeysModel::tr("Local vault");
    if (kind == QLatin1String("pkcs11"))
        return KeysModel::tr("PKCS#11 token");
    if (kind == QLatin1String("azure-keyvault"))
        return KeysModel::tr("Azure Key Vault");
    if (kind == QLatin1String("managed-hsm"))
        return KeysModel::tr("Azure Managed HSM");
    return kind;
}

QIcon warningIcon()
{
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

} // namespace

KeysModel::KeysModel(QObject *parent) : QAbstractItemModel(parent) {}

void KeysModel::setInventory(const QList<StoreEntry> &stores, const QDateTime &now)
{
    beginResetModel();
    m_stores = stores;
    m_now = now;
    endResetModel();
}

const StoreEntry *KeysModel::storeAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() != 0)
        return nullptr;
    return &m_stores.at(index.row());
}

const KeyEntry *KeysModel::keyAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0 || (index.internalId() >> 32) != 0)
        return nullptr;
    return &m_stores.at(int(index.internalId() - 1)).keys.at(index.row());
}

const KeyVersionEntry *KeysModel::versionAt(const QModelIndex &index) const
{
    if (!index.isValid() || (index.internalId() >> 32) == 0)
        return nullptr;
    const KeyEntry &key =
        m_stores.at(int((index.internalId() & LowMask) - 1)).keys.at(int((index.internalId() >> 32) - 1));
    return &key.versions.at(key.versions.size() - 1 - index.row()); // newest first
}

QModelIndex KeysModel::find(const QString &store, const QString &key, const QString &version) const
{
    for (int s = 0; s < m_stores.size(); ++s) {
        if (m_stores.at(s).config.name != store)
            continue;
        const QModelIndex storeIndex = index(s, 0);
        if (key.isEmpty())
            return storeIndex;
        const QList<KeyEntry> &keys = m_stores.at(s).keys;
        for (int k = 0; k < keys.size(); ++k) {
            if (keys.at(k).name != key)
                continue;
            const QModelIndex keyIndex = index(k, 0, storeIndex);
            if (version.isEmpty())
                return keyIndex;
            for (int v = 0; v < rowCount(keyIndex); ++v) {
                const QModelIndex versionIndex = index(v, 0, keyIndex);
                if (versionAt(versionIndex)->info.version == version)
                    return versionIndex;
            }
        }
    }
    return {};
}

QModelIndex KeysModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    if (parent.internalId() == 0)
        return createIndex(row, column, quintptr(parent.row() + 1));
    return createIndex(row, column, quintptr((quint64(parent.row() + 1) << 32) | parent.internalId()));
}

QModelIndex KeysModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const quint64 id = child.internalId();
    if ((id >> 32) == 0)
        return createIndex(int(id - 1), 0, quintptr(0));
    return createIndex(int((id >> 32) - 1), 0, quintptr(id & LowMask));
}

int KeysModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_stores.size());
    if (parent.column() != 0)
        return 0;
    if (const StoreEntry *s = storeAt(parent))
        return int(s->keys.size());
    if (const KeyEntry *k = keyAt(parent))
        return int(k->versions.size());
    return 0;
}

int KeysModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString KeysModel::attentionText(const KeyVersionEntry &version, const KeyEntry &key, const QDateTime &now)
{
    QStringList parts;
    for (KeyAttention a : version.attention) {
        switch (a) {
        case KeyAttention::Disabled:
            break; // the state says so already
        case KeyAttention::Expired:
            parts << tr("expired %1").arg(date(version.info.expires));
            break;
        case KeyAttention::ExpiresSoon:
            parts << tr("expires in %n days", nullptr, int(now.daysTo(*version.info.expires)));
            break;
        case KeyAttention::NotYetValid:
            parts << tr("not valid before %1").arg(date(version.info.notBefore));
            break;
        case KeyAttention::RotationDue:
            parts << tr("rotation due since %1").arg(date(key.nextRotation));
            break;
        case KeyAttention::RotationSoon:
            parts << tr("rotation due in %n days", nullptr, int(now.daysTo(*key.nextRotation)));
            break;
        }
    }
    return parts.join(QStringLiteral("; "));
}

QString KeysModel::usesText(const QList<services::VersionUse> &uses)
{
    QStringList parts;
    for (const services::VersionUse &u : uses) {
        QString state;
        if (u.active)
            state = u.assigned ? tr("assigned, active") : tr("active feature key");
        else
            state = u.assigned ? tr("assigned") : tr("retired feature key");
        parts << tr("%1: %2 (%3)").arg(u.workspace, model::featureDisplayName(u.feature), state);
    }
    return parts.isEmpty() ? tr("not used") : parts.join(QStringLiteral("; "));
}

QVariant KeysModel::storeData(const StoreEntry &store, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn:
            return store.config.name;
        case TypeColumn:
            return storeKindText(store.config.kind);
        case StateColumn:
            if (store.locked)
                return tr("Locked");
            if (store.error)
                return tr("Unavailable");
            return tr("Unlocked: %n keys", nullptr, int(store.keys.size()));
        case HsmColumn:
            return store.properties ? (store.properties->hsmBacked ? tr("Yes") : tr("No")) : QVariant();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && store.error)
        return services::Messages::full(*store.error);
    if (role == Qt::DecorationRole && column == NameColumn && store.error && !store.locked)
        return warningIcon();
    if (role == Qt::FontRole && column == NameColumn) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant KeysModel::keyData(const KeyEntry &key, int column, int role) const
{
    const KeyVersionEntry &newest = key.versions.last();
    const bool attention = std::any_of(key.versions.cbegin(), key.versions.cend(),
                                       [](const KeyVersionEntry &v) { return v.newest && !v.attention.isEmpty(); });
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn:
            return key.name;
        case TypeColumn:
            return tr("%1 %2").arg(keystore::keyKindName(newest.info.kind)).arg(newest.info.bits);
        case StateColumn: {
            if (key.deleted)
                return tr("Deleted; recoverable until %1").arg(date(key.deleted->scheduledPurge));
            const QString state = newest.info.enabled ? tr("Enabled") : tr("Disabled");
            const QString more = attentionText(newest, key, m_now);
            return more.isEmpty() ? state : tr("%1; %2").arg(state, more);
        }
        case CreatedColumn:
            return date(key.versions.first().info.created);
        case ExpiresColumn:
            return date(newest.info.expires);
        case RotationColumn:
            if (!key.policy || !key.policy->rotateAfterCreate)
                return key.nextRotation ? tr("next %1").arg(date(key.nextRotation)) : tr("No policy");
            return tr("Every %1; next %2")
                .arg(services::Messages::duration(*key.policy->rotateAfterCreate), date(key.nextRotation));
        case HsmColumn:
            return newest.info.hsmBacked ? tr("Yes") : tr("No");
        case UsedByColumn:
            return usesText(newest.uses);
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && column == StateColumn && (attention || key.deleted))
        return warningIcon();
    if (role == Qt::FontRole && column == StateColumn && (attention || key.deleted)) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == AttentionRole)
        return attention || bool(key.deleted);
    return {};
}

QVariant KeysModel::versionData(const KeyEntry &key, const KeyVersionEntry &version, int column, int role) const
{
    const bool attention = !version.attention.isEmpty();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn:
            return version.newest ? tr("%1 (newest)").arg(KeyIdText::shortVersion(version.info.version))
                                  : KeyIdText::shortVersion(version.info.version);
        case TypeColumn:
            return tr("%1 %2").arg(keystore::keyKindName(version.info.kind)).arg(version.info.bits);
        case StateColumn: {
            const QString state = version.info.enabled ? tr("Enabled") : tr("Disabled");
            const QString more = attentionText(version, key, m_now);
            return more.isEmpty() ? state : tr("%1; %2").arg(state, more);
        }
        case CreatedColumn:
            return date(version.info.created);
        case ExpiresColumn:
            return date(version.info.expires);
        case HsmColumn:
            return version.info.hsmBacked ? tr("Yes") : tr("No");
        case UsedByColumn:
            return usesText(version.uses);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && column == NameColumn)
        return version.info.id;
    if (role == Qt::DecorationRole && column == StateColumn && attention)
        return warningIcon();
    if (role == Qt::FontRole && column == StateColumn && attention) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == AttentionRole)
        return attention;
    return {};
}

QVariant KeysModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const StoreEntry *s = storeAt(index)) {
        switch (role) {
        case NodeRole:
            return QVariant::fromValue(int(Node::Store));
        case StoreRole:
            return s->config.name;
        case AttentionRole:
            return bool(s->error) && !s->locked;
        default:
            return storeData(*s, index.column(), role);
        }
    }
    const StoreEntry &store = m_stores.at(int((index.internalId() & LowMask) - 1));
    if (const KeyEntry *k = keyAt(index)) {
        switch (role) {
        case NodeRole:
            return int(Node::Key);
        case StoreRole:
            return store.config.name;
        case KeyRole:
            return k->name;
        default:
            return keyData(*k, index.column(), role);
        }
    }
    const KeyEntry &key = store.keys.at(int((index.internalId() >> 32) - 1));
    const KeyVersionEntry *v = versionAt(index);
    switch (role) {
    case NodeRole:
        return int(Node::Version);
    case StoreRole:
        return store.config.name;
    case KeyRole:
        return key.name;
    case VersionRole:
        return v->info.version;
    default:
        return versionData(key, *v, index.column(), role);
    }
}

QVariant KeysModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Store, key, version");
    case TypeColumn:
        return tr("Type");
    case StateColumn:
        return tr("State");
    case CreatedColumn:
        return tr("Created");
    case ExpiresColumn:
        return tr("Expires");
    case RotationColumn:
        return tr("Rotation policy");
    case HsmColumn:
        return tr("HSM-backed");
    case UsedByColumn:
        return tr("Used by");
    default:
        return {};
    }
}

} // namespace keyward::ui

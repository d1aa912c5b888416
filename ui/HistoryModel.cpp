// HistoryModel: history entries as table rows.
#include "HistoryModel.h"

#include "model/Feature.h"

#include <QApplication>
#include <QStyle>

#include <algorithm>

namespace keyward::ui {

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void HistoryModel::setEntries(const QList<catalog::HistoryEntry> &entries, qint64 brokenSeq)
{
    beginResetModel();
    m_entries = entries;
    std::reverse(m_entries.begin(), m_entries.end());
    m_brokenSeq = brokenSeq;
    endResetModel();
}

int HistoryModel::rowOfSeq(qint64 seq) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).seq == seq)
            return row;
    return -1;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const catalog::HistoryEntry &e = m_entries.at(index.row());
    const bool broken = m_brokenSeq >= 0 && e.seq == m_brokenSeq;
    switch (role) {
    case SeqRole:
        return e.seq;
    case Qt::ToolTipRole:
        return broken ? tr("Entry %1: the hash chain breaks here").arg(e.seq)
                      : tr("Entry %1 by %2; %3 objects touched").arg(e.seq).arg(e.actor).arg(e.objectsTouched);
    case Qt::DecorationRole:
        if (broken && index.column() == WhenColumn)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case WhenColumn:
        return e.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case WorkspaceColumn:
        return e.workspace;
    case FeatureColumn: {
        const auto feature = model::parseFeature(e.feature);
        return feature ? model::featureDisplayName(*feature) : e.feature;
    }
    case KeyColumn:
        return e.key;
    case ActionColumn:
        return e.action;
    case OldVersionColumn:
        return e.oldVersion.left(12);
    case NewVersionColumn:
        return e.newVersion.left(12);
    case ResultColumn:
        return broken ? tr("%1 (chain broken here)").arg(e.result) : e.result;
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When (UTC)");
    case WorkspaceColumn:
        return tr("Workspace");
    case FeatureColumn:
        return tr("Feature");
    case KeyColumn:
        return tr("Key");
    case ActionColumn:
        return tr("Action");
    case OldVersionColumn:
        return tr("From version");
    case NewVersionColumn:
        return tr("To version");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace keyward::ui

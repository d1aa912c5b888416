// CheckListModel: check lists as a table of states.
#include "CheckListModel.h"

#include "services/Messages.h"

#include <QApplication>
#include <QIcon>
#include <QPixmap>
#include <QStyle>

namespace keyward::ui {

using services::CheckId;
using services::CheckState;

CheckListModel::CheckListModel(QObject *parent) : QAbstractTableModel(parent) {}

const QList<CheckId> &CheckListModel::checks()
{
    return services::allCheckIds();
}

void CheckListModel::setResults(const QList<QPair<model::Feature, services::CheckList>> &results, bool forNewKey)
{
    beginResetModel();
    m_results = results;
    m_forNewKey = forNewKey;
    endResetModel();
}

QList<CheckListModel::Problem> CheckListModel::problems() const
{
    QList<Problem> found;
    for (CheckId id : checks()) {
        for (const auto &[feature, list] : m_results) {
            const services::PreflightCheck *c = list.find(id);
            if (!c || (c->state != CheckState::Fail && c->state != CheckState::Warn))
                continue;
            auto same = std::find_if(found.begin(), found.end(), [&](const Problem &p) {
                return p.check == id && p.state == c->state && p.error.reason == c->problem.reason &&
                       p.error.args == c->problem.args && p.error.detail == c->problem.detail;
            });
            if (same != found.end())
                same->features << feature;
            else
                found.append({id, c->state, {feature}, c->problem});
        }
    }
    return found;
}

int CheckListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_results.isEmpty() ? 0 : int(checks().size());
}

int CheckListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_results.size());
}

const services::PreflightCheck *CheckListModel::check(int row, int column) const
{
    if (column < 1 || column > m_results.size())
        return nullptr;
    return m_results.at(column - 1).second.find(checks().at(row));
}

bool CheckListModel::waitsForKey(CheckId id, CheckState state) const
{
    return m_forNewKey && state == CheckState::NotRun && (id == CheckId::KeyFound || id == CheckId::WrapRoundTrip);
}

QVariant CheckListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CheckId id = checks().at(index.row());
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return services::Messages::checkTitle(id);
        case StableIdRole:
            return services::checkIdName(id);
        default:
            return {};
        }
    }
    const services::PreflightCheck *c = check(index.row(), index.column());
    const CheckState state = c ? c->state : CheckState::NotRun;
    switch (role) {
    case Qt::DisplayRole:
        return waitsForKey(id, state) ? tr("on Apply") : services::Messages::checkState(state);
    case Qt::DecorationRole:
        switch (state) {
        case CheckState::Pass:
            return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
        case CheckState::Warn:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        case CheckState::Fail:
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        case CheckState::NotRun: {
            // A blank of the same size, so that the words line up with those of the other rows.
            static const QIcon blank = [] {
                QPixmap p(16, 16);
                p.fill(Qt::transparent);
                return QIcon(p);
            }();
            return blank;
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (c && (state == CheckState::Fail || state == CheckState::Warn))
            return services::Messages::full(c->problem);
        if (waitsForKey(id, state))
            return tr("Runs on Apply, once the key is made: the key does not exist yet.");
        return {};
    case StableIdRole:
        return services::checkStateName(state);
    default:
        return {};
    }
}

QVariant CheckListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Check");
    if (section >= 1 && section <= m_results.size())
        return model::featureDisplayName(m_results.at(section - 1).first);
    return {};
}

} // namespace keyward::ui

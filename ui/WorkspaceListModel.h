// WorkspaceListModel: the catalog's workspaces for the console's list: each with its plan and which of the
// three customer-key features have a key.
#pragma once

#include "services/WorkspaceService.h"

#include <QAbstractListModel>

namespace keyward::ui {

class WorkspaceListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        NameRole = Qt::UserRole + 1, // the workspace's name
        KeyedFeaturesRole,           // how many of the three features have a key
    };

    explicit WorkspaceListModel(QObject *parent = nullptr);

    void setWorkspaces(const QList<services::WorkspaceDetails> &workspaces);
    const QList<services::WorkspaceDetails> &workspaces() const { return m_workspaces; }
    // The row of the workspace named `name`, or -1.
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<services::WorkspaceDetails> m_workspaces;
};

} // namespace keyward::ui

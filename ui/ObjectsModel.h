// ObjectsModel: the objects behind one cell of the matrix, as a table: path, size, how they are sealed, and what
// the last full verification said of each.
#pragma once

#include "services/CoverageService.h"

#include <QAbstractTableModel>
#include <QList>

namespace keyward::ui {

class ObjectsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        PathColumn,
        SizeColumn,
        SealColumn,
        VerifyColumn,
        ColumnCount
    };
    enum Role
    {
        SealRole = Qt::UserRole + 1, // int(services::WorkspaceObject::Seal)
        SizeBytesRole,               // qint64
    };

    explicit ObjectsModel(QObject *parent = nullptr);

    void setObjects(const QList<services::WorkspaceObject> &objects);
    const QList<services::WorkspaceObject> &objects() const { return m_objects; }
    // How many objects are in each seal state.
    int count(services::WorkspaceObject::Seal seal) const;

    // Words for a seal state and for a verification's word on an object.
    static QString sealText(const services::WorkspaceObject &object);
    static QString verifyText(const QString &lastVerify);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<services::WorkspaceObject> m_objects;
};

} // namespace keyward::ui

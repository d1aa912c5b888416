// DataType: translated names of the catalogue's rows.
#include "model/DataType.h"

#include <QCoreApplication>

namespace keyward::model {

QString DataType::displayName() const
{
    return QCoreApplication::translate("keyward::model::DataType", name);
}

QString DataType::displayDetail() const
{
    return QCoreApplication::translate("keyward::model::DataType", detail);
}

} // namespace keyward::model

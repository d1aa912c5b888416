// DataType: translated names of the catalogue's rows and of where they come from.
#include "model/DataType.h"

#include <QCoreApplication>

namespace keyward::model {

QList<RowSource> allRowSources()
{
    return {RowSource::Seed, RowSource::CurrentDocs};
}

QString rowSourceId(RowSource source)
{
    switch (source) {
    case RowSource::Seed:
        return QStringLiteral("seed");
    case RowSource::CurrentDocs:
        return QStringLiteral("current-docs");
    }
    return QString();
}

QString rowSourceCitation(RowSource source)
{
    switch (source) {
    case RowSource::Seed:
        return QCoreApplication::translate("keyward::model::DataType",
                                           "Customer-managed keys for encryption: the overview's table of data types");
    case RowSource::CurrentDocs:
        return QCoreApplication::translate(
            "keyward::model::DataType",
            "Azure Databricks documentation, Customer-managed keys for managed services (current)");
    }
    return QString();
}

QString DataType::displayName() const
{
    return QCoreApplication::translate("keyward::model::DataType", name);
}

QString DataType::displayDetail() const
{
    return QCoreApplication::translate("keyward::model::DataType", detail);
}

} // namespace keyward::model

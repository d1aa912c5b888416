// Feature: ids, display names and parsing of the CMK features.
#include "model/Feature.h"

#include <QCoreApplication>

namespace keyward::model {

QList<Feature> customerKeyFeatures()
{
    return {Feature::ManagedServices, Feature::DbfsRoot, Feature::ManagedDisks};
}

bool acceptsCustomerKey(Feature feature)
{
    return feature != Feature::Platform;
}

QString featureId(Feature feature)
{
    switch (feature) {
    case Feature::ManagedServices:
        return QStringLiteral("managed-services");
    case Feature::DbfsRoot:
        return QStringLiteral("dbfs-root");
    case Feature::ManagedDisks:
        return QStringLiteral("managed-disks");
    case Feature::Platform:
        return QStringLiteral("platform");
    }
    return QString();
}

QString featureDisplayName(Feature feature)
{
    switch (feature) {
    case Feature::ManagedServices:
        return QCoreApplication::translate("keyward::model::Feature", "Managed services");
    case Feature::DbfsRoot:
        return QCoreApplication::translate("keyward::model::Feature", "DBFS root");
    case Feature::ManagedDisks:
        return QCoreApplication::translate("keyward::model::Feature", "Managed disks");
    case Feature::Platform:
        return QCoreApplication::translate("keyward::model::Feature", "Platform key only");
    }
    return QString();
}

Result<Feature> parseFeature(QStringView id)
{
    for (Feature f : {Feature::ManagedServices, Feature::DbfsRoot, Feature::ManagedDisks, Feature::Platform}) {
        if (id.compare(featureId(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return Error::make(ErrorCode::InvalidArgument,
                       QStringLiteral("unknown feature '%1' (expected managed-services, dbfs-root, managed-disks)")
                           .arg(id.toString()));
}

} // namespace keyward::model

// Feature: the three customer-managed key features of a workspace, plus "platform key only".
#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace keyward::model {

// Each CMK feature protects a different set of data (see DataTypeCatalogue). Platform is not a
// feature an admin can configure: it marks data that only ever gets a platform-managed key.
enum class Feature
{
    ManagedServices,
    DbfsRoot,
    ManagedDisks,
    Platform,
};

// The three features that accept a customer key, in display order.
QList<Feature> customerKeyFeatures();
bool acceptsCustomerKey(Feature feature);

// Stable kebab-case id used in JSON and on the command line ("managed-services", ...).
QString featureId(Feature feature);
// Translated name for people ("Managed services", ...).
QString featureDisplayName(Feature feature);
Result<Feature> parseFeature(QStringView id);

} // namespace keyward::model

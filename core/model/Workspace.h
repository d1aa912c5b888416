// Workspace: the value the matrix is computed from: plan, options and which features have a key.
#pragma once

#include "model/Feature.h"
#include "model/Plan.h"
#include "model/WorkspaceOptions.h"
#include "util/Result.h"

#include <QString>

#include <map>
#include <optional>

namespace keyward::model {

class Workspace
{
public:
    Workspace() = default;
    Workspace(const QString &name, Plan plan, const QString &region = QString());

    // The demo workspace the console opens on: Premium, managed services and DBFS root keyed,
    // managed disks not yet, so every kind of cell shows up.
    static Workspace sample();

    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    Plan plan() const { return m_plan; }
    void setPlan(Plan plan) { m_plan = plan; }
    QString region() const { return m_region; }
    void setRegion(const QString &region) { m_region = region; }

    const WorkspaceOptions &options() const { return m_options; }
    void setOptions(const WorkspaceOptions &options) { m_options = options; }
    void setOption(WorkspaceOption option, bool on) { m_options.set(option, on); }

    // The key identifier (e.g. a Key Vault key URL) assigned to a feature; nullopt when none is.
    std::optional<QString> keyFor(Feature feature) const;
    // Fails (InvalidArgument) for Feature::Platform, which takes no customer key, and for an empty id.
    [[nodiscard]] Status assignKey(Feature feature, const QString &keyId);
    void clearKey(Feature feature);
    const std::map<Feature, QString> &assignedKeys() const { return m_keys; }

    bool operator==(const Workspace &) const = default;

private:
    QString m_name;
    Plan m_plan = Plan::Premium;
    QString m_region;
    WorkspaceOptions m_options;
    std::map<Feature, QString> m_keys; // absent = no key assigned to that feature yet
};

} // namespace keyward::model

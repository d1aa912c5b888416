// ComplianceModel: ids and names of frameworks, severities and outcomes; the controls; the score.
#include "compliance/ComplianceModel.h"

#include <QCoreApplication>

namespace keyward::compliance {

QList<Framework> allFrameworks()
{
    return {Framework::CisAzure,    Framework::PciDss,     Framework::Nist80057,
            Framework::AzurePolicy, Framework::Databricks, Framework::Measured};
}

QString frameworkId(Framework framework)
{
    switch (framework) {
    case Framework::CisAzure:
        return QStringLiteral("cis-azure-5.0.0");
    case Framework::PciDss:
        return QStringLiteral("pci-dss-4.0.1");
    case Framework::Nist80057:
        return QStringLiteral("nist-sp-800-57-pt1-r5");
    case Framework::AzurePolicy:
        return QStringLiteral("azure-policy");
    case Framework::Databricks:
        return QStringLiteral("databricks");
    case Framework::Measured:
        return QStringLiteral("measured");
    }
    return QString();
}

QString frameworkDisplayName(Framework framework)
{
    switch (framework) {
    case Framework::CisAzure:
        return QCoreApplication::translate("keyward::compliance", "CIS Microsoft Azure Foundations v5.0.0");
    case Framework::PciDss:
        return QCoreApplication::translate("keyward::compliance", "PCI DSS v4.0.1");
    case Framework::Nist80057:
        return QCoreApplication::translate("keyward::compliance", "NIST SP 800-57 Part 1 Rev. 5");
    case Framework::AzurePolicy:
        return QCoreApplication::translate("keyward::compliance", "Azure Policy built-in definitions");
    case Framework::Databricks:
        return QCoreApplication::translate("keyward::compliance", "Azure Databricks customer-managed keys");
    case Framework::Measured:
        return QCoreApplication::translate("keyward::compliance", "Measured by Keyward");
    }
    return QString();
}

QString severityId(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Low:
        return QStringLiteral("low");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::High:
        return QStringLiteral("high");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return QString();
}

QString severityDisplayName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QCoreApplication::translate("keyward::compliance", "Info");
    case Severity::Low:
        return QCoreApplication::translate("keyward::compliance", "Low");
    case Severity::Medium:
        return QCoreApplication::translate("keyward::compliance", "Medium");
    case Severity::High:
        return QCoreApplication::translate("keyward::compliance", "High");
    case Severity::Critical:
        return QCoreApplication::translate("keyward::compliance", "Critical");
    }
    return QString();
}

Result<Severity> parseSeverity(QStringView id)
{
    for (Severity s : {Severity::Info, Severity::Low, Severity::Medium, Severity::High, Severity::Critical}) {
        if (id == severityId(s))
            return s;
    }
    return Error::make(ErrorCode::InvalidArgument, QStringLiteral("unknown severity '%1'").arg(id.toString()));
}

int severityWeight(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return 0;
    case Severity::Low:
        return 1;
    case Severity::Medium:
        return 3;
    case Severity::High:
        return 5;
    case Severity::Critical:
        return 10;
    }
    return 0;
}

QString outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pass:
        return QStringLiteral("pass");
    case Outcome::Fail:
        return QStringLiteral("fail");
    case Outcome::NotApplicable:
        return QStringLiteral("not-applicable");
    case Outcome::Info:
        return QStringLiteral("info");
    }
    return QString();
}

QString outcomeDisplayName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pass:
        return QCoreApplication::translate("keyward::compliance", "Pass");
    case Outcome::Fail:
        return QCoreApplication::translate("keyward::compliance", "Fail");
    case Outcome::NotApplicable:
        return QCoreApplication::translate("keyward::compliance", "Not applicable");
    case Outcome::Info:
        return QCoreApplication::translate("keyward::compliance", "Info");
    }
    return QString();
}

namespace {

QList<Control> makeControls()
{
    const auto c = [](const char *id, Framework framework, const char *reference, Severity severity,
                      const QString &title, const QString &rationale) {
        return Control{QString::fromLatin1(id), framework, QString::fromLatin1(reference), severity, title, rationale};
    };
    return {
        c("CIS-2.1.8", Framework::CisAzure, "2.1.8", Severity::Critical,
          QCoreApplication::translate("keyward::compliance",
                                      "Critical Databricks data is encrypted with a customer-managed key"),
          QCoreApplication::translate("keyward::compliance",
                                      "Every type of workspace data a customer-managed key can protect should be "
                                      "under one, judged per data type from the measured matrix, so that revoking "
                                      "the key makes the data unreadable.")),
        c("CIS-8.3.1", Framework::CisAzure, "8.3.1", Severity::High,
          QCoreApplication::translate("keyward::compliance",
                                      "An expiration date is set for every key in RBAC key vaults"),
          QCoreApplication::translate("keyward::compliance",
                                      "A key without an expiry date can be used for ever; an expiry date bounds its "
                                      "use and forces a rotation.")),
        c("CIS-8.3.2", Framework::CisAzure, "8.3.2", Severity::High,
          QCoreApplication::translate("keyward::compliance",
                                      "An expiration date is set for every key in non-RBAC key vaults"),
          QCoreApplication::translate("keyward::compliance",
                                      "The same as 8.3.1 for vaults that grant access through access policies: "
                                      "every key in use has an expiry date.")),
        c("CIS-8.3.5", Framework::CisAzure, "8.3.5", Severity::High,
          QCoreApplication::translate("keyward::compliance", "Purge protection is enabled for every key vault"),
          QCoreApplication::translate("keyward::compliance",
                                      "With purge protection a deleted key cannot be purged before its retention "
                                      "period ends, so a mistake or an attacker cannot destroy the data it "
                                      "protects.")),
        c("CIS-8.3.9", Framework::CisAzure, "8.3.9", Severity::Medium,
          QCoreApplication::translate("keyward::compliance", "Automatic key rotation is enabled"),
          QCoreApplication::translate("keyward::compliance",
                                      "A rotation policy rotates the key on schedule instead of when someone "
                                      "remembers.")),
        c("CIS-8.3.10", Framework::CisAzure, "8.3.10", Severity::Medium,
          QCoreApplication::translate("keyward::compliance", "Keys are HSM-backed where required"),
          QCoreApplication::translate("keyward::compliance",
                                      "Where the organisation requires hardware protection, every customer key is "
                                      "held in an HSM (Managed HSM, a PKCS#11 token).")),
        c("PCI-3.7.4", Framework::PciDss, "3.7.4", Severity::High,
          QCoreApplication::translate("keyward::compliance",
                                      "Keys are changed at the end of their defined cryptoperiod"),
          QCoreApplication::translate("keyward::compliance",
                                      "Every key version in use has a defined end and is not used beyond the "
                                      "cryptoperiod the organisation set for key-wrapping keys.")),
        c("PCI-3.7.5", Framework::PciDss, "3.7.5", Severity::Critical,
          QCoreApplication::translate("keyward::compliance", "Retired or replaced key versions are not used"),
          QCoreApplication::translate("keyward::compliance",
                                      "No active feature key may stay wrapped under a key version that is disabled, "
                                      "deleted or no longer the one in effect.")),
        c("NIST-800-57-5.3", Framework::Nist80057, "5.3", Severity::Medium,
          QCoreApplication::translate("keyward::compliance", "The cryptoperiod of key-wrapping keys is within policy"),
          QCoreApplication::translate("keyward::compliance",
                                      "A key-wrapping key's originator usage period (its expiry, or its rotation "
                                      "policy) is defined and no longer than the policy's cryptoperiod.")),
        c("AZP-152b15f7-8e1f-4c1f-ab71-8c010ba5dbc0", Framework::AzurePolicy, "152b15f7-8e1f-4c1f-ab71-8c010ba5dbc0",
          Severity::High,
          QCoreApplication::translate("keyward::compliance", "Key Vault keys should have an expiration date"),
          QCoreApplication::translate("keyward::compliance",
                                      "Azure Policy's built-in check of the same: every key has an expiry date that "
                                      "has not passed.")),
        c("AZP-0b60c0b2-2dc2-4e1c-b5c9-abbed971de53", Framework::AzurePolicy, "0b60c0b2-2dc2-4e1c-b5c9-abbed971de53",
          Severity::High,
          QCoreApplication::translate("keyward::compliance", "Key vaults should have deletion protection enabled"),
          QCoreApplication::translate("keyward::compliance",
                                      "Soft delete and purge protection together keep a deleted key recoverable for "
                                      "its retention period.")),
        c("AZP-d8cf8476-a2ec-4916-896e-992351803c44", Framework::AzurePolicy, "d8cf8476-a2ec-4916-896e-992351803c44",
          Severity::Medium,
          QCoreApplication::translate("keyward::compliance",
                                      "Keys should have a rotation policy ensuring that their rotation is scheduled "
                                      "within the specified number of days after creation"),
          QCoreApplication::translate("keyward::compliance",
                                      "The rotation policy rotates the key at most the chosen number of days after "
                                      "each version is created.")),
        c("AZP-82067dbb-e53b-4e06-b631-546d197452d9", Framework::AzurePolicy, "82067dbb-e53b-4e06-b631-546d197452d9",
          Severity::Medium,
          QCoreApplication::translate("keyward::compliance",
                                      "Keys using RSA cryptography should have a specified minimum key size"),
          QCoreApplication::translate("keyward::compliance",
                                      "Short RSA keys are weaker; Azure Databricks takes only RSA keys for "
                                      "customer-managed keys.")),
        c("AZP-587c79fe-dd04-4a5e-9d0b-f89598c7261b", Framework::AzurePolicy, "587c79fe-dd04-4a5e-9d0b-f89598c7261b",
          Severity::Medium,
          QCoreApplication::translate("keyward::compliance",
                                      "Keys should be backed by a hardware security module (HSM)"),
          QCoreApplication::translate("keyward::compliance",
                                      "Azure Policy's built-in check of the same as CIS 8.3.10, where the settings "
                                      "require HSM-backed keys.")),
        c("DBX-PREMIUM", Framework::Databricks, "premium-plan", Severity::High,
          QCoreApplication::translate("keyward::compliance", "Customer-managed keys need the Premium plan"),
          QCoreApplication::translate("keyward::compliance",
                                      "On the Standard plan no customer-managed key applies: every data type is "
                                      "encrypted with platform-managed keys.")),
        c("DBX-SERVERLESS-PLATFORM", Framework::Databricks, "serverless-platform-keys", Severity::Info,
          QCoreApplication::translate("keyward::compliance",
                                      "Serverless model images and ephemeral storage use platform keys only"),
          QCoreApplication::translate("keyward::compliance",
                                      "Resources the platform creates on the workspace's behalf are encrypted with "
                                      "platform-managed keys and do not support customer-managed keys.")),
        c("DBX-DISK-SERVERLESS", Framework::Databricks, "managed-disks-serverless", Severity::Info,
          QCoreApplication::translate("keyward::compliance", "Managed-disk keys do not cover serverless compute"),
          QCoreApplication::translate("keyward::compliance",
                                      "A managed-disk key protects the classic compute plane only; serverless disks "
                                      "are short-lived and platform-keyed.")),
        c("DBX-DOUBLE-ENCRYPTION", Framework::Databricks, "dbfs-double-encryption", Severity::Low,
          QCoreApplication::translate("keyward::compliance", "Double encryption of the DBFS root is on"),
          QCoreApplication::translate("keyward::compliance",
                                      "Infrastructure encryption adds a second, platform-keyed layer under the DBFS "
                                      "root's data; it can only be chosen when the workspace is created.")),
        c("KW-PLAINTEXT", Framework::Measured, "plaintext", Severity::Critical,
          QCoreApplication::translate("keyward::compliance", "No plaintext found by the last full verification"),
          QCoreApplication::translate("keyward::compliance",
                                      "Objects stored in clear are not protected by any key, whatever the "
                                      "configuration says.")),
        c("KW-VERIFY-STALE", Framework::Measured, "verify-stale", Severity::Medium,
          QCoreApplication::translate("keyward::compliance",
                                      "Every customer-keyed feature is verified since its last change"),
          QCoreApplication::translate("keyward::compliance",
                                      "Only a full verification after the last change, and recent enough, proves "
                                      "what the keys protect now.")),
        c("KW-RETIRED-NEEDED", Framework::Measured, "retired-version-needed", Severity::High,
          QCoreApplication::translate("keyward::compliance", "No old key version is still needed after a rotation"),
          QCoreApplication::translate("keyward::compliance",
                                      "A rotation re-wraps the feature keys under the new version; a version still "
                                      "wrapping feature keys after the grace period cannot be retired.")),
    };
}

} // namespace

const QList<Control> &allControls()
{
    static const QList<Control> controls = makeControls();
    return controls;
}

const Control *controlById(const QString &id)
{
    for (const Control &c : allControls()) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const KeyFactsFull *ComplianceFacts::key(const QString &store, const QString &name) const
{
    for (const KeyFactsFull &k : keys) {
        if (k.store == store && k.name == name)
            return &k;
    }
    return nullptr;
}

double complianceScore(const QList<Finding> &findings)
{
    qint64 met = 0;
    qint64 weighed = 0;
    for (const Finding &f : findings) {
        if (f.outcome != Outcome::Pass && f.outcome != Outcome::Fail)
            continue;
        const int w = severityWeight(f.severity);
        weighed += w;
        if (f.outcome == Outcome::Pass)
            met += w;
    }
    return weighed == 0 ? 100.0 : 100.0 * double(met) / double(weighed);
}

} // namespace keyward::compliance

// ConfigExport: a workspace's customer-managed key configuration as code for Azure: Terraform for the azurerm
// provider, or an ARM template. The pure part turns an ExportInput (the workspace, its assignments and what each
// key's store says about the key) into text, refusing where Azure would; the gathering part reads that input from
// the catalog and the key stores. Neither ever writes key material: keys appear by name, version and shape.
#pragma once

#include "catalog/CatalogRecords.h"
#include "keystore/KeyStore.h"
#include "model/Workspace.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace keyward::services {
class Context;
}

namespace keyward::compliance {

enum class ConfigFormat
{
    Terraform, // azurerm provider, HCL
    Arm,       // Azure Resource Manager deployment template, JSON
};
QString configFormatId(ConfigFormat format); // "terraform", "arm"
// Accepts the ids case-insensitively; anything else is InvalidArgument.
Result<ConfigFormat> parseConfigFormat(QStringView id);

// The store kinds an export knows (StoreProperties::kind).
inline constexpr QStringView AzureKeyVaultStoreKind = u"azure-keyvault";

// One assigned feature's key, as its store reports it.
struct ExportKey
{
    catalog::Assignment assignment;    // feature, store, key name, pinned version (empty: follows the newest)
    QString storeKind;                 // "local", "pkcs11" or "azure-keyvault"
    QString vaultUri;                  // azure-keyvault only: "https://NAME.vault.azure.net/"
    keystore::KeyVersionInfo inEffect; // the version the feature uses now (the newest when it follows)
    bool newest = true;                // inEffect is the key's newest version
    std::optional<keystore::RotationPolicy> policy; // the key's rotation policy, when its store keeps one

    // Azure can use the key as it is; any other key lives in a local vault or an HSM and must be brought to Key
    // Vault (BYOK) first, so the export writes a placeholder for it.
    bool heldInAzure() const { return storeKind == AzureKeyVaultStoreKind; }
};

struct ExportInput
{
    model::Workspace workspace; // name, plan, region, options (its key map is not read: `keys` is)
    QList<ExportKey> keys;      // one per assigned feature
};

// Whether Azure would take the configuration: Ok, or
//   InvalidArgument PlanNotPremium (workspace): customer-managed keys need the Premium plan;
//   NotFound ExportNothingAssigned (workspace): no feature has a key, so there is nothing to export;
//   Unsupported ExportKeyNotRsa (workspace, feature, store, key, type): Azure Databricks takes RSA keys only.
Status checkExportable(const ExportInput &input);

// The configuration as Terraform for the azurerm provider: the keys (azurerm_key_vault_key with their rotation
// policies; placeholders for keys held outside Azure), the grant to the AzureDatabricks application, the workspace
// (azurerm_databricks_workspace) with versioned key ids, the grants to its storage and disk-encryption-set
// identities (which exist only once the workspace does), then the DBFS root's key
// (azurerm_databricks_workspace_root_dbfs_customer_managed_key). Fails as checkExportable() does.
Result<QString> terraformFor(const ExportInput &input);
// The same as an ARM deployment template (indented JSON): Microsoft.Databricks/workspaces with
// encryption.entities and parameters.prepareEncryption / requireInfrastructureEncryption, the identities' grants
// in a nested deployment after it, and the DBFS root's parameters.encryption (legacy casing: KeyName, keyvaulturi,
// keyversion) in a last nested deployment. Fails as checkExportable() does.
Result<QString> armTemplateFor(const ExportInput &input);
Result<QString> configFor(ConfigFormat format, const ExportInput &input);

// The input for a workspace of the catalog: its assignments and, for each, the key version in effect, the key's
// rotation policy and the store's kind, read through the context's key stores (which may ask for a store's
// passphrase or PIN through the context's prompt). NotFound (WorkspaceNotFound) for an unknown workspace; a store
// that cannot be opened, or a key or version it does not have, fails with the store's error.
Result<ExportInput> exportInputFor(services::Context &context, const QString &workspace);

} // namespace keyward::compliance

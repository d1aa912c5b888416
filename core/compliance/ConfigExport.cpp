// ConfigExport: Terraform (azurerm) and ARM for a workspace's customer-managed keys, from what the stores say.
#include "compliance/ConfigExport.h"

#include "services/Context.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace keyward::compliance {

namespace {

// The comments and descriptions the exports carry, for people: translated in the shared context.
struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(Keyward)
};

using model::Feature;

// The AzureDatabricks first-party application: it reads the managed-services key for the control plane.
const QString AzureDatabricksAppId = QStringLiteral("2ff814a6-3304-4ab8-85cb-cd0e6f879c1d");
const QString WorkspaceApiVersion = QStringLiteral("2024-05-01");
const QString KeyVaultApiVersion = QStringLiteral("2023-07-01");
const QString DeploymentApiVersion = QStringLiteral("2022-09-01");
const QString GrantsDeployment = QStringLiteral("keyward-grant-workspace-identities");
const QString DbfsRootDeployment = QStringLiteral("keyward-dbfs-root-cmk");

// ---------------------------------------------------------------------------------------------------------------
// What both formats are made from: the features' keys, each key declared once, each store's vault once.

struct KeyDecl
{
    QString label;                  // the resource's name in the configuration
    const ExportKey *key = nullptr; // the use that describes the key (its newest version, where one is used)
    QList<Feature> features;
};

struct StoreDecl
{
    QString store;
    QString label; // suffix of the vault's variable / parameter
    QString kind;
    QString vaultUri;
};

struct Layout
{
    const ExportInput *input = nullptr;
    QMap<Feature, const ExportKey *> byFeature;
    QList<KeyDecl> keys;
    QList<StoreDecl> stores;

    const ExportKey *ms() const { return byFeature.value(Feature::ManagedServices); }
    const ExportKey *dbfs() const { return byFeature.value(Feature::DbfsRoot); }
    const ExportKey *disks() const { return byFeature.value(Feature::ManagedDisks); }
    const KeyDecl &keyOf(const ExportKey *k) const
    {
        for (const KeyDecl &d : keys) {
            if (d.key->assignment.store == k->assignment.store && d.key->assignment.keyName == k->assignment.keyName)
                return d;
        }
        Q_UNREACHABLE();
    }
    const StoreDecl &storeOf(const ExportKey *k) const
    {
        for (const StoreDecl &s : stores) {
            if (s.store == k->assignment.store)
                return s;
        }
        Q_UNREACHABLE();
    }
};

// Letters, digits and underscores, starting with a letter: a name every format takes.
QString identifier(const QString &text)
{
    QString out;
    for (QChar c : text)
        out += (c.isLetterOrNumber() && c.unicode() < 128) ? c.toLower() : QLatin1Char('_');
    if (out.isEmpty() || !out.at(0).isLetter())
        out.prepend(QStringLiteral("k_"));
    return out;
}

QString unique(const QString &wanted, QSet<QString> &taken)
{
    QString name = wanted;
    for (int i = 2; taken.contains(name); ++i)
        name = wanted + QLatin1Char('_') + QString::number(i);
    taken.insert(name);
    return name;
}

Layout layoutOf(const ExportInput &input)
{
    Layout l;
    l.input = &input;
    for (const ExportKey &k : input.keys) {
        if (model::acceptsCustomerKey(k.assignment.feature) && !l.byFeature.contains(k.assignment.feature))
            l.byFeature.insert(k.assignment.feature, &k);
    }
    QSet<QString> keyLabels;
    QSet<QString> storeLabels;
    for (Feature f : model::customerKeyFeatures()) {
        const ExportKey *k = l.byFeature.value(f);
        if (!k)
            continue;
        auto decl = std::find_if(l.keys.begin(), l.keys.end(), [&](const KeyDecl &d) {
            return d.key->assignment.store == k->assignment.store && d.key->assignment.keyName == k->assignment.keyName;
        });
        if (decl == l.keys.end()) {
            KeyDecl d;
            d.label = unique(identifier(k->assignment.store + QLatin1Char('_') + k->assignment.keyName), keyLabels);
            d.key = k;
            d.features << f;
            l.keys << d;
        } else {
            decl->features << f;
            if (k->newest && !decl->key->newest)
                decl->key = k;
        }
        if (std::none_of(l.stores.begin(), l.stores.end(),
                         [&](const StoreDecl &s) { return s.store == k->assignment.store; })) {
            l.stores << StoreDecl{k->assignment.store, unique(identifier(k->assignment.store), storeLabels),
                                  k->storeKind, k->vaultUri};
        }
    }
    return l;
}

QString featureList(const QList<Feature> &features)
{
    QStringList ids;
    for (Feature f : features)
        ids << model::featureId(f);
    return ids.join(QStringLiteral(", "));
}

QString keyTypeName(const keystore::KeyVersionInfo &v)
{
    return QStringLiteral("%1-%2").arg(keystore::keyKindName(v.kind)).arg(v.bits);
}

// Key Vault's key type: RSA, or RSA-HSM where the key is HSM-backed.
QString kty(const ExportKey &k)
{
    return k.inEffect.hsmBacked ? QStringLiteral("RSA-HSM") : QStringLiteral("RSA");
}

QString vaultNameOf(const QString &vaultUri)
{
    return QUrl(vaultUri).host().section(QLatin1Char('.'), 0, 0);
}

// ---------------------------------------------------------------------------------------------------------------
// The words: one place, shared by both formats.

QString headerLine(const ExportInput &in)
{
    const model::Workspace &ws = in.workspace;
    const QString plan = model::planDisplayName(ws.plan());
    return ws.region().isEmpty()
               ? ExportText::tr("Customer-managed keys of the Keyward workspace '%1' (%2) for Azure Databricks.")
                     .arg(ws.name(), plan)
               : ExportText::tr("Customer-managed keys of the Keyward workspace '%1' (%2, %3) for Azure Databricks.")
                     .arg(ws.name(), plan, ws.region());
}

QString noMaterialLine()
{
    return ExportText::tr("Generated by Keyward. No key material is written here: keys appear by name, type, size "
                          "and version only.");
}

QStringList orderLines()
{
    return {
        ExportText::tr("The order matters, and the configuration keeps it:"),
        ExportText::tr("1. the keys, and the grant to the AzureDatabricks application, which reads the "
                       "managed-services key when the workspace is created;"),
        ExportText::tr("2. the workspace, with customer-managed keys enabled: this creates the identity of its DBFS "
                       "root storage account and, with a managed-disk key, its disk encryption set;"),
        ExportText::tr("3. the grants to those two identities: they exist only after step 2, so they are given in a "
                       "second step, after the workspace;"),
        ExportText::tr("4. the DBFS root's key, once its storage account identity may use it."),
    };
}

QString versionedLine()
{
    return ExportText::tr("Managed-services and managed-disk keys must name a key version: Azure rejects a "
                          "versionless key id.");
}

QString vaultLine()
{
    return ExportText::tr("Every key vault used here must have soft delete and purge protection on, and let trusted "
                          "Microsoft services through its firewall (bypass \"AzureServices\"): Azure Databricks "
                          "reaches the keys as one.");
}

QString rbacLine()
{
    return ExportText::tr("For a key vault that uses Azure RBAC instead of access policies, give each principal "
                          "granted here the role \"Key Vault Crypto Service Encryption User\" instead, in the same "
                          "order.");
}

QString placeholderLine(const ExportKey &k)
{
    if (k.storeKind == QLatin1String("pkcs11"))
        return ExportText::tr("PLACEHOLDER: this key lives in a PKCS#11 HSM (Keyward store '%1'), not in Azure, and "
                              "Azure cannot use it from there. This makes a new key of the same type in Key Vault; "
                              "to keep the same key material instead, import it into Key Vault (Premium) or Managed "
                              "HSM with BYOK from the HSM, then use that key here.")
            .arg(k.assignment.store);
    return ExportText::tr("PLACEHOLDER: this key lives in a local Keyward vault (store '%1'), not in Azure, and Azure "
                          "cannot use it from there. This makes a new key of the same type in Key Vault; to keep the "
                          "same key material instead, import it into Key Vault with BYOK, then use that key here.")
        .arg(k.assignment.store);
}

QString keyLine(const KeyDecl &d)
{
    const ExportKey &k = *d.key;
    return ExportText::tr("Key '%1' of Keyward store '%2' (%3), %4, version %5; used for: %6.")
        .arg(k.assignment.keyName, k.assignment.store, k.storeKind, keyTypeName(k.inEffect), k.inEffect.version,
             featureList(d.features));
}

QString azureHeldLine()
{
    return ExportText::tr("The key is in Azure already: the import block brings it under Terraform instead of "
                          "making a new one.");
}

QString msGrantLine()
{
    return ExportText::tr("Step 1: the AzureDatabricks application reads the managed-services key when the workspace "
                          "is created, so it is granted before it.");
}

QString workspaceLine()
{
    return ExportText::tr("Step 2: the workspace, on the Premium plan (customer-managed keys need it).");
}

QString identitiesLine()
{
    return ExportText::tr("Step 3: the workspace's storage account identity and disk encryption set identity exist "
                          "only once the workspace has been created with customer-managed keys enabled, so they are "
                          "granted in a second step, after it.");
}

QString dbfsLine()
{
    return ExportText::tr("Step 4: the DBFS root's key, once the storage account identity may use it.");
}

QString storeVaultDescription(const StoreDecl &s, bool arm)
{
    return arm ? ExportText::tr("Name of the key vault (in this deployment's resource group) for the keys of Keyward "
                                "store '%1'. It needs soft delete, purge protection and trusted Microsoft services "
                                "let through its firewall (bypass \"AzureServices\").")
                     .arg(s.store)
               : ExportText::tr("Resource ID of the key vault for the keys of Keyward store '%1'. It needs soft "
                                "delete, purge protection and trusted Microsoft services let through its firewall "
                                "(network_acls bypass = \"AzureServices\").")
                     .arg(s.store);
}

QString azureDatabricksDescription()
{
    return ExportText::tr("Object ID, in your tenant, of the AzureDatabricks enterprise application (application ID "
                          "%1): it reads the managed-services key.")
        .arg(AzureDatabricksAppId);
}

// ---------------------------------------------------------------------------------------------------------------
// Terraform

QString hclString(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\r'))
            out += QStringLiteral("\\r");
        else if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else if (c.unicode() < 0x20)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else if ((c == QLatin1Char('$') || c == QLatin1Char('%')) && next == QLatin1Char('{'))
            out += QString(c) + QString(c); // "$${" and "%%{" are the literal "${" and "%{"
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

QString hclBool(bool on)
{
    return on ? QStringLiteral("true") : QStringLiteral("false");
}

QString hclList(const QStringList &items)
{
    return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
}

// HCL text with `terraform fmt`'s layout: two-space indent, the equals signs of consecutive attributes aligned.
class HclWriter
{
public:
    // One comment, wrapped at 120 columns.
    void comment(const QString &text)
    {
        const qsizetype width = 118 - 2 * m_indent;
        QString line;
        for (const QString &word : text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
                add(QStringLiteral("# ") + line);
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        add(line.isEmpty() ? QStringLiteral("#") : QStringLiteral("# ") + line);
    }
    void blank() { m_lines << Line{0, {}, {}, false}; }
    void open(const QString &header)
    {
        add(header + QStringLiteral(" {"));
        ++m_indent;
    }
    void close()
    {
        --m_indent;
        // An empty block closes on its own line, as `terraform fmt` writes it: "features {}".
        Line &last = m_lines.last();
        if (!last.attr && last.indent == m_indent && last.text.endsWith(QStringLiteral(" {")))
            last.text += QLatin1Char('}');
        else
            add(QStringLiteral("}"));
    }
    void attr(const QString &name, const QString &value) { m_lines << Line{m_indent, name, value, true}; }

    QString text() const
    {
        QString out;
        for (qsizetype i = 0; i < m_lines.size();) {
            const Line &l = m_lines.at(i);
            if (!l.attr) {
                out += l.text.isEmpty() ? QStringLiteral("\n") : pad(l.indent) + l.text + QLatin1Char('\n');
                ++i;
                continue;
            }
            qsizetype end = i;
            qsizetype width = 0;
            while (end < m_lines.size() && m_lines.at(end).attr && m_lines.at(end).indent == l.indent) {
                width = std::max(width, m_lines.at(end).text.size());
                ++end;
            }
            for (; i < end; ++i) {
                const Line &a = m_lines.at(i);
                out +=
                    pad(a.indent) + a.text.leftJustified(width) + QStringLiteral(" = ") + a.value + QLatin1Char('\n');
            }
        }
        return out;
    }

private:
    struct Line
    {
        int indent = 0;
        QString text; // the whole line, or an attribute's name
        QString value;
        bool attr = false;
    };
    static QString pad(int indent) { return QString(indent * 2, QLatin1Char(' ')); }
    void add(const QString &text) { m_lines << Line{m_indent, text, {}, false}; }

    QList<Line> m_lines;
    int m_indent = 0;
};

QString tfKeyRef(const KeyDecl &d)
{
    return QStringLiteral("azurerm_key_vault_key.") + d.label;
}

// The versioned id of the version a feature uses. `id` is the key's newest version; a workspace pinned to an
// older version of a key held in Azure names that version after the versionless id.
QString tfKeyId(const Layout &l, const ExportKey *k)
{
    const KeyDecl &d = l.keyOf(k);
    if (!k->heldInAzure() || k->newest)
        return tfKeyRef(d) + QStringLiteral(".id");
    return QStringLiteral("\"${%1.versionless_id}/%2\"").arg(tfKeyRef(d), k->inEffect.version);
}

QString tfVault(const StoreDecl &s)
{
    return QStringLiteral("var.key_vault_id_") + s.label;
}

void tfRotationPolicy(HclWriter &w, const keystore::RotationPolicy &p)
{
    w.open(QStringLiteral("rotation_policy"));
    if (p.rotateAfterCreate || p.rotateBeforeExpiry) {
        w.open(QStringLiteral("automatic"));
        if (p.rotateAfterCreate)
            w.attr(QStringLiteral("time_after_creation"), hclString(p.rotateAfterCreate->toString()));
        if (p.rotateBeforeExpiry)
            w.attr(QStringLiteral("time_before_expiry"), hclString(p.rotateBeforeExpiry->toString()));
        w.close();
    }
    if (p.expiryTime)
        w.attr(QStringLiteral("expire_after"), hclString(p.expiryTime->toString()));
    if (p.notifyBeforeExpiry)
        w.attr(QStringLiteral("notify_before_expiry"), hclString(p.notifyBeforeExpiry->toString()));
    w.close();
}

bool hasPolicy(const std::optional<keystore::RotationPolicy> &p)
{
    return p && (p->rotateAfterCreate || p->rotateBeforeExpiry || p->expiryTime || p->notifyBeforeExpiry);
}

void tfVariable(HclWriter &w, const QString &name, const QString &description, const std::optional<QString> &def)
{
    w.open(QStringLiteral("variable \"%1\"").arg(name));
    w.attr(QStringLiteral("description"), hclString(description));
    w.attr(QStringLiteral("type"), QStringLiteral("string"));
    if (def)
        w.attr(QStringLiteral("default"), hclString(*def));
    w.close();
    w.blank();
}

void tfGrant(HclWriter &w, const QString &label, const QString &vault, const QString &tenant, const QString &object,
             const QStringList &dependsOn)
{
    w.open(QStringLiteral("resource \"azurerm_key_vault_access_policy\" \"%1\"").arg(label));
    w.attr(QStringLiteral("key_vault_id"), vault);
    w.attr(QStringLiteral("tenant_id"), tenant);
    w.attr(QStringLiteral("object_id"), object);
    w.attr(QStringLiteral("key_permissions"),
           hclList({QStringLiteral("\"Get\""), QStringLiteral("\"WrapKey\""), QStringLiteral("\"UnwrapKey\"")}));
    if (!dependsOn.isEmpty())
        w.attr(QStringLiteral("depends_on"), hclList(dependsOn));
    w.close();
    w.blank();
}

QString terraformText(const Layout &l)
{
    const ExportInput &in = *l.input;
    const model::WorkspaceOptions &options = in.workspace.options();
    const QString ws = QStringLiteral("azurerm_databricks_workspace.workspace");
    HclWriter w;

    w.comment(headerLine(in));
    w.comment(noMaterialLine());
    w.comment(QString());
    for (const QString &line : orderLines())
        w.comment(line);
    w.comment(QString());
    w.comment(versionedLine());
    w.comment(vaultLine());
    w.comment(rbacLine());
    w.blank();

    w.open(QStringLiteral("terraform"));
    w.open(QStringLiteral("required_providers"));
    w.open(QStringLiteral("azurerm ="));
    w.attr(QStringLiteral("source"), hclString(QStringLiteral("hashicorp/azurerm")));
    w.attr(QStringLiteral("version"), hclString(QStringLiteral(">= 3.90.0")));
    w.close();
    w.close();
    w.close();
    w.blank();
    w.open(QStringLiteral("provider \"azurerm\""));
    w.open(QStringLiteral("features"));
    w.close();
    w.close();
    w.blank();
    w.open(QStringLiteral("data \"azurerm_client_config\" \"current\""));
    w.close();
    w.blank();

    tfVariable(w, QStringLiteral("resource_group_name"), ExportText::tr("The resource group of the workspace."), {});
    tfVariable(w, QStringLiteral("location"), ExportText::tr("The Azure region of the workspace."),
               in.workspace.region().isEmpty() ? std::nullopt : std::optional<QString>(in.workspace.region()));
    tfVariable(w, QStringLiteral("workspace_name"), ExportText::tr("The workspace's name in Azure."),
               in.workspace.name());
    for (const StoreDecl &s : l.stores)
        tfVariable(w, QStringLiteral("key_vault_id_") + s.label, storeVaultDescription(s, false), {});
    if (l.ms())
        tfVariable(w, QStringLiteral("azure_databricks_object_id"), azureDatabricksDescription(), {});

    // The keys.
    for (const KeyDecl &d : l.keys) {
        const ExportKey &k = *d.key;
        w.comment(keyLine(d));
        w.comment(k.heldInAzure() ? azureHeldLine() : placeholderLine(k));
        if (k.heldInAzure()) {
            w.open(QStringLiteral("import"));
            w.attr(QStringLiteral("to"), tfKeyRef(d));
            w.attr(QStringLiteral("id"), hclString(k.inEffect.id));
            w.close();
            w.blank();
        }
        w.open(QStringLiteral("resource \"azurerm_key_vault_key\" \"%1\"").arg(d.label));
        w.attr(QStringLiteral("name"), hclString(k.assignment.keyName));
        w.attr(QStringLiteral("key_vault_id"), tfVault(l.storeOf(&k)));
        w.attr(QStringLiteral("key_type"), hclString(kty(k)));
        w.attr(QStringLiteral("key_size"), QString::number(k.inEffect.bits));
        w.attr(QStringLiteral("key_opts"),
               hclList({hclString(QStringLiteral("wrapKey")), hclString(QStringLiteral("unwrapKey"))}));
        if (k.inEffect.notBefore)
            w.attr(QStringLiteral("not_before_date"), hclString(isoUtc(*k.inEffect.notBefore)));
        if (k.inEffect.expires)
            w.attr(QStringLiteral("expiration_date"), hclString(isoUtc(*k.inEffect.expires)));
        if (hasPolicy(k.policy)) {
            w.blank();
            tfRotationPolicy(w, *k.policy);
        }
        w.close();
        w.blank();
    }

    // Step 1: the managed-services key's reader, before the workspace.
    QString msGrant;
    if (const ExportKey *ms = l.ms()) {
        msGrant = QStringLiteral("azurerm_key_vault_access_policy.azure_databricks");
        w.comment(msGrantLine());
        tfGrant(w, QStringLiteral("azure_databricks"), tfVault(l.storeOf(ms)),
                QStringLiteral("data.azurerm_client_config.current.tenant_id"),
                QStringLiteral("var.azure_databricks_object_id"), {});
    }

    // Step 2: the workspace.
    w.comment(workspaceLine());
    w.comment(versionedLine() + QLatin1Char(' ') +
              ExportText::tr("azurerm_key_vault_key.NAME.id is versioned; its versionless_id is not."));
    w.open(QStringLiteral("resource \"azurerm_databricks_workspace\" \"workspace\""));
    w.attr(QStringLiteral("name"), QStringLiteral("var.workspace_name"));
    w.attr(QStringLiteral("resource_group_name"), QStringLiteral("var.resource_group_name"));
    w.attr(QStringLiteral("location"), QStringLiteral("var.location"));
    w.attr(QStringLiteral("sku"), hclString(QStringLiteral("premium")));
    if (l.dbfs())
        w.attr(QStringLiteral("customer_managed_key_enabled"), hclBool(true));
    w.attr(QStringLiteral("infrastructure_encryption_enabled"), hclBool(options.dbfsDoubleEncryption));
    if (const ExportKey *ms = l.ms())
        w.attr(QStringLiteral("managed_services_cmk_key_vault_key_id"), tfKeyId(l, ms));
    if (const ExportKey *disks = l.disks()) {
        w.attr(QStringLiteral("managed_disk_cmk_key_vault_key_id"), tfKeyId(l, disks));
        w.attr(QStringLiteral("managed_disk_cmk_rotation_to_latest_version_enabled"),
               hclBool(options.managedDiskRotateToLatest));
    }
    if (!msGrant.isEmpty()) {
        w.blank();
        w.attr(QStringLiteral("depends_on"), hclList({msGrant}));
    }
    w.close();
    w.blank();

    // Step 3: the identities the workspace made.
    if (l.dbfs() || l.disks()) {
        w.comment(identitiesLine());
        w.blank();
    }
    if (const ExportKey *dbfs = l.dbfs()) {
        w.comment(ExportText::tr("The identity of the DBFS root's storage account: it wraps and unwraps with the "
                                 "DBFS root's key."));
        tfGrant(w, QStringLiteral("workspace_storage"), tfVault(l.storeOf(dbfs)),
                ws + QStringLiteral(".storage_account_identity[0].tenant_id"),
                ws + QStringLiteral(".storage_account_identity[0].principal_id"), {ws});
    }
    if (const ExportKey *disks = l.disks()) {
        w.comment(ExportText::tr("The identity of the workspace's disk encryption set: it wraps and unwraps with the "
                                 "managed-disk key."));
        tfGrant(w, QStringLiteral("disk_encryption_set"), tfVault(l.storeOf(disks)),
                ws + QStringLiteral(".managed_disk_identity[0].tenant_id"),
                ws + QStringLiteral(".managed_disk_identity[0].principal_id"), {ws});
    }

    // Step 4: the DBFS root's key.
    if (const ExportKey *dbfs = l.dbfs()) {
        w.comment(dbfsLine());
        w.open(
            QStringLiteral("resource \"azurerm_databricks_workspace_root_dbfs_customer_managed_key\" \"dbfs_root\""));
        w.attr(QStringLiteral("workspace_id"), ws + QStringLiteral(".id"));
        w.attr(QStringLiteral("key_vault_key_id"), tfKeyId(l, dbfs));
        w.blank();
        w.attr(QStringLiteral("depends_on"),
               hclList({QStringLiteral("azurerm_key_vault_access_policy.workspace_storage")}));
        w.close();
        w.blank();
    }

    w.open(QStringLiteral("output \"workspace_url\""));
    w.attr(QStringLiteral("value"), ws + QStringLiteral(".workspace_url"));
    w.close();
    if (l.dbfs()) {
        w.blank();
        w.open(QStringLiteral("output \"storage_account_identity\""));
        w.attr(QStringLiteral("value"), ws + QStringLiteral(".storage_account_identity[0]"));
        w.attr(QStringLiteral("sensitive"), hclBool(true));
        w.close();
    }
    if (l.disks()) {
        w.blank();
        w.open(QStringLiteral("output \"managed_disk_identity\""));
        w.attr(QStringLiteral("value"), ws + QStringLiteral(".managed_disk_identity[0]"));
        w.attr(QStringLiteral("sensitive"), hclBool(true));
        w.close();
        w.blank();
        w.open(QStringLiteral("output \"disk_encryption_set_id\""));
        w.attr(QStringLiteral("value"), ws + QStringLiteral(".disk_encryption_set_id"));
        w.close();
    }
    return w.text();
}

// ---------------------------------------------------------------------------------------------------------------
// ARM

// A literal string value: ARM reads a string that starts with '[' as an expression, and "[[" as a literal '['.
QJsonValue armLiteral(const QString &text)
{
    return text.startsWith(QLatin1Char('[')) ? QLatin1Char('[') + text : text;
}

// A string literal inside an ARM expression.
QString armQuoted(const QString &text)
{
    QString t = text;
    t.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + t + QLatin1Char('\'');
}

QString armVaultParam(const StoreDecl &s)
{
    return QStringLiteral("keyVaultName_") + s.label;
}

QString armParam(const QString &name)
{
    return QStringLiteral("parameters(%1)").arg(armQuoted(name));
}

QString armWorkspaceId()
{
    return QStringLiteral("resourceId('Microsoft.Databricks/workspaces', parameters('workspaceName'))");
}

QString armKeyResourceId(const Layout &l, const KeyDecl &d)
{
    return QStringLiteral("resourceId('Microsoft.KeyVault/vaults/keys', %1, %2)")
        .arg(armParam(armVaultParam(l.storeOf(d.key))), armQuoted(d.key->assignment.keyName));
}

QString armGrantName(const StoreDecl &s)
{
    return QStringLiteral("[format('{0}/add', %1)]").arg(armParam(armVaultParam(s)));
}

// keyVaultUri, keyName and keyVersion of the version a feature uses: literal for a key held in Azure, read from
// the key the template makes for a placeholder.
struct ArmKey
{
    QJsonValue uri;
    QJsonValue name;
    QJsonValue version;
};

ArmKey armKeyOf(const Layout &l, const ExportKey *k)
{
    if (k->heldInAzure())
        return {armLiteral(k->vaultUri), armLiteral(k->assignment.keyName), armLiteral(k->inEffect.version)};
    const KeyDecl &d = l.keyOf(k);
    const QString vault = armParam(armVaultParam(l.storeOf(k)));
    return {QStringLiteral("[reference(resourceId('Microsoft.KeyVault/vaults', %1), %2).vaultUri]")
                .arg(vault, armQuoted(KeyVaultApiVersion)),
            armLiteral(k->assignment.keyName),
            QStringLiteral("[last(split(reference(%1, %2).keyUriWithVersion, '/'))]")
                .arg(armKeyResourceId(l, d), armQuoted(KeyVaultApiVersion))};
}

QJsonObject armKeyVaultProperties(const ArmKey &k)
{
    return {{QStringLiteral("keyVaultUri"), k.uri},
            {QStringLiteral("keyName"), k.name},
            {QStringLiteral("keyVersion"), k.version}};
}

QJsonObject armRotationPolicy(const keystore::RotationPolicy &p)
{
    QJsonArray actions;
    const auto action = [&](const QString &trigger, const keystore::IsoDuration &period, const QString &type) {
        actions.append(QJsonObject{{QStringLiteral("trigger"), QJsonObject{{trigger, period.toString()}}},
                                   {QStringLiteral("action"), QJsonObject{{QStringLiteral("type"), type}}}});
    };
    if (p.rotateAfterCreate)
        action(QStringLiteral("timeAfterCreate"), *p.rotateAfterCreate, QStringLiteral("rotate"));
    if (p.rotateBeforeExpiry)
        action(QStringLiteral("timeBeforeExpiry"), *p.rotateBeforeExpiry, QStringLiteral("rotate"));
    if (p.notifyBeforeExpiry)
        action(QStringLiteral("timeBeforeExpiry"), *p.notifyBeforeExpiry, QStringLiteral("notify"));
    QJsonObject policy{{QStringLiteral("lifetimeActions"), actions}};
    if (p.expiryTime)
        policy.insert(QStringLiteral("attributes"),
                      QJsonObject{{QStringLiteral("expiryTime"), p.expiryTime->toString()}});
    return policy;
}

// A string parameter; its default is a literal (armLiteral) or an expression.
QJsonObject armStringParam(const QString &description, const QJsonValue &def = QJsonValue::Undefined)
{
    QJsonObject p{{QStringLiteral("type"), QStringLiteral("string")},
                  {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("description"), description}}}};
    if (!def.isUndefined())
        p.insert(QStringLiteral("defaultValue"), def);
    return p;
}

QJsonObject armAccessPolicy(const QString &tenant, const QString &object)
{
    return {{QStringLiteral("tenantId"), tenant},
            {QStringLiteral("objectId"), object},
            {QStringLiteral("permissions"),
             QJsonObject{{QStringLiteral("keys"),
                          QJsonArray{QStringLiteral("get"), QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")}}}}};
}

QJsonObject armGrant(const StoreDecl &s, const QJsonArray &policies, const QJsonArray &dependsOn,
                     const QString &comment)
{
    QJsonObject r{{QStringLiteral("type"), QStringLiteral("Microsoft.KeyVault/vaults/accessPolicies")},
                  {QStringLiteral("apiVersion"), KeyVaultApiVersion},
                  {QStringLiteral("name"), armGrantName(s)},
                  {QStringLiteral("comments"), comment},
                  {QStringLiteral("properties"), QJsonObject{{QStringLiteral("accessPolicies"), policies}}}};
    if (!dependsOn.isEmpty())
        r.insert(QStringLiteral("dependsOn"), dependsOn);
    return r;
}

QJsonObject armWorkspace(const Layout &l, bool withDbfsKey, const QJsonArray &dependsOn, const QString &comment)
{
    const model::WorkspaceOptions &options = l.input->workspace.options();
    QJsonObject parameters{{QStringLiteral("requireInfrastructureEncryption"),
                            QJsonObject{{QStringLiteral("value"), options.dbfsDoubleEncryption}}}};
    if (const ExportKey *dbfs = l.dbfs()) {
        parameters.insert(QStringLiteral("prepareEncryption"), QJsonObject{{QStringLiteral("value"), true}});
        if (withDbfsKey) {
            // The DBFS root's key keeps the workspace parameters' legacy casing: KeyName, keyvaulturi, keyversion.
            const ArmKey k = armKeyOf(l, dbfs);
            parameters.insert(
                QStringLiteral("encryption"),
                QJsonObject{{QStringLiteral("value"),
                             QJsonObject{{QStringLiteral("keySource"), QStringLiteral("Microsoft.Keyvault")},
                                         {QStringLiteral("KeyName"), k.name},
                                         {QStringLiteral("keyvaulturi"), k.uri},
                                         {QStringLiteral("keyversion"), k.version}}}});
        }
    }
    QJsonObject properties{{QStringLiteral("managedResourceGroupId"),
                            QStringLiteral("[subscriptionResourceId('Microsoft.Resources/resourceGroups', "
                                           "variables('managedResourceGroupName'))]")},
                           {QStringLiteral("parameters"), parameters}};
    QJsonObject entities;
    if (const ExportKey *ms = l.ms()) {
        entities.insert(QStringLiteral("managedServices"),
                        QJsonObject{{QStringLiteral("keySource"), QStringLiteral("Microsoft.Keyvault")},
                                    {QStringLiteral("keyVaultProperties"), armKeyVaultProperties(armKeyOf(l, ms))}});
    }
    if (const ExportKey *disks = l.disks()) {
        entities.insert(
            QStringLiteral("managedDisk"),
            QJsonObject{{QStringLiteral("keySource"), QStringLiteral("Microsoft.Keyvault")},
                        {QStringLiteral("keyVaultProperties"), armKeyVaultProperties(armKeyOf(l, disks))},
                        {QStringLiteral("rotationToLatestKeyVersionEnabled"), options.managedDiskRotateToLatest}});
    }
    if (!entities.isEmpty())
        properties.insert(QStringLiteral("encryption"), QJsonObject{{QStringLiteral("entities"), entities}});
    QJsonObject r{{QStringLiteral("type"), QStringLiteral("Microsoft.Databricks/workspaces")},
                  {QStringLiteral("apiVersion"), WorkspaceApiVersion},
                  {QStringLiteral("name"), QStringLiteral("[parameters('workspaceName')]")},
                  {QStringLiteral("location"), QStringLiteral("[parameters('location')]")},
                  {QStringLiteral("sku"), QJsonObject{{QStringLiteral("name"), QStringLiteral("premium")}}},
                  {QStringLiteral("comments"), comment},
                  {QStringLiteral("properties"), properties}};
    if (!dependsOn.isEmpty())
        r.insert(QStringLiteral("dependsOn"), dependsOn);
    return r;
}

QJsonObject armNestedDeployment(const QString &name, const QJsonArray &resources, const QJsonArray &dependsOn,
                                const QString &comment)
{
    return {{QStringLiteral("type"), QStringLiteral("Microsoft.Resources/deployments")},
            {QStringLiteral("apiVersion"), DeploymentApiVersion},
            {QStringLiteral("name"), name},
            {QStringLiteral("comments"), comment},
            {QStringLiteral("dependsOn"), dependsOn},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("mode"), QStringLiteral("Incremental")},
                         {QStringLiteral("template"),
                          QJsonObject{{QStringLiteral("$schema"),
                                       QStringLiteral("https://schema.management.azure.com/schemas/2019-04-01/"
                                                      "deploymentTemplate.json#")},
                                      {QStringLiteral("contentVersion"), QStringLiteral("1.0.0.0")},
                                      {QStringLiteral("resources"), resources}}}}}};
}

QJsonObject armTemplate(const Layout &l)
{
    const ExportInput &in = *l.input;
    const QString wsRef = QStringLiteral("reference(%1, %2)").arg(armWorkspaceId(), armQuoted(WorkspaceApiVersion));

    QJsonObject parameters{
        {QStringLiteral("workspaceName"),
         armStringParam(ExportText::tr("The workspace's name in Azure."), armLiteral(in.workspace.name()))},
        {QStringLiteral("location"),
         armStringParam(ExportText::tr("The Azure region of the workspace."),
                        in.workspace.region().isEmpty() ? QJsonValue(QStringLiteral("[resourceGroup().location]"))
                                                        : armLiteral(in.workspace.region()))}};
    for (const StoreDecl &s : l.stores) {
        const bool known = s.kind == AzureKeyVaultStoreKind && !s.vaultUri.isEmpty();
        parameters.insert(armVaultParam(s),
                          armStringParam(storeVaultDescription(s, true), known ? armLiteral(vaultNameOf(s.vaultUri))
                                                                               : QJsonValue(QJsonValue::Undefined)));
    }
    if (l.ms())
        parameters.insert(QStringLiteral("azureDatabricksObjectId"), armStringParam(azureDatabricksDescription()));

    QJsonArray resources;
    QJsonArray workspaceDependsOn;
    for (const KeyDecl &d : l.keys) {
        const ExportKey &k = *d.key;
        if (k.heldInAzure())
            continue;
        QJsonObject attributes{{QStringLiteral("enabled"), true}};
        if (k.inEffect.notBefore)
            attributes.insert(QStringLiteral("nbf"), k.inEffect.notBefore->toSecsSinceEpoch());
        if (k.inEffect.expires)
            attributes.insert(QStringLiteral("exp"), k.inEffect.expires->toSecsSinceEpoch());
        QJsonObject properties{
            {QStringLiteral("kty"), kty(k)},
            {QStringLiteral("keySize"), k.inEffect.bits},
            {QStringLiteral("keyOps"), QJsonArray{QStringLiteral("wrapKey"), QStringLiteral("unwrapKey")}},
            {QStringLiteral("attributes"), attributes}};
        if (hasPolicy(k.policy))
            properties.insert(QStringLiteral("rotationPolicy"), armRotationPolicy(*k.policy));
        resources.append(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("Microsoft.KeyVault/vaults/keys")},
            {QStringLiteral("apiVersion"), KeyVaultApiVersion},
            {QStringLiteral("name"), QStringLiteral("[format('{0}/{1}', %1, %2)]")
                                         .arg(armParam(armVaultParam(l.storeOf(&k))), armQuoted(k.assignment.keyName))},
            {QStringLiteral("comments"), keyLine(d) + QLatin1Char(' ') + placeholderLine(k)},
            {QStringLiteral("properties"), properties}});
        workspaceDependsOn.append(QLatin1Char('[') + armKeyResourceId(l, d) + QLatin1Char(']'));
    }

    // Step 1: the managed-services key's reader.
    if (const ExportKey *ms = l.ms()) {
        const StoreDecl &s = l.storeOf(ms);
        resources.append(
            armGrant(s,
                     QJsonArray{armAccessPolicy(QStringLiteral("[subscription().tenantId]"),
                                                QStringLiteral("[parameters('azureDatabricksObjectId')]"))},
                     {}, msGrantLine()));
        workspaceDependsOn.append(QStringLiteral("[resourceId('Microsoft.KeyVault/vaults/accessPolicies', %1, 'add')]")
                                      .arg(armParam(armVaultParam(s))));
    }

    // Step 2: the workspace (the DBFS root's key comes last, once its identity has been granted).
    resources.append(armWorkspace(l, false, workspaceDependsOn, workspaceLine() + QLatin1Char(' ') + versionedLine()));

    // Step 3: the identities the workspace made, each vault granted once; in a deployment of their own, as a
    // template may name a vault's access policies only once.
    if (l.dbfs() || l.disks()) {
        QMap<QString, QJsonArray> byStore;
        QStringList order;
        const auto grant = [&](const ExportKey *k, const QString &identity) {
            const QString store = k->assignment.store;
            if (!order.contains(store))
                order << store;
            byStore[store].append(armAccessPolicy(QStringLiteral("[%1.%2.tenantId]").arg(wsRef, identity),
                                                  QStringLiteral("[%1.%2.principalId]").arg(wsRef, identity)));
        };
        if (l.dbfs())
            grant(l.dbfs(), QStringLiteral("storageAccountIdentity"));
        if (l.disks())
            grant(l.disks(), QStringLiteral("managedDiskIdentity"));
        QJsonArray grants;
        for (const QString &store : order) {
            const ExportKey *any = l.dbfs() && l.dbfs()->assignment.store == store ? l.dbfs() : l.disks();
            grants.append(armGrant(l.storeOf(any), byStore.value(store), {}, identitiesLine()));
        }
        resources.append(armNestedDeployment(GrantsDeployment, grants,
                                             QJsonArray{QLatin1Char('[') + armWorkspaceId() + QLatin1Char(']')},
                                             identitiesLine()));
    }

    // Step 4: the workspace again, now with the DBFS root's key.
    if (l.dbfs()) {
        resources.append(armNestedDeployment(
            DbfsRootDeployment, QJsonArray{armWorkspace(l, true, {}, dbfsLine())},
            QJsonArray{
                QStringLiteral("[resourceId('Microsoft.Resources/deployments', %1)]").arg(armQuoted(GrantsDeployment))},
            dbfsLine()));
    }

    QJsonObject outputs{{QStringLiteral("workspaceUrl"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                     {QStringLiteral("value"), QStringLiteral("[%1.workspaceUrl]").arg(wsRef)}}}};
    if (l.dbfs()) {
        outputs.insert(
            QStringLiteral("storageAccountIdentity"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                        {QStringLiteral("value"), QStringLiteral("[%1.storageAccountIdentity]").arg(wsRef)}});
    }
    if (l.disks()) {
        outputs.insert(QStringLiteral("managedDiskIdentity"),
                       QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                   {QStringLiteral("value"), QStringLiteral("[%1.managedDiskIdentity]").arg(wsRef)}});
    }

    QJsonArray notes;
    for (const QString &line : orderLines())
        notes.append(line);
    notes.append(versionedLine());
    notes.append(vaultLine());
    notes.append(rbacLine());
    return {{QStringLiteral("$schema"),
             QStringLiteral("https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#")},
            {QStringLiteral("contentVersion"), QStringLiteral("1.0.0.0")},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("description"), headerLine(in)},
                                                     {QStringLiteral("generator"), noMaterialLine()},
                                                     {QStringLiteral("notes"), notes}}},
            {QStringLiteral("parameters"), parameters},
            {QStringLiteral("variables"),
             QJsonObject{{QStringLiteral("managedResourceGroupName"),
                          QStringLiteral("[format('databricks-rg-{0}-{1}', parameters('workspaceName'), "
                                         "uniqueString(parameters('workspaceName'), resourceGroup().id))]")}}},
            {QStringLiteral("resources"), resources},
            {QStringLiteral("outputs"), outputs}};
}

} // namespace

QString configFormatId(ConfigFormat format)
{
    switch (format) {
    case ConfigFormat::Terraform:
        return QStringLiteral("terraform");
    case ConfigFormat::Arm:
        return QStringLiteral("arm");
    }
    return {};
}

Result<ConfigFormat> parseConfigFormat(QStringView id)
{
    for (ConfigFormat f : {ConfigFormat::Terraform, ConfigFormat::Arm}) {
        if (id.compare(configFormatId(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return Error::make(ErrorCode::InvalidArgument,
                       QStringLiteral("unknown configuration format '%1' (terraform, arm)").arg(id.toString()));
}

Status checkExportable(const ExportInput &input)
{
    const QString name = input.workspace.name();
    if (!model::planSupportsCustomerKeys(input.workspace.plan()))
        return Error::because(ErrorCode::Forbidden, Reason::PlanNotPremium, {name},
                              QStringLiteral("workspace '%1' is on the Standard plan; Azure takes customer-managed "
                                             "keys on Premium only")
                                  .arg(name));
    const auto customer = [](const ExportKey &k) { return model::acceptsCustomerKey(k.assignment.feature); };
    if (std::none_of(input.keys.begin(), input.keys.end(), customer))
        return Error::because(ErrorCode::Forbidden, Reason::ExportNothingAssigned, {name},
                              QStringLiteral("workspace '%1' has no customer-managed key assigned").arg(name));
    for (Feature f : model::customerKeyFeatures()) {
        for (const ExportKey &k : input.keys) {
            if (k.assignment.feature != f || k.inEffect.kind == keystore::KeyKind::Rsa)
                continue;
            const QString type = keyTypeName(k.inEffect);
            return Error::because(
                ErrorCode::Forbidden, Reason::ExportKeyNotRsa,
                {name, model::featureId(f), k.assignment.store, k.assignment.keyName, type},
                QStringLiteral("%1 of workspace '%2' uses %3/%4, an %5 key; Azure Databricks takes RSA keys only")
                    .arg(model::featureId(f), name, k.assignment.store, k.assignment.keyName, type));
        }
    }
    return {};
}

Result<QString> terraformFor(const ExportInput &input)
{
    if (auto st = checkExportable(input); !st)
        return st.error();
    return terraformText(layoutOf(input));
}

Result<QString> armTemplateFor(const ExportInput &input)
{
    if (auto st = checkExportable(input); !st)
        return st.error();
    return QString::fromUtf8(QJsonDocument(armTemplate(layoutOf(input))).toJson(QJsonDocument::Indented));
}

Result<QString> configFor(ConfigFormat format, const ExportInput &input)
{
    return format == ConfigFormat::Terraform ? terraformFor(input) : armTemplateFor(input);
}

Result<ExportInput> exportInputFor(services::Context &context, const QString &workspace)
{
    auto record = context.workspace(workspace);
    if (!record)
        return record.error();
    auto catalog = context.catalog();
    if (!catalog)
        return catalog.error();
    auto assignments = (*catalog)->assignments(record->id);
    if (!assignments)
        return assignments.error();

    ExportInput input;
    input.workspace = record->workspace;
    for (const catalog::Assignment &a : *assignments) {
        if (!model::acceptsCustomerKey(a.feature))
            continue;
        auto store = context.stores().store(a.store);
        if (!store)
            return store.error();
        ExportKey key;
        key.assignment = a;
        key.storeKind = (*store)->properties().kind;
        auto newest = (*store)->keyVersion(a.keyName);
        if (!newest)
            return newest.error();
        if (a.followLatest()) {
            key.inEffect = *newest;
        } else {
            auto pinned = (*store)->keyVersion(a.keyName, a.keyVersion);
            if (!pinned)
                return pinned.error();
            key.inEffect = *pinned;
            key.newest = pinned->version == newest->version;
        }
        // A store that keeps no policies says so (NotFound / Unsupported): the key simply has none.
        auto policy = (*store)->rotationPolicy(a.keyName);
        if (policy)
            key.policy = *policy;
        else if (policy.error().code != ErrorCode::NotFound && policy.error().code != ErrorCode::Unsupported)
            return policy.error();
        if (key.heldInAzure()) {
            const QUrl id(key.inEffect.id);
            key.vaultUri = QStringLiteral("https://%1/").arg(id.host());
        }
        input.keys << key;
    }
    std::sort(input.keys.begin(), input.keys.end(), [](const ExportKey &x, const ExportKey &y) {
        return int(x.assignment.feature) < int(y.assignment.feature);
    });
    return input;
}

} // namespace keyward::compliance

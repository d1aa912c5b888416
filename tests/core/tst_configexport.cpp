// TestConfigExport: the configuration-as-code export over tables of workspaces: the ARM template read back with
// QJsonDocument and the Terraform read back by HashiCorp's own HCL parser (npm @cdktf/hcl2json, see TestSupport's
// parseHcl: without it the Terraform cases fail, they never skip), each field the issue lists checked by path; the
// refusals (Standard plan, an AES key, nothing assigned); versioned key ids; the grants' order.
#include "TestSupport.h"

#include "compliance/ConfigExport.h"
#include "services/Messages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace keyward;
using namespace keyward::compliance;
using keystore::KeyKind;
using model::Feature;

Q_DECLARE_METATYPE(keyward::compliance::ExportInput)

namespace {

const QDateTime Expiry(QDate(2027, 6, 30), QTime(12, 0), Qt::UTC);
const QString VaultUri = QStringLiteral("https://kv-prod.vault.azure.net/");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

keystore::RotationPolicy policy90()
{
    keystore::RotationPolicy p;
    p.rotateAfterCreate = keystore::IsoDuration{0, 0, 90};
    p.expiryTime = keystore::IsoDuration{1, 0, 0};
    p.notifyBeforeExpiry = keystore::IsoDuration{0, 0, 30};
    return p;
}

// A feature's key: `storeKind` local, pkcs11 or azure-keyvault; `newest` false pins an older version.
ExportKey key(Feature feature, const QString &store, const QString &name, const QString &storeKind,
              KeyKind kind = KeyKind::Rsa, int bits = 3072, bool newest = true)
{
    ExportKey k;
    k.assignment.feature = feature;
    k.assignment.store = store;
    k.assignment.keyName = name;
    k.assignment.keyVersion = feature == Feature::ManagedDisks ? QString() : QStringLiteral("v1%1").arg(name.size());
    k.storeKind = storeKind;
    k.inEffect.name = name;
    k.inEffect.version =
        k.assignment.keyVersion.isEmpty() ? QStringLiteral("v2%1").arg(name.size()) : k.assignment.keyVersion;
    k.inEffect.kind = kind;
    k.inEffect.bits = bits;
    k.inEffect.expires = Expiry;
    k.inEffect.hsmBacked = storeKind == QLatin1String("pkcs11");
    k.inEffect.operations = {s("wrapKey"), s("unwrapKey")};
    k.newest = newest;
    if (storeKind == AzureKeyVaultStoreKind) {
        k.vaultUri = VaultUri;
        k.inEffect.id = VaultUri + QStringLiteral("keys/%1/%2").arg(name, k.inEffect.version);
    } else {
        k.inEffect.id = QStringLiteral("vault://%1/keys/%2/%3").arg(store, name, k.inEffect.version);
    }
    k.policy = policy90();
    return k;
}

// features: any of "ms", "dbfs", "disks"; storeKind for every key.
ExportInput workspace(const QStringList &features, const QString &storeKind, bool doubleEncryption, bool rotateToLatest,
                      bool pinnedOlder = false)
{
    ExportInput in;
    in.workspace = model::Workspace(s("prod"), model::Plan::Premium, s("westeurope"));
    in.workspace.setOption(model::WorkspaceOption::DbfsDoubleEncryption, doubleEncryption);
    in.workspace.setOption(model::WorkspaceOption::ManagedDiskRotateToLatest, rotateToLatest);
    const QString store = storeKind == AzureKeyVaultStoreKind ? s("kv-prod") : s("main");
    if (features.contains(s("ms")))
        in.keys << key(Feature::ManagedServices, store, s("cmk-ms"), storeKind, KeyKind::Rsa, 3072, !pinnedOlder);
    if (features.contains(s("dbfs")))
        in.keys << key(Feature::DbfsRoot, store, s("cmk-dbfs"), storeKind, KeyKind::Rsa, 2048, !pinnedOlder);
    if (features.contains(s("disks")))
        in.keys << key(Feature::ManagedDisks, store, s("cmk-disk"), storeKind, KeyKind::Rsa, 4096);
    return in;
}

const ExportKey *keyOf(const ExportInput &in, Feature f)
{
    for (const ExportKey &k : in.keys) {
        if (k.assignment.feature == f)
            return &k;
    }
    return nullptr;
}

QJsonObject parseArm(const ExportInput &in)
{
    auto text = armTemplateFor(in);
    if (!text) {
        qWarning("export refused: %s", qPrintable(text.error().detail));
        return {};
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(text->toUtf8(), &err);
    if (err.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(err.errorString()));
    return doc.object();
}

QList<QJsonObject> resourcesOfType(const QJsonArray &resources, const QString &type)
{
    QList<QJsonObject> out;
    for (const QJsonValue &r : resources) {
        if (r.toObject().value(QStringLiteral("type")).toString() == type)
            out << r.toObject();
    }
    return out;
}

QJsonObject deployment(const QJsonObject &arm, const QString &name)
{
    for (const QJsonObject &d :
         resourcesOfType(arm.value(QStringLiteral("resources")).toArray(), s("Microsoft.Resources/deployments"))) {
        if (d.value(QStringLiteral("name")).toString() == name)
            return d;
    }
    return {};
}

// resource.TYPE.NAME[0] of hcl2json's output.
QJsonObject tfResource(const QJsonObject &tf, const QString &type, const QString &name)
{
    return test::jsonAt(tf, QStringLiteral("resource.%1.%2.0").arg(type, name)).toObject();
}

QJsonObject parseTerraform(const ExportInput &in, QString *error)
{
    auto text = terraformFor(in);
    if (!text) {
        *error = text.error().detail;
        return {};
    }
    const test::HclParse parsed = test::parseHcl(text->toUtf8());
    *error = parsed.error;
    return parsed.json;
}

QString tfRef(const QString &expression)
{
    return QStringLiteral("${%1}").arg(expression);
}

} // namespace

class TestConfigExport : public QObject
{
    Q_OBJECT

private slots:
    void formats();
    void refusals_data();
    void refusals();
    void refusalsAreWorded();
    void arm_data();
    void arm();
    void terraform_data();
    void terraform();
    void placeholdersAndImports_data();
    void placeholdersAndImports();
    void oneKeyTwoFeatures();
    void keysInTwoStores();
    void terraformStringsEscaped();
    void deterministic();

private:
    void configRows();
};

void TestConfigExport::formats()
{
    QCOMPARE(parseConfigFormat(u"terraform").value(), ConfigFormat::Terraform);
    QCOMPARE(parseConfigFormat(u"ARM").value(), ConfigFormat::Arm);
    QVERIFY(!parseConfigFormat(u"bicep").ok());
    QCOMPARE(configFormatId(ConfigFormat::Arm), s("arm"));
}

void TestConfigExport::refusals_data()
{
    QTest::addColumn<ExportInput>("input");
    QTest::addColumn<int>("reason");
    QTest::addColumn<QStringList>("args");

    ExportInput standard = workspace({s("ms"), s("dbfs")}, s("local"), false, false);
    standard.workspace.setPlan(model::Plan::Standard);
    QTest::newRow("Standard plan with keys") << standard << int(Reason::PlanNotPremium) << QStringList{s("prod")};
    ExportInput standardBare = workspace({}, s("local"), false, false);
    standardBare.workspace.setPlan(model::Plan::Standard);
    QTest::newRow("Standard plan without keys")
        << standardBare << int(Reason::PlanNotPremium) << QStringList{s("prod")};
    QTest::newRow("nothing assigned") << workspace({}, s("local"), true, false) << int(Reason::ExportNothingAssigned)
                                      << QStringList{s("prod")};
    ExportInput platformOnly = workspace({}, s("local"), false, false);
    platformOnly.keys << key(Feature::Platform, s("platform"), s("platform-kek"), s("local"), KeyKind::Aes, 256);
    QTest::newRow("platform key only") << platformOnly << int(Reason::ExportNothingAssigned) << QStringList{s("prod")};

    for (const auto &[feature, id] :
         {std::pair{Feature::ManagedServices, "managed-services"}, std::pair{Feature::DbfsRoot, "dbfs-root"},
          std::pair{Feature::ManagedDisks, "managed-disks"}}) {
        ExportInput aes = workspace({s("ms"), s("dbfs"), s("disks")}, s("local"), false, false);
        for (ExportKey &k : aes.keys) {
            if (k.assignment.feature == feature) {
                k.inEffect.kind = KeyKind::Aes;
                k.inEffect.bits = 256;
            }
        }
        const ExportKey *k = keyOf(aes, feature);
        QTest::newRow(qPrintable(QStringLiteral("AES key for %1").arg(s(id))))
            << aes << int(Reason::ExportKeyNotRsa)
            << QStringList{s("prod"), s(id), k->assignment.store, k->assignment.keyName, s("AES-256")};
    }
    ExportInput hsmAes = workspace({s("dbfs")}, s("pkcs11"), false, false);
    hsmAes.keys[0].inEffect.kind = KeyKind::Aes;
    hsmAes.keys[0].inEffect.bits = 256;
    QTest::newRow("AES key in an HSM") << hsmAes << int(Reason::ExportKeyNotRsa)
                                       << QStringList{s("prod"), s("dbfs-root"), s("main"), s("cmk-dbfs"),
                                                      s("AES-256")};
}

void TestConfigExport::refusals()
{
    QFETCH(ExportInput, input);
    QFETCH(int, reason);
    QFETCH(QStringList, args);
    const Status checked = checkExportable(input);
    QVERIFY(!checked.ok());
    for (const Error &e : {checked.error(), terraformFor(input).error(), armTemplateFor(input).error(),
                           configFor(ConfigFormat::Arm, input).error()}) {
        QCOMPARE(e.code, ErrorCode::Forbidden);
        QCOMPARE(int(e.reason), reason);
        QCOMPARE(e.args, args);
    }
}

void TestConfigExport::refusalsAreWorded()
{
    for (Reason r : {Reason::ExportNothingAssigned, Reason::ExportKeyNotRsa}) {
        const Error e = Error::because(ErrorCode::Forbidden, r, {s("a"), s("b"), s("c"), s("d"), s("e")},
                                       QStringLiteral("FALLBACK"));
        const QString text = services::Messages::full(e);
        QVERIFY2(!text.contains(QStringLiteral("FALLBACK")) && !text.contains(QLatin1Char('%')), qPrintable(text));
        QVERIFY(!services::Messages::remedy(e).isEmpty());
        QVERIFY(reasonName(r).startsWith(QStringLiteral("export-")));
    }
}

void TestConfigExport::configRows()
{
    QTest::addColumn<ExportInput>("input");
    const QStringList all{s("ms"), s("dbfs"), s("disks")};
    QTest::newRow("all three, local vault") << workspace(all, s("local"), true, true);
    QTest::newRow("all three, local vault, no double encryption, disks pinned")
        << workspace(all, s("local"), false, false);
    QTest::newRow("all three, HSM") << workspace(all, s("pkcs11"), true, false);
    QTest::newRow("all three, Key Vault") << workspace(all, AzureKeyVaultStoreKind.toString(), true, true);
    QTest::newRow("Key Vault, older versions pinned")
        << workspace(all, AzureKeyVaultStoreKind.toString(), false, true, true);
    QTest::newRow("managed services only") << workspace({s("ms")}, s("local"), false, false);
    QTest::newRow("DBFS root only, double encryption") << workspace({s("dbfs")}, s("local"), true, false);
    QTest::newRow("managed disks only, following") << workspace({s("disks")}, s("local"), false, true);
    QTest::newRow("DBFS root and disks") << workspace({s("dbfs"), s("disks")}, s("pkcs11"), false, true);
}

void TestConfigExport::arm_data()
{
    configRows();
}

void TestConfigExport::arm()
{
    QFETCH(ExportInput, input);
    const QJsonObject arm = parseArm(input);
    QVERIFY(!arm.isEmpty());
    const ExportKey *ms = keyOf(input, Feature::ManagedServices);
    const ExportKey *dbfs = keyOf(input, Feature::DbfsRoot);
    const ExportKey *disks = keyOf(input, Feature::ManagedDisks);
    const bool doubleEncryption = input.workspace.options().dbfsDoubleEncryption;
    const bool toLatest = input.workspace.options().managedDiskRotateToLatest;

    QVERIFY(arm.value(QStringLiteral("$schema")).toString().contains(QStringLiteral("deploymentTemplate.json")));
    QCOMPARE(arm.value(QStringLiteral("contentVersion")).toString(), s("1.0.0.0"));
    QCOMPARE(test::jsonAt(arm, s("parameters.workspaceName.defaultValue")).toString(), s("prod"));
    QCOMPARE(test::jsonAt(arm, s("parameters.location.defaultValue")).toString(), s("westeurope"));
    QVERIFY(test::jsonAt(arm, s("metadata.notes")).toArray().size() >= 5);

    const QJsonArray resources = arm.value(QStringLiteral("resources")).toArray();
    const QList<QJsonObject> workspaces = resourcesOfType(resources, s("Microsoft.Databricks/workspaces"));
    QCOMPARE(workspaces.size(), 1);
    const QJsonObject ws = workspaces.first();
    QCOMPARE(test::jsonAt(ws, s("sku.name")).toString(), s("premium"));
    QCOMPARE(test::jsonAt(ws, s("properties.parameters.requireInfrastructureEncryption.value")),
             QJsonValue(doubleEncryption));
    QCOMPARE(test::jsonAt(ws, s("properties.parameters.prepareEncryption.value")),
             dbfs ? QJsonValue(true) : QJsonValue(QJsonValue::Undefined));
    // The DBFS root's key is not in the first deployment: its storage identity is not granted yet.
    QVERIFY(test::jsonAt(ws, s("properties.parameters.encryption")).isUndefined());

    // A key's three properties: literal for a key held in Azure (the version in effect, pinned or not), read from
    // the key the template makes otherwise (a versioned URI, never versionless).
    const auto checkKey = [&](const QJsonValue &uri, const QJsonValue &name, const QJsonValue &version,
                              const ExportKey *k) {
        QCOMPARE(name.toString(), k->assignment.keyName);
        QVERIFY(!version.toString().isEmpty());
        if (k->heldInAzure()) {
            QCOMPARE(uri.toString(), VaultUri);
            QCOMPARE(version.toString(), k->inEffect.version);
        } else {
            QVERIFY2(uri.toString().contains(QStringLiteral(".vaultUri")), qPrintable(uri.toString()));
            QVERIFY2(version.toString().contains(QStringLiteral("keyUriWithVersion")), qPrintable(version.toString()));
        }
    };
    const QJsonValue msEntity = test::jsonAt(ws, s("properties.encryption.entities.managedServices"));
    const QJsonValue diskEntity = test::jsonAt(ws, s("properties.encryption.entities.managedDisk"));
    QCOMPARE(msEntity.isUndefined(), ms == nullptr);
    QCOMPARE(diskEntity.isUndefined(), disks == nullptr);
    if (ms) {
        QCOMPARE(test::jsonAt(msEntity, s("keySource")).toString(), s("Microsoft.Keyvault"));
        checkKey(test::jsonAt(msEntity, s("keyVaultProperties.keyVaultUri")),
                 test::jsonAt(msEntity, s("keyVaultProperties.keyName")),
                 test::jsonAt(msEntity, s("keyVaultProperties.keyVersion")), ms);
    }
    if (disks) {
        QCOMPARE(test::jsonAt(diskEntity, s("keySource")).toString(), s("Microsoft.Keyvault"));
        QCOMPARE(test::jsonAt(diskEntity, s("rotationToLatestKeyVersionEnabled")), QJsonValue(toLatest));
        checkKey(test::jsonAt(diskEntity, s("keyVaultProperties.keyVaultUri")),
                 test::jsonAt(diskEntity, s("keyVaultProperties.keyName")),
                 test::jsonAt(diskEntity, s("keyVaultProperties.keyVersion")), disks);
    }

    // Step 1: the AzureDatabricks application's grant, which the workspace waits for.
    const QList<QJsonObject> topGrants = resourcesOfType(resources, s("Microsoft.KeyVault/vaults/accessPolicies"));
    QCOMPARE(topGrants.size(), ms ? 1 : 0);
    const QJsonArray wsDependsOn = ws.value(QStringLiteral("dependsOn")).toArray();
    if (ms) {
        QCOMPARE(test::jsonAt(topGrants.first(), s("properties.accessPolicies.0.objectId")).toString(),
                 s("[parameters('azureDatabricksObjectId')]"));
        QCOMPARE(test::jsonAt(topGrants.first(), s("properties.accessPolicies.0.permissions.keys")).toArray(),
                 (QJsonArray{s("get"), s("wrapKey"), s("unwrapKey")}));
        QVERIFY(QString::fromUtf8(QJsonDocument(wsDependsOn).toJson()).contains(QStringLiteral("accessPolicies")));
        QVERIFY(!test::jsonAt(topGrants.first(), s("comments")).toString().isEmpty());
    }
    // The keys the template makes (placeholders for keys held outside Azure), which the workspace waits for too.
    const QList<QJsonObject> keys = resourcesOfType(resources, s("Microsoft.KeyVault/vaults/keys"));
    const bool inAzure = input.keys.first().heldInAzure();
    QCOMPARE(keys.size(), inAzure ? 0 : int(input.keys.size()));
    for (const QJsonObject &k : keys) {
        QVERIFY(test::jsonAt(k, s("properties.kty")).toString().startsWith(QStringLiteral("RSA")));
        QCOMPARE(test::jsonAt(k, s("properties.keyOps")).toArray(), (QJsonArray{s("wrapKey"), s("unwrapKey")}));
        QCOMPARE(test::jsonAt(k, s("properties.attributes.exp")).toInteger(), Expiry.toSecsSinceEpoch());
        QCOMPARE(test::jsonAt(k, s("properties.rotationPolicy.attributes.expiryTime")).toString(), s("P1Y"));
        QCOMPARE(test::jsonAt(k, s("properties.rotationPolicy.lifetimeActions.0.trigger.timeAfterCreate")).toString(),
                 s("P90D"));
        QCOMPARE(test::jsonAt(k, s("properties.rotationPolicy.lifetimeActions.0.action.type")).toString(), s("rotate"));
        QCOMPARE(test::jsonAt(k, s("properties.rotationPolicy.lifetimeActions.1.trigger.timeBeforeExpiry")).toString(),
                 s("P30D"));
        QCOMPARE(test::jsonAt(k, s("properties.rotationPolicy.lifetimeActions.1.action.type")).toString(), s("notify"));
    }
    for (const ExportKey &k : input.keys) {
        if (!k.heldInAzure())
            QVERIFY(QString::fromUtf8(QJsonDocument(wsDependsOn).toJson())
                        .contains(QStringLiteral("'%1')").arg(k.assignment.keyName)));
    }
    for (const ExportKey &k : input.keys) {
        for (const QJsonObject &r : keys) {
            if (test::jsonAt(r, s("name")).toString().contains(k.assignment.keyName))
                QCOMPARE(test::jsonAt(r, s("properties.keySize")).toInt(), k.inEffect.bits);
        }
    }

    // Step 3: the identities' grants, in a deployment that waits for the workspace.
    const QJsonObject grants = deployment(arm, s("keyward-grant-workspace-identities"));
    QCOMPARE(grants.isEmpty(), !dbfs && !disks);
    if (!grants.isEmpty()) {
        QVERIFY(test::jsonAt(grants, s("dependsOn.0"))
                    .toString()
                    .contains(QStringLiteral("Microsoft.Databricks/workspaces")));
        const QJsonArray policies =
            test::jsonAt(grants, s("properties.template.resources.0.properties.accessPolicies")).toArray();
        QCOMPARE(policies.size(), (dbfs ? 1 : 0) + (disks ? 1 : 0));
        const QString objects = QString::fromUtf8(QJsonDocument(policies).toJson());
        QCOMPARE(objects.contains(QStringLiteral("storageAccountIdentity.principalId")), dbfs != nullptr);
        QCOMPARE(objects.contains(QStringLiteral("managedDiskIdentity.principalId")), disks != nullptr);
        QVERIFY(!test::jsonAt(grants, s("comments")).toString().isEmpty());
    }

    // Step 4: the DBFS root's key, with the workspace parameters' legacy casing, after the grants.
    const QJsonObject dbfsStep = deployment(arm, s("keyward-dbfs-root-cmk"));
    QCOMPARE(dbfsStep.isEmpty(), !dbfs);
    if (dbfs) {
        QVERIFY(test::jsonAt(dbfsStep, s("dependsOn.0")).toString().contains(s("keyward-grant-workspace-identities")));
        const QJsonObject again = test::jsonAt(dbfsStep, s("properties.template.resources.0")).toObject();
        QCOMPARE(again.value(QStringLiteral("type")).toString(), s("Microsoft.Databricks/workspaces"));
        const QJsonObject encryption = test::jsonAt(again, s("properties.parameters.encryption.value")).toObject();
        QCOMPARE(encryption.keys(), (QStringList{s("KeyName"), s("keySource"), s("keyvaulturi"), s("keyversion")}));
        QCOMPARE(encryption.value(QStringLiteral("keySource")).toString(), s("Microsoft.Keyvault"));
        checkKey(encryption.value(QStringLiteral("keyvaulturi")), encryption.value(QStringLiteral("KeyName")),
                 encryption.value(QStringLiteral("keyversion")), dbfs);
        QCOMPARE(test::jsonAt(again, s("properties.parameters.prepareEncryption.value")), QJsonValue(true));
        QCOMPARE(test::jsonAt(again, s("properties.parameters.requireInfrastructureEncryption.value")),
                 QJsonValue(doubleEncryption));
        // The rest of the workspace is as in the first deployment.
        QCOMPARE(test::jsonAt(again, s("properties.encryption")), test::jsonAt(ws, s("properties.encryption")));
        QCOMPARE(test::jsonAt(again, s("sku")), test::jsonAt(ws, s("sku")));
    }

    const QJsonObject outputs = arm.value(QStringLiteral("outputs")).toObject();
    QVERIFY(outputs.contains(QStringLiteral("workspaceUrl")));
    QCOMPARE(outputs.contains(QStringLiteral("storageAccountIdentity")), dbfs != nullptr);
    QCOMPARE(outputs.contains(QStringLiteral("managedDiskIdentity")), disks != nullptr);
    if (dbfs)
        QCOMPARE(test::jsonAt(outputs, s("storageAccountIdentity.type")).toString(), s("object"));
}

void TestConfigExport::terraform_data()
{
    configRows();
}

void TestConfigExport::terraform()
{
    QFETCH(ExportInput, input);
    QString error;
    const QJsonObject tf = parseTerraform(input, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const ExportKey *ms = keyOf(input, Feature::ManagedServices);
    const ExportKey *dbfs = keyOf(input, Feature::DbfsRoot);
    const ExportKey *disks = keyOf(input, Feature::ManagedDisks);
    const bool inAzure = input.keys.first().heldInAzure();
    const QString store = inAzure ? s("kv_prod") : s("main");

    QCOMPARE(test::jsonAt(tf, s("terraform.0.required_providers.0.azurerm.source")).toString(), s("hashicorp/azurerm"));
    QCOMPARE(test::jsonAt(tf, s("variable.workspace_name.0.default")).toString(), s("prod"));
    QCOMPARE(test::jsonAt(tf, s("variable.location.0.default")).toString(), s("westeurope"));
    QVERIFY(test::jsonAt(tf, QStringLiteral("variable.key_vault_id_%1.0.description").arg(store)).isString());
    QCOMPARE(test::jsonAt(tf, s("variable.azure_databricks_object_id")).isUndefined(), ms == nullptr);

    // The keys: type, size, operations, expiry and the store's rotation policy.
    for (const ExportKey *k : {ms, dbfs, disks}) {
        if (!k)
            continue;
        const QString label =
            QStringLiteral("%1_%2").arg(store, k->assignment.keyName).replace(QLatin1Char('-'), QLatin1Char('_'));
        const QJsonObject r = tfResource(tf, s("azurerm_key_vault_key"), label);
        QVERIFY2(!r.isEmpty(), qPrintable(label));
        QCOMPARE(r.value(QStringLiteral("name")).toString(), k->assignment.keyName);
        QCOMPARE(r.value(QStringLiteral("key_vault_id")).toString(),
                 tfRef(QStringLiteral("var.key_vault_id_") + store));
        QCOMPARE(r.value(QStringLiteral("key_type")).toString(), k->inEffect.hsmBacked ? s("RSA-HSM") : s("RSA"));
        QCOMPARE(r.value(QStringLiteral("key_size")).toInt(), k->inEffect.bits);
        QCOMPARE(r.value(QStringLiteral("key_opts")).toArray(), (QJsonArray{s("wrapKey"), s("unwrapKey")}));
        QCOMPARE(r.value(QStringLiteral("expiration_date")).toString(), s("2027-06-30T12:00:00Z"));
        QCOMPARE(test::jsonAt(r, s("rotation_policy.0.automatic.0.time_after_creation")).toString(), s("P90D"));
        QVERIFY(test::jsonAt(r, s("rotation_policy.0.automatic.0.time_before_expiry")).isUndefined());
        QCOMPARE(test::jsonAt(r, s("rotation_policy.0.expire_after")).toString(), s("P1Y"));
        QCOMPARE(test::jsonAt(r, s("rotation_policy.0.notify_before_expiry")).toString(), s("P30D"));
    }

    // The workspace: Premium, the options, versioned key ids (the resource's `id`, or the pinned version's URL).
    const QJsonObject ws = tfResource(tf, s("azurerm_databricks_workspace"), s("workspace"));
    QVERIFY(!ws.isEmpty());
    QCOMPARE(ws.value(QStringLiteral("sku")).toString(), s("premium"));
    QCOMPARE(ws.value(QStringLiteral("customer_managed_key_enabled")),
             dbfs ? QJsonValue(true) : QJsonValue(QJsonValue::Undefined));
    QCOMPARE(ws.value(QStringLiteral("infrastructure_encryption_enabled")),
             QJsonValue(input.workspace.options().dbfsDoubleEncryption));
    const auto keyId = [&](const ExportKey *k) {
        const QString ref = QStringLiteral("azurerm_key_vault_key.%1_%2")
                                .arg(store, k->assignment.keyName)
                                .replace(QLatin1Char('-'), QLatin1Char('_'));
        return k->heldInAzure() && !k->newest ? QStringLiteral("${%1.versionless_id}/%2").arg(ref, k->inEffect.version)
                                              : tfRef(ref + QStringLiteral(".id"));
    };
    if (ms)
        QCOMPARE(ws.value(QStringLiteral("managed_services_cmk_key_vault_key_id")).toString(), keyId(ms));
    else
        QVERIFY(!ws.contains(QStringLiteral("managed_services_cmk_key_vault_key_id")));
    if (disks) {
        QCOMPARE(ws.value(QStringLiteral("managed_disk_cmk_key_vault_key_id")).toString(), keyId(disks));
        QCOMPARE(ws.value(QStringLiteral("managed_disk_cmk_rotation_to_latest_version_enabled")),
                 QJsonValue(input.workspace.options().managedDiskRotateToLatest));
    } else {
        QVERIFY(!ws.contains(QStringLiteral("managed_disk_cmk_key_vault_key_id")));
        QVERIFY(!ws.contains(QStringLiteral("managed_disk_cmk_rotation_to_latest_version_enabled")));
    }
    for (const QString &attribute :
         {s("managed_services_cmk_key_vault_key_id"), s("managed_disk_cmk_key_vault_key_id")})
        QVERIFY2(!ws.value(attribute).toString().endsWith(QStringLiteral("versionless_id}")), qPrintable(attribute));

    // The order: the AzureDatabricks grant before the workspace; the identities' grants after it; the DBFS root's
    // key after its identity's grant.
    const QJsonObject appGrant = tfResource(tf, s("azurerm_key_vault_access_policy"), s("azure_databricks"));
    QCOMPARE(appGrant.isEmpty(), ms == nullptr);
    if (ms) {
        QCOMPARE(ws.value(QStringLiteral("depends_on")).toArray(),
                 QJsonArray{tfRef(s("azurerm_key_vault_access_policy.azure_databricks"))});
        QCOMPARE(appGrant.value(QStringLiteral("object_id")).toString(), tfRef(s("var.azure_databricks_object_id")));
        QCOMPARE(appGrant.value(QStringLiteral("key_permissions")).toArray(),
                 (QJsonArray{s("Get"), s("WrapKey"), s("UnwrapKey")}));
    }
    const QString workspaceRef = tfRef(s("azurerm_databricks_workspace.workspace"));
    const QJsonObject storageGrant = tfResource(tf, s("azurerm_key_vault_access_policy"), s("workspace_storage"));
    const QJsonObject diskGrant = tfResource(tf, s("azurerm_key_vault_access_policy"), s("disk_encryption_set"));
    QCOMPARE(storageGrant.isEmpty(), dbfs == nullptr);
    QCOMPARE(diskGrant.isEmpty(), disks == nullptr);
    if (dbfs) {
        QCOMPARE(storageGrant.value(QStringLiteral("object_id")).toString(),
                 tfRef(s("azurerm_databricks_workspace.workspace.storage_account_identity[0].principal_id")));
        QCOMPARE(storageGrant.value(QStringLiteral("depends_on")).toArray(), QJsonArray{workspaceRef});
        QCOMPARE(storageGrant.value(QStringLiteral("key_permissions")).toArray(),
                 (QJsonArray{s("Get"), s("WrapKey"), s("UnwrapKey")}));
        const QJsonObject root =
            tfResource(tf, s("azurerm_databricks_workspace_root_dbfs_customer_managed_key"), s("dbfs_root"));
        QCOMPARE(root.value(QStringLiteral("workspace_id")).toString(),
                 tfRef(s("azurerm_databricks_workspace.workspace.id")));
        QCOMPARE(root.value(QStringLiteral("key_vault_key_id")).toString(), keyId(dbfs));
        QCOMPARE(root.value(QStringLiteral("depends_on")).toArray(),
                 QJsonArray{tfRef(s("azurerm_key_vault_access_policy.workspace_storage"))});
        QVERIFY(test::jsonAt(tf, s("output.storage_account_identity.0.sensitive")).toBool());
    } else {
        QVERIFY(
            test::jsonAt(tf, s("resource.azurerm_databricks_workspace_root_dbfs_customer_managed_key")).isUndefined());
    }
    if (disks) {
        QCOMPARE(diskGrant.value(QStringLiteral("object_id")).toString(),
                 tfRef(s("azurerm_databricks_workspace.workspace.managed_disk_identity[0].principal_id")));
        QCOMPARE(diskGrant.value(QStringLiteral("tenant_id")).toString(),
                 tfRef(s("azurerm_databricks_workspace.workspace.managed_disk_identity[0].tenant_id")));
        QCOMPARE(diskGrant.value(QStringLiteral("depends_on")).toArray(), QJsonArray{workspaceRef});
        QVERIFY(test::jsonAt(tf, s("output.disk_encryption_set_id")).isArray());
    }
}

void TestConfigExport::placeholdersAndImports_data()
{
    QTest::addColumn<QString>("storeKind");
    QTest::addColumn<bool>("placeholder");
    QTest::newRow("local vault") << s("local") << true;
    QTest::newRow("PKCS#11 HSM") << s("pkcs11") << true;
    QTest::newRow("Key Vault") << AzureKeyVaultStoreKind.toString() << false;
}

void TestConfigExport::placeholdersAndImports()
{
    QFETCH(QString, storeKind);
    QFETCH(bool, placeholder);
    const ExportInput in = workspace({s("ms"), s("dbfs"), s("disks")}, storeKind, false, true);
    const QString tf = terraformFor(in).value();
    // A key held outside Azure is a placeholder whose comment says it must be brought to Key Vault (BYOK); a key in
    // Azure is imported by its versioned id instead of made anew.
    QCOMPARE(tf.count(QStringLiteral("BYOK")), placeholder ? 3 : 0);
    QCOMPARE(tf.count(QStringLiteral("import {")), placeholder ? 0 : 3);
    QString error;
    const QJsonObject parsed = parseTerraform(in, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    if (!placeholder) {
        const QJsonArray imports = parsed.value(QStringLiteral("import")).toArray();
        QCOMPARE(imports.size(), 3);
        QCOMPARE(test::jsonAt(imports, s("0.id")).toString(), keyOf(in, Feature::ManagedServices)->inEffect.id);
        QCOMPARE(test::jsonAt(imports, s("0.to")).toString(), tfRef(s("azurerm_key_vault_key.kv_prod_cmk_ms")));
    }
    const QString arm = armTemplateFor(in).value();
    QCOMPARE(arm.count(QStringLiteral("BYOK")), placeholder ? 3 : 0);
    // Each resource's comment is on the line before it; every comment names the key's store.
    const QStringList lines = tf.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(QStringLiteral("resource \"azurerm_key_vault_access_policy\"")) ||
            lines.at(i).startsWith(QStringLiteral("resource \"azurerm_databricks_workspace")))
            QVERIFY2(lines.value(i - 1).startsWith(QStringLiteral("# ")), qPrintable(lines.at(i)));
    }
    // No key material, only ids: nothing that looks like a PEM block or a JWK's modulus.
    QVERIFY(!tf.contains(QStringLiteral("BEGIN")) && !arm.contains(QStringLiteral("\"n\":")));
}

void TestConfigExport::oneKeyTwoFeatures()
{
    ExportInput in = workspace({s("ms")}, s("local"), false, true);
    ExportKey disks = key(Feature::ManagedDisks, s("main"), s("cmk-ms"), s("local"));
    in.keys << disks;
    QString error;
    const QJsonObject tf = parseTerraform(in, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(test::jsonAt(tf, s("resource.azurerm_key_vault_key")).toObject().keys(), QStringList{s("main_cmk_ms")});
    const QJsonObject ws = tfResource(tf, s("azurerm_databricks_workspace"), s("workspace"));
    QCOMPARE(ws.value(QStringLiteral("managed_services_cmk_key_vault_key_id")),
             ws.value(QStringLiteral("managed_disk_cmk_key_vault_key_id")));
    const QJsonObject arm = parseArm(in);
    QCOMPARE(
        resourcesOfType(arm.value(QStringLiteral("resources")).toArray(), s("Microsoft.KeyVault/vaults/keys")).size(),
        1);
}

void TestConfigExport::keysInTwoStores()
{
    ExportInput in = workspace({s("ms")}, s("local"), false, false);
    in.keys << key(Feature::DbfsRoot, s("hsm-1"), s("cmk-dbfs"), s("pkcs11"));
    QString error;
    const QJsonObject tf = parseTerraform(in, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(test::jsonAt(tf, s("variable.key_vault_id_main")).isArray());
    QVERIFY(test::jsonAt(tf, s("variable.key_vault_id_hsm_1")).isArray());
    QCOMPARE(tfResource(tf, s("azurerm_key_vault_access_policy"), s("azure_databricks"))
                 .value(QStringLiteral("key_vault_id"))
                 .toString(),
             tfRef(s("var.key_vault_id_main")));
    QCOMPARE(tfResource(tf, s("azurerm_key_vault_access_policy"), s("workspace_storage"))
                 .value(QStringLiteral("key_vault_id"))
                 .toString(),
             tfRef(s("var.key_vault_id_hsm_1")));
    QCOMPARE(
        tfResource(tf, s("azurerm_key_vault_key"), s("hsm_1_cmk_dbfs")).value(QStringLiteral("key_type")).toString(),
        s("RSA-HSM"));
    const QJsonObject arm = parseArm(in);
    QVERIFY(test::jsonAt(arm, s("parameters.keyVaultName_main")).isObject());
    QVERIFY(test::jsonAt(arm, s("parameters.keyVaultName_hsm_1")).isObject());
    const QJsonObject grants = deployment(arm, s("keyward-grant-workspace-identities"));
    QCOMPARE(test::jsonAt(grants, s("properties.template.resources.0.name")).toString(),
             s("[format('{0}/add', parameters('keyVaultName_hsm_1'))]"));
}

void TestConfigExport::terraformStringsEscaped()
{
    // A region is free text: whatever it holds, it stays one literal string, never an interpolation.
    ExportInput in = workspace({s("dbfs")}, s("local"), false, false);
    const QString region = s("west\"europe\\ ${var.x} %{if 1}\n[x]");
    in.workspace.setRegion(region);
    QString error;
    const QJsonObject tf = parseTerraform(in, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // hcl2json writes Terraform's JSON syntax, where a literal "${" or "%{" is "$${" or "%%{": an interpolation
    // would have come out as "${var.x}".
    QString literal = region;
    literal.replace(QStringLiteral("${"), QStringLiteral("$${")).replace(QStringLiteral("%{"), QStringLiteral("%%{"));
    QCOMPARE(test::jsonAt(tf, s("variable.location.0.default")).toString(), literal);
    const QJsonObject arm = parseArm(in);
    QCOMPARE(test::jsonAt(arm, s("parameters.location.defaultValue")).toString(), region);
    in.workspace.setRegion(s("[concat('a')]"));
    QCOMPARE(test::jsonAt(parseArm(in), s("parameters.location.defaultValue")).toString(), s("[[concat('a')]"));
}

void TestConfigExport::deterministic()
{
    const ExportInput in = workspace({s("ms"), s("dbfs"), s("disks")}, s("local"), true, true);
    QCOMPARE(terraformFor(in).value(), terraformFor(in).value());
    QCOMPARE(armTemplateFor(in).value(), armTemplateFor(in).value());
    QCOMPARE(configFor(ConfigFormat::Terraform, in).value(), terraformFor(in).value());
}

QTEST_GUILESS_MAIN(TestConfigExport)
#include "tst_configexport.moc"

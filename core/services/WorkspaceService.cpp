// WorkspaceService: workspace creation, changes and reads over the catalog.
#include "services/WorkspaceService.h"

#include "jobs/WorkspaceObjects.h"
#include "model/ObjectLayout.h"
#include "services/WorkspaceRules.h"
#include "storage/ObjectStoreFactory.h"
#include "util/SafeFile.h"

#include <QDir>
#include <QFileInfo>

namespace keyward::services {

using model::WorkspaceOption;

namespace {

Status makeStorage(const QString &root)
{
    const QFileInfo info(root);
    if (info.exists() && !info.isDir())
        return Error::because(ErrorCode::Io, Reason::StorageNotAFolder, {root},
                              QStringLiteral("%1 exists and is not a folder").arg(root));
    // Owner-only: a workspace's folders hold customer data until the jobs seal it (a folder the admin named that
    // is there already keeps its mode).
    for (model::Area a : model::allAreas()) {
        const QString area = QDir(root).filePath(model::areaId(a));
        if (!makeOwnerOnlyFolder(area))
            return Error::because(ErrorCode::Io, Reason::StorageNotCreated, {area},
                                  QStringLiteral("cannot create the folder %1").arg(area));
    }
    return {};
}

QString onOffWord(bool on)
{
    return on ? QStringLiteral("on") : QStringLiteral("off");
}

} // namespace

Result<std::unique_ptr<storage::ObjectStore>> openWorkspaceStore(Context &context,
                                                                 const catalog::WorkspaceRecord &workspace)
{
    auto catalog = context.catalog();
    if (!catalog)
        return catalog.error();
    return jobs::WorkspaceObjects::openStore(**catalog, workspace, &context.secrets());
}

QString SettingChange::auditText() const
{
    switch (kind) {
    case Kind::Plan:
        return QStringLiteral("plan %1 -> %2").arg(from, to);
    case Kind::Region:
        return QStringLiteral("region %1 -> %2").arg(from, to);
    case Kind::Option:
        return QStringLiteral("%1 %2").arg(model::workspaceOptionId(option), to);
    }
    return {};
}

std::optional<catalog::Assignment> WorkspaceDetails::assignment(model::Feature feature) const
{
    for (const catalog::Assignment &a : assignments)
        if (a.feature == feature)
            return a;
    return std::nullopt;
}

Result<WorkspaceDetails> WorkspaceService::detailsOf(const catalog::WorkspaceRecord &record)
{
    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    WorkspaceDetails d;
    d.record = record;
    auto assignments = (*catalog)->assignments(record.id);
    if (!assignments)
        return assignments.error();
    d.assignments = *assignments;
    auto keys = (*catalog)->featureKeys(record.id, std::nullopt, catalog::FeatureKeyState::Active);
    if (!keys)
        return keys.error();
    d.activeFeatureKeys = *keys;
    auto ws = modelWorkspace(record, d.assignments);
    if (!ws)
        return ws.error();
    d.model = *ws;
    return d;
}

Result<WorkspaceDetails> WorkspaceService::details(const QString &name)
{
    auto record = m_context.workspace(name);
    if (!record)
        return record.error();
    return detailsOf(*record);
}

Result<QList<WorkspaceDetails>> WorkspaceService::list()
{
    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    auto all = (*catalog)->workspaces();
    if (!all)
        return all.error();
    QList<WorkspaceDetails> result;
    for (const catalog::WorkspaceRecord &r : *all) {
        auto d = detailsOf(r);
        if (!d)
            return d.error();
        result << *d;
    }
    return result;
}

Result<WorkspaceDetails> WorkspaceService::create(const CreateWorkspaceRequest &request)
{
    if (auto st = checkWorkspaceName(request.name); !st)
        return st.error();
    model::Workspace ws(request.name, request.plan, request.region.trimmed());
    for (WorkspaceOption o : request.options)
        ws.setOption(o, true);
    // A folder is resolved once, every link in it followed, and kept so: the jobs refuse it if it later leads
    // elsewhere. A blob container is kept in its canonical form, which holds no secret.
    const bool blob = storage::AzureBlobLocation::isAzureBlob(request.storage);
    std::optional<storage::AzureBlobLocation> container;
    QString storage;
    if (blob) {
        auto location = storage::AzureBlobLocation::parse(request.storage);
        if (!location)
            return location.error();
        container = *location;
        storage = container->toString();
    } else {
        storage = storage::resolveFolder(resolveStoragePath(m_context.dataDir(), request.name, request.storage));
    }

    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    if ((*catalog)->workspace(request.name).ok())
        return Error::because(ErrorCode::Conflict, Reason::WorkspaceExists, {request.name},
                              QStringLiteral("a workspace named '%1' exists already").arg(request.name));
    auto existing = (*catalog)->workspaces();
    if (!existing)
        return existing.error();
    if (auto st = checkStorageFree(storage, *existing); !st)
        return st.error();
    if (auto st = checkStoragePlace(request.name, storage, m_context.dataDir(), *existing); !st)
        return st.error();

    // A container: its credential into the keychain, then the container made, before the catalog names it.
    std::optional<crypto::SecureBytes> previousSecret;
    QString secretKey;
    auto restoreSecret = [&] {
        if (secretKey.isEmpty())
            return;
        const Status restored = previousSecret ? m_context.secrets().write(secretKey, *previousSecret)
                                               : m_context.secrets().remove(secretKey);
        if (!restored)
            qWarning("keyward: could not restore the keychain entry of %s", qPrintable(storage));
    };
    if (container) {
        const QString entry = container->secretName();
        if (request.storageCredential) {
            auto before = m_context.secrets().read(entry);
            if (before)
                previousSecret = std::move(before).value();
            else if (before.error().code != ErrorCode::NotFound)
                return before.error();
            if (auto st = m_context.secrets().write(entry, request.storageCredential->toSecret()); !st)
                return st.error();
            secretKey = entry;
        }
        auto store = storage::openObjectStore(storage, storage::ObjectStoreEnv{&m_context.secrets()});
        Status made = store ? Status{} : Status{store.error()};
        if (made) {
            if (auto *blobStore = dynamic_cast<storage::AzureBlobStore *>(store->get()))
                made = blobStore->createContainerIfMissing();
        }
        if (!made) {
            restoreSecret();
            return made.error();
        }
    }

    std::optional<catalog::WorkspaceRecord> created;
    QString detail = QStringLiteral("plan=%1 region=%2 storage=%3").arg(model::planId(ws.plan()), ws.region(), storage);
    if (!request.origin.isEmpty())
        detail += QStringLiteral(" origin=") + request.origin;
    auto st =
        m_context.change(QStringLiteral("workspace.create"), request.name, detail, [&](catalog::Catalog &c) -> Status {
            auto r = c.createWorkspace(ws, storage);
            if (!r)
                return r.error();
            created = *r;
            // Inside the transaction: a folder that cannot be made leaves no workspace
            // behind in the catalog.
            return blob ? Status{} : makeStorage(storage);
        });
    if (!st) {
        restoreSecret();
        return st.error();
    }
    return detailsOf(*created);
}

Result<storage::AzureBlobCredential> WorkspaceService::blobCredential(const QString &storage, BlobSecretKind kind,
                                                                      const crypto::SecureBytes &secret)
{
    auto location = storage::AzureBlobLocation::parse(storage);
    if (!location)
        return location.error();
    auto invalid = [](const QString &what) {
        return Error::because(ErrorCode::InvalidArgument, Reason::ConnectionStringInvalid, {what},
                              QStringLiteral("the storage credential is not valid: %1").arg(what));
    };
    storage::AzureBlobCredential credential;
    credential.account = location->account;
    QByteArray text = QByteArray(reinterpret_cast<const char *>(secret.data()), qsizetype(secret.size())).trimmed();
    switch (kind) {
    case BlobSecretKind::AccountKey: {
        const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        crypto::wipe(text);
        if (!decoded || decoded.decoded.isEmpty())
            return invalid(QStringLiteral("the account key is not base64"));
        credential.kind = storage::AzureBlobCredential::Kind::SharedKey;
        QByteArray key = std::move(decoded.decoded);
        credential.accountKey = crypto::SecureBytes::fromView(key);
        crypto::wipe(key);
        return credential;
    }
    case BlobSecretKind::Sas:
        if (text.startsWith('?'))
            text.remove(0, 1);
        if (!text.contains("sig=")) {
            crypto::wipe(text);
            return invalid(QStringLiteral("a SAS token has a sig= parameter"));
        }
        credential.kind = storage::AzureBlobCredential::Kind::Sas;
        credential.sas = crypto::SecureBytes::fromView(text);
        crypto::wipe(text);
        return credential;
    case BlobSecretKind::ConnectionString: {
        crypto::wipe(text);
        auto parsed = storage::parseConnectionString(secret);
        if (!parsed)
            return parsed.error();
        const QUrl given = parsed->blobEndpoint.adjusted(QUrl::StripTrailingSlash);
        if (given != location->endpoint.adjusted(QUrl::StripTrailingSlash) ||
            parsed->credential.account != location->account)
            return invalid(
                QStringLiteral("its blob endpoint is not the storage's (%1)").arg(location->endpoint.toString()));
        return std::move(parsed).value().credential;
    }
    }
    return invalid(QStringLiteral("unknown kind"));
}

Result<WorkspaceChangeResult> WorkspaceService::change(const WorkspaceChangeRequest &request)
{
    auto before = details(request.name);
    if (!before)
        return before.error();
    catalog::WorkspaceRecord after = before->record;
    const model::Workspace &was = before->record.workspace;
    WorkspaceChangeResult result;
    if (request.plan && *request.plan != was.plan()) {
        after.workspace.setPlan(*request.plan);
        result.changes << SettingChange{
            SettingChange::Kind::Plan, {}, model::planId(was.plan()), model::planId(*request.plan)};
    }
    if (request.region && request.region->trimmed() != was.region()) {
        after.workspace.setRegion(request.region->trimmed());
        result.changes << SettingChange{SettingChange::Kind::Region, {}, was.region(), request.region->trimmed()};
    }
    for (const auto &[option, on] : request.options) {
        if (after.workspace.options().isSet(option) == on)
            continue;
        after.workspace.setOption(option, on);
        result.changes << SettingChange{SettingChange::Kind::Option, option, onOffWord(!on), onOffWord(on)};
    }
    if (auto st = checkSettingsChange(was, after.workspace, before->assignments); !st)
        return st.error();
    if (!result.changes.isEmpty()) {
        QStringList words;
        for (const SettingChange &c : result.changes)
            words << c.auditText();
        auto st = m_context.change(QStringLiteral("workspace.set"), was.name(), words.join(QStringLiteral("; ")),
                                   [&](catalog::Catalog &c) { return c.updateWorkspace(after); });
        if (!st)
            return st.error();
    }
    auto now = detailsOf(after);
    if (!now)
        return now.error();
    result.after = *now;
    return result;
}

} // namespace keyward::services

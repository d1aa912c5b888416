// EscrowService: escrow kits from the catalog's feature keys.
#include "services/EscrowService.h"

#include "crypto/RsaKey.h"
#include "escrow/EscrowRecord.h"
#include "jobs/FeatureKeyService.h"

#include <QFile>
#include <QSaveFile>

namespace keyward::services {

namespace {

Status writeOwnerOnly(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) &&
                    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                    file.write(bytes) == bytes.size() && file.commit();
    if (!ok)
        return Error::because(ErrorCode::Io, Reason::OutputNotWritten, {path, file.errorString()},
                              QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

Result<EscrowExported> EscrowService::exportKit(const EscrowExportRequest &request)
{
    auto recipient = crypto::RsaPublicKey::fromPem(request.recipientPem);
    if (!recipient)
        return Error::because(
            ErrorCode::Format, Reason::EscrowRecipientInvalid, {request.recipientName},
            QStringLiteral("%1 is not an RSA public key in PEM form (2048 bits or more)").arg(request.recipientName));
    auto workspace = m_context.workspace(request.workspace);
    if (!workspace)
        return workspace.error();
    auto catalog = m_context.catalog();
    if (!catalog)
        return catalog.error();
    jobs::FeatureKeyService keys(**catalog, m_context.stores(), *workspace, m_context.clock());
    if (auto st = keys.loadRecords(); !st)
        return st.error();

    QByteArray fkId = request.fkId;
    if (fkId.isEmpty()) {
        for (const auto &[id, r] : keys.records())
            if (r.feature == request.feature && r.state == catalog::FeatureKeyState::Active)
                fkId = id;
    }
    const QString feature = model::featureId(request.feature);
    const auto record = keys.records().find(fkId);
    if (record == keys.records().end() || record->second.feature != request.feature)
        return Error::because(
            ErrorCode::NotFound, Reason::FeatureKeyNotFound,
            {request.workspace, feature, QString::fromLatin1(request.fkId.toHex())},
            QStringLiteral("workspace '%1' has no such feature key for %2").arg(request.workspace, feature));
    auto fk = keys.featureKey(fkId);
    if (!fk)
        return fk.error();
    auto kit = escrow::EscrowRecord::create(request.workspace, feature, fkId, *fk, *recipient);
    if (!kit)
        return kit.error();

    EscrowExported result{kit->toJson(), fkId, kit->recipientSha256};
    // The audit entry and the file together: the transaction commits only once the file is in place, and the
    // file is taken away again if the commit fails.
    const QString detail =
        QStringLiteral("%1 fk %2 to recipient %3")
            .arg(feature, QString::fromLatin1(fkId.toHex()), QString::fromLatin1(result.recipientSha256.toHex()));
    bool written = false;
    auto st = (*catalog)->transaction([&]() -> Status {
        if (auto s = (*catalog)->audit(QStringLiteral("escrow.export"), request.workspace, detail); !s)
            return s;
        if (auto s = writeOwnerOnly(request.outPath, result.record); !s)
            return s;
        written = true;
        return {};
    });
    if (!st) {
        if (written)
            QFile::remove(request.outPath);
        return st.error();
    }
    return result;
}

} // namespace keyward::services

// EscrowService: escrow kits from the catalog's feature keys.
#include "services/EscrowService.h"

#include "crypto/RsaKey.h"
#include "envelope/Kwe1Header.h"
#include "escrow/EscrowRecord.h"
#include "jobs/FeatureKeyService.h"
#include "util/DiskSpace.h"

#include "util/SafeFile.h"

#include <QFile>

namespace keyward::services {

Result<QByteArray> EscrowService::parseFkId(const QString &text)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{%1}$").arg(envelope::Kwe1Header::FkIdSize * 2));
    if (!hex.match(trimmed).hasMatch())
        return Error::because(ErrorCode::InvalidArgument, Reason::FeatureKeyIdInvalid, {text},
                              QStringLiteral("'%1' is not a feature key id (32 hexadecimal digits)").arg(text));
    return QByteArray::fromHex(trimmed.toLatin1());
}

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
    // The record is written whole to a temporary file first; the audit entry is committed; only then does the
    // file take the place of --out. A failure before that leaves any earlier file at --out as it was. The file is
    // owner-only and never written through a link or in a folder that is not the caller's (SafeFile).
    auto file = SafeFile::create(request.outPath, OwnerOnlyFileMode);
    if (!file)
        return file.error();
    if ((*file)->write(result.record) != result.record.size()) {
        const QString why = (*file)->errorString();
        if (nearlyFull(request.outPath))
            return diskFullError(request.outPath, QStringLiteral("cannot write %1: %2").arg(request.outPath, why));
        return Error::because(ErrorCode::Io, Reason::OutputNotWritten, {request.outPath, why},
                              QStringLiteral("cannot write %1: %2").arg(request.outPath, why));
    }
    const QString detail =
        QStringLiteral("%1 fk %2 to recipient %3")
            .arg(feature, QString::fromLatin1(fkId.toHex()), QString::fromLatin1(result.recipientSha256.toHex()));
    if (auto st = (*catalog)->audit(QStringLiteral("escrow.export"), request.workspace, detail); !st)
        return st.error(); // the SafeFile drops its temporary file
    if (auto st = (*file)->commit(); !st) {
        if (auto au = (*catalog)->audit(QStringLiteral("escrow.export.failed"), request.workspace, detail); !au)
            qWarning("keyward: the failed escrow export could not be recorded: %s", qPrintable(au.error().detail));
        return st.error();
    }
    return result;
}

} // namespace keyward::services

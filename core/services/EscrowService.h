// EscrowService: exports a break-glass kit (keyward-escrow/1): one feature key re-wrapped to an escrow RSA
// public key, written owner-only and audited in the same step.
#pragma once

#include "services/Context.h"

namespace keyward::services {

struct EscrowExportRequest
{
    QString workspace;
    model::Feature feature = model::Feature::ManagedServices; // Platform: the double-encryption layer
    QByteArray recipientPem;                                  // the escrow RSA public key
    QString recipientName;                                    // where it came from, for messages
    QByteArray fkId;                                          // empty: the feature's active feature key
    QString outPath;                                          // where the record is written
};

struct EscrowExported
{
    QByteArray record; // the JSON written
    QByteArray fkId;
    QByteArray recipientSha256;
};

class EscrowService
{
public:
    explicit EscrowService(Context &context) : m_context(context) {}
    // A feature key id as typed (32 hexadecimal digits, as `fk_id` is printed); InvalidArgument
    // (feature-key-id-invalid) for anything else.
    static Result<QByteArray> parseFkId(const QString &text);
    // The record is written, and the export audited, both or neither.
    Result<EscrowExported> exportKit(const EscrowExportRequest &request);

private:
    Context &m_context;
};

} // namespace keyward::services

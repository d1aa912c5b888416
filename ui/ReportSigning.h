// ReportSigning: the console's way to sign a JSON report: a function that signs a report's bytes with the
// report-signing key of the data directory's local vault (compliance::ReportSigner), for report::writeReport on a
// worker. Kept in a translation unit of its own: the signer's header and the report model's are not included
// together.
#pragma once

#include "services/Context.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

namespace keyward::ui {

// What the signing did, once it ran: the key version that signed and the vault that keeps it.
struct ReportSigningOutcome
{
    QString keyId;
    QString vault;
};

// Signs through `context` (which must outlive the function and belong to the thread that calls it); never prompts
// when the context has no prompt. `outcome` hears the key id and vault.
std::function<Result<QByteArray>(const QByteArray &document)>
reportSigningFunction(services::Context &context, const std::shared_ptr<ReportSigningOutcome> &outcome);

// The vault that keeps the report-signing key (the data directory's only local vault), for messages; empty when
// there is none or more than one.
QString reportSigningVault(services::Context &context);

// Whether `error` says a store could not be opened without a passphrase or PIN nobody could be asked for (or a
// locked keyring): the store is locked, and unlocking it is the remedy.
bool isLockedStoreError(const Error &error);

} // namespace keyward::ui

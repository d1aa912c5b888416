// ReportSigning: the console's way to sign a JSON report: the report-signing key of the data directory's local
// vault (compliance::ReportSigner) as a report::ReportSignature for report::writeReport on a worker, and what a
// failure to sign means for the person who asked.
#pragma once

#include "report/ReportFiles.h"
#include "services/Context.h"

#include <QString>

#include <memory>

namespace keyward::ui {

// What the signing did, once it ran: the key version that signed and the vault that keeps it.
struct ReportSigningOutcome
{
    QString keyId;
    QString vault;
};

// Signs through `context` (which must outlive the function and belong to the thread that calls it); never prompts
// when the context has no prompt. `outcome` hears the vault and the key id.
report::ReportSignature reportSigningFunction(services::Context &context,
                                              const std::shared_ptr<ReportSigningOutcome> &outcome);

// The vault that keeps the report-signing key (the data directory's only local vault), for messages; empty when
// there is none or more than one.
QString reportSigningVault(services::Context &context);

// Whether `error` says a store could not be opened without a passphrase or PIN nobody could be asked for (or a
// locked keyring): the store is locked, and unlocking it is the remedy.
bool isLockedStoreError(const Error &error);

} // namespace keyward::ui

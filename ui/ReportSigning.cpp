// ReportSigning: a ReportSigner held by the function that uses it.
#include "ReportSigning.h"

#include "compliance/ReportSigner.h"

namespace keyward::ui {

report::ReportSignature reportSigningFunction(services::Context &context,
                                              const std::shared_ptr<ReportSigningOutcome> &outcome)
{
    auto signer = std::make_shared<compliance::ReportSigner>(context);
    return [signer, outcome](const QByteArray &document) -> Result<compliance::SignedReport> {
        if (outcome) {
            if (auto vault = signer->chooseVault())
                outcome->vault = *vault;
        }
        auto signature = signer->sign(document);
        if (signature && outcome)
            outcome->keyId = signature->keyId;
        return signature;
    };
}

QString reportSigningVault(services::Context &context)
{
    auto vault = compliance::ReportSigner(context).chooseVault();
    return vault ? *vault : QString();
}

bool isLockedStoreError(const Error &error)
{
    return error.code == ErrorCode::Locked || error.code == ErrorCode::WrongPassphrase ||
           error.reason == Reason::StoreLocked;
}

} // namespace keyward::ui

// Pkcs11Login: token selection, C_Login with the PIN from the secret store or the prompt, and the mapping of
// wrong and locked PINs to errors an admin can act on.
#include "keystore/Pkcs11Login.h"

#include "keystore/Pkcs11Error.h"
#include "keystore/Pkcs11Module.h"
#include "keystore/Pkcs11Session.h"

#include <vector>

namespace keyward::keystore {

namespace {

CK_FLAGS tokenFlags(Pkcs11Session &session)
{
    CK_TOKEN_INFO ti{};
    return session.functions()->C_GetTokenInfo(session.slot(), &ti) == CKR_OK ? ti.flags : 0;
}

bool accepted(CK_RV rv)
{
    return rv == CKR_OK || rv == CKR_USER_ALREADY_LOGGED_IN;
}

Error lockedError(const QString &context)
{
    return Error::make(ErrorCode::Locked, QStringLiteral("%1: the user PIN is locked after too many wrong attempts; "
                                                         "the token's security officer must unlock it "
                                                         "(CKF_USER_PIN_LOCKED)")
                                              .arg(context));
}

} // namespace

Pkcs11Login::Pkcs11Login(const Pkcs11Config &config, secrets::SecretStore *secrets, SecretPrompt *prompt)
    : m_config(config), m_secrets(secrets), m_prompt(prompt)
{
}

Result<Pkcs11Login::Token> Pkcs11Login::open(const Pkcs11Config &config, secrets::SecretStore *secrets,
                                             SecretPrompt *prompt)
{
    Pkcs11Login login(config, secrets, prompt);
    if (Status s = login.findToken(); !s)
        return s.error();
    if (Status s = login.logIn(); !s)
        return s.error();
    return std::move(login.m_token);
}

QString Pkcs11Login::tokenText(const Pkcs11Config &config, const QString &foundLabel)
{
    if (!foundLabel.isEmpty())
        return QStringLiteral("token '%1'").arg(foundLabel);
    if (!config.tokenLabel.isEmpty() && !config.tokenSerial.isEmpty())
        return QStringLiteral("token '%1' with serial number %2").arg(config.tokenLabel, config.tokenSerial);
    if (!config.tokenLabel.isEmpty())
        return QStringLiteral("token '%1'").arg(config.tokenLabel);
    return QStringLiteral("the token with serial number %1").arg(config.tokenSerial);
}

Status Pkcs11Login::checkToken(Pkcs11Session &session, const QString &label, const QString &serial,
                               const QString &tokenText)
{
    // Tokens go away in different ways: a card is pulled (CKR_DEVICE_REMOVED, CKR_SESSION_HANDLE_INVALID),
    // a network HSM drops the connection, SoftHSM2's token directory vanishes (objects silently disappear,
    // writes fail with CKR_GENERAL_ERROR). Asking for the session and token first turns all of these into
    // one clear "the token is gone" before an operation can mistake it for "no such key".
    CK_FUNCTION_LIST *f = session.functions();
    const QString context = QStringLiteral("using %1").arg(tokenText);
    auto gone = [&](CK_RV rv) {
        return Error::because(ErrorCode::Unavailable, Reason::KeyStoreGone, {tokenText},
                              QStringLiteral("%1: the token has been removed or has stopped answering (%2)")
                                  .arg(context, pkcs11ReturnName(rv)));
    };
    CK_SESSION_INFO si{};
    CK_RV rv = f->C_GetSessionInfo(session.handle(), &si);
    if (rv != CKR_OK)
        return gone(rv);
    CK_TOKEN_INFO ti{};
    rv = f->C_GetTokenInfo(session.slot(), &ti);
    if (rv != CKR_OK)
        return gone(rv);
    if (pkcs11PaddedText(ti.serialNumber, sizeof ti.serialNumber) != serial ||
        pkcs11PaddedText(ti.label, sizeof ti.label) != label)
        return Error::because(
            ErrorCode::Unavailable, Reason::KeyStoreGone, {tokenText},
            QStringLiteral("%1: another token is now in its slot; open the store again").arg(context));
    if ((ti.flags & CKF_LOGIN_REQUIRED) && si.state != CKS_RW_USER_FUNCTIONS)
        return Error::make(
            ErrorCode::Locked,
            QStringLiteral("%1: the token has logged this session out; open the store again to log in").arg(context));
    return {};
}

Status Pkcs11Login::findToken()
{
    auto module = Pkcs11Module::load(m_config.modulePath);
    if (!module)
        return module.error();
    m_token.module = *module;
    CK_FUNCTION_LIST *f = m_token.module->functions();

    CK_ULONG count = 0;
    CK_RV rv = f->C_GetSlotList(CK_TRUE, nullptr, &count);
    std::vector<CK_SLOT_ID> slotIds(count);
    if (rv == CKR_OK && count > 0)
        rv = f->C_GetSlotList(CK_TRUE, slotIds.data(), &count);
    if (rv != CKR_OK)
        return pkcs11Error(rv, QStringLiteral("listing the tokens of %1").arg(m_config.modulePath));
    slotIds.resize(count);

    struct Found
    {
        CK_SLOT_ID slot;
        CK_TOKEN_INFO info;
    };
    std::vector<Found> matches;
    QStringList seen;
    for (CK_SLOT_ID slot : slotIds) {
        CK_TOKEN_INFO ti{};
        if (f->C_GetTokenInfo(slot, &ti) != CKR_OK)
            continue; // removed between the two calls, or broken: not the one we want
        if (!(ti.flags & CKF_TOKEN_INITIALIZED))
            continue; // a blank token (SoftHSM2 always offers one) has no label to be chosen by
        const QString label = pkcs11PaddedText(ti.label, sizeof ti.label);
        const QString serial = pkcs11PaddedText(ti.serialNumber, sizeof ti.serialNumber);
        seen << QStringLiteral("'%1' (serial %2)").arg(label, serial);
        if ((m_config.tokenLabel.isEmpty() || label == m_config.tokenLabel) &&
            (m_config.tokenSerial.isEmpty() || serial == m_config.tokenSerial))
            matches.push_back({slot, ti});
    }
    if (matches.empty())
        return Error::make(ErrorCode::Unavailable,
                           QStringLiteral("%1 is not present in %2 (tokens present: %3)")
                               .arg(tokenText(), m_config.modulePath,
                                    seen.isEmpty() ? QStringLiteral("none") : seen.join(QStringLiteral(", "))));
    if (matches.size() > 1)
        return Error::make(ErrorCode::Conflict, QStringLiteral("%1 tokens match %2 (%3); choose one by serial number")
                                                    .arg(matches.size())
                                                    .arg(tokenText(), seen.join(QStringLiteral(", "))));

    const Found &token = matches.front();
    m_token.label = pkcs11PaddedText(token.info.label, sizeof token.info.label);
    m_token.serial = pkcs11PaddedText(token.info.serialNumber, sizeof token.info.serialNumber);
    m_token.model = pkcs11PaddedText(token.info.model, sizeof token.info.model);
    m_token.manufacturer = pkcs11PaddedText(token.info.manufacturerID, sizeof token.info.manufacturerID);

    auto session = Pkcs11Session::open(m_token.module, token.slot, m_token.label);
    if (!session)
        return session.error();
    m_token.session = std::move(*session);
    return {};
}

Status Pkcs11Login::logIn()
{
    Pkcs11Session &session = *m_token.session;
    const QString context = QStringLiteral("logging in to %1").arg(tokenText());
    // The token's own flags are believed before any PIN is tried: on most tokens one more try is what
    // turns "count low" into "locked".
    const CK_FLAGS flags = tokenFlags(session);
    if (!(flags & CKF_LOGIN_REQUIRED))
        return {};
    if (flags & CKF_USER_PIN_LOCKED)
        return lockedError(context);
    if (!(flags & CKF_USER_PIN_INITIALIZED))
        return pkcs11Error(CKR_USER_PIN_NOT_INITIALIZED, context);
    if (flags & CKF_PROTECTED_AUTHENTICATION_PATH) {
        const CK_RV rv = session.login(nullptr);
        return accepted(rv) ? Status{} : Status{pkcs11Error(rv, context)};
    }

    const QString secretKey = m_config.effectivePinSecretKey();
    int attempt = 1;
    if (m_secrets) {
        auto pin = m_secrets->read(secretKey);
        if (pin) {
            const CK_RV rv = session.login(&*pin);
            pin->clear(); // wiped now, not at the end of the scope
            if (accepted(rv))
                return {};
            if (rv == CKR_PIN_INCORRECT && !m_prompt)
                return Error::make(ErrorCode::WrongPassphrase,
                                   QStringLiteral("%1: the PIN kept in %2 under '%3' is wrong (CKR_PIN_INCORRECT)")
                                       .arg(context, m_secrets->backendName(), secretKey));
            if (rv != CKR_PIN_INCORRECT)
                return pkcs11Error(rv, context);
            attempt = 2;
        } else if (pin.error().code != ErrorCode::NotFound && !m_prompt) {
            return Error::make(pin.error().code, QStringLiteral("%1: the PIN cannot be read from %2: %3")
                                                     .arg(context, m_secrets->backendName(), pin.error().detail));
        }
    }
    if (!m_prompt)
        return Error::make(ErrorCode::NotFound,
                           QStringLiteral("%1: no PIN is kept under '%2'%3 and there is no one to ask for it")
                               .arg(context, secretKey,
                                    m_secrets ? QStringLiteral(" in %1").arg(m_secrets->backendName()) : QString()));
    return logInWithPrompt(attempt, context, secretKey);
}

Status Pkcs11Login::logInWithPrompt(int attempt, const QString &context, const QString &secretKey)
{
    Pkcs11Session &session = *m_token.session;
    for (;; ++attempt) {
        SecretRequest request;
        request.kind = SecretRequest::Kind::TokenPin;
        request.subject = m_token.label;
        request.attempt = attempt;
        request.canRemember = m_secrets != nullptr;
        auto pin = m_prompt->ask(request);
        if (!pin)
            return pin.error();
        const CK_RV rv = session.login(&*pin);
        if (accepted(rv)) {
            // Kept only once the token took it; a keychain that refuses leaves the login as it is.
            Status kept;
            if (request.canRemember && m_prompt->rememberAnswer(request))
                kept = m_secrets->write(secretKey, *pin);
            pin->clear();
            if (!kept)
                qWarning("keyward: the PIN of %s could not be kept in %s: %s", qPrintable(tokenText()),
                         qPrintable(m_secrets->backendName()), qPrintable(kept.error().detail));
            return {};
        }
        pin->clear();
        if (rv != CKR_PIN_INCORRECT)
            return pkcs11Error(rv, context);
        if (attempt >= m_config.maxPinAttempts)
            return Error::make(ErrorCode::WrongPassphrase,
                               QStringLiteral("%1: the PIN is wrong; gave up after %2 attempts (CKR_PIN_INCORRECT)")
                                   .arg(context)
                                   .arg(attempt));
        const CK_FLAGS flags = tokenFlags(session);
        if (flags & CKF_USER_PIN_LOCKED)
            return lockedError(context);
        if (flags & CKF_USER_PIN_FINAL_TRY)
            return Error::make(ErrorCode::WrongPassphrase,
                               QStringLiteral("%1: the PIN is wrong, and one more wrong PIN would lock the token, so "
                                              "Keyward stopped asking (CKR_PIN_INCORRECT, CKF_USER_PIN_FINAL_TRY)")
                                   .arg(context));
    }
}

} // namespace keyward::keystore

// Pkcs11KeyStore: key versions as token objects, their metadata as CKO_DATA objects, wrap and unwrap on the
// token. docs/PKCS11.md describes the model on the token.
#include "keystore/Pkcs11KeyStore.h"

#include "crypto/Random.h"
#include "keystore/Pkcs11Error.h"
#include "keystore/Pkcs11KeyRecord.h"
#include "keystore/Pkcs11Module.h"
#include "keystore/Pkcs11Session.h"
#include "keystore/Pkcs11Uri.h"

#include <algorithm>
#include <map>
#include <vector>

namespace keyward::keystore {

namespace {

const QString kApplication = QStringLiteral("keyward");
// Key names are letters, digits and dashes, so this label can never be a key's.
const QString kStoreLabel = QStringLiteral("keyward:store");
constexpr std::size_t kFeatureKeySize = 32;
constexpr int kVersionIdSize = 16;

using Handles = QList<CK_OBJECT_HANDLE>;

// The OAEP parameters of RSA-OAEP-256. Nothing else is ever passed for RSA wrapping.
CK_RSA_PKCS_OAEP_PARAMS oaepSha256Params()
{
    return CK_RSA_PKCS_OAEP_PARAMS{CKM_SHA256, CKG_MGF1_SHA256, CKZ_DATA_SPECIFIED, nullptr, 0};
}

bool isMechanismRefusal(CK_RV rv)
{
    return rv == CKR_MECHANISM_INVALID || rv == CKR_MECHANISM_PARAM_INVALID || rv == CKR_ARGUMENTS_BAD ||
           rv == CKR_FUNCTION_NOT_SUPPORTED;
}

// The feature key as a session object that may be wrapped (C_WrapKey takes handles, not bytes).
Pkcs11Template &featureKeyTemplate(Pkcs11Template &t)
{
    return t.addULong(CKA_CLASS, CKO_SECRET_KEY)
        .addULong(CKA_KEY_TYPE, CKK_GENERIC_SECRET)
        .addBool(CKA_TOKEN, false)
        .addBool(CKA_PRIVATE, true)
        .addBool(CKA_SENSITIVE, false)
        .addBool(CKA_EXTRACTABLE, true)
        .addBool(CKA_ENCRYPT, false)
        .addBool(CKA_DECRYPT, false)
        .addBool(CKA_SIGN, false)
        .addBool(CKA_VERIFY, false)
        .addBool(CKA_WRAP, false)
        .addBool(CKA_UNWRAP, false)
        .addBool(CKA_DERIVE, false);
}

Status compareRoundTrip(const crypto::SecureBytes &sent, const crypto::SecureBytes &back)
{
    if (!(sent == back))
        return Error::make(ErrorCode::Crypto, QStringLiteral("the key came back different from the one wrapped"));
    return {};
}

// Wraps a random 32-byte key and unwraps it again with throw-away keys: the only sure way to know that a
// token takes a mechanism with these exact parameters.
Status trialRoundTrip(Pkcs11Session &s, CK_MECHANISM &mechanism, CK_OBJECT_HANDLE wrapKey, CK_OBJECT_HANDLE unwrapKey,
                      CK_RV *rv, qsizetype *wrappedSize)
{
    auto fk = crypto::SystemRandom::instance().secretBytes(kFeatureKeySize);
    if (!fk)
        return fk.error();
    Pkcs11Template t;
    featureKeyTemplate(t).addSecret(CKA_VALUE, *fk);
    auto object = s.create(t, QStringLiteral("importing a trial key"));
    if (!object)
        return object.error();
    Pkcs11Session::ScopedObject fkObject(s, *object);
    auto wrapped = s.wrap(mechanism, wrapKey, fkObject.get(), QStringLiteral("C_WrapKey"), rv);
    if (!wrapped)
        return wrapped.error();
    *wrappedSize = wrapped->size();
    Pkcs11Template u;
    featureKeyTemplate(u);
    auto unwrapped = s.unwrap(mechanism, unwrapKey, *wrapped, u, QStringLiteral("C_UnwrapKey"), rv);
    if (!unwrapped)
        return unwrapped.error();
    Pkcs11Session::ScopedObject backObject(s, *unwrapped);
    auto back = s.secretValue(backObject.get(), QStringLiteral("reading the unwrapped trial key"));
    if (!back)
        return back.error();
    return compareRoundTrip(*fk, *back);
}

Pkcs11Template &dataObjectMatch(Pkcs11Template &t)
{
    return t.addULong(CKA_CLASS, CKO_DATA).addBool(CKA_TOKEN, true).addText(CKA_APPLICATION, kApplication);
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// Opening

Pkcs11KeyStore::Pkcs11KeyStore(Pkcs11Config config, const Clock &clock) : m_config(std::move(config)), m_clock(clock) {}

Pkcs11KeyStore::~Pkcs11KeyStore()
{
    // The session goes before the module it belongs to.
    m_session.reset();
    m_module.reset();
}

Result<std::unique_ptr<Pkcs11KeyStore>> Pkcs11KeyStore::open(const Pkcs11Config &config, secrets::SecretStore *secrets,
                                                             SecretPrompt *prompt, const Clock &clock)
{
    if (config.modulePath.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("no PKCS#11 module path given"));
    if (config.tokenLabel.isEmpty() && config.tokenSerial.isEmpty())
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("choose the token by its label or serial number (slot numbers change)"));
    if (config.retentionDays < 7 || config.retentionDays > 90)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("the retention period must be 7 to 90 days"));
    if (config.maxPinAttempts < 1)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("at least one PIN attempt is needed"));

    std::unique_ptr<Pkcs11KeyStore> store(new Pkcs11KeyStore(config, clock));
    if (Status s = store->connect(secrets, prompt); !s)
        return s.error();
    return store;
}

QString Pkcs11KeyStore::tokenText() const
{
    if (!m_tokenLabel.isEmpty())
        return QStringLiteral("token '%1'").arg(m_tokenLabel);
    if (!m_config.tokenLabel.isEmpty() && !m_config.tokenSerial.isEmpty())
        return QStringLiteral("token '%1' with serial number %2").arg(m_config.tokenLabel, m_config.tokenSerial);
    if (!m_config.tokenLabel.isEmpty())
        return QStringLiteral("token '%1'").arg(m_config.tokenLabel);
    return QStringLiteral("the token with serial number %1").arg(m_config.tokenSerial);
}

Status Pkcs11KeyStore::checkToken()
{
    // Tokens go away in different ways: a card is pulled (CKR_DEVICE_REMOVED, CKR_SESSION_HANDLE_INVALID),
    // a network HSM drops the connection, SoftHSM2's token directory vanishes (objects silently disappear,
    // writes fail with CKR_GENERAL_ERROR). Asking for the session and token first turns all of these into
    // one clear "the token is gone" before an operation can mistake it for "no such key".
    CK_FUNCTION_LIST *f = m_module->functions();
    const QString context = QStringLiteral("using %1").arg(tokenText());
    auto gone = [&](CK_RV rv) {
        return Error::make(ErrorCode::Unavailable,
                           QStringLiteral("%1: the token has been removed or has stopped answering (%2)")
                               .arg(context, pkcs11ReturnName(rv)));
    };
    CK_SESSION_INFO si{};
    CK_RV rv = f->C_GetSessionInfo(m_session->handle(), &si);
    if (rv != CKR_OK)
        return gone(rv);
    CK_TOKEN_INFO ti{};
    rv = f->C_GetTokenInfo(m_session->slot(), &ti);
    if (rv != CKR_OK)
        return gone(rv);
    if (pkcs11PaddedText(ti.serialNumber, sizeof ti.serialNumber) != m_tokenSerial ||
        pkcs11PaddedText(ti.label, sizeof ti.label) != m_tokenLabel)
        return Error::make(ErrorCode::Unavailable,
                           QStringLiteral("%1: another token is now in its slot; open the store again").arg(context));
    if ((ti.flags & CKF_LOGIN_REQUIRED) && si.state != CKS_RW_USER_FUNCTIONS)
        return Error::make(
            ErrorCode::Locked,
            QStringLiteral("%1: the token has logged this session out; open the store again to log in").arg(context));
    return {};
}

Status Pkcs11KeyStore::connect(secrets::SecretStore *secrets, SecretPrompt *prompt)
{
    auto module = Pkcs11Module::load(m_config.modulePath);
    if (!module)
        return module.error();
    m_module = *module;
    CK_FUNCTION_LIST *f = m_module->functions();

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
    m_tokenLabel = pkcs11PaddedText(token.info.label, sizeof token.info.label);
    m_tokenSerial = pkcs11PaddedText(token.info.serialNumber, sizeof token.info.serialNumber);
    m_tokenModel = pkcs11PaddedText(token.info.model, sizeof token.info.model);
    m_tokenManufacturer = pkcs11PaddedText(token.info.manufacturerID, sizeof token.info.manufacturerID);

    auto session = Pkcs11Session::open(m_module, token.slot, m_tokenLabel);
    if (!session)
        return session.error();
    m_session = std::move(*session);
    if (Status s = logIn(secrets, prompt); !s)
        return s;
    return loadSettings();
}

Status Pkcs11KeyStore::logIn(secrets::SecretStore *secrets, SecretPrompt *prompt)
{
    CK_FUNCTION_LIST *f = m_module->functions();
    const QString context = QStringLiteral("logging in to %1").arg(tokenText());
    auto tokenFlags = [&]() -> CK_FLAGS {
        CK_TOKEN_INFO ti{};
        return f->C_GetTokenInfo(m_session->slot(), &ti) == CKR_OK ? ti.flags : 0;
    };
    // The token's own flags are believed before any PIN is tried: on most tokens one more try is what
    // turns "count low" into "locked".
    auto lockedError = [&] {
        return Error::make(ErrorCode::Locked,
                           QStringLiteral("%1: the user PIN is locked after too many wrong attempts; "
                                          "the token's security officer must unlock it "
                                          "(CKF_USER_PIN_LOCKED)")
                               .arg(context));
    };
    auto accepted = [](CK_RV rv) { return rv == CKR_OK || rv == CKR_USER_ALREADY_LOGGED_IN; };

    CK_FLAGS flags = tokenFlags();
    if (!(flags & CKF_LOGIN_REQUIRED))
        return {};
    if (flags & CKF_USER_PIN_LOCKED)
        return lockedError();
    if (!(flags & CKF_USER_PIN_INITIALIZED))
        return pkcs11Error(CKR_USER_PIN_NOT_INITIALIZED, context);
    if (flags & CKF_PROTECTED_AUTHENTICATION_PATH) {
        const CK_RV rv = m_session->login(nullptr);
        return accepted(rv) ? Status{} : Status{pkcs11Error(rv, context)};
    }

    const QString secretKey = m_config.effectivePinSecretKey();
    int attempt = 1;
    if (secrets) {
        auto pin = secrets->read(secretKey);
        if (pin) {
            const CK_RV rv = m_session->login(&*pin);
            pin->clear(); // wiped now, not at the end of the scope
            if (accepted(rv))
                return {};
            if (rv == CKR_PIN_INCORRECT && !prompt)
                return Error::make(ErrorCode::WrongPassphrase,
                                   QStringLiteral("%1: the PIN kept in %2 under '%3' is wrong (CKR_PIN_INCORRECT)")
                                       .arg(context, secrets->backendName(), secretKey));
            if (rv != CKR_PIN_INCORRECT)
                return pkcs11Error(rv, context);
            attempt = 2;
        } else if (pin.error().code != ErrorCode::NotFound && !prompt) {
            return Error::make(pin.error().code, QStringLiteral("%1: the PIN cannot be read from %2: %3")
                                                     .arg(context, secrets->backendName(), pin.error().detail));
        }
    }
    if (!prompt)
        return Error::make(
            ErrorCode::NotFound,
            QStringLiteral("%1: no PIN is kept under '%2'%3 and there is no one to ask for it")
                .arg(context, secretKey, secrets ? QStringLiteral(" in %1").arg(secrets->backendName()) : QString()));

    for (;; ++attempt) {
        SecretRequest request;
        request.kind = SecretRequest::Kind::TokenPin;
        request.subject = m_tokenLabel;
        request.attempt = attempt;
        auto pin = prompt->ask(request);
        if (!pin)
            return pin.error();
        const CK_RV rv = m_session->login(&*pin);
        pin->clear();
        if (accepted(rv))
            return {};
        if (rv != CKR_PIN_INCORRECT)
            return pkcs11Error(rv, context);
        if (attempt >= m_config.maxPinAttempts)
            return Error::make(ErrorCode::WrongPassphrase,
                               QStringLiteral("%1: the PIN is wrong; gave up after %2 attempts (CKR_PIN_INCORRECT)")
                                   .arg(context)
                                   .arg(attempt));
        flags = tokenFlags();
        if (flags & CKF_USER_PIN_LOCKED)
            return lockedError();
        if (flags & CKF_USER_PIN_FINAL_TRY)
            return Error::make(ErrorCode::WrongPassphrase,
                               QStringLiteral("%1: the PIN is wrong, and one more wrong PIN would lock the token, so "
                                              "Keyward stopped asking (CKR_PIN_INCORRECT, CKF_USER_PIN_FINAL_TRY)")
                                   .arg(context));
    }
}

Status Pkcs11KeyStore::loadSettings()
{
    const QString context = QStringLiteral("reading Keyward's settings on %1").arg(tokenText());
    Pkcs11Template match;
    dataObjectMatch(match).addText(CKA_LABEL, kStoreLabel);
    auto objects = m_session->find(match, context);
    if (!objects)
        return objects.error();
    std::optional<Pkcs11StoreSettings> newest;
    for (CK_OBJECT_HANDLE h : *objects) {
        auto value = m_session->attribute(h, CKA_VALUE, context);
        if (!value)
            return value.error();
        auto settings = Pkcs11StoreSettings::fromJson(*value);
        if (!settings)
            return Error::make(settings.error().code, QStringLiteral("%1: %2").arg(context, settings.error().detail));
        if (!newest || settings->revision > newest->revision)
            newest = *settings;
    }
    if (newest && (newest->purgeProtection || !m_config.purgeProtection)) {
        m_settings = *newest;
        return {};
    }
    // First use of this token, or purge protection being switched on (it is never switched off).
    Pkcs11StoreSettings settings;
    if (newest) {
        settings = *newest;
        settings.purgeProtection = true;
        settings.revision = newest->revision + 1;
    } else {
        settings.purgeProtection = m_config.purgeProtection;
        settings.retentionDays = m_config.retentionDays;
        settings.revision = 1;
    }
    if (Status s = writeDataObject(kStoreLabel, settings.toJson()); !s)
        return s;
    m_settings = settings;
    return {};
}

// ---------------------------------------------------------------------------------------------------------
// Metadata on the token

Status Pkcs11KeyStore::writeDataObject(const QString &label, const QByteArray &value)
{
    const QString context = QStringLiteral("saving Keyward's metadata for '%1' on %2").arg(label, tokenText());
    Pkcs11Template match;
    dataObjectMatch(match).addText(CKA_LABEL, label);
    auto old = m_session->find(match, context);
    if (!old)
        return old.error();
    // New object first, old ones after: a crash in between leaves two revisions, and readers take the newer.
    Pkcs11Template t;
    t.addULong(CKA_CLASS, CKO_DATA)
        .addBool(CKA_TOKEN, true)
        .addBool(CKA_PRIVATE, true)
        .addText(CKA_APPLICATION, kApplication)
        .addText(CKA_LABEL, label)
        .addBytes(CKA_VALUE, value);
    auto created = m_session->create(t, context);
    if (!created)
        return created.error();
    for (CK_OBJECT_HANDLE h : *old)
        if (Status s = m_session->destroy(h, context); !s)
            return s;
    return {};
}

Result<Pkcs11KeyRecord> Pkcs11KeyStore::readRecord(const QString &name, bool allowDeleted)
{
    const QString context = QStringLiteral("reading key %1 on %2").arg(name, tokenText());
    if (!isValidKeyName(name))
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("key name '%1' must be 1-127 letters, digits or dashes").arg(name));
    Pkcs11Template match;
    dataObjectMatch(match).addText(CKA_LABEL, name);
    auto objects = m_session->find(match, context);
    if (!objects)
        return objects.error();
    std::optional<Pkcs11KeyRecord> newest;
    for (CK_OBJECT_HANDLE h : *objects) {
        auto value = m_session->attribute(h, CKA_VALUE, context);
        if (!value)
            return value.error();
        auto record = Pkcs11KeyRecord::fromJson(*value);
        if (!record)
            return Error::make(record.error().code, QStringLiteral("%1: %2").arg(context, record.error().detail));
        if (record->name != name)
            return Error::make(ErrorCode::Format,
                               QStringLiteral("%1: the metadata object names another key").arg(context));
        if (!newest || record->revision > newest->revision)
            newest = std::move(*record);
    }
    if (!newest)
        return Error::make(ErrorCode::NotFound,
                           QStringLiteral("there is no key named %1 on %2").arg(name, tokenText()));
    if (newest->deleted && !allowDeleted)
        return Error::make(ErrorCode::KeyDeleted,
                           QStringLiteral("key %1 on %2 is deleted; it can be recovered until %3")
                               .arg(name, tokenText(), newest->deleted->scheduledPurge.toString(Qt::ISODate)));
    return *newest;
}

Result<QList<Pkcs11KeyRecord>> Pkcs11KeyStore::readAllRecords()
{
    const QString context = QStringLiteral("listing the keys on %1").arg(tokenText());
    Pkcs11Template match;
    dataObjectMatch(match);
    auto objects = m_session->find(match, context);
    if (!objects)
        return objects.error();
    std::map<QString, Pkcs11KeyRecord> newest;
    for (CK_OBJECT_HANDLE h : *objects) {
        auto label = m_session->attribute(h, CKA_LABEL, context);
        if (!label)
            return label.error();
        if (QString::fromUtf8(*label) == kStoreLabel)
            continue;
        auto value = m_session->attribute(h, CKA_VALUE, context);
        if (!value)
            return value.error();
        auto record = Pkcs11KeyRecord::fromJson(*value);
        if (!record)
            return Error::make(
                record.error().code,
                QStringLiteral("%1: object '%2': %3").arg(context, QString::fromUtf8(*label), record.error().detail));
        auto it = newest.find(record->name);
        if (it == newest.end() || record->revision > it->second.revision)
            newest.insert_or_assign(record->name, std::move(*record));
    }
    QList<Pkcs11KeyRecord> records;
    for (auto &[name, record] : newest)
        records.append(std::move(record));
    return records;
}

Status Pkcs11KeyStore::writeRecord(Pkcs11KeyRecord &record)
{
    // Another console may have changed the key since it was read: refuse rather than lose its change.
    if (record.revision > 0) {
        auto current = readRecord(record.name, true);
        if (!current && current.error().code != ErrorCode::NotFound)
            return current.error();
        if (current && current->revision != record.revision)
            return Error::make(ErrorCode::Conflict,
                               QStringLiteral("key %1 changed on %2 while this was being done; try again")
                                   .arg(record.name, tokenText()));
    }
    ++record.revision;
    return writeDataObject(record.name, record.toJson());
}

// ---------------------------------------------------------------------------------------------------------
// Key objects

Result<QString> Pkcs11KeyStore::generateVersion(const Pkcs11KeyRecord &record,
                                                const std::optional<QDateTime> &notBefore,
                                                const std::optional<QDateTime> &expires, const QStringList &operations)
{
    auto idBytes = crypto::SystemRandom::instance().publicBytes(kVersionIdSize);
    if (!idBytes)
        return idBytes.error();
    const QString version = QString::fromLatin1(idBytes->toHex());
    const QString context = QStringLiteral("generating %1 %2-bit key %3 on %4")
                                .arg(keyKindName(record.kind))
                                .arg(record.bits)
                                .arg(record.name, tokenText());
    const bool wrap = operations.contains(QStringLiteral("wrapKey"));
    const bool unwrap = operations.contains(QStringLiteral("unwrapKey"));
    const bool encrypt = operations.contains(QStringLiteral("encrypt"));
    const bool decrypt = operations.contains(QStringLiteral("decrypt"));

    // Common to every object of the version: found by label and id, the dates as the token can hold them
    // (whole days; the metadata has the exact times).
    auto common = [&](Pkcs11Template &t) -> Pkcs11Template & {
        t.addBool(CKA_TOKEN, true)
            .addBool(CKA_MODIFIABLE, true) // so that disabling can also clear CKA_WRAP / CKA_UNWRAP
            .addText(CKA_LABEL, record.name)
            .addBytes(CKA_ID, *idBytes);
        if (notBefore)
            t.addDate(CKA_START_DATE, notBefore->toUTC().date());
        if (expires)
            t.addDate(CKA_END_DATE, expires->toUTC().date());
        return t;
    };

    if (record.kind == KeyKind::Aes) {
        CK_MECHANISM mech{CKM_AES_KEY_GEN, nullptr, 0};
        Pkcs11Template t;
        common(t)
            .addULong(CKA_CLASS, CKO_SECRET_KEY)
            .addULong(CKA_KEY_TYPE, CKK_AES)
            .addULong(CKA_VALUE_LEN, CK_ULONG(record.bits / 8))
            .addBool(CKA_PRIVATE, true)
            .addBool(CKA_SENSITIVE, true)
            .addBool(CKA_EXTRACTABLE, false)
            .addBool(CKA_WRAP, wrap)
            .addBool(CKA_UNWRAP, unwrap)
            .addBool(CKA_ENCRYPT, encrypt)
            .addBool(CKA_DECRYPT, decrypt)
            .addBool(CKA_SIGN, false)
            .addBool(CKA_VERIFY, false)
            .addBool(CKA_DERIVE, false);
        auto key = m_session->generateKey(mech, t, context);
        if (!key)
            return key.error();
        return version;
    }

    CK_MECHANISM mech{CKM_RSA_PKCS_KEY_PAIR_GEN, nullptr, 0};
    const QByteArray exponent("\x01\x00\x01", 3);
    Pkcs11Template pub;
    common(pub)
        .addULong(CKA_CLASS, CKO_PUBLIC_KEY)
        .addULong(CKA_KEY_TYPE, CKK_RSA)
        .addULong(CKA_MODULUS_BITS, CK_ULONG(record.bits))
        .addBytes(CKA_PUBLIC_EXPONENT, exponent)
        .addBool(CKA_PRIVATE, false)
        .addBool(CKA_WRAP, wrap)
        .addBool(CKA_ENCRYPT, encrypt)
        .addBool(CKA_VERIFY, false)
        .addBool(CKA_DERIVE, false);
    Pkcs11Template priv;
    common(priv)
        .addULong(CKA_CLASS, CKO_PRIVATE_KEY)
        .addULong(CKA_KEY_TYPE, CKK_RSA)
        .addBool(CKA_PRIVATE, true)
        .addBool(CKA_SENSITIVE, true)
        .addBool(CKA_EXTRACTABLE, false)
        .addBool(CKA_UNWRAP, unwrap)
        .addBool(CKA_DECRYPT, decrypt)
        .addBool(CKA_SIGN, false)
        .addBool(CKA_DERIVE, false);
    auto pair = m_session->generateKeyPair(mech, pub, priv, context);
    if (!pair)
        return pair.error();
    return version;
}

Status Pkcs11KeyStore::destroyVersionObjects(const QString &name, const QString &version)
{
    const QString context = QStringLiteral("destroying version %1 of key %2 on %3").arg(version, name, tokenText());
    Pkcs11Template match;
    match.addBool(CKA_TOKEN, true).addText(CKA_LABEL, name).addBytes(CKA_ID, QByteArray::fromHex(version.toLatin1()));
    auto objects = m_session->find(match, context);
    if (!objects)
        return objects.error();
    for (CK_OBJECT_HANDLE h : *objects) {
        auto cls = m_session->attribute(h, CKA_CLASS, context);
        if (!cls)
            return cls.error();
        CK_OBJECT_CLASS c = CKO_DATA;
        if (cls->size() == sizeof c)
            memcpy(&c, cls->constData(), sizeof c);
        if (c != CKO_SECRET_KEY && c != CKO_PRIVATE_KEY && c != CKO_PUBLIC_KEY)
            continue; // not ours: a certificate someone filed under the same label and id
        if (Status s = m_session->destroy(h, context); !s)
            return s;
    }
    return {};
}

Status Pkcs11KeyStore::mirrorEnabled(const QString &name, const QString &version, bool enabled)
{
    // The metadata is what Keyward enforces; clearing the usage flags on the token as well keeps other tools
    // from using a disabled version. Tokens that refuse the change keep the metadata's word alone.
    const QString context =
        QStringLiteral("%1 version %2 of key %3 on %4")
            .arg(enabled ? QStringLiteral("enabling") : QStringLiteral("disabling"), version, name, tokenText());
    auto record = readRecord(name, true);
    if (!record)
        return record.error();
    const Pkcs11KeyRecord::Version *v = record->findVersion(version);
    if (!v)
        return {};
    Pkcs11Template match;
    match.addBool(CKA_TOKEN, true).addText(CKA_LABEL, name).addBytes(CKA_ID, QByteArray::fromHex(version.toLatin1()));
    auto objects = m_session->find(match, context);
    if (!objects)
        return objects.error();
    for (CK_OBJECT_HANDLE h : *objects) {
        auto cls = m_session->attribute(h, CKA_CLASS, context);
        if (!cls || cls->size() != sizeof(CK_OBJECT_CLASS))
            continue;
        CK_OBJECT_CLASS c = CKO_DATA;
        memcpy(&c, cls->constData(), sizeof c);
        Pkcs11Template t;
        if (c == CKO_SECRET_KEY)
            t.addBool(CKA_WRAP, enabled && v->operations.contains(QStringLiteral("wrapKey")))
                .addBool(CKA_UNWRAP, enabled && v->operations.contains(QStringLiteral("unwrapKey")));
        else if (c == CKO_PUBLIC_KEY)
            t.addBool(CKA_WRAP, enabled && v->operations.contains(QStringLiteral("wrapKey")));
        else if (c == CKO_PRIVATE_KEY)
            t.addBool(CKA_UNWRAP, enabled && v->operations.contains(QStringLiteral("unwrapKey")));
        else
            continue;
        const CK_RV rv = m_session->functions()->C_SetAttributeValue(m_session->handle(), h, t.data(), t.size());
        if (rv != CKR_OK && rv != CKR_ATTRIBUTE_READ_ONLY && rv != CKR_ACTION_PROHIBITED &&
            rv != CKR_ATTRIBUTE_TYPE_INVALID && rv != CKR_TEMPLATE_INCONSISTENT)
            return pkcs11Error(rv, context);
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------------
// Probing

Result<Pkcs11Capabilities> Pkcs11KeyStore::probe()
{
    std::lock_guard lock(m_mutex);
    if (Status s = checkToken(); !s)
        return s.error();
    auto caps = runProbe();
    if (caps)
        m_capabilities = *caps;
    return caps;
}

Result<Pkcs11Capabilities> Pkcs11KeyStore::capabilities()
{
    if (!m_capabilities) {
        auto caps = runProbe();
        if (!caps)
            return caps.error();
        m_capabilities = *caps;
    }
    return *m_capabilities;
}

Result<Pkcs11Capabilities> Pkcs11KeyStore::runProbe()
{
    CK_FUNCTION_LIST *f = m_module->functions();
    const CK_SLOT_ID slot = m_session->slot();
    const QString context = QStringLiteral("asking %1 for its mechanisms").arg(tokenText());
    Pkcs11Capabilities caps;
    caps.module = m_module->description();
    caps.tokenLabel = m_tokenLabel;
    caps.tokenSerial = m_tokenSerial;
    caps.tokenModel = m_tokenModel;
    caps.tokenManufacturer = m_tokenManufacturer;

    CK_ULONG count = 0;
    CK_RV rv = f->C_GetMechanismList(slot, nullptr, &count);
    std::vector<CK_MECHANISM_TYPE> types(count);
    if (rv == CKR_OK && count > 0)
        rv = f->C_GetMechanismList(slot, types.data(), &count);
    if (rv != CKR_OK)
        return pkcs11Error(rv, context);
    types.resize(count);
    static const std::pair<CK_FLAGS, const char *> flagNames[] = {
        {CKF_HW, "hardware"},       {CKF_ENCRYPT, "encrypt"},
        {CKF_DECRYPT, "decrypt"},   {CKF_DIGEST, "digest"},
        {CKF_SIGN, "sign"},         {CKF_VERIFY, "verify"},
        {CKF_GENERATE, "generate"}, {CKF_GENERATE_KEY_PAIR, "generate-key-pair"},
        {CKF_WRAP, "wrap"},         {CKF_UNWRAP, "unwrap"},
        {CKF_DERIVE, "derive"},
    };
    for (CK_MECHANISM_TYPE type : types) {
        CK_MECHANISM_INFO mi{};
        rv = f->C_GetMechanismInfo(slot, type, &mi);
        if (rv != CKR_OK)
            return pkcs11Error(rv, context);
        Pkcs11Capabilities::Mechanism m;
        m.type = type;
        m.name = pkcs11MechanismName(type);
        m.minKeySize = mi.ulMinKeySize;
        m.maxKeySize = mi.ulMaxKeySize;
        for (const auto &[flag, name] : flagNames)
            if (mi.flags & flag)
                m.flags << QLatin1String(name);
        caps.mechanisms.append(m);
    }

    if (const auto *gen = caps.mechanism(CKM_RSA_PKCS_KEY_PAIR_GEN)) {
        for (int bits : {2048, 3072, 4096})
            if (CK_ULONG(bits) >= gen->minKeySize && (gen->maxKeySize == 0 || CK_ULONG(bits) <= gen->maxKeySize))
                caps.rsaKeySizes.append(bits);
    }

    // AES-256 with CKM_AES_KEY_WRAP_PAD, tried with a session key that vanishes with the session.
    {
        CK_MECHANISM gen{CKM_AES_KEY_GEN, nullptr, 0};
        Pkcs11Template t;
        t.addULong(CKA_CLASS, CKO_SECRET_KEY)
            .addULong(CKA_KEY_TYPE, CKK_AES)
            .addULong(CKA_VALUE_LEN, 32)
            .addBool(CKA_TOKEN, false)
            .addBool(CKA_PRIVATE, true)
            .addBool(CKA_SENSITIVE, true)
            .addBool(CKA_EXTRACTABLE, false)
            .addBool(CKA_WRAP, true)
            .addBool(CKA_UNWRAP, true);
        auto kek = m_session->generateKey(gen, t, QStringLiteral("generating a trial AES-256 key"));
        if (!kek) {
            caps.aesKeyWrapPadDetail = kek.error().detail;
        } else {
            Pkcs11Session::ScopedObject kekObject(*m_session, *kek);
            CK_MECHANISM wrap{CKM_AES_KEY_WRAP_PAD, nullptr, 0};
            CK_RV trialRv = CKR_OK;
            qsizetype size = 0;
            const Status trial = trialRoundTrip(*m_session, wrap, kekObject.get(), kekObject.get(), &trialRv, &size);
            caps.aesKeyWrapPad = trial.ok();
            caps.aesKeyWrapPadDetail =
                trial ? QStringLiteral("a 32-byte key wrapped to %1 bytes and unwrapped back to itself").arg(size)
                      : QStringLiteral("the trial failed: %1").arg(trial.error().detail);
        }
    }

    // RSA-OAEP-256, tried with a throw-away session key pair of the smallest size Keyward makes.
    if (caps.rsaKeySizes.isEmpty()) {
        caps.rsaOaep256Detail = QStringLiteral("the token cannot generate RSA key pairs of 2048 to 4096 bits");
    } else if (!caps.mechanism(CKM_RSA_PKCS_OAEP)) {
        caps.rsaOaep256Detail = QStringLiteral("the token does not offer CKM_RSA_PKCS_OAEP");
    } else {
        CK_MECHANISM gen{CKM_RSA_PKCS_KEY_PAIR_GEN, nullptr, 0};
        const QByteArray exponent("\x01\x00\x01", 3);
        Pkcs11Template pub;
        pub.addBool(CKA_TOKEN, false)
            .addULong(CKA_MODULUS_BITS, CK_ULONG(caps.rsaKeySizes.first()))
            .addBytes(CKA_PUBLIC_EXPONENT, exponent)
            .addBool(CKA_WRAP, true);
        Pkcs11Template priv;
        priv.addBool(CKA_TOKEN, false)
            .addBool(CKA_PRIVATE, true)
            .addBool(CKA_SENSITIVE, true)
            .addBool(CKA_EXTRACTABLE, false)
            .addBool(CKA_UNWRAP, true);
        auto pair = m_session->generateKeyPair(gen, pub, priv, QStringLiteral("generating a trial RSA key pair"));
        if (!pair) {
            caps.rsaOaep256Detail = pair.error().detail;
        } else {
            Pkcs11Session::ScopedObject pubObject(*m_session, pair->first);
            Pkcs11Session::ScopedObject privObject(*m_session, pair->second);
            CK_RSA_PKCS_OAEP_PARAMS params = oaepSha256Params();
            CK_MECHANISM oaep{CKM_RSA_PKCS_OAEP, &params, sizeof params};
            CK_RV trialRv = CKR_OK;
            qsizetype size = 0;
            const Status trial = trialRoundTrip(*m_session, oaep, pubObject.get(), privObject.get(), &trialRv, &size);
            caps.rsaOaep256 = trial.ok();
            if (trial) {
                caps.rsaOaep256Detail =
                    QStringLiteral("a 32-byte key wrapped to %1 bytes and unwrapped back to itself").arg(size);
            } else {
                caps.rsaOaep256Detail = QStringLiteral("the trial failed: %1").arg(trial.error().detail);
                if (isMechanismRefusal(trialRv)) {
                    // Only to explain the refusal: SHA-1 is tried, and its result never used.
                    CK_RSA_PKCS_OAEP_PARAMS sha1{CKM_SHA_1, CKG_MGF1_SHA1, CKZ_DATA_SPECIFIED, nullptr, 0};
                    CK_MECHANISM oaep1{CKM_RSA_PKCS_OAEP, &sha1, sizeof sha1};
                    CK_RV sha1Rv = CKR_OK;
                    qsizetype ignored = 0;
                    caps.rsaOaepSha1Only =
                        trialRoundTrip(*m_session, oaep1, pubObject.get(), privObject.get(), &sha1Rv, &ignored).ok();
                    if (caps.rsaOaepSha1Only)
                        caps.rsaOaep256Detail +=
                            QStringLiteral("; the token takes CKM_RSA_PKCS_OAEP only with SHA-1, which Keyward "
                                           "does not use");
                }
            }
        }
    }
    return caps;
}

// ---------------------------------------------------------------------------------------------------------
// Views

QString Pkcs11KeyStore::versionUri(const Pkcs11KeyRecord &record, const QString &version) const
{
    Pkcs11Uri uri;
    uri.token = m_tokenLabel;
    uri.object = record.name;
    uri.id = QByteArray::fromHex(version.toLatin1());
    uri.type = record.kind == KeyKind::Aes ? QStringLiteral("secret-key") : QStringLiteral("private");
    return uri.toString();
}

KeyVersionInfo Pkcs11KeyStore::info(const Pkcs11KeyRecord &record, const QString &version) const
{
    KeyVersionInfo i;
    i.name = record.name;
    i.kind = record.kind;
    i.bits = record.bits;
    i.hsmBacked = true;
    if (const Pkcs11KeyRecord::Version *v = record.resolve(version)) {
        i.id = versionUri(record, v->version);
        i.version = v->version;
        i.created = v->created;
        i.updated = v->updated;
        i.notBefore = v->notBefore;
        i.expires = v->expires;
        i.enabled = v->enabled;
        i.operations = v->operations;
    }
    return i;
}

DeletedKeyInfo Pkcs11KeyStore::deletedInfo(const Pkcs11KeyRecord &record) const
{
    DeletedKeyInfo d;
    d.name = record.name;
    d.latest = info(record, {});
    if (record.deleted) {
        d.recoveryId = record.deleted->recoveryId;
        d.deletedOn = record.deleted->deletedOn;
        d.scheduledPurge = record.deleted->scheduledPurge;
    }
    return d;
}

Result<KeyVersionInfo> Pkcs11KeyStore::usableVersion(const Pkcs11KeyRecord &record, const QString &version,
                                                     const QString &operation) const
{
    if (!record.resolve(version))
        return Error::make(ErrorCode::NotFound,
                           QStringLiteral("key %1 on %2 has no version %3").arg(record.name, tokenText(), version));
    KeyVersionInfo i = info(record, version);
    if (Status s = i.usableFor(operation, m_clock.now()); !s)
        return s.error();
    return i;
}

// ---------------------------------------------------------------------------------------------------------
// KeyStore

StoreProperties Pkcs11KeyStore::properties() const
{
    std::lock_guard lock(m_mutex);
    StoreProperties p;
    p.name = m_config.effectiveName();
    p.kind = QStringLiteral("pkcs11");
    p.softDelete = true;
    p.purgeProtection = m_settings.purgeProtection;
    p.retentionDays = m_settings.retentionDays;
    p.hsmBacked = true;
    return p;
}

Result<QList<KeyVersionInfo>> Pkcs11KeyStore::listKeys()
{
    std::lock_guard lock(m_mutex);
    if (Status s = checkToken(); !s)
        return s.error();
    auto records = readAllRecords();
    if (!records)
        return records.error();
    QList<KeyVersionInfo> keys;
    for (const Pkcs11KeyRecord &r : *records)
        if (!r.deleted)
            keys.append(info(r, {}));
    return keys;
}

Result<QList<KeyVersionInfo>> Pkcs11KeyStore::listVersions(const QString &name)
{
    std::lock_guard lock(m_mutex);
    if (Status s = checkToken(); !s)
        return s.error();
    auto record = readRecord(name, false);
    if (!record)
        return record.error();
    QList<KeyVersionInfo> versions;
    for (const Pkcs11KeyRecord::Version &v : record->versions)
        versions.append(info(*record, v.version));
    return versions;
}

Result<KeyVersionInfo> Pkcs11KeyStore::keyVersion(const QString &name, const QString &version)
{
    std::lock_guard lock(m_mutex);
    if (Status s = checkToken(); !s)
        return s.error();
    auto record = readRecord(name, false);
    if (!record)
        return record.error();
    if (!record->resolve(version))
        return Error::make(ErrorCode::NotFound,
                           QStringLiteral("key %1 on %2 has no version %3").arg(name, tokenText(), version));
    return info(*record, version);
}

Result<KeyVersionInfo> Pkcs11KeyStore::createKey(const CreateKeyRequest &request)
{
    std::lock_guard lock(m_mutex);
    if (Status s = checkToken(); !s)
        return s.error();
    if (Status s = request.validate(); !s)
        return s.error();
    auto caps = capabilities();
    if (!caps)
        return caps.error();
    if (Status s = caps->supports(request.kind, request.bits); !s)
        return s.error();
    auto existing = readRecord(request.name, true);
    if (existing)
        return Error::make(ErrorCode::Conflict,
                           existing->deleted
                               ? QStringLiteral("a deleted key named %1 is still on %2; recover or purge it first")
                                     .arg(request.name, tokenText())
                               : QStringLiteral("a key named %1 already exists on %2").arg(request.name, tokenText()));
    if (existing.error().code != ErrorCode::NotFound)
        return existing.error();

    Pkcs11KeyRecord record;
    record.name = request.name;
    record.kind = request.kind;
    record.bits = request.bits;
    auto version = generateVersion(record, request.notBefore, request.expires, request.operations);
    if (!version)
        return version.error();
    const QDateTime now = m_clock.now();
    record.versions.append({*version, now, now, request.notBefore, request.expires, true, request.operations});
    if (Status s = writeRecord(record); !s) {
        (void)destroyVersionObjects(record.name, *version); // a key without metadata would be invisible
        return s.error();
    }
    return info(record, *version);
}

Result<KeyVersionInfo> Pkcs11KeyStore::rotateKey(const QString &name)
{
    std::lock_guard lock(m_mutex);
    if (Status s = checkToken(); !s)
        return s.error();
    auto record = readRecord(name, false);
    if (!record)
        return record.error();
    auto caps = capabilities();
    if (!caps)
        return caps.error();
    if (Status s = caps->supports(record->kind, record->bits); !s)
        return s.error();
    const QDateTime now = m_clock.now();
    std::optional<QDateTime> expires;
    if (record->rotationPolicy && record->rotationPolicy->expiryTime)
        expires = record->rotationPolicy->expiryTime->addTo(now);
    const QStringList operations = record->versions.last().operations;
    auto version = generateVersion(*record, std::nullopt, expires, operations);
    if (!version)
        return version.error();
    record->versions.append({*version, now, now, std::nullopt, expires, true, operations});
    if (Status s = writeRecord(*record); !s) {
        (void)destroyVersionObjects(name, *version);
        return s.error();
    }
    return info(*record, *version);
}

Result<RotationPolicy> Pkcs11KeyStore::rotationPolicy(const QString &name)
{
    std::lock_guard lock(m_mutex);
    if (Status s = checkToken(); !s)
        return s.error();
    auto record = readRecord(name, false);
    if (!record)
        return record.error();
    return record->rotationPolicy.value_or(RotationPolicy{});
}

Status Pkcs11KeyStore::setRotationPolicy(const QString &name, const RotationPolicy &policy)
{
    std::lock_guard lock(m_mutex);
    if (Status s = checkToken(); !s)
        return s.error();
    if (Status s = policy.validate(); !s)
        return s;
    auto record = readRecord(name, false);
    if (!record)
        return record.error();
    record->rotationPolicy = policy;
    record->rotationPolicy->updated = m_clock.now();
    return writeRecord(*record);
}

Status Pkcs11KeyStore::setVersionEnabled(const QString &name, const QString &version, bool enabled)
{
    std::lock_guard lock(m_mutex);
    if (Status s = checkToken(); !s)
        return s.error();
    auto record = readRecord(name, false);
    if (!record)
        return record.error();
    Pkcs11KeyRecord::Version *v = record->findVersion(version);
    if (!v)
        return Error::make(ErrorCode::NotFound,
                           QStringLiteral("key %1 on %2 has no version %3").arg(name, tokenText(), version));
    if (v->enabled == enabled)
        return {};
    v->enabled = enabled;
    v->updated = m_clock.now();
    // Enabling opens the token object before the metadata says so; disabling closes the metadata first.
    // Either way a failure in the middle leaves the version disabled somewhere, never wrongly usable.
    if (enabled) {
        if (Status s = mirrorEnabled(name, version, true); !s)
            return s;
        return writeRecord(*record);
    }
    if (Status s = writeRecord(*record); !s)
        return s;
    return mirrorEnabled(name, version, false);
}

Result<DeletedKeyInfo> Pkcs11KeyStore::deleteKey(const QString &name)
{
    std::lock_guard lock(m_mutex);
    if (Status s = checkToken(); !s)
        return s.error();
    auto record = readRecord(name, false);
    if (!record)
        return record.error();
    const QDateTime now = m_clock.now();
    Pkcs11Uri recovery;
    recovery.token = m_tokenLabel;
    recovery.object = name;
    recovery.type = QStringLiteral("data");
    record->deleted = Pkcs11KeyRecord::Deletion{now, now.addDays(m_settings.retentionDays), recovery.toString()};
    if (Status s = writeRecord(*record); !s)
        return s.error();
    return deletedInfo(*record);
}

Result<QList<DeletedKeyInfo>> Pkcs11KeyStore::listDeletedKeys()
{
    std::lock_guard lock(m_mutex);
    if (Status s = checkToken(); !s)
        return s.error();
    auto records = readAllRecords();
    if (!records)
        return records.error();
    QList<DeletedKeyInfo> deleted;
    for (const Pkcs11KeyRecord &r : *records)
        if (r.deleted)
            deleted.append(deletedInfo(r));
    return deleted;
}

Result<KeyVersionInfo> Pkcs11KeyStore::recoverKey(const QString &name)
{
    std::lock_guard lock(m_mutex);
    if (Status s = checkToken(); !s)
        return s.error();
    auto record = readRecord(name, true);
    if (!record)
        return record.error();
    if (!record->deleted)
        return Error::make(
            ErrorCode::NotFound,
            QStringLiteral("there is no deleted key named %1 on %2 (it is not deleted)").arg(name, tokenText()));
    record->deleted.reset();
    if (Status s = writeRecord(*record); !s)
        return s.error();
    return info(*record, {});
}

Status Pkcs11KeyStore::purgeKey(const QString &name)
{
    std::lock_guard lock(m_mutex);
    if (Status s = checkToken(); !s)
        return s.error();
    auto record = readRecord(name, true);
    if (!record)
        return record.error();
    if (!record->deleted)
        return Error::make(ErrorCode::NotFound,
                           QStringLiteral("there is no deleted key named %1 on %2; delete it before purging it")
                               .arg(name, tokenText()));
    if (m_settings.purgeProtection && m_clock.now() < record->deleted->scheduledPurge)
        return Error::make(ErrorCode::Forbidden,
                           QStringLiteral("purge protection is on for %1: deleted key %2 stays recoverable until %3 "
                                          "and cannot be purged before then")
                               .arg(tokenText(), name, record->deleted->scheduledPurge.toString(Qt::ISODate)));
    // Key objects first, metadata last: if this stops half-way, the key is still listed as deleted and the
    // purge can be run again.
    for (const Pkcs11KeyRecord::Version &v : record->versions)
        if (Status s = destroyVersionObjects(name, v.version); !s)
            return s;
    const QString context = QStringLiteral("purging key %1 on %2").arg(name, tokenText());
    Pkcs11Template match;
    dataObjectMatch(match).addText(CKA_LABEL, name);
    auto objects = m_session->find(match, context);
    if (!objects)
        return objects.error();
    for (CK_OBJECT_HANDLE h : *objects)
        if (Status s = m_session->destroy(h, context); !s)
            return s;
    return {};
}

Result<Pkcs11KeyStore::KekObject> Pkcs11KeyStore::kekObject(const QString &name, const QString &version, bool wrap)
{
    if (Status s = checkToken(); !s)
        return s.error();
    auto record = readRecord(name, false);
    if (!record)
        return record.error();
    auto use = usableVersion(*record, version, wrap ? QStringLiteral("wrapKey") : QStringLiteral("unwrapKey"));
    if (!use)
        return use.error();
    const QString context = QStringLiteral("%1 a feature key with %2")
                                .arg(wrap ? QStringLiteral("wrapping") : QStringLiteral("unwrapping"), use->id);
    if (record->kind == KeyKind::Rsa) {
        auto caps = capabilities();
        if (!caps)
            return caps.error();
        if (Status s = caps->supports(KeyKind::Rsa, record->bits); !s)
            return s.error();
    }

    // Wrapping uses an RSA KEK's public half, unwrapping its private half; an AES KEK is one object.
    const CK_OBJECT_CLASS keyClass =
        record->kind == KeyKind::Aes ? CKO_SECRET_KEY : (wrap ? CKO_PUBLIC_KEY : CKO_PRIVATE_KEY);
    Pkcs11Template match;
    match.addULong(CKA_CLASS, keyClass)
        .addBool(CKA_TOKEN, true)
        .addText(CKA_LABEL, name)
        .addBytes(CKA_ID, QByteArray::fromHex(use->version.toLatin1()));
    auto found = m_session->find(match, context);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(ErrorCode::NotFound,
                           QStringLiteral("%1 no longer holds the key object of %2").arg(tokenText(), use->id));
    return KekObject{*record, *use, found->first(), context};
}

Result<WrappedKey> Pkcs11KeyStore::wrapKey(const QString &name, const QString &version, const crypto::SecureBytes &key)
{
    std::lock_guard lock(m_mutex);
    if (key.size() != kFeatureKeySize)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("a feature key is 32 bytes"));
    auto kek = kekObject(name, version, true);
    if (!kek)
        return kek.error();
    const Pkcs11KeyRecord *record = &kek->record;
    const KeyVersionInfo *use = &kek->version;
    const QString &context = kek->context;

    Pkcs11Template t;
    featureKeyTemplate(t).addSecret(CKA_VALUE, key);
    auto fk = m_session->create(t, context);
    if (!fk)
        return fk.error();
    Pkcs11Session::ScopedObject fkObject(*m_session, *fk);

    CK_RSA_PKCS_OAEP_PARAMS params = oaepSha256Params();
    CK_MECHANISM mech = record->kind == KeyKind::Aes ? CK_MECHANISM{CKM_AES_KEY_WRAP_PAD, nullptr, 0}
                                                     : CK_MECHANISM{CKM_RSA_PKCS_OAEP, &params, sizeof params};
    CK_RV rv = CKR_OK;
    auto wrapped = m_session->wrap(mech, kek->handle, fkObject.get(), context, &rv);
    if (!wrapped) {
        if (record->kind == KeyKind::Rsa && isMechanismRefusal(rv))
            return Error::make(
                ErrorCode::Unsupported,
                QStringLiteral("%1: %2 refuses RSA-OAEP-256 (OAEP-SHA-256: CKM_RSA_PKCS_OAEP with SHA-256 "
                               "and MGF1-SHA-256) with %3; Keyward never falls back to SHA-1, "
                               "PKCS#1 v1.5 or raw RSA")
                    .arg(context, tokenText(), pkcs11ReturnName(rv)));
        return wrapped.error();
    }
    return WrappedKey{use->id, wrapAlgorithmFor(record->kind), *wrapped};
}

Result<crypto::SecureBytes> Pkcs11KeyStore::unwrapKey(const QString &name, const QString &version,
                                                      const QByteArray &wrapped)
{
    std::lock_guard lock(m_mutex);
    auto kek = kekObject(name, version, false);
    if (!kek)
        return kek.error();
    const Pkcs11KeyRecord *record = &kek->record;
    const QString &context = kek->context;

    CK_RSA_PKCS_OAEP_PARAMS params = oaepSha256Params();
    CK_MECHANISM mech = record->kind == KeyKind::Aes ? CK_MECHANISM{CKM_AES_KEY_WRAP_PAD, nullptr, 0}
                                                     : CK_MECHANISM{CKM_RSA_PKCS_OAEP, &params, sizeof params};
    Pkcs11Template t;
    featureKeyTemplate(t);
    CK_RV rv = CKR_OK;
    auto unwrapped = m_session->unwrap(mech, kek->handle, wrapped, t, context, &rv);
    if (!unwrapped) {
        if (record->kind == KeyKind::Rsa && isMechanismRefusal(rv) && rv != CKR_ARGUMENTS_BAD)
            return Error::make(ErrorCode::Unsupported,
                               QStringLiteral("%1: %2 refuses RSA-OAEP-256 (OAEP-SHA-256) with %3")
                                   .arg(context, tokenText(), pkcs11ReturnName(rv)));
        // Tokens report a failed integrity check in different ways (SoftHSM2 says CKR_GENERAL_ERROR); with a
        // usable key and a mechanism the token takes, it means the input does not belong to this version.
        if (unwrapped.error().code == ErrorCode::Crypto)
            return Error::make(ErrorCode::Key,
                               QStringLiteral("%1: the wrapped key does not unwrap under this version; it is damaged "
                                              "or was wrapped under another key (%2)")
                                   .arg(context, pkcs11ReturnName(rv)));
        return unwrapped.error();
    }
    Pkcs11Session::ScopedObject fkObject(*m_session, *unwrapped);
    auto value = m_session->secretValue(fkObject.get(), context);
    if (!value)
        return value.error();
    if (value->size() != kFeatureKeySize)
        return Error::make(ErrorCode::Key,
                           QStringLiteral("%1: the wrapped key is %2 bytes long, not a 32-byte feature key")
                               .arg(context)
                               .arg(value->size()));
    return std::move(*value);
}

} // namespace keyward::keystore

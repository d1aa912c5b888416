// Pkcs11MetadataStore: the CKO_DATA objects behind key records and the store's settings, found by
// CKA_APPLICATION "keyward" and their label, and replaced revision by revision.
#include "keystore/Pkcs11MetadataStore.h"

#include "keystore/Pkcs11Config.h"
#include "keystore/Pkcs11Session.h"

namespace keyward::keystore {

namespace {

const QString kApplication = QStringLiteral("keyward");
// Key names are letters, digits and dashes, so this label can never be a key's.
const QString kStoreLabel = QStringLiteral("keyward:store");

Pkcs11Template &dataObjectMatch(Pkcs11Template &t)
{
    return t.addULong(CKA_CLASS, CKO_DATA).addBool(CKA_TOKEN, true).addText(CKA_APPLICATION, kApplication);
}

Error inContext(const Error &error, const QString &context)
{
    return Error::make(error.code, QStringLiteral("%1: %2").arg(context, error.detail));
}

} // namespace

Pkcs11MetadataStore::Pkcs11MetadataStore(Pkcs11Session &session, QString tokenText)
    : m_session(session), m_tokenText(std::move(tokenText))
{
}

template <typename Record, typename Parse>
Result<std::optional<Record>> Pkcs11MetadataStore::readNewest(const QString &label, const QString &context, Parse parse)
{
    auto objects = readObjects(label, context);
    if (!objects)
        return objects.error();
    // Every object carries the same label, so there is one key at most.
    auto newest = newestRevisions<Record>(*objects, parse, [](const Record &) { return QString(); });
    if (!newest)
        return newest.error();
    if (newest->empty())
        return std::optional<Record>();
    return std::optional<Record>(std::move(newest->begin()->second));
}

// ---------------------------------------------------------------------------------------------------------
// Key records

Result<Pkcs11KeyRecord> Pkcs11MetadataStore::readKey(const QString &name, bool allowDeleted)
{
    const QString context = QStringLiteral("reading key %1 on %2").arg(name, m_tokenText);
    if (!isValidKeyName(name))
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("key name '%1' must be 1-127 letters, digits or dashes").arg(name));
    auto parse = [&](const StoredObject &object) -> Result<Pkcs11KeyRecord> {
        auto record = Pkcs11KeyRecord::fromJson(object.value);
        if (!record)
            return inContext(record.error(), context);
        if (record->name != name)
            return Error::make(ErrorCode::Format,
                               QStringLiteral("%1: the metadata object names another key").arg(context));
        return record;
    };
    auto newest = readNewest<Pkcs11KeyRecord>(name, context, parse);
    if (!newest)
        return newest.error();
    if (!*newest)
        return Error::make(ErrorCode::NotFound,
                           QStringLiteral("there is no key named %1 on %2").arg(name, m_tokenText));
    const Pkcs11KeyRecord &record = **newest;
    if (record.deleted && !allowDeleted)
        return Error::make(ErrorCode::KeyDeleted,
                           QStringLiteral("key %1 on %2 is deleted; it can be recovered until %3")
                               .arg(name, m_tokenText, record.deleted->scheduledPurge.toString(Qt::ISODate)));
    return record;
}

Result<QList<Pkcs11KeyRecord>> Pkcs11MetadataStore::readAllKeys()
{
    const QString context = QStringLiteral("listing the keys on %1").arg(m_tokenText);
    auto objects = readObjects(std::nullopt, context);
    if (!objects)
        return objects.error();
    auto parse = [&](const StoredObject &object) -> Result<Pkcs11KeyRecord> {
        auto record = Pkcs11KeyRecord::fromJson(object.value);
        if (!record)
            return inContext(record.error(), QStringLiteral("%1: object '%2'").arg(context, object.label));
        return record;
    };
    auto newest = newestRevisions<Pkcs11KeyRecord>(*objects, parse, [](const Pkcs11KeyRecord &r) { return r.name; });
    if (!newest)
        return newest.error();
    QList<Pkcs11KeyRecord> records;
    for (auto &[name, record] : *newest)
        records.append(std::move(record));
    return records;
}

Status Pkcs11MetadataStore::writeKey(Pkcs11KeyRecord &record)
{
    // Another console may have changed the key since it was read: refuse rather than lose its change.
    if (record.revision > 0) {
        auto current = readKey(record.name, true);
        if (!current && current.error().code != ErrorCode::NotFound)
            return current.error();
        if (current && current->revision != record.revision)
            return Error::make(ErrorCode::Conflict,
                               QStringLiteral("key %1 changed on %2 while this was being done; try again")
                                   .arg(record.name, m_tokenText));
    }
    ++record.revision;
    return writeObject(record.name, record.toJson());
}

Status Pkcs11MetadataStore::removeKey(const QString &name)
{
    const QString context = QStringLiteral("purging key %1 on %2").arg(name, m_tokenText);
    Pkcs11Template match;
    dataObjectMatch(match).addText(CKA_LABEL, name);
    auto objects = m_session.find(match, context);
    if (!objects)
        return objects.error();
    for (CK_OBJECT_HANDLE h : *objects)
        if (Status s = m_session.destroy(h, context); !s)
            return s;
    return {};
}

// ---------------------------------------------------------------------------------------------------------
// Settings

Result<Pkcs11StoreSettings> Pkcs11MetadataStore::loadSettings(const Pkcs11Config &config)
{
    const QString context = QStringLiteral("reading Keyward's settings on %1").arg(m_tokenText);
    auto parse = [&](const StoredObject &object) -> Result<Pkcs11StoreSettings> {
        auto settings = Pkcs11StoreSettings::fromJson(object.value);
        if (!settings)
            return inContext(settings.error(), context);
        return settings;
    };
    auto newest = readNewest<Pkcs11StoreSettings>(kStoreLabel, context, parse);
    if (!newest)
        return newest.error();
    if (*newest && ((*newest)->purgeProtection || !config.purgeProtection))
        return **newest;
    // First use of this token, or purge protection being switched on (it is never switched off).
    Pkcs11StoreSettings settings;
    if (*newest) {
        settings = **newest;
        settings.purgeProtection = true;
        settings.revision = (*newest)->revision + 1;
    } else {
        settings.purgeProtection = config.purgeProtection;
        settings.retentionDays = config.retentionDays;
        settings.revision = 1;
    }
    if (Status s = writeObject(kStoreLabel, settings.toJson()); !s)
        return s.error();
    return settings;
}

// ---------------------------------------------------------------------------------------------------------
// Objects and revisions

Result<QList<Pkcs11MetadataStore::StoredObject>> Pkcs11MetadataStore::readObjects(const std::optional<QString> &label,
                                                                                  const QString &context)
{
    Pkcs11Template match;
    dataObjectMatch(match);
    if (label)
        match.addText(CKA_LABEL, *label);
    auto handles = m_session.find(match, context);
    if (!handles)
        return handles.error();
    QList<StoredObject> objects;
    for (CK_OBJECT_HANDLE h : *handles) {
        StoredObject object;
        if (label) {
            object.label = *label;
        } else {
            auto objectLabel = m_session.attribute(h, CKA_LABEL, context);
            if (!objectLabel)
                return objectLabel.error();
            object.label = QString::fromUtf8(*objectLabel);
            if (object.label == kStoreLabel)
                continue;
        }
        auto value = m_session.attribute(h, CKA_VALUE, context);
        if (!value)
            return value.error();
        object.value = std::move(*value);
        objects.append(std::move(object));
    }
    return objects;
}

Status Pkcs11MetadataStore::writeObject(const QString &label, const QByteArray &value)
{
    const QString context = QStringLiteral("saving Keyward's metadata for '%1' on %2").arg(label, m_tokenText);
    Pkcs11Template match;
    dataObjectMatch(match).addText(CKA_LABEL, label);
    auto old = m_session.find(match, context);
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
    auto created = m_session.create(t, context);
    if (!created)
        return created.error();
    for (CK_OBJECT_HANDLE h : *old)
        if (Status s = m_session.destroy(h, context); !s)
            return s;
    return {};
}

} // namespace keyward::keystore

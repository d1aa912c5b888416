// Pkcs11MetadataStore: Keyward's metadata on a token, kept as CKO_DATA objects: one per key name (a
// Pkcs11KeyRecord) and one for the store's settings (Pkcs11StoreSettings). Reading the newest revision,
// writing a new one and pruning the old ones happen here and nowhere else.
#pragma once

#include "keystore/Pkcs11KeyRecord.h"
#include "keystore/Pkcs11StoreSettings.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <map>
#include <optional>
#include <utility>

namespace keyward::keystore {

class Pkcs11Session;
struct Pkcs11Config;

class Pkcs11MetadataStore
{
public:
    // One metadata object as read from the token.
    struct StoredObject
    {
        QString label; // CKA_LABEL: the key name, or the settings' label
        QByteArray value;
    };

    // Of the records `parse` makes of `objects`, the one with the highest `revision` for each `keyOf(record)`.
    // A write adds the new revision before it removes the old one, so a crash in between leaves two objects:
    // the higher revision is the truth, and on a tie the one read first stays. The first parse error is the
    // answer. `parse` takes a StoredObject and returns a Result<Record>; `keyOf` takes a Record.
    template <typename Record, typename Parse, typename KeyOf>
    static Result<std::map<QString, Record>> newestRevisions(const QList<StoredObject> &objects, Parse parse,
                                                             KeyOf keyOf);

    // `tokenText` ("token 'ci-token'") is only for messages. The session must outlive this object.
    Pkcs11MetadataStore(Pkcs11Session &session, QString tokenText);

    // A missing key is NotFound; `allowDeleted` lets the soft-delete calls see deleted keys.
    Result<Pkcs11KeyRecord> readKey(const QString &name, bool allowDeleted);
    // The newest revision of every key on the token, deleted ones included, ordered by name.
    Result<QList<Pkcs11KeyRecord>> readAllKeys();
    // Saves `record` as its next revision. Conflict when another console changed the key since it was read.
    Status writeKey(Pkcs11KeyRecord &record);
    // Destroys every revision of a key's metadata (the last step of a purge).
    Status removeKey(const QString &name);

    // The token's soft-delete settings. The first open of a token writes them from `config`; a later open
    // writes a new revision only to switch purge protection on (it is never switched off).
    Result<Pkcs11StoreSettings> loadSettings(const Pkcs11Config &config);

private:
    template <typename Record, typename Parse>
    Result<std::optional<Record>> readNewest(const QString &label, const QString &context, Parse parse);
    // The objects under `label`, or with no label every key's metadata object (all but the settings).
    Result<QList<StoredObject>> readObjects(const std::optional<QString> &label, const QString &context);
    // Creates the new revision first and then destroys the objects it replaces.
    Status writeObject(const QString &label, const QByteArray &value);

    Pkcs11Session &m_session;
    QString m_tokenText;
};

template <typename Record, typename Parse, typename KeyOf>
Result<std::map<QString, Record>> Pkcs11MetadataStore::newestRevisions(const QList<StoredObject> &objects, Parse parse,
                                                                       KeyOf keyOf)
{
    std::map<QString, Record> newest;
    for (const StoredObject &object : objects) {
        Result<Record> record = parse(object);
        if (!record)
            return record.error();
        QString key = keyOf(*record);
        auto it = newest.find(key);
        if (it == newest.end() || record->revision > it->second.revision)
            newest.insert_or_assign(std::move(key), std::move(*record));
    }
    return newest;
}

} // namespace keyward::keystore

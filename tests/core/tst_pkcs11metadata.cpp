// TestPkcs11Metadata: choosing the newest revision of key records and store settings read from a token, without a
// token: what readers do after a crash left an old revision beside the new one.
#include "keystore/Pkcs11MetadataStore.h"

#include <QTest>

using namespace keyward;
using namespace keyward::keystore;

namespace {

using StoredObject = Pkcs11MetadataStore::StoredObject;

StoredObject keyObject(const QString &name, qint64 revision, const QString &version)
{
    Pkcs11KeyRecord record;
    record.name = name;
    record.revision = revision;
    const QDateTime created(QDate(2031, 3, 1), QTime(12, 0), Qt::UTC);
    record.versions.append({version, created, created, std::nullopt, std::nullopt, true, {QStringLiteral("wrapKey")}});
    return {name, record.toJson()};
}

StoredObject settingsObject(qint64 revision, int retentionDays)
{
    Pkcs11StoreSettings settings;
    settings.revision = revision;
    settings.retentionDays = retentionDays;
    return {QStringLiteral("keyward:store"), settings.toJson()};
}

Result<Pkcs11KeyRecord> parseKey(const StoredObject &object)
{
    return Pkcs11KeyRecord::fromJson(object.value);
}

Result<Pkcs11StoreSettings> parseSettings(const StoredObject &object)
{
    return Pkcs11StoreSettings::fromJson(object.value);
}

QString byName(const Pkcs11KeyRecord &record)
{
    return record.name;
}

QString single(const Pkcs11StoreSettings &)
{
    return QString();
}

const QString kVersionA = QStringLiteral("3ba18cad49a58df5b7c18d74d7596eb1");
const QString kVersionB = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString kVersionC = QStringLiteral("fedcba9876543210fedcba9876543210");

} // namespace

class TestPkcs11Metadata : public QObject
{
    Q_OBJECT

private slots:
    void noObjects()
    {
        auto newest = Pkcs11MetadataStore::newestRevisions<Pkcs11StoreSettings>({}, parseSettings, single);
        QVERIFY(newest);
        QVERIFY(newest->empty());
    }

    void highestRevisionWins_data()
    {
        QTest::addColumn<QList<qint64>>("revisions");
        QTest::newRow("in order") << QList<qint64>{1, 2, 3};
        QTest::newRow("newest first") << QList<qint64>{3, 2, 1};
        QTest::newRow("newest in the middle") << QList<qint64>{1, 3, 2};
        QTest::newRow("one") << QList<qint64>{3};
    }

    void highestRevisionWins()
    {
        QFETCH(QList<qint64>, revisions);
        QList<StoredObject> objects;
        for (qint64 revision : revisions)
            objects.append(settingsObject(revision, int(10 + revision))); // the days tell the revisions apart
        auto newest = Pkcs11MetadataStore::newestRevisions<Pkcs11StoreSettings>(objects, parseSettings, single);
        QVERIFY(newest);
        QCOMPARE(newest->size(), std::size_t(1));
        QCOMPARE(newest->begin()->second.revision, qint64(3));
        QCOMPARE(newest->begin()->second.retentionDays, 13);
    }

    void tieKeepsTheFirstRead()
    {
        const QList<StoredObject> objects{settingsObject(2, 30), settingsObject(2, 60), settingsObject(1, 90)};
        auto newest = Pkcs11MetadataStore::newestRevisions<Pkcs11StoreSettings>(objects, parseSettings, single);
        QVERIFY(newest);
        QCOMPARE(newest->begin()->second.retentionDays, 30);
    }

    void newestPerKey()
    {
        const QList<StoredObject> objects{
            keyObject(QStringLiteral("kek-b"), 5, kVersionA), keyObject(QStringLiteral("kek-a"), 1, kVersionA),
            keyObject(QStringLiteral("kek-a"), 4, kVersionB), keyObject(QStringLiteral("kek-a"), 2, kVersionC)};
        auto newest = Pkcs11MetadataStore::newestRevisions<Pkcs11KeyRecord>(objects, parseKey, byName);
        QVERIFY(newest);
        QCOMPARE(newest->size(), std::size_t(2));
        auto it = newest->begin(); // ordered by name
        QCOMPARE(it->first, QStringLiteral("kek-a"));
        QCOMPARE(it->second.revision, qint64(4));
        QCOMPARE(it->second.versions.first().version, kVersionB);
        ++it;
        QCOMPARE(it->first, QStringLiteral("kek-b"));
        QCOMPARE(it->second.revision, qint64(5));
    }

    void firstParseErrorIsTheAnswer()
    {
        const QList<StoredObject> objects{keyObject(QStringLiteral("kek-a"), 1, kVersionA),
                                          {QStringLiteral("kek-a"), QByteArrayLiteral("{not json")},
                                          keyObject(QStringLiteral("kek-a"), 2, kVersionB)};
        int parsed = 0;
        auto counting = [&](const StoredObject &object) {
            ++parsed;
            return parseKey(object);
        };
        auto newest = Pkcs11MetadataStore::newestRevisions<Pkcs11KeyRecord>(objects, counting, byName);
        QVERIFY(!newest);
        QCOMPARE(newest.error().code, ErrorCode::Format);
        QCOMPARE(parsed, 2); // nothing after the damaged object is looked at
    }
};

QTEST_GUILESS_MAIN(TestPkcs11Metadata)
#include "tst_pkcs11metadata.moc"

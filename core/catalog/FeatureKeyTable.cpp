// FeatureKeyTable: feature-key records; the schema keeps at most one active generation per workspace and feature.
#include "catalog/FeatureKeyTable.h"

#include "catalog/CatalogQuery.h"

namespace keyward::catalog {

namespace {

const QString FeatureKeyColumns =
    QStringLiteral("fk_id, workspace_id, feature, generation, store, key_name, key_version, "
                   "kek_id, wrap_alg, wrapped_fk, state, created, updated");

// The key's id is public (it is in every object header); it names the record in errors.
QString hexId(const QByteArray &fkId)
{
    return QString::fromLatin1(fkId.toHex());
}

Result<FeatureKeyRecord> readFeatureKey(const CatalogQuery &q)
{
    FeatureKeyRecord r;
    r.fkId = q.bytes(0);
    r.workspaceId = q.integer(1);
    auto feature = model::parseFeature(q.text(2));
    auto state = parseFeatureKeyState(q.text(10));
    if (!feature || !state)
        return Error::make(ErrorCode::Format, QStringLiteral("a feature-key record in the catalog is damaged"));
    r.feature = *feature;
    r.generation = static_cast<int>(q.integer(3));
    r.store = q.text(4);
    r.keyName = q.text(5);
    r.keyVersion = q.text(6);
    r.kekId = q.text(7);
    r.wrapAlg = q.text(8);
    r.wrappedFk = q.bytes(9);
    r.state = *state;
    r.created = q.time(11);
    r.updated = q.time(12);
    return r;
}

} // namespace

Status FeatureKeyTable::insert(const FeatureKeyRecord &r)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CatalogQuery q(m_connection,
                   QStringLiteral("INSERT INTO feature_keys (%1) VALUES (:id, :ws, :feature, :generation, :store, "
                                  ":key, :version, :kek, :alg, :wrapped, :state, :created, :updated)")
                       .arg(FeatureKeyColumns),
                   QStringLiteral("recording feature key %1").arg(hexId(r.fkId)));
    q.bind(QStringLiteral(":id"), r.fkId)
        .bind(QStringLiteral(":ws"), r.workspaceId)
        .bind(QStringLiteral(":feature"), model::featureId(r.feature))
        .bind(QStringLiteral(":generation"), r.generation)
        .bind(QStringLiteral(":store"), r.store)
        .bind(QStringLiteral(":key"), r.keyName)
        .bind(QStringLiteral(":version"), r.keyVersion)
        .bind(QStringLiteral(":kek"), r.kekId)
        .bind(QStringLiteral(":alg"), r.wrapAlg)
        .bind(QStringLiteral(":wrapped"), r.wrappedFk)
        .bind(QStringLiteral(":state"), featureKeyStateName(r.state))
        .bind(QStringLiteral(":created"), r.created.isValid() ? r.created : now)
        .bind(QStringLiteral(":updated"), r.updated.isValid() ? r.updated : now);
    return q.exec();
}

Status FeatureKeyTable::update(const FeatureKeyRecord &r)
{
    CatalogQuery q(m_connection,
                   QStringLiteral("UPDATE feature_keys SET store = :store, key_name = :key, key_version = :version, "
                                  "kek_id = :kek, wrap_alg = :alg, wrapped_fk = :wrapped, state = :state, "
                                  "updated = :updated WHERE fk_id = :id"),
                   QStringLiteral("updating feature key %1").arg(hexId(r.fkId)));
    q.bind(QStringLiteral(":store"), r.store)
        .bind(QStringLiteral(":key"), r.keyName)
        .bind(QStringLiteral(":version"), r.keyVersion)
        .bind(QStringLiteral(":kek"), r.kekId)
        .bind(QStringLiteral(":alg"), r.wrapAlg)
        .bind(QStringLiteral(":wrapped"), r.wrappedFk)
        .bind(QStringLiteral(":state"), featureKeyStateName(r.state))
        .bind(QStringLiteral(":updated"), QDateTime::currentDateTimeUtc())
        .bind(QStringLiteral(":id"), r.fkId);
    if (auto st = q.exec(); !st)
        return st;
    if (q.rowsAffected() != 1)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no feature key %1 in the catalog").arg(hexId(r.fkId)));
    return {};
}

Result<FeatureKeyRecord> FeatureKeyTable::byId(const QByteArray &fkId)
{
    CatalogQuery q(m_connection, QStringLiteral("SELECT %1 FROM feature_keys WHERE fk_id = :id").arg(FeatureKeyColumns),
                   QStringLiteral("reading a feature key"));
    q.bind(QStringLiteral(":id"), fkId);
    return q.one<FeatureKeyRecord>(
        readFeatureKey,
        Error::make(ErrorCode::Key, QStringLiteral("no feature key with id %1 is in the catalog").arg(hexId(fkId))));
}

Result<QList<FeatureKeyRecord>> FeatureKeyTable::ofWorkspace(qint64 workspaceId, std::optional<model::Feature> feature,
                                                             std::optional<FeatureKeyState> state)
{
    QString sql = QStringLiteral("SELECT %1 FROM feature_keys WHERE workspace_id = :ws").arg(FeatureKeyColumns);
    if (feature)
        sql += QStringLiteral(" AND feature = :feature");
    if (state)
        sql += QStringLiteral(" AND state = :state");
    sql += QStringLiteral(" ORDER BY generation DESC");
    CatalogQuery q(m_connection, sql, QStringLiteral("listing feature keys"));
    q.bind(QStringLiteral(":ws"), workspaceId);
    if (feature)
        q.bind(QStringLiteral(":feature"), model::featureId(*feature));
    if (state)
        q.bind(QStringLiteral(":state"), featureKeyStateName(*state));
    return q.rows<FeatureKeyRecord>(readFeatureKey);
}

Result<QList<FeatureKeyRecord>> FeatureKeyTable::wrappedBy(const QString &store, const QString &keyName,
                                                           const QString &version)
{
    CatalogQuery q(m_connection,
                   QStringLiteral("SELECT %1 FROM feature_keys WHERE store = :store AND key_name = :key "
                                  "AND (:version = '' OR key_version = :version) "
                                  "ORDER BY workspace_id, generation DESC")
                       .arg(FeatureKeyColumns),
                   QStringLiteral("listing the feature keys under %1/%2").arg(store, keyName));
    q.bind(QStringLiteral(":store"), store)
        .bind(QStringLiteral(":key"), keyName)
        .bind(QStringLiteral(":version"), version);
    return q.rows<FeatureKeyRecord>(readFeatureKey);
}

} // namespace keyward::catalog

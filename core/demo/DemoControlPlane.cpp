// DemoControlPlane: makers for what the control plane keeps: notebooks, Git credentials, secrets, SQL queries,
// dashboards and Vector Search indexes.
#include "demo/DemoControlPlane.h"

#include "demo/DemoConstants.h"
#include "demo/DemoNotebooks.h"
#include "demo/DemoText.h"
#include "demo/DemoVocabulary.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <iterator>

namespace keyward::demo {

namespace {

quint32 crc32(QByteArrayView bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (char c : bytes) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray githubToken(DemoRandom &rng)
{
    // ghp_ + 30 random base62 characters + the CRC32 of those, in 6 base62 digits, as GitHub issues them.
    const QByteArray body = rng.fromAlphabet(QByteArrayView(vocabulary::Base62), 30);
    quint32 crc = crc32(body);
    QByteArray check(6, '0');
    for (int i = 5; i >= 0; --i, crc /= 62)
        check[i] = vocabulary::Base62[crc % 62];
    return "ghp_" + body + check;
}

QByteArray sqlText(DemoRandom &rng)
{
    static const char *const Queries[] = {
        "SELECT region, sum(amount) AS revenue FROM {tbl} WHERE order_date >= date'{date}' GROUP BY region",
        "SELECT {col}, count(*) AS n FROM {tbl} GROUP BY {col} ORDER BY n DESC LIMIT 50",
        "SELECT * FROM {tbl} WHERE {col} = :{col} ORDER BY 1 LIMIT 1000",
        ("WITH latest AS (SELECT *, row_number() OVER (PARTITION BY {col} ORDER BY updated_at DESC) AS rn FROM {tbl}) "
         "SELECT * FROM latest WHERE rn = 1"),
        "SELECT date_trunc('week', order_date) AS week, avg(amount) FROM {tbl} GROUP BY 1 ORDER BY 1",
    };
    return fillTemplate(Queries[rng.below(std::size(Queries))], rng);
}

} // namespace

Status makeNotebook(DemoUnit &u)
{
    // The first three show each format once; later ones are mostly Python, as in most workspaces.
    const int format = u.index < 3 ? int(u.index) : (u.rng.chance(0.6) ? 0 : u.rng.chance(0.5) ? 1 : 2);
    static const char *const Extensions[] = {".py", ".sql", ".ipynb"};
    static const char *const Languages[] = {"PYTHON", "SQL", "PYTHON"};
    const Person owner = person(u.rng);
    const QByteArray topic = u.rng.pick(vocabulary::Topics);
    const QByteArray name = topic + '_' + num(u.index);
    const QByteArray folder = u.rng.chance(0.75) ? "Users/" + owner.email() + '/' + u.rng.pick(vocabulary::Teams)
                                                 : "Shared/" + u.rng.pick(vocabulary::Teams);
    const QByteArray title = QByteArray(topic).replace('_', ' ');
    const QByteArray source =
        format == 2 ? ipynbNotebook(u.rng, u.budget, title) : sourceNotebook(u.rng, u.budget, title, format == 1);
    const QByteArray file = folder + '/' + name + Extensions[format];
    if (Status s = u.put(u.at(file), source); !s)
        return s;

    const qint64 created = u.time();
    const QJsonObject meta{
        {QStringLiteral("object_type"), QStringLiteral("NOTEBOOK")},
        {QStringLiteral("object_id"), double(1000000000000000LL + u.rng.below(900000000000000LL))},
        {QStringLiteral("path"), latin('/' + folder + '/' + name)},
        {QStringLiteral("language"), QLatin1String(Languages[format])},
        {QStringLiteral("format"), format == 2 ? QStringLiteral("JUPYTER") : QStringLiteral("SOURCE")},
        {QStringLiteral("created_at"), double(created)},
        {QStringLiteral("modified_at"), double(created + u.rng.below(20 * DayMs))},
        {QStringLiteral("created_by"), latin(owner.email())},
        {QStringLiteral("size"), double(source.size())},
        {QStringLiteral("content_sha256"), latin(QCryptographicHash::hash(source, QCryptographicHash::Sha256).toHex())},
        {QStringLiteral("resource_id"), latin(num(u.rng.range(100000000000000LL, 999999999999999LL)))}};
    return u.put(u.at(file + ".metadata.json"), indentedJson(meta));
}

Status makeGitCredential(DemoUnit &u)
{
    const Person owner = person(u.rng);
    const qint64 credentialId = 100000 + u.index * 13 + u.rng.below(13);
    const int provider = int(u.rng.below(4));
    static const char *const Providers[] = {"gitHub", "azureDevOpsServices", "gitLab", "bitbucketCloud"};
    static const char *const Hosts[] = {"https://github.com", "https://dev.azure.com", "https://gitlab.com",
                                        "https://bitbucket.org"};
    QByteArray token;
    switch (provider) {
    case 0:
        token = githubToken(u.rng);
        break;
    case 1:
        token = u.rng.fromAlphabet("abcdefghijklmnopqrstuvwxyz234567", 52);
        break;
    case 2:
        token = "glpat-" + u.rng.fromAlphabet(QByteArrayView(vocabulary::Base62), 20);
        break;
    default:
        token = "ATBB" + u.rng.fromAlphabet(QByteArrayView(vocabulary::Base62), 28) + u.rng.hex(8).toUpper();
        break;
    }
    const QByteArray base = owner.email() + '/' + num(credentialId);
    if (u.rng.chance(0.3)) { // as git's credential config keeps it
        const QByteArray ini = "[credential \"" + QByteArray(Hosts[provider]) +
                               "\"]\n\tprovider = " + Providers[provider] + "\n\tusername = " + owner.username() +
                               "\n\ttoken = " + token + "\n\tcreated = " + isoTime(u.time()) + '\n';
        return u.put(u.at(base + ".ini"), ini);
    }
    const QJsonObject json{{QStringLiteral("credential_id"), double(credentialId)},
                           {QStringLiteral("git_provider"), QLatin1String(Providers[provider])},
                           {QStringLiteral("git_username"), latin(owner.username())},
                           {QStringLiteral("personal_access_token"), latin(token)},
                           {QStringLiteral("created_at"), double(u.time())}};
    return u.put(u.at(base + ".json"), indentedJson(json));
}

Status makeSecret(DemoUnit &u)
{
    const QByteArray scope = u.rng.pick(vocabulary::Teams) + (u.rng.chance(0.5) ? "-prod" : "-dev");
    const QByteArray key = u.rng.pick(vocabulary::SecretKeys) + '-' + num(u.index);
    QByteArray secret;
    if (key.startsWith("storage-account-key"))
        secret = u.rng.bytes(64).toBase64(); // an 88-character account key
    else if (key.startsWith("sp-client-secret"))
        secret = u.rng.fromAlphabet(QByteArrayView(vocabulary::Base62), 3) + "8Q~" +
                 u.rng.fromAlphabet(QByteArrayView(vocabulary::Base62), 34);
    else if (key.startsWith("sas-token"))
        secret = "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2025-01-31T00:00:00Z&sig=" + u.rng.hex(32).toBase64();
    else
        secret = u.rng.fromAlphabet(QByteArrayView(vocabulary::Base62), 24);
    const QJsonObject json{{QStringLiteral("scope"), latin(scope)},
                           {QStringLiteral("key"), latin(key)},
                           {QStringLiteral("value"), latin(secret)},
                           {QStringLiteral("backend_type"), QStringLiteral("DATABRICKS")},
                           {QStringLiteral("last_updated_timestamp"), double(u.time())}};
    return u.put(u.at(scope + '/' + key + ".json"), indentedJson(json));
}

Status makeSqlQueryOrHistory(DemoUnit &u)
{
    const QByteArray warehouse = u.rng.hex(16);
    const bool history = u.index < 2 ? u.index == 1 : u.rng.chance(0.6);
    if (!history) {
        const Person owner = person(u.rng);
        const qint64 created = u.time();
        const QByteArray id = u.rng.uuid();
        const QJsonObject query{
            {QStringLiteral("id"), latin(id)},
            {QStringLiteral("display_name"), latin(QByteArray(u.rng.pick(vocabulary::Topics)).replace('_', ' '))},
            {QStringLiteral("query_text"), latin(sqlText(u.rng))},
            {QStringLiteral("warehouse_id"), latin(warehouse)},
            {QStringLiteral("owner_user_name"), latin(owner.email())},
            {QStringLiteral("parent_path"), latin("/Users/" + owner.email())},
            {QStringLiteral("run_as_mode"), QStringLiteral("OWNER")},
            {QStringLiteral("create_time"), latin(isoTime(created))},
            {QStringLiteral("update_time"), latin(isoTime(created + u.rng.below(9 * DayMs)))},
            {QStringLiteral("tags"), QJsonArray{latin(u.rng.pick(vocabulary::Teams))}}};
        return u.put(u.in("control-plane/sql/queries", id + ".json"), indentedJson(query));
    }
    const qint64 start = u.time();
    const QString path =
        u.in("control-plane/sql/history", warehouse + '/' + day(start) + '-' + num(u.index) + ".jsonl");
    return u.stream(path, [&](DemoSink &sink) {
        qint64 t = start;
        static const char *const States[] = {"FINISHED", "FINISHED", "FINISHED", "FAILED", "CANCELED"};
        while (sink.size() < std::max<qint64>(u.budget, 600)) {
            const qint64 duration = u.rng.range(40, 90000);
            const qint64 rows = u.rng.below(2000000);
            const Person who = person(u.rng);
            const QJsonObject line{{QStringLiteral("query_id"), latin(u.rng.uuid())},
                                   {QStringLiteral("status"), QLatin1String(States[u.rng.below(5)])},
                                   {QStringLiteral("query_text"), latin(sqlText(u.rng))},
                                   {QStringLiteral("statement_type"), QStringLiteral("SELECT")},
                                   {QStringLiteral("user_name"), latin(who.email())},
                                   {QStringLiteral("warehouse_id"), latin(warehouse)},
                                   {QStringLiteral("query_start_time_ms"), double(t)},
                                   {QStringLiteral("query_end_time_ms"), double(t + duration)},
                                   {QStringLiteral("duration"), double(duration)},
                                   {QStringLiteral("rows_produced"), double(rows)},
                                   {QStringLiteral("metrics"),
                                    QJsonObject{{QStringLiteral("read_bytes"), double(rows * u.rng.range(40, 400))},
                                                {QStringLiteral("total_time_ms"), double(duration)},
                                                {QStringLiteral("result_from_cache"), u.rng.chance(0.2)}}}};
            sink.write(compactJson(line) + '\n');
            t += u.rng.range(1000, 600000);
        }
    });
}

Status makeDashboard(DemoUnit &u)
{
    const Person owner = person(u.rng);
    const QByteArray topic = u.rng.pick(vocabulary::Topics);
    QJsonArray datasets;
    QJsonArray widgets;
    const int count = int(u.rng.range(2, 4));
    for (int i = 0; i < count; ++i) {
        const QByteArray name = u.rng.hex(8);
        datasets.append(QJsonObject{{QStringLiteral("name"), latin(name)},
                                    {QStringLiteral("displayName"), latin(u.rng.pick(vocabulary::Topics))},
                                    {QStringLiteral("query"), latin(sqlText(u.rng))}});
        static const char *const Kinds[] = {"bar", "line", "table", "counter", "pie"};
        widgets.append(QJsonObject{
            {QStringLiteral("widget"),
             QJsonObject{{QStringLiteral("name"), latin(u.rng.hex(8))},
                         {QStringLiteral("queries"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("name"), QStringLiteral("main_query")},
                              {QStringLiteral("query"), QJsonObject{{QStringLiteral("datasetName"), latin(name)}}}}}},
                         {QStringLiteral("spec"),
                          QJsonObject{{QStringLiteral("version"), 3},
                                      {QStringLiteral("widgetType"), QLatin1String(Kinds[u.rng.below(5)])}}}}},
            {QStringLiteral("position"), QJsonObject{{QStringLiteral("x"), 3 * (i % 2)},
                                                     {QStringLiteral("y"), 4 * (i / 2)},
                                                     {QStringLiteral("width"), 3},
                                                     {QStringLiteral("height"), 4}}}});
    }
    const QJsonObject dashboard{
        {QStringLiteral("datasets"), datasets},
        {QStringLiteral("pages"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), latin(u.rng.hex(8))},
                                {QStringLiteral("displayName"), latin(QByteArray(topic).replace('_', ' '))},
                                {QStringLiteral("layout"), widgets}}}},
        {QStringLiteral("uiSettings"), QJsonObject{{QStringLiteral("owner"), latin(owner.email())},
                                                   {QStringLiteral("updated"), latin(isoTime(u.time()))}}}};
    return u.put(u.at(owner.email() + '/' + topic + '_' + num(u.index) + ".lvdash.json"), indentedJson(dashboard));
}

Status makeVectorSearchIndex(DemoUnit &u)
{
    const QByteArray catalog = u.rng.pick(vocabulary::Catalogs);
    const QByteArray schema = u.rng.pick(vocabulary::Schemas);
    const QByteArray table = u.rng.pick(vocabulary::Tables);
    const QByteArray index = catalog + '.' + schema + '.' + table + "_index_" + num(u.index);
    const QByteArray endpoint = "vs-" + u.rng.pick(vocabulary::Teams);
    static const char *const Models[] = {"databricks-gte-large-en", "databricks-bge-large-en"};
    const QJsonObject spec{
        {QStringLiteral("name"), latin(index)},
        {QStringLiteral("endpoint_name"), latin(endpoint)},
        {QStringLiteral("index_type"), QStringLiteral("DELTA_SYNC")},
        {QStringLiteral("primary_key"), QStringLiteral("id")},
        {QStringLiteral("creator"), latin(person(u.rng).email())},
        {QStringLiteral("delta_sync_index_spec"),
         QJsonObject{{QStringLiteral("source_table"), latin(catalog + '.' + schema + '.' + table)},
                     {QStringLiteral("pipeline_type"),
                      u.rng.chance(0.5) ? QStringLiteral("TRIGGERED") : QStringLiteral("CONTINUOUS")},
                     {QStringLiteral("embedding_source_columns"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("name"), QStringLiteral("text")},
                          {QStringLiteral("embedding_model_endpoint_name"), QLatin1String(Models[u.rng.below(2)])}}}}}},
        {QStringLiteral("status"), QJsonObject{{QStringLiteral("ready"), true},
                                               {QStringLiteral("indexed_row_count"), double(u.rng.below(5000000))},
                                               {QStringLiteral("last_sync"), latin(isoTime(u.time()))}}}};
    return u.put(u.at(endpoint + '/' + index + ".json"), indentedJson(spec));
}

} // namespace keyward::demo

// DemoResults: makers for query and job output: notebook results, job run results, SQL statement results.
#include "demo/DemoResults.h"

#include "demo/DemoConstants.h"
#include "demo/DemoTables.h"
#include "demo/DemoText.h"
#include "demo/DemoVocabulary.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace keyward::demo {

namespace {

// A result table as the notebook UI stores it: schema and rows, truncated when the rows reach the limit.
Status makeInteractiveResult(DemoUnit &u, bool large)
{
    const Schema &schema = pickSchema(u.rng);
    const QByteArray notebook = num(1000000000000000LL + u.rng.below(900000000000000LL));
    const QByteArray command = u.rng.uuid();
    if (large) {
        const QString path = u.at(notebook + '/' + command + "/result-0.csv");
        return u.stream(path, [&](DemoSink &sink) { writeCsv(sink, schema, u.rng, u.budget); });
    }
    return u.stream(u.at(notebook + '/' + command + ".json"), [&](DemoSink &sink) {
        sink.write("{\"type\":\"table\",\"isJsonSchema\":true,\"schema\":" +
                   QJsonDocument(schemaJson(schema)).toJson(QJsonDocument::Compact) + ",\"data\":[");
        const qint64 row = writeJsonRows(sink, schema, u.rng, std::min(u.budget, InMemoryCap), ",");
        sink.write("],\"rowCount\":" + num(row) + ",\"truncated\":" + (row >= 1000 ? "true" : "false") + "}\n");
    });
}

} // namespace

Status makeResultControlPlane(DemoUnit &u)
{
    return makeInteractiveResult(u, false);
}

Status makeResultRootStorage(DemoUnit &u)
{
    return makeInteractiveResult(u, true);
}

Status makeJobResult(DemoUnit &u)
{
    const qint64 jobId = 100000000000000LL + u.rng.below(900000000000000LL);
    const qint64 runId = 500000000000000LL + u.index * 1000 + u.rng.below(1000);
    const QByteArray dir = num(jobId) + "/runs/" + num(runId) + '/';
    if (u.rng.chance(0.4)) {
        const qint64 started = u.time();
        QByteArray result = "{\"status\":\"ok\",\"rows_written\":" + num(u.rng.below(10000000)) + ",\"tables\":[";
        for (int i = 0; i == 0 || result.size() < std::min(u.budget, InMemoryCap) - 200; ++i)
            result += (i ? ",\"" : "\"") + tableName(u.rng) + '"';
        result += "]}";
        const QJsonObject output{
            {QStringLiteral("notebook_output"),
             QJsonObject{{QStringLiteral("result"), latin(result)}, {QStringLiteral("truncated"), false}}},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("job_id"), double(jobId)},
                         {QStringLiteral("run_id"), double(runId)},
                         {QStringLiteral("run_name"), latin(u.rng.pick(vocabulary::Topics) + "_nightly")},
                         {QStringLiteral("start_time"), double(started)},
                         {QStringLiteral("end_time"), double(started + u.rng.range(60000, 7200000))},
                         {QStringLiteral("state"),
                          QJsonObject{{QStringLiteral("life_cycle_state"), QStringLiteral("TERMINATED")},
                                      {QStringLiteral("result_state"), QStringLiteral("SUCCESS")}}}}}};
        return u.put(u.at(dir + "notebook-output.json"), indentedJson(output));
    }
    const Schema &schema = pickSchema(u.rng);
    return u.stream(u.at(dir + "results/part-00000.csv"),
                    [&](DemoSink &sink) { writeCsv(sink, schema, u.rng, u.budget); });
}

Status makeSqlResult(DemoUnit &u)
{
    const Schema &schema = pickSchema(u.rng);
    const QByteArray dir = u.rng.hex(16) + '/' + u.rng.uuid().replace('-', "") + '/';
    if (u.rng.chance(0.5)) {
        return u.stream(u.at(dir + "chunk-0.csv"), [&](DemoSink &sink) { writeCsv(sink, schema, u.rng, u.budget); });
    }
    // The statement API's JSON_ARRAY disposition: a manifest, then the rows as arrays of strings.
    return u.stream(u.at(dir + "chunk-0.json"), [&](DemoSink &sink) {
        const QJsonObject manifest{
            {QStringLiteral("format"), QStringLiteral("JSON_ARRAY")},
            {QStringLiteral("schema"), QJsonObject{{QStringLiteral("columns"), schemaJson(schema)}}}};
        sink.write("{\"manifest\":" + compactJson(manifest) +
                   ",\"result\":{\"chunk_index\":0,\"row_offset\":0,\"data_array\":[");
        const qint64 row = writeJsonRows(sink, schema, u.rng, u.budget, ",\n");
        sink.write("],\"row_count\":" + num(row) + "}}\n");
    });
}

} // namespace keyward::demo

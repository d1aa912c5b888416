// DemoRootStorage: makers for the workspace's root storage: DBFS files, Delta Live Tables, notebook revisions.
#include "demo/DemoRootStorage.h"

#include "demo/DemoFormats.h"
#include "demo/DemoNotebooks.h"
#include "demo/DemoTables.h"
#include "demo/DemoText.h"
#include "demo/DemoVocabulary.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace keyward::demo {

Status makeDbfsFile(DemoUnit &u)
{
    const int kind = u.index < 2 ? int(u.index) : int(u.rng.below(5));
    const Schema &schema = pickSchema(u.rng);
    const QByteArray name = QByteArray(schema.table) + '_' + num(u.index);
    switch (kind) {
    case 0: // a table uploaded through the UI
        return u.stream(u.in("root/FileStore", "tables/" + name + ".csv"),
                        [&](DemoSink &sink) { writeCsv(sink, schema, u.rng, u.budget); });
    case 1: // a managed table's data file under the Hive warehouse
        return u.stream(u.in("root/dbfs", "user/hive/warehouse/" + QByteArray(schema.table) + "/part-" +
                                              num(u.index).rightJustified(5, '0') + '-' + u.rng.uuid() +
                                              "-c000.snappy.parquet"),
                        [&](DemoSink &sink) { writeParquet(sink, u.rng, schema, std::max<qint64>(u.budget, 400)); });
    case 2: // a plot saved by displayHTML / matplotlib
        return u.stream(u.in("root/FileStore", "plots/" + u.rng.uuid() + ".png"), [&](DemoSink &sink) {
            QByteArray header("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", 16);
            QByteArray ihdr(13, '\0');
            putBe(ihdr, 0, quint64(u.rng.range(400, 1600)), 4);
            putBe(ihdr, 4, quint64(u.rng.range(300, 900)), 4);
            ihdr[8] = 8;
            ihdr[9] = 6;
            sink.write(header + ihdr + u.rng.hex(8).left(4) + QByteArray("\x00\x01\x00\x00IDAT", 8));
            fillRandom(sink, u.rng, std::max<qint64>(u.budget - 60, 64));
            sink.write(QByteArray("\x00\x00\x00\x00IEND\xae\x42\x60\x82", 12));
        });
    case 3: // JSON lines a user uploaded
        return u.stream(
            u.in("root/FileStore", "shared_uploads/" + person(u.rng).email() + '/' + name + ".jsonl"),
            [&](DemoSink &sink) {
                for (qint64 row = 0; row == 0 || sink.size() < u.budget; ++row) {
                    QJsonObject o;
                    for (const Column &c : schema.columns)
                        o.insert(QLatin1String(c.name),
                                 QJsonDocument::fromJson('[' + value(c.kind, u.rng, row, true) + ']').array().at(0));
                    sink.write(compactJson(o) + '\n');
                }
            });
    default: // scratch output left in /tmp
        return u.stream(u.in("root/dbfs", "tmp/" + person(u.rng).username() + '/' + name + ".csv"),
                        [&](DemoSink &sink) { writeCsv(sink, schema, u.rng, u.budget); });
    }
}

Status makeDeltaLiveTable(DemoUnit &u)
{
    const QByteArray pipeline = u.rng.uuid();
    const Schema &schema = pickSchema(u.rng);
    const QByteArray table = u.rng.pick(vocabulary::Schemas) + '_' + schema.table + '_' + num(u.index);
    const QString dir = u.at("pipelines/" + pipeline + "/tables/" + table + '/');
    const qint64 created = u.time();

    QJsonArray fields;
    for (const Column &c : schema.columns) {
        QByteArray type = c.sqlType;
        fields.append(QJsonObject{{QStringLiteral("name"), QLatin1String(c.name)},
                                  {QStringLiteral("type"), latin(type == "bigint" ? QByteArray("long")
                                                                 : type == "int"  ? QByteArray("integer")
                                                                                  : type)},
                                  {QStringLiteral("nullable"), true},
                                  {QStringLiteral("metadata"), QJsonObject()}});
    }
    const QByteArray schemaString = QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("struct")},
                                                              {QStringLiteral("fields"), fields}})
                                        .toJson(QJsonDocument::Compact);

    QByteArray adds;
    qint64 records = 0;
    for (int part = 0; part < 2; ++part) {
        const QByteArray name = "part-0000" + num(part) + '-' + u.rng.uuid() + "-c000.snappy.parquet";
        const qint64 size = std::max<qint64>(u.budget / 2, 512);
        if (Status s = u.stream(dir + latin(name), [&](DemoSink &sink) { writeParquet(sink, u.rng, schema, size); });
            !s)
            return s;
        const qint64 rows = size / 40 + 1;
        records += rows;
        const QJsonObject add{{QStringLiteral("path"), latin(name)},
                              {QStringLiteral("partitionValues"), QJsonObject()},
                              {QStringLiteral("size"), double(size)},
                              {QStringLiteral("modificationTime"), double(created)},
                              {QStringLiteral("dataChange"), true},
                              {QStringLiteral("stats"), latin("{\"numRecords\":" + num(rows) + '}')}};
        adds += compactJson({{QStringLiteral("add"), add}}) + '\n';
    }
    const QJsonObject commit{
        {QStringLiteral("timestamp"), double(created)},
        {QStringLiteral("operation"), QStringLiteral("STREAMING UPDATE")},
        {QStringLiteral("operationParameters"), QJsonObject{{QStringLiteral("outputMode"), QStringLiteral("Append")},
                                                            {QStringLiteral("queryId"), latin(u.rng.uuid())},
                                                            {QStringLiteral("epochId"), QStringLiteral("0")}}},
        {QStringLiteral("isolationLevel"), QStringLiteral("Serializable")},
        {QStringLiteral("isBlindAppend"), true},
        {QStringLiteral("operationMetrics"), QJsonObject{{QStringLiteral("numOutputRows"), latin(num(records))},
                                                         {QStringLiteral("numAddedFiles"), QStringLiteral("2")}}},
        {QStringLiteral("engineInfo"), QStringLiteral("Databricks-Runtime/14.3.x-photon-scala2.12")},
        {QStringLiteral("txnId"), latin(u.rng.uuid())}};
    const QJsonObject protocol{{QStringLiteral("minReaderVersion"), 1}, {QStringLiteral("minWriterVersion"), 2}};
    const QJsonObject metaData{
        {QStringLiteral("id"), latin(u.rng.uuid())},
        {QStringLiteral("format"), QJsonObject{{QStringLiteral("provider"), QStringLiteral("parquet")},
                                               {QStringLiteral("options"), QJsonObject()}}},
        {QStringLiteral("schemaString"), latin(schemaString)},
        {QStringLiteral("partitionColumns"), QJsonArray()},
        {QStringLiteral("configuration"),
         QJsonObject{{QStringLiteral("pipelines.autoOptimize.managed"), QStringLiteral("true")},
                     {QStringLiteral("pipelines.pipelineId"), latin(pipeline)}}},
        {QStringLiteral("createdTime"), double(created)}};
    const QByteArray log = compactJson({{QStringLiteral("commitInfo"), commit}}) + '\n' +
                           compactJson({{QStringLiteral("protocol"), protocol}}) + '\n' +
                           compactJson({{QStringLiteral("metaData"), metaData}}) + '\n' + adds;
    return u.put(dir + QStringLiteral("_delta_log/00000000000000000000.json"), log);
}

Status makeRevision(DemoUnit &u)
{
    const QByteArray notebookId = num(1000000000000000LL + u.rng.below(900000000000000LL));
    const qint64 at = u.time();
    const QByteArray source = sourceNotebook(u.rng, std::max<qint64>(u.budget - 400, 200),
                                             QByteArray(u.rng.pick(vocabulary::Topics)).replace('_', ' '), false);
    const QJsonObject revision{
        {QStringLiteral("notebook_id"), latin(notebookId)},
        {QStringLiteral("revision_timestamp"), double(at)},
        {QStringLiteral("author"), latin(person(u.rng).email())},
        {QStringLiteral("language"), QStringLiteral("PYTHON")},
        {QStringLiteral("content_sha256"), latin(QCryptographicHash::hash(source, QCryptographicHash::Sha256).toHex())},
        {QStringLiteral("source"), QString::fromUtf8(source)}};
    return u.put(u.at(notebookId + '/' + num(at) + '-' + num(u.index) + ".json"), indentedJson(revision));
}

} // namespace keyward::demo

// DemoWorkspace: a plan that spreads the object count and the bytes over the data types, and one generator per
// data type that writes what the real service keeps there (formats as the platform writes them).
#include "storage/DemoWorkspace.h"

#include "model/DataTypeCatalogue.h"
#include "model/ObjectLayout.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <vector>

namespace keyward::storage {

namespace {

constexpr qint64 EpochMs = 1704704400000; // 2024-01-08 09:00 UTC: every timestamp is an offset from it
constexpr qint64 DayMs = 86400000;
constexpr qint64 MiB = qint64(1) << 20;
constexpr qint64 SinkChunk = MiB;
// Kinds of files that the platform keeps small, or that are built whole in memory, stay under this.
constexpr qint64 InMemoryCap = 8 * MiB;

// ---------------------------------------------------------------------------------------------------------
// Randomness: our own generator, because std:: distributions differ between standard libraries and the
// same seed must give the same workspace everywhere.

quint64 splitmix(quint64 &x)
{
    quint64 z = (x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

class Rng // xoshiro256**
{
public:
    explicit Rng(quint64 seed)
    {
        for (quint64 &s : m_s)
            s = splitmix(seed);
    }
    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    qint64 below(qint64 n) { return n > 0 ? qint64(next() % quint64(n)) : 0; }
    qint64 range(qint64 lo, qint64 hi) { return lo + below(hi - lo + 1); } // inclusive
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }
    template <std::size_t N> QByteArray pick(const char *const (&pool)[N]) { return QByteArray(pool[below(N)]); }
    QByteArray hex(int chars)
    {
        static const char digits[] = "0123456789abcdef";
        QByteArray out(chars, Qt::Uninitialized);
        for (int i = 0; i < chars; ++i)
            out[i] = digits[next() & 15];
        return out;
    }
    QByteArray fromAlphabet(QByteArrayView alphabet, int chars)
    {
        QByteArray out(chars, Qt::Uninitialized);
        for (int i = 0; i < chars; ++i)
            out[i] = alphabet[below(alphabet.size())];
        return out;
    }
    QByteArray bytes(int count)
    {
        QByteArray out(count, Qt::Uninitialized);
        for (int i = 0; i < count; ++i)
            out[i] = char(next() & 0xff);
        return out;
    }
    QByteArray uuid()
    {
        QByteArray raw(16, Qt::Uninitialized);
        for (int i = 0; i < 16; ++i)
            raw[i] = char(next() & 0xff);
        raw[6] = char((raw[6] & 0x0f) | 0x40); // version 4
        raw[8] = char((raw[8] & 0x3f) | 0x80); // RFC 4122 variant
        return QUuid::fromRfc4122(raw).toByteArray(QUuid::WithoutBraces);
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<quint64, 4> m_s;
};

// ---------------------------------------------------------------------------------------------------------
// Vocabulary.

const char *const FirstNames[] = {"alice", "bruno", "chen",    "dana",  "emeka",  "farah", "gustav",
                                  "hana",  "ivan",  "julia",   "kenji", "lena",   "mateo", "nadia",
                                  "oskar", "priya", "quentin", "rosa",  "sanjay", "tessa"};
const char *const LastNames[] = {"johnson", "rossi",  "wei",    "kowalski", "okafor",  "haddad", "lindqvist",
                                 "sato",    "petrov", "garcia", "tanaka",   "schmidt", "lopez",  "ivanova",
                                 "berg",    "patel",  "martin", "silva",    "kumar",   "novak"};
const char *const Teams[] = {"finance",       "marketing", "supply-chain", "risk",
                             "data-platform", "growth",    "fraud",        "people-analytics"};
const char *const Topics[] = {"sales_forecast",      "churn_model",          "inventory_snapshot", "customer_360",
                              "fraud_scoring",       "clickstream_sessions", "revenue_rollup",     "supplier_quality",
                              "ad_attribution",      "payroll_audit",        "demand_planning",    "web_events_cleanup",
                              "feature_engineering", "price_elasticity",     "ltv_estimate",       "store_footfall"};
const char *const Catalogs[] = {"main", "prod", "dev"};
const char *const Schemas[] = {"sales", "marketing", "finance", "ops", "ml", "raw", "bronze", "silver", "gold"};
const char *const Tables[] = {"orders",   "customers", "line_items", "web_events", "invoices",
                              "products", "stores",    "shipments",  "payments",   "sessions"};
const char *const Regions[] = {"EMEA", "NA", "LATAM", "APAC"};
const char *const Countries[] = {"DE", "FR", "NL", "US", "CA", "BR", "JP", "IN", "GB", "SE", "ES", "IT"};
const char *const Statuses[] = {"shipped", "delivered", "pending", "cancelled", "returned"};
const char *const Products[] = {"Trail Runner 2",   "Espresso Grinder",  "Noise-Cancelling Headset",
                                "Standing Desk",    "Cast Iron Skillet", "Rain Jacket",
                                "Smart Thermostat", "Yoga Mat",          "LED Desk Lamp"};
const char *const Headings[] = {"Load", "Clean up", "Aggregate", "Checks", "Write out", "Explore", "Train", "Evaluate"};
const char *const Sentences[] = {"Reads the raw table and drops rows without a customer id.",
                                 "Daily totals per region, for the finance dashboard.",
                                 "Runs after the nightly ingest job; safe to re-run.",
                                 "Keeps the latest record per key (late-arriving updates win).",
                                 "Numbers must match the ledger export within 0.5%.",
                                 "Owner is on call for this pipeline; see the runbook in the team wiki."};
const char *const Models[] = {"churn_classifier", "demand_forecaster", "fraud_detector", "price_optimizer",
                              "ltv_regressor"};
const char *const Flavours[] = {"sklearn", "xgboost", "lightgbm"};
const char *const SecretKeys[] = {"storage-account-key", "jdbc-password",      "sp-client-secret", "api-token",
                                  "sas-token",           "snowflake-password", "kafka-sasl-secret"};
const char *const Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

struct Person
{
    QByteArray first, last;
    QByteArray email() const { return first + '.' + last + "@contoso.com"; }
    QByteArray username() const { return first + '-' + last; }
};

Person person(Rng &rng)
{
    return {rng.pick(FirstNames), rng.pick(LastNames)};
}

QByteArray tableName(Rng &rng)
{
    return rng.pick(Catalogs) + '.' + rng.pick(Schemas) + '.' + rng.pick(Tables);
}

// Dates by hand (days-from-civil in reverse): QDateTime's ISO formatting goes through printf, which made it
// the generator's main cost for CSV rows.
void appendDigits(QByteArray &out, qint64 value, int width)
{
    char digits[20];
    for (int i = width - 1; i >= 0; --i, value /= 10)
        digits[i] = char('0' + value % 10);
    out.append(digits, width);
}

void appendDay(QByteArray &out, qint64 ms)
{
    const qint64 z = ms / DayMs + 719468;
    const qint64 era = z / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    appendDigits(out, yoe + era * 400 + (m <= 2), 4);
    out.append('-');
    appendDigits(out, m, 2);
    out.append('-');
    appendDigits(out, d, 2);
}

void appendIsoTime(QByteArray &out, qint64 ms)
{
    appendDay(out, ms);
    const qint64 inDay = ms % DayMs;
    out.append('T');
    appendDigits(out, inDay / 3600000, 2);
    out.append(':');
    appendDigits(out, inDay / 60000 % 60, 2);
    out.append(':');
    appendDigits(out, inDay / 1000 % 60, 2);
    out.append('.');
    appendDigits(out, inDay % 1000, 3);
    out.append('Z');
}

QByteArray isoTime(qint64 ms)
{
    QByteArray out;
    appendIsoTime(out, ms);
    return out;
}

QByteArray day(qint64 ms)
{
    QByteArray out;
    appendDay(out, ms);
    return out;
}

QByteArray num(qint64 n)
{
    return QByteArray::number(n);
}

void appendMoney(QByteArray &out, Rng &rng, qint64 maxCents)
{
    const qint64 cents = rng.range(100, maxCents);
    out.append(QByteArray::number(cents / 100));
    out.append('.');
    appendDigits(out, cents % 100, 2);
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray indentedJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QString latin(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
}

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

void putLe(QByteArray &bytes, qsizetype at, quint64 value, int width)
{
    for (int i = 0; i < width; ++i)
        bytes[at + i] = char((value >> (8 * i)) & 0xff);
}

void putBe(QByteArray &bytes, qsizetype at, quint64 value, int width)
{
    for (int i = 0; i < width; ++i)
        bytes[at + i] = char((value >> (8 * (width - 1 - i))) & 0xff);
}

// ---------------------------------------------------------------------------------------------------------
// Tables: a few schemas whose rows fill CSV files, JSON results and Parquet-like parts.

enum class Kind
{
    Id,
    Count,
    Date,
    Timestamp,
    Region,
    Country,
    Status,
    Amount,
    Email,
    Product,
    Flag,
    Score
};

struct Column
{
    const char *name;
    const char *sqlType;
    Kind kind;
};

struct Schema
{
    const char *table;
    std::vector<Column> columns;
};

const std::vector<Schema> &schemas()
{
    static const std::vector<Schema> all = {
        {"orders",
         {{"order_id", "bigint", Kind::Id},
          {"customer_id", "bigint", Kind::Id},
          {"order_date", "date", Kind::Date},
          {"region", "string", Kind::Region},
          {"status", "string", Kind::Status},
          {"amount", "decimal(12,2)", Kind::Amount}}},
        {"web_events",
         {{"event_time", "timestamp", Kind::Timestamp},
          {"session_id", "bigint", Kind::Id},
          {"country", "string", Kind::Country},
          {"page_views", "int", Kind::Count},
          {"converted", "boolean", Kind::Flag}}},
        {"customers",
         {{"customer_id", "bigint", Kind::Id},
          {"email", "string", Kind::Email},
          {"country", "string", Kind::Country},
          {"lifetime_value", "decimal(12,2)", Kind::Amount},
          {"churn_score", "double", Kind::Score}}},
        {"line_items",
         {{"order_id", "bigint", Kind::Id},
          {"product", "string", Kind::Product},
          {"quantity", "int", Kind::Count},
          {"unit_price", "decimal(10,2)", Kind::Amount},
          {"shipped_at", "timestamp", Kind::Timestamp}}},
    };
    return all;
}

const Schema &pickSchema(Rng &rng)
{
    return schemas()[rng.below(qint64(schemas().size()))];
}

// Appends one value; rows are built in place, as allocations were most of their cost.
void appendValue(QByteArray &out, Kind kind, Rng &rng, qint64 row, bool quoted)
{
    const auto text = [&](QByteArrayView s) {
        if (quoted)
            out.append('"');
        out.append(s);
        if (quoted)
            out.append('"');
    };
    switch (kind) {
    case Kind::Id:
        out.append(QByteArray::number(1000000 + row * 7 + rng.below(7)));
        return;
    case Kind::Count:
        out.append(QByteArray::number(rng.range(1, 40)));
        return;
    case Kind::Date:
    case Kind::Timestamp: {
        if (quoted)
            out.append('"');
        if (kind == Kind::Date)
            appendDay(out, EpochMs + rng.below(120) * DayMs);
        else
            appendIsoTime(out, EpochMs + rng.below(120 * DayMs));
        if (quoted)
            out.append('"');
        return;
    }
    case Kind::Region:
        return text(Regions[rng.below(std::size(Regions))]);
    case Kind::Country:
        return text(Countries[rng.below(std::size(Countries))]);
    case Kind::Status:
        return text(Statuses[rng.below(std::size(Statuses))]);
    case Kind::Amount:
        return appendMoney(out, rng, 250000);
    case Kind::Email:
        return text(person(rng).email());
    case Kind::Product:
        return text(Products[rng.below(std::size(Products))]);
    case Kind::Flag:
        out.append(rng.chance(0.1) ? "true" : "false");
        return;
    case Kind::Score:
        out.append('0');
        out.append('.');
        appendDigits(out, rng.below(10000), 4);
        return;
    }
}

QByteArray value(Kind kind, Rng &rng, qint64 row, bool quoted)
{
    QByteArray out;
    appendValue(out, kind, rng, row, quoted);
    return out;
}

QByteArray csvHeader(const Schema &s)
{
    QByteArray line;
    for (const Column &c : s.columns)
        line += (line.isEmpty() ? "" : ",") + QByteArray(c.name);
    return line + '\n';
}

void appendCsvRow(QByteArray &out, const Schema &s, Rng &rng, qint64 row)
{
    for (std::size_t i = 0; i < s.columns.size(); ++i) {
        if (i)
            out.append(',');
        appendValue(out, s.columns[i].kind, rng, row, false);
    }
    out.append('\n');
}

void appendJsonRow(QByteArray &out, const Schema &s, Rng &rng, qint64 row) // a JSON array of the row's values
{
    out.append('[');
    for (std::size_t i = 0; i < s.columns.size(); ++i) {
        if (i)
            out.append(',');
        appendValue(out, s.columns[i].kind, rng, row, true);
    }
    out.append(']');
}

QJsonArray schemaJson(const Schema &s)
{
    QJsonArray fields;
    for (const Column &c : s.columns)
        fields.append(QJsonObject{{QStringLiteral("name"), QLatin1String(c.name)},
                                  {QStringLiteral("type"), QLatin1String(c.sqlType)}});
    return fields;
}

// ---------------------------------------------------------------------------------------------------------
// Writing objects.

// Buffers writes to an object writer's device; seeks let disk images stay sparse.
class Sink
{
public:
    explicit Sink(QIODevice *device) : m_device(device) {}
    void write(QByteArrayView bytes)
    {
        m_buffer.append(bytes);
        m_pos += bytes.size();
        m_end = std::max(m_end, m_pos);
        if (m_buffer.size() >= SinkChunk)
            flush();
    }
    void seek(qint64 pos)
    {
        flush();
        if (m_ok && !m_device->seek(pos))
            m_ok = false;
        m_pos = pos;
    }
    bool flush()
    {
        if (m_ok && !m_buffer.isEmpty() && m_device->write(m_buffer) != m_buffer.size())
            m_ok = false;
        m_buffer.clear();
        return m_ok;
    }
    qint64 size() const { return m_end; }
    bool ok() const { return m_ok; }

private:
    QIODevice *m_device;
    QByteArray m_buffer;
    qint64 m_pos = 0;
    qint64 m_end = 0;
    bool m_ok = true;
};

void fillRandom(Sink &sink, Rng &rng, qint64 size)
{
    QByteArray chunk(qMin<qint64>(std::max<qint64>(size, 0), 64 * 1024), Qt::Uninitialized);
    while (size > 0) {
        const qint64 n = qMin<qint64>(size, chunk.size());
        for (qint64 i = 0; i < n; i += 8) {
            const quint64 v = rng.next();
            std::memcpy(chunk.data() + i, &v, size_t(std::min<qint64>(8, n - i)));
        }
        sink.write(QByteArrayView(chunk.constData(), n));
        size -= n;
    }
}

// A header and rows until the object reaches `target` bytes.
void writeCsv(Sink &sink, const Schema &schema, Rng &rng, qint64 target)
{
    sink.write(csvHeader(schema));
    QByteArray rows;
    for (qint64 row = 0; sink.size() + rows.size() < target; ++row) {
        appendCsvRow(rows, schema, rng, row);
        if (rows.size() >= 64 * 1024) {
            sink.write(rows);
            rows.resize(0);
        }
    }
    sink.write(rows);
}

// Rows as JSON arrays joined by `separator`, at least one, until `target` bytes; returns how many.
qint64 writeJsonRows(Sink &sink, const Schema &schema, Rng &rng, qint64 target, QByteArrayView separator)
{
    QByteArray rows;
    qint64 row = 0;
    for (; row == 0 || sink.size() + rows.size() < target; ++row) {
        if (row)
            rows.append(separator);
        appendJsonRow(rows, schema, rng, row);
        if (rows.size() >= 64 * 1024) {
            sink.write(rows);
            rows.resize(0);
        }
    }
    sink.write(rows);
    return row;
}

struct Run
{
    ObjectStore &store;
    const DemoProgress &progress;
    DemoSummary &summary;
    qint64 total;
};

// What one unit of a data type (a notebook and its metadata, an MLflow model directory, ...) is made with.
class Unit
{
public:
    Unit(Run &run, QLatin1String typeId, qint64 index, quint64 seed, qint64 budget)
        : rng(seed), index(index), budget(budget), m_run(run), m_typeId(typeId)
    {
    }

    Rng rng;
    const qint64 index;  // 0-based, per data type
    const qint64 budget; // bytes this unit's size-flexible files should add up to
    qint64 time() { return EpochMs + rng.below(90 * DayMs); }

    Status put(const QString &path, const QByteArray &bytes)
    {
        return stream(path, [&](Sink &sink) { sink.write(bytes); });
    }

    template <typename Fill> Status stream(const QString &path, Fill &&fill)
    {
        auto writer = m_run.store.openWrite(path);
        if (!writer)
            return writer.error();
        Sink sink((*writer)->device());
        fill(sink);
        if (!sink.flush())
            return Error::make(ErrorCode::Io,
                               QStringLiteral("cannot write %1: %2").arg(path, (*writer)->device()->errorString()));
        if (Status committed = (*writer)->commit(); !committed)
            return committed;
        DemoTypeSummary &type = m_run.summary.perType[m_typeId];
        ++type.objects;
        type.bytes += sink.size();
        ++m_run.summary.objects;
        m_run.summary.bytes += sink.size();
        if (m_run.progress && !m_run.progress(m_run.summary.objects, m_run.total))
            return Error::make(ErrorCode::Cancelled, QStringLiteral("demo workspace generation cancelled"));
        return {};
    }

    // Folder of the unit's data type (the layout's default for it), with `rest` below it.
    QString at(const QByteArray &rest) const
    {
        return model::dataTypeFolder(m_typeId) + QLatin1Char('/') + latin(rest);
    }
    QString in(const char *folder, const QByteArray &rest) const
    {
        return QLatin1String(folder) + QLatin1Char('/') + latin(rest);
    }

private:
    Run &m_run;
    QLatin1String m_typeId;
};

// ---------------------------------------------------------------------------------------------------------
// Notebooks in the three formats the workspace export uses.

const char *const PythonCells[] = {
    "from pyspark.sql import functions as F\nfrom pyspark.sql.window import Window",
    "df = spark.read.table(\"{tbl}\")\ndf = df.filter(F.col(\"{col}\").isNotNull())\ndisplay(df.limit(100))",
    "daily = (df.groupBy(F.to_date(\"event_time\").alias(\"day\"))\n         .agg(F.sum(\"amount\").alias(\"total\"),\n"
    "              F.countDistinct(\"customer_id\").alias(\"customers\")))\ndisplay(daily.orderBy(\"day\"))",
    "dbutils.widgets.text(\"run_date\", \"{date}\")\nrun_date = dbutils.widgets.get(\"run_date\")",
    "(daily.write.mode(\"overwrite\")\n      .option(\"overwriteSchema\", \"true\")\n      "
    ".saveAsTable(\"{tbl}_daily\"))",
    "w = Window.partitionBy(\"customer_id\").orderBy(F.col(\"updated_at\").desc())\n"
    "latest = df.withColumn(\"rn\", F.row_number().over(w)).filter(\"rn = 1\").drop(\"rn\")",
    "# MAGIC %md\n# MAGIC ## {heading}\n# MAGIC {sentence}",
    "# MAGIC %sql\n# MAGIC SELECT {col}, count(*) AS n\n# MAGIC FROM {tbl}\n# MAGIC GROUP BY {col}\n# MAGIC ORDER BY n "
    "DESC",
    "import mlflow\n\nwith mlflow.start_run(run_name=\"{topic}\"):\n    mlflow.log_param(\"max_depth\", {n})\n"
    "    mlflow.log_metric(\"rmse\", {f})",
    "assert df.count() > 0, \"empty input: check the upstream job\"\nprint(f\"rows: {df.count():,}\")",
};

const char *const SqlCells[] = {
    "-- MAGIC %md\n-- MAGIC ## {heading}\n-- MAGIC {sentence}",
    "CREATE OR REPLACE TEMP VIEW recent AS\nSELECT *\nFROM {tbl}\nWHERE {col} IS NOT NULL\n  AND order_date >= "
    "date'{date}'",
    "SELECT region, sum(amount) AS revenue, count(DISTINCT customer_id) AS customers\nFROM recent\nGROUP BY region\n"
    "ORDER BY revenue DESC",
    "OPTIMIZE {tbl} ZORDER BY ({col})",
    "MERGE INTO {tbl} AS t\nUSING updates AS s\nON t.{col} = s.{col}\nWHEN MATCHED THEN UPDATE SET *\n"
    "WHEN NOT MATCHED THEN INSERT *",
    "DESCRIBE HISTORY {tbl}",
};

const char *const ColumnNames[] = {"customer_id", "order_id", "region", "status", "country", "session_id"};

QByteArray fillTemplate(const char *tpl, Rng &rng)
{
    QByteArray text(tpl);
    text.replace("{tbl}", tableName(rng));
    text.replace("{col}", rng.pick(ColumnNames));
    text.replace("{date}", day(EpochMs + rng.below(60) * DayMs));
    text.replace("{heading}", rng.pick(Headings));
    text.replace("{sentence}", rng.pick(Sentences));
    text.replace("{topic}", rng.pick(Topics));
    text.replace("{n}", num(rng.range(3, 12)));
    text.replace("{f}", QByteArray::number(rng.unit() * 40, 'f', 3));
    return text;
}

QByteArray sourceNotebook(Rng &rng, qint64 target, const QByteArray &title, bool sql)
{
    const QByteArray comment = sql ? "--" : "#";
    QByteArray out = comment + " Databricks notebook source\n" + comment + " MAGIC %md\n" + comment + " MAGIC # " +
                     title + '\n' + comment + " MAGIC " + rng.pick(Sentences);
    const QByteArray separator = "\n\n" + comment + " COMMAND ----------\n\n";
    for (int cells = 0; cells < 3 || out.size() < std::min(target, InMemoryCap); ++cells)
        out += separator + fillTemplate(sql ? SqlCells[rng.below(std::size(SqlCells))]
                                            : PythonCells[rng.below(std::size(PythonCells))],
                                        rng);
    return out + '\n';
}

QJsonArray sourceLines(const QByteArray &text)
{
    QJsonArray lines;
    const QList<QByteArray> parts = text.split('\n');
    for (qsizetype i = 0; i < parts.size(); ++i)
        lines.append(QString::fromUtf8(parts[i] + (i + 1 < parts.size() ? "\n" : "")));
    return lines;
}

QByteArray ipynbNotebook(Rng &rng, qint64 target, const QByteArray &title)
{
    QJsonArray cells;
    qint64 estimate = 0;
    const auto cell = [&](const char *type, const QByteArray &source) {
        QJsonObject c{
            {QStringLiteral("cell_type"), QLatin1String(type)},
            {QStringLiteral("source"), sourceLines(source)},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("application/vnd.databricks.v1+cell"),
                                                      QJsonObject{{QStringLiteral("cellMetadata"), QJsonObject()},
                                                                  {QStringLiteral("inputWidgets"), QJsonObject()},
                                                                  {QStringLiteral("nuid"), latin(rng.uuid())},
                                                                  {QStringLiteral("showTitle"), false},
                                                                  {QStringLiteral("title"), QString()}}}}}};
        if (QByteArrayView(type) == "code") {
            c.insert(QStringLiteral("execution_count"), 0);
            c.insert(QStringLiteral("outputs"), QJsonArray());
        }
        cells.append(c);
        estimate += source.size() + 420;
    };
    cell("markdown", "# " + title + '\n' + rng.pick(Sentences));
    while (cells.size() < 4 || estimate < std::min(target, InMemoryCap)) {
        QByteArray source = fillTemplate(PythonCells[rng.below(std::size(PythonCells))], rng);
        const bool markdown = source.startsWith("# MAGIC %md");
        if (source.startsWith("# MAGIC"))
            source = source.replace("# MAGIC %md\n", "").replace("# MAGIC ", "");
        cell(markdown ? "markdown" : "code", source);
    }
    const QJsonObject notebookMeta{
        {QStringLiteral("dashboards"), QJsonArray()},
        {QStringLiteral("language"), QStringLiteral("python")},
        {QStringLiteral("notebookMetadata"), QJsonObject{{QStringLiteral("pythonIndentUnit"), 4}}},
        {QStringLiteral("notebookName"), latin(title)},
        {QStringLiteral("widgets"), QJsonObject()}};
    return indentedJson({{QStringLiteral("cells"), cells},
                         {QStringLiteral("metadata"),
                          QJsonObject{{QStringLiteral("application/vnd.databricks.v1+notebook"), notebookMeta},
                                      {QStringLiteral("language_info"),
                                       QJsonObject{{QStringLiteral("name"), QStringLiteral("python")}}}}},
                         {QStringLiteral("nbformat"), 4},
                         {QStringLiteral("nbformat_minor"), 0}});
}

Status makeNotebook(Unit &u)
{
    // The first three show each format once; later ones are mostly Python, as in most workspaces.
    const int format = u.index < 3 ? int(u.index) : (u.rng.chance(0.6) ? 0 : u.rng.chance(0.5) ? 1 : 2);
    static const char *const Extensions[] = {".py", ".sql", ".ipynb"};
    static const char *const Languages[] = {"PYTHON", "SQL", "PYTHON"};
    const Person owner = person(u.rng);
    const QByteArray topic = u.rng.pick(Topics);
    const QByteArray name = topic + '_' + num(u.index);
    const QByteArray folder =
        u.rng.chance(0.75) ? "Users/" + owner.email() + '/' + u.rng.pick(Teams) : "Shared/" + u.rng.pick(Teams);
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

// ---------------------------------------------------------------------------------------------------------
// Control plane: credentials, secrets, queries, partial results.

QByteArray githubToken(Rng &rng)
{
    // ghp_ + 30 random base62 characters + the CRC32 of those, in 6 base62 digits, as GitHub issues them.
    const QByteArray body = rng.fromAlphabet(QByteArrayView(Base62), 30);
    quint32 crc = crc32(body);
    QByteArray check(6, '0');
    for (int i = 5; i >= 0; --i, crc /= 62)
        check[i] = Base62[crc % 62];
    return "ghp_" + body + check;
}

Status makeGitCredential(Unit &u)
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
        token = "glpat-" + u.rng.fromAlphabet(QByteArrayView(Base62), 20);
        break;
    default:
        token = "ATBB" + u.rng.fromAlphabet(QByteArrayView(Base62), 28) + u.rng.hex(8).toUpper();
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

Status makeSecret(Unit &u)
{
    const QByteArray scope = u.rng.pick(Teams) + (u.rng.chance(0.5) ? "-prod" : "-dev");
    const QByteArray key = u.rng.pick(SecretKeys) + '-' + num(u.index);
    QByteArray secret;
    if (key.startsWith("storage-account-key"))
        secret = u.rng.bytes(64).toBase64(); // an 88-character account key
    else if (key.startsWith("sp-client-secret"))
        secret = u.rng.fromAlphabet(QByteArrayView(Base62), 3) + "8Q~" + u.rng.fromAlphabet(QByteArrayView(Base62), 34);
    else if (key.startsWith("sas-token"))
        secret = "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2025-01-31T00:00:00Z&sig=" + u.rng.hex(32).toBase64();
    else
        secret = u.rng.fromAlphabet(QByteArrayView(Base62), 24);
    const QJsonObject json{{QStringLiteral("scope"), latin(scope)},
                           {QStringLiteral("key"), latin(key)},
                           {QStringLiteral("value"), latin(secret)},
                           {QStringLiteral("backend_type"), QStringLiteral("DATABRICKS")},
                           {QStringLiteral("last_updated_timestamp"), double(u.time())}};
    return u.put(u.at(scope + '/' + key + ".json"), indentedJson(json));
}

QByteArray sqlText(Rng &rng)
{
    static const char *const Queries[] = {
        "SELECT region, sum(amount) AS revenue FROM {tbl} WHERE order_date >= date'{date}' GROUP BY region",
        "SELECT {col}, count(*) AS n FROM {tbl} GROUP BY {col} ORDER BY n DESC LIMIT 50",
        "SELECT * FROM {tbl} WHERE {col} = :{col} ORDER BY 1 LIMIT 1000",
        "WITH latest AS (SELECT *, row_number() OVER (PARTITION BY {col} ORDER BY updated_at DESC) AS rn FROM {tbl}) "
        "SELECT * FROM latest WHERE rn = 1",
        "SELECT date_trunc('week', order_date) AS week, avg(amount) FROM {tbl} GROUP BY 1 ORDER BY 1",
    };
    return fillTemplate(Queries[rng.below(std::size(Queries))], rng);
}

Status makeSqlQueryOrHistory(Unit &u)
{
    const QByteArray warehouse = u.rng.hex(16);
    const bool history = u.index < 2 ? u.index == 1 : u.rng.chance(0.6);
    if (!history) {
        const Person owner = person(u.rng);
        const qint64 created = u.time();
        const QByteArray id = u.rng.uuid();
        const QJsonObject query{
            {QStringLiteral("id"), latin(id)},
            {QStringLiteral("display_name"), latin(QByteArray(u.rng.pick(Topics)).replace('_', ' '))},
            {QStringLiteral("query_text"), latin(sqlText(u.rng))},
            {QStringLiteral("warehouse_id"), latin(warehouse)},
            {QStringLiteral("owner_user_name"), latin(owner.email())},
            {QStringLiteral("parent_path"), latin("/Users/" + owner.email())},
            {QStringLiteral("run_as_mode"), QStringLiteral("OWNER")},
            {QStringLiteral("create_time"), latin(isoTime(created))},
            {QStringLiteral("update_time"), latin(isoTime(created + u.rng.below(9 * DayMs)))},
            {QStringLiteral("tags"), QJsonArray{latin(u.rng.pick(Teams))}}};
        return u.put(u.in("control-plane/sql/queries", id + ".json"), indentedJson(query));
    }
    const qint64 start = u.time();
    const QString path =
        u.in("control-plane/sql/history", warehouse + '/' + day(start) + '-' + num(u.index) + ".jsonl");
    return u.stream(path, [&](Sink &sink) {
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

// A result table as the notebook UI stores it: schema and rows, truncated when the rows reach the limit.
Status makeInteractiveResult(Unit &u, bool large)
{
    const Schema &schema = pickSchema(u.rng);
    const QByteArray notebook = num(1000000000000000LL + u.rng.below(900000000000000LL));
    const QByteArray command = u.rng.uuid();
    if (large) {
        const QString path = u.at(notebook + '/' + command + "/result-0.csv");
        return u.stream(path, [&](Sink &sink) { writeCsv(sink, schema, u.rng, u.budget); });
    }
    return u.stream(u.at(notebook + '/' + command + ".json"), [&](Sink &sink) {
        sink.write("{\"type\":\"table\",\"isJsonSchema\":true,\"schema\":" +
                   QJsonDocument(schemaJson(schema)).toJson(QJsonDocument::Compact) + ",\"data\":[");
        const qint64 row = writeJsonRows(sink, schema, u.rng, std::min(u.budget, InMemoryCap), ",");
        sink.write("],\"rowCount\":" + num(row) + ",\"truncated\":" + (row >= 1000 ? "true" : "false") + "}\n");
    });
}

// ---------------------------------------------------------------------------------------------------------
// Root storage: files, job and SQL results, MLflow, Delta Live Tables, revisions, Model Serving artifacts.

void writeParquet(Sink &sink, Rng &rng, const Schema &schema, qint64 size)
{
    QByteArray footer("\x15\x04\x15\x00spark_schema", 16);
    for (const Column &c : schema.columns)
        footer += QByteArray("\x15\x0c\x25\x02\x18", 5) + c.name;
    footer += "\x19\x1corg.apache.spark.version\x18\x05"
              "3.5.0";
    footer += "parquet-mr version 1.12.3-databricks-0002 (build 2484a95dbe16a0023e3eb29c201f99ff9ea771ee)";
    sink.write("PAR1");
    fillRandom(sink, rng, std::max<qint64>(0, size - 12 - footer.size()));
    QByteArray length(4, '\0');
    putLe(length, 0, quint64(footer.size()), 4);
    sink.write(footer);
    sink.write(length);
    sink.write("PAR1");
}

Status makeDbfsFile(Unit &u)
{
    const int kind = u.index < 2 ? int(u.index) : int(u.rng.below(5));
    const Schema &schema = pickSchema(u.rng);
    const QByteArray name = QByteArray(schema.table) + '_' + num(u.index);
    switch (kind) {
    case 0: // a table uploaded through the UI
        return u.stream(u.in("root/FileStore", "tables/" + name + ".csv"),
                        [&](Sink &sink) { writeCsv(sink, schema, u.rng, u.budget); });
    case 1: // a managed table's data file under the Hive warehouse
        return u.stream(u.in("root/dbfs", "user/hive/warehouse/" + QByteArray(schema.table) + "/part-" +
                                              num(u.index).rightJustified(5, '0') + '-' + u.rng.uuid() +
                                              "-c000.snappy.parquet"),
                        [&](Sink &sink) { writeParquet(sink, u.rng, schema, std::max<qint64>(u.budget, 400)); });
    case 2: // a plot saved by displayHTML / matplotlib
        return u.stream(u.in("root/FileStore", "plots/" + u.rng.uuid() + ".png"), [&](Sink &sink) {
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
            u.in("root/FileStore", "shared_uploads/" + person(u.rng).email() + '/' + name + ".jsonl"), [&](Sink &sink) {
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
                        [&](Sink &sink) { writeCsv(sink, schema, u.rng, u.budget); });
    }
}

Status makeJobResult(Unit &u)
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
                         {QStringLiteral("run_name"), latin(u.rng.pick(Topics) + "_nightly")},
                         {QStringLiteral("start_time"), double(started)},
                         {QStringLiteral("end_time"), double(started + u.rng.range(60000, 7200000))},
                         {QStringLiteral("state"),
                          QJsonObject{{QStringLiteral("life_cycle_state"), QStringLiteral("TERMINATED")},
                                      {QStringLiteral("result_state"), QStringLiteral("SUCCESS")}}}}}};
        return u.put(u.at(dir + "notebook-output.json"), indentedJson(output));
    }
    const Schema &schema = pickSchema(u.rng);
    return u.stream(u.at(dir + "results/part-00000.csv"), [&](Sink &sink) { writeCsv(sink, schema, u.rng, u.budget); });
}

Status makeSqlResult(Unit &u)
{
    const Schema &schema = pickSchema(u.rng);
    const QByteArray dir = u.rng.hex(16) + '/' + u.rng.uuid().replace('-', "") + '/';
    if (u.rng.chance(0.5)) {
        return u.stream(u.at(dir + "chunk-0.csv"), [&](Sink &sink) { writeCsv(sink, schema, u.rng, u.budget); });
    }
    // The statement API's JSON_ARRAY disposition: a manifest, then the rows as arrays of strings.
    return u.stream(u.at(dir + "chunk-0.json"), [&](Sink &sink) {
        const QJsonObject manifest{
            {QStringLiteral("format"), QStringLiteral("JSON_ARRAY")},
            {QStringLiteral("schema"), QJsonObject{{QStringLiteral("columns"), schemaJson(schema)}}}};
        sink.write("{\"manifest\":" + compactJson(manifest) +
                   ",\"result\":{\"chunk_index\":0,\"row_offset\":0,\"data_array\":[");
        const qint64 row = writeJsonRows(sink, schema, u.rng, u.budget, ",\n");
        sink.write("],\"row_count\":" + num(row) + "}}\n");
    });
}

Status makeMlflowModel(Unit &u)
{
    const QByteArray experiment = num(1000000000000000LL + u.rng.below(900000000000000LL));
    const QByteArray run = u.rng.hex(32);
    const QByteArray flavour = u.rng.pick(Flavours);
    const QByteArray model = u.rng.pick(Models);
    const QString dir = u.at(experiment + '/' + run + "/artifacts/model/");
    const qint64 pickleSize = std::max<qint64>(u.budget, 2048);
    const QByteArray pyVersion = "3.10.12";
    const QByteArray flavourVersion = flavour == "sklearn" ? "1.3.0" : flavour == "xgboost" ? "1.7.6" : "4.1.0";

    if (Status s = u.stream(dir + QStringLiteral("model.pkl"),
                            [&](Sink &sink) {
                                // Pickle protocol 4 with a frame, a class reference, the estimator's state, then STOP.
                                QByteArray head("\x80\x04\x95", 3);
                                QByteArray frame(8, '\0');
                                putLe(frame, 0, quint64(pickleSize - 11), 8);
                                const QByteArray cls =
                                    flavour == "sklearn" ? "sklearn.ensemble._forest" : flavour + ".sklearn";
                                sink.write(head + frame + '\x8c' + char(cls.size()) + cls +
                                           "\x94\x8c\x15RandomForestRegressor\x94\x93\x94)\x81\x94}\x94(");
                                fillRandom(sink, u.rng, pickleSize - sink.size() - 3);
                                sink.write("ub.");
                            });
        !s)
        return s;

    const QByteArray mlmodel =
        "artifact_path: model\nflavors:\n  python_function:\n    env:\n      conda: conda.yaml\n      virtualenv: "
        "python_env.yaml\n"
        "    loader_module: mlflow." +
        flavour + "\n    model_path: model.pkl\n    predict_fn: predict\n    python_version: " + pyVersion + "\n  " +
        flavour + ":\n    code: null\n    pickled_model: model.pkl\n    serialization_format: cloudpickle\n    " +
        flavour + "_version: " + flavourVersion + "\nmlflow_version: 2.9.2\nmodel_size_bytes: " + num(pickleSize) +
        "\nmodel_uuid: " + u.rng.hex(32) + "\nrun_id: " + run +
        "\nsignature:\n  inputs: '[{\"type\": \"double\", \"name\": \"amount\", \"required\": true}, {\"type\": "
        "\"long\", "
        "\"name\": \"page_views\", \"required\": true}]'\n  outputs: '[{\"type\": \"tensor\", \"tensor-spec\": "
        "{\"dtype\": "
        "\"float64\", \"shape\": [-1]}}]'\n  params: null\nutc_time_created: '" +
        QDateTime::fromMSecsSinceEpoch(u.time(), Qt::UTC)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz000"))
            .toLatin1() +
        "'\n";
    const QByteArray requirements =
        "mlflow==2.9.2\ncloudpickle==2.2.1\nnumpy==1.23.5\npandas==1.5.3\nscikit-learn==1.3.0\n" +
        (flavour == "sklearn" ? QByteArray() : flavour + "==" + flavourVersion + '\n');
    const QByteArray conda =
        "channels:\n- conda-forge\ndependencies:\n- python=" + pyVersion +
        "\n- pip<=23.2.1\n- pip:\n  - mlflow==2.9.2\n  - cloudpickle==2.2.1\n  - scikit-learn==1.3.0\n"
        "name: mlflow-env\n";
    const QByteArray pythonEnv = "python: " + pyVersion +
                                 "\nbuild_dependencies:\n- pip==23.2.1\n- setuptools==68.0.0\n- wheel==0.41.2\n"
                                 "dependencies:\n- -r requirements.txt\n";
    for (const auto &[name, bytes] :
         {std::pair{QStringLiteral("MLmodel"), mlmodel}, std::pair{QStringLiteral("conda.yaml"), conda},
          std::pair{QStringLiteral("python_env.yaml"), pythonEnv},
          std::pair{QStringLiteral("requirements.txt"), requirements}}) {
        if (Status s = u.put(dir + name, bytes); !s)
            return s;
    }
    return {};
}

Status makeDeltaLiveTable(Unit &u)
{
    const QByteArray pipeline = u.rng.uuid();
    const Schema &schema = pickSchema(u.rng);
    const QByteArray table = u.rng.pick(Schemas) + '_' + schema.table + '_' + num(u.index);
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
        if (Status s = u.stream(dir + latin(name), [&](Sink &sink) { writeParquet(sink, u.rng, schema, size); }); !s)
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

Status makeRevision(Unit &u)
{
    const QByteArray notebookId = num(1000000000000000LL + u.rng.below(900000000000000LL));
    const qint64 at = u.time();
    const QByteArray source = sourceNotebook(u.rng, std::max<qint64>(u.budget - 400, 200),
                                             QByteArray(u.rng.pick(Topics)).replace('_', ' '), false);
    const QJsonObject revision{
        {QStringLiteral("notebook_id"), latin(notebookId)},
        {QStringLiteral("revision_timestamp"), double(at)},
        {QStringLiteral("author"), latin(person(u.rng).email())},
        {QStringLiteral("language"), QStringLiteral("PYTHON")},
        {QStringLiteral("content_sha256"), latin(QCryptographicHash::hash(source, QCryptographicHash::Sha256).toHex())},
        {QStringLiteral("source"), QString::fromUtf8(source)}};
    return u.put(u.at(notebookId + '/' + num(at) + '-' + num(u.index) + ".json"), indentedJson(revision));
}

void writeGzipLike(Sink &sink, Rng &rng, qint64 size, qint64 mtimeMs)
{
    QByteArray header("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
    putLe(header, 4, quint64(mtimeMs / 1000), 4);
    sink.write(header);
    fillRandom(sink, rng, std::max<qint64>(size - 18, 32));
    QByteArray trailer(8, '\0');
    putLe(trailer, 0, rng.next(), 4);
    putLe(trailer, 4, quint64(size * 3), 4);
    sink.write(trailer);
}

Status makeServingArtifact(Unit &u)
{
    const QByteArray model = u.rng.pick(Models);
    const QByteArray endpoint = QByteArray(model).replace('_', '-') + '-' + num(u.index);
    const qint64 version = u.rng.range(1, 12);
    const QByteArray dir = endpoint + "/versions/" + num(version) + '/';
    const qint64 created = u.time();
    if (Status s = u.stream(u.at(dir + "artifacts/model.tar.gz"),
                            [&](Sink &sink) { writeGzipLike(sink, u.rng, std::max<qint64>(u.budget, 1024), created); });
        !s)
        return s;
    const QByteArray run = u.rng.hex(32);
    const QJsonObject meta{
        {QStringLiteral("name"), latin("main.ml." + model)},
        {QStringLiteral("version"), latin(num(version))},
        {QStringLiteral("creation_timestamp"), double(created)},
        {QStringLiteral("last_updated_timestamp"), double(created + u.rng.below(3 * DayMs))},
        {QStringLiteral("user_id"), latin(person(u.rng).email())},
        {QStringLiteral("source"),
         latin("dbfs:/databricks/mlflow-tracking/" + num(u.rng.range(1000, 9999)) + '/' + run + "/artifacts/model")},
        {QStringLiteral("run_id"), latin(run)},
        {QStringLiteral("status"), QStringLiteral("READY")},
        {QStringLiteral("aliases"), QJsonArray{QStringLiteral("champion")}},
        {QStringLiteral("served_by"), latin(endpoint)}};
    return u.put(u.at(dir + "model-version.json"), indentedJson(meta));
}

// ---------------------------------------------------------------------------------------------------------
// Disks: sparse images with the structures a real one starts and ends with, and a few written blocks.

QByteArray ext4Superblock(Rng &rng, qint64 bytes, const QByteArray &label, const QByteArray &mountedOn, qint64 timeMs)
{
    QByteArray sb(1024, '\0');
    const quint64 blocks = quint64(bytes / 4096);
    putLe(sb, 0, blocks / 4, 4);              // s_inodes_count
    putLe(sb, 4, blocks, 4);                  // s_blocks_count_lo
    putLe(sb, 12, blocks * 9 / 10, 4);        // s_free_blocks_count_lo
    putLe(sb, 16, blocks / 4 - 11, 4);        // s_free_inodes_count
    putLe(sb, 24, 2, 4);                      // s_log_block_size: 4 KiB
    putLe(sb, 28, 2, 4);                      // s_log_cluster_size
    putLe(sb, 32, 32768, 4);                  // s_blocks_per_group
    putLe(sb, 36, 32768, 4);                  // s_clusters_per_group
    putLe(sb, 40, 8192, 4);                   // s_inodes_per_group
    putLe(sb, 44, quint64(timeMs / 1000), 4); // s_mtime
    putLe(sb, 48, quint64(timeMs / 1000), 4); // s_wtime
    putLe(sb, 52, 1, 2);                      // s_mnt_count
    putLe(sb, 54, 0xFFFF, 2);                 // s_max_mnt_count: -1
    putLe(sb, 56, 0xEF53, 2);                 // s_magic
    putLe(sb, 58, 1, 2);                      // s_state: clean
    putLe(sb, 60, 1, 2);                      // s_errors: continue
    putLe(sb, 76, 1, 4);                      // s_rev_level: dynamic
    putLe(sb, 84, 11, 4);                     // s_first_ino
    putLe(sb, 88, 256, 2);                    // s_inode_size
    for (int i = 0; i < 16; ++i)
        sb[104 + i] = char(rng.next() & 0xff); // s_uuid
    sb.replace(120, label.size(), label);
    sb.replace(136, mountedOn.size(), mountedOn);
    return sb;
}

void writeScatteredBlocks(Sink &sink, Rng &rng, qint64 from, qint64 to, const QByteArray &what)
{
    const int blocks = int(rng.range(3, 8));
    const qint64 places = (to - from) / 4096;
    for (int i = 0; i < blocks && places > 1; ++i) {
        sink.seek(from + rng.below(places - 1) * 4096);
        QByteArray block;
        while (block.size() < 4096)
            block += isoTime(EpochMs + rng.below(90 * DayMs)) + ' ' + what + " block " + num(rng.below(1 << 20)) + '\n';
        sink.write(block.left(4096));
    }
}

QByteArray vhdFooter(Rng &rng, qint64 diskBytes, qint64 timeMs)
{
    QByteArray f(512, '\0');
    f.replace(0, 8, "conectix");
    putBe(f, 8, 2, 4);                                   // features
    putBe(f, 12, 0x00010000, 4);                         // format version
    putBe(f, 16, ~quint64(0), 8);                        // data offset: none (fixed disk)
    putBe(f, 24, quint64(timeMs / 1000 - 946684800), 4); // seconds since 2000-01-01
    f.replace(28, 4, "win ");
    putBe(f, 32, 0x000a0000, 4);
    f.replace(36, 4, "Wi2k");
    putBe(f, 40, quint64(diskBytes), 8);                                          // original size
    putBe(f, 48, quint64(diskBytes), 8);                                          // current size
    putBe(f, 56, quint64((diskBytes / 512 / (16 * 63)) << 16 | 16 << 8 | 63), 4); // C/H/S
    putBe(f, 60, 2, 4);                                                           // disk type: fixed
    for (int i = 0; i < 16; ++i)
        f[68 + i] = char(rng.next() & 0xff); // unique id
    quint32 sum = 0;
    for (char c : f)
        sum += quint8(c);
    putBe(f, 64, quint64(~sum), 4);
    return f;
}

qint64 diskSize(qint64 budget)
{
    return std::clamp<qint64>((budget + MiB / 2) / MiB, 2, 512) * MiB;
}

Status makeManagedDisk(Unit &u)
{
    // A fixed VHD as Azure managed disks use: MBR, one ext4 partition at 1 MiB, data, the footer at the end.
    const qint64 dataBytes = diskSize(u.budget) - 512;
    const qint64 created = u.time();
    // Cluster ids read MMDD-HHMMSS-xxxxxxxx, from when the cluster was created.
    const QByteArray cluster = day(created).mid(5).replace('-', "") + '-' +
                               isoTime(created).mid(11, 8).replace(':', "") + '-' +
                               u.rng.fromAlphabet("abcdefghijklmnopqrstuvwxyz0123456789", 8);
    const QString path = u.at(cluster + "/vm-" + u.rng.hex(12) + "/temp-disk-" + num(u.index) + ".vhd");
    return u.stream(path, [&](Sink &sink) {
        QByteArray mbr(512, '\0');
        mbr.replace(0, 3, QByteArray("\xeb\x63\x90", 3)); // boot code jump
        const quint64 startLba = 2048;
        const quint64 sectors = quint64(dataBytes / 512) - startLba;
        mbr[446 + 4] = char(0x83); // Linux partition
        putLe(mbr, 446 + 8, startLba, 4);
        putLe(mbr, 446 + 12, sectors, 4);
        mbr[510] = char(0x55);
        mbr[511] = char(0xAA);
        sink.write(mbr);
        sink.seek(qint64(startLba) * 512 + 1024);
        sink.write(ext4Superblock(u.rng, qint64(sectors) * 512, "local_disk0", "/local_disk0", created));
        writeScatteredBlocks(sink, u.rng, qint64(startLba) * 512 + MiB / 2, dataBytes, "spark shuffle spill");
        sink.seek(dataBytes);
        sink.write(vhdFooter(u.rng, dataBytes, created));
    });
}

// ---------------------------------------------------------------------------------------------------------
// Serverless: what the platform creates and keys itself.

Status makeServerlessImageItem(Unit &u)
{
    const QByteArray endpoint = QByteArray(u.rng.pick(Models)).replace('_', '-') + '-' + num(u.index);
    const int kind = u.index < 3 ? int(u.index) : int(u.rng.below(3));
    const QByteArray version = num(u.rng.range(1, 12));
    if (kind == 0) {
        QJsonArray layers;
        for (int i = 0; i < 4; ++i)
            layers.append(QJsonObject{
                {QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.layer.v1.tar+gzip")},
                {QStringLiteral("digest"), latin("sha256:" + u.rng.hex(64))},
                {QStringLiteral("size"), double(u.rng.range(2 * MiB, 400 * MiB))}});
        const QJsonObject manifest{
            {QStringLiteral("schemaVersion"), 2},
            {QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.manifest.v1+json")},
            {QStringLiteral("config"),
             QJsonObject{{QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.config.v1+json")},
                         {QStringLiteral("digest"), latin("sha256:" + u.rng.hex(64))},
                         {QStringLiteral("size"), double(u.rng.range(4000, 12000))}}},
            {QStringLiteral("layers"), layers},
            {QStringLiteral("annotations"),
             QJsonObject{{QStringLiteral("com.databricks.serving.endpoint"), latin(endpoint)},
                         {QStringLiteral("com.databricks.serving.entity"),
                          latin("main.ml." + QByteArray(endpoint).replace('-', '_') + '/' + version)}}}};
        return u.put(u.in("serverless/model-images", endpoint + '/' + version + "/manifest.json"),
                     indentedJson(manifest));
    }
    if (kind == 1) {
        return u.stream(u.in("serverless/model-images", endpoint + '/' + version + "/blobs/sha256/" + u.rng.hex(64)),
                        [&](Sink &sink) { writeGzipLike(sink, u.rng, std::max<qint64>(u.budget, 1024), u.time()); });
    }
    const QByteArray replica = "replica-" + u.rng.hex(8);
    if (u.rng.chance(0.5)) {
        return u.stream(
            u.in("serverless/ephemeral", endpoint + '/' + replica + "/logs/model-server.log"), [&](Sink &sink) {
                for (qint64 t = u.time(); sink.size() < std::max<qint64>(u.budget, 300); t += u.rng.range(5, 4000))
                    sink.write(isoTime(t) + " INFO  [model-server] predict request_id=" + u.rng.uuid() +
                               " status=200 latency_ms=" + num(u.rng.range(4, 300)) + '\n');
            });
    }
    return u.stream(u.in("serverless/ephemeral", endpoint + '/' + replica + "/tmp/" + u.rng.uuid() + ".npy"),
                    [&](Sink &sink) {
                        QByteArray header = "{'descr': '<f8', 'fortran_order': False, 'shape': (" +
                                            num(u.rng.range(100, 5000)) + ", 32), }";
                        header = header.leftJustified(118, ' ') + '\n';
                        sink.write(QByteArray("\x93NUMPY\x01\x00\x76\x00", 10) + header);
                        fillRandom(sink, u.rng, std::max<qint64>(u.budget - 128, 256));
                    });
}

Status makeServerlessDisk(Unit &u)
{
    // A raw scratch disk: ext4 straight on the device, no partition table.
    const qint64 bytes = diskSize(u.budget);
    const qint64 created = u.time();
    const QString path = u.at("workload-" + u.rng.hex(10) + "/disk-" + num(u.index) + ".img");
    return u.stream(path, [&](Sink &sink) {
        sink.seek(1024);
        sink.write(ext4Superblock(u.rng, bytes, "scratch", "/local_disk0", created));
        writeScatteredBlocks(sink, u.rng, MiB / 2, bytes - 4096, "serverless task scratch");
        sink.seek(bytes - 4096);
        sink.write(QByteArray(4095, '\0') + '\n');
    });
}

// ---------------------------------------------------------------------------------------------------------
// The plan.

using Maker = Status (*)(Unit &);

struct TypeSpec
{
    QLatin1String id;
    int filesPerUnit;
    int minimumUnits;   // units every workspace gets (each format or variant shown once)
    double countWeight; // share of the objects beyond the minimum
    double sizeWeight;  // share of the bytes per unit, relative to the others
    qint64 fixedBytes;  // bytes a unit writes whatever its budget (metadata, small companions), estimated
    Maker make;
    bool diskImage = false; // sparse, in whole MiB: sized before the others
};

Status makeResultCp(Unit &u)
{
    return makeInteractiveResult(u, false);
}

Status makeResultRoot(Unit &u)
{
    return makeInteractiveResult(u, true);
}

const std::vector<TypeSpec> &typeSpecs()
{
    using L = QLatin1String;
    static const std::vector<TypeSpec> specs = {
        {L("notebook-source"), 2, 3, 14, 1.0, 700, makeNotebook},
        {L("git-credentials"), 1, 1, 1, 0, 350, makeGitCredential},
        {L("secrets"), 1, 1, 3, 0, 300, makeSecret},
        {L("sql-queries"), 1, 2, 10, 1.0, 300, makeSqlQueryOrHistory},
        {model::dataTypeIds::NotebookResultsControlPlane, 1, 1, 7, 0.4, 200, makeResultCp},
        {L("dbfs-root-data"), 1, 2, 16, 3.0, 0, makeDbfsFile},
        {L("job-results"), 1, 1, 8, 1.5, 300, makeJobResult},
        {L("sql-results"), 1, 1, 8, 2.5, 0, makeSqlResult},
        {L("mlflow-models"), 5, 1, 5, 6.0, 1900, makeMlflowModel},
        {L("delta-live-tables"), 3, 1, 6, 8.0, 1700, makeDeltaLiveTable},
        {model::dataTypeIds::NotebookResultsRootStorage, 1, 1, 4, 6.0, 0, makeResultRoot},
        {L("system-data"), 1, 1, 10, 1.0, 500, makeRevision},
        {L("model-serving-artifacts"), 2, 1, 3, 6.0, 600, makeServingArtifact},
        {L("classic-compute-disks"), 1, 1, 0.1, 60, 0, makeManagedDisk, true},
        {L("model-serving-image"), 1, 3, 2, 4.0, 300, makeServerlessImageItem},
        {L("serverless-disks"), 1, 1, 0.08, 60, 0, makeServerlessDisk, true},
    };
    return specs;
}

struct PlannedUnit
{
    int type;
    qint64 index;
    quint64 seed;
    double sizeShare;
    qint64 budget = 0;
};

quint64 unitSeed(quint64 seed, int type, qint64 index)
{
    quint64 x = seed ^ (quint64(type + 1) * 0xD6E8FEB86659FD93ULL) ^ (quint64(index) * 0x9E3779B97F4A7C15ULL);
    splitmix(x);
    return splitmix(x);
}

std::vector<PlannedUnit> plan(const DemoParams &params)
{
    const std::vector<TypeSpec> &specs = typeSpecs();
    std::vector<qint64> units(specs.size());
    qint64 minimum = 0;
    double weights = 0;
    for (std::size_t t = 0; t < specs.size(); ++t) {
        units[t] = specs[t].minimumUnits;
        minimum += qint64(specs[t].minimumUnits) * specs[t].filesPerUnit;
        weights += specs[t].countWeight;
    }
    // The objects beyond the minimum, by weight, in whole units; single-file types take what rounding leaves.
    const qint64 extra = params.objectCount - minimum;
    qint64 assigned = 0;
    for (std::size_t t = 0; t < specs.size(); ++t) {
        const qint64 more = qint64(double(extra) * specs[t].countWeight / weights) / specs[t].filesPerUnit;
        units[t] += more;
        assigned += more * specs[t].filesPerUnit;
    }
    // dbfs-root-data, job-results, sql-results, sql-queries, system-data, both interactive results
    static const int Fillers[] = {5, 6, 7, 3, 11, 4, 10};
    for (qint64 left = extra - assigned, i = 0; left > 0; --left, ++i)
        ++units[Fillers[i % std::size(Fillers)]];

    std::vector<PlannedUnit> out;
    double shares = 0;
    qint64 fixed = 0;
    for (std::size_t t = 0; t < specs.size(); ++t) {
        for (qint64 i = 0; i < units[t]; ++i) {
            const quint64 seed = unitSeed(params.seed, int(t), i);
            Rng jitter(seed ^ 0x5EEDF00DULL);
            // Sizes vary about tenfold, as files of one kind do.
            const double share = specs[t].sizeWeight * std::exp(jitter.unit() * 2.3 - 1.15);
            out.push_back({int(t), i, seed, share});
            shares += share;
            fixed += specs[t].fixedBytes;
        }
    }
    // Disk images come in whole MiB with a floor, so they are sized first and the others share what is left.
    double flexible = double(std::max<qint64>(params.totalBytes - fixed, 0));
    double otherShares = shares;
    const double perShare = shares > 0 ? flexible / shares : 0;
    for (PlannedUnit &u : out) {
        if (specs[u.type].diskImage) {
            u.budget = diskSize(qint64(perShare * u.sizeShare));
            flexible -= double(u.budget);
            otherShares -= u.sizeShare;
        }
    }
    flexible = std::max(flexible, 0.0);
    for (PlannedUnit &u : out) {
        if (!specs[u.type].diskImage)
            u.budget = otherShares > 0 ? qint64(flexible * u.sizeShare / otherShares) : 0;
    }
    return out;
}

} // namespace

QJsonObject DemoSummary::toJson() const
{
    QJsonObject types;
    for (auto it = perType.cbegin(); it != perType.cend(); ++it)
        types.insert(it.key(), QJsonObject{{QStringLiteral("objects"), double(it->objects)},
                                           {QStringLiteral("bytes"), double(it->bytes)}});
    return {{QStringLiteral("objects"), double(objects)},
            {QStringLiteral("bytes"), double(bytes)},
            {QStringLiteral("types"), types}};
}

qint64 DemoWorkspace::minimumObjectCount()
{
    qint64 minimum = 0;
    for (const TypeSpec &spec : typeSpecs())
        minimum += qint64(spec.minimumUnits) * spec.filesPerUnit;
    return minimum;
}

Result<DemoSummary> DemoWorkspace::generate(ObjectStore &store, const DemoProgress &progress) const
{
    if (m_params.objectCount < minimumObjectCount())
        return Error::make(
            ErrorCode::InvalidArgument,
            QStringLiteral("a demo workspace needs at least %1 objects to hold every data type (asked for %2)")
                .arg(minimumObjectCount())
                .arg(m_params.objectCount));
    if (m_params.totalBytes < 0)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("the total size cannot be negative"));

    DemoSummary summary;
    for (const model::DataType &type : model::DataTypeCatalogue::all())
        summary.perType.insert(type.id, {});
    Run run{store, progress, summary, m_params.objectCount};
    for (const PlannedUnit &p : plan(m_params)) {
        const TypeSpec &spec = typeSpecs()[p.type];
        Unit unit(run, spec.id, p.index, p.seed, p.budget);
        if (Status made = spec.make(unit); !made)
            return made.error();
    }
    return summary;
}

} // namespace keyward::storage

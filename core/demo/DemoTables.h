// DemoTables: a few table schemas whose rows fill the demo's CSV files, JSON results and Parquet-like parts.
#pragma once

#include "demo/DemoRandom.h"
#include "demo/DemoSink.h"

#include <QByteArray>
#include <QJsonArray>

#include <vector>

namespace keyward::demo {

enum class ColumnKind
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
    ColumnKind kind;
};

struct Schema
{
    const char *table;
    std::vector<Column> columns;
};

const Schema &pickSchema(DemoRandom &rng);

// One value of a column in row `row`; text and dates in double quotes when `quoted` (for JSON).
void appendValue(QByteArray &out, ColumnKind kind, DemoRandom &rng, qint64 row, bool quoted);
QByteArray value(ColumnKind kind, DemoRandom &rng, qint64 row, bool quoted);
// [{name, type}, ...] with the columns' SQL types.
QJsonArray schemaJson(const Schema &s);

// A header and rows until the object reaches `target` bytes.
void writeCsv(DemoSink &sink, const Schema &schema, DemoRandom &rng, qint64 target);
// Rows as JSON arrays joined by `separator`, at least one, until `target` bytes; returns how many.
qint64 writeJsonRows(DemoSink &sink, const Schema &schema, DemoRandom &rng, qint64 target, QByteArrayView separator);

} // namespace keyward::demo

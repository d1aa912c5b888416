// DemoTables: a few table schemas whose rows fill the demo's CSV files, JSON results and Parquet-like parts.
#include "demo/DemoTables.h"

#include "demo/DemoConstants.h"
#include "demo/DemoText.h"
#include "demo/DemoVocabulary.h"

#include <QJsonObject>

namespace keyward::demo {

namespace {

const std::vector<Schema> &schemas()
{
    static const std::vector<Schema> all = {
        {"orders",
         {{"order_id", "bigint", ColumnKind::Id},
          {"customer_id", "bigint", ColumnKind::Id},
          {"order_date", "date", ColumnKind::Date},
          {"region", "string", ColumnKind::Region},
          {"status", "string", ColumnKind::Status},
          {"amount", "decimal(12,2)", ColumnKind::Amount}}},
        {"web_events",
         {{"event_time", "timestamp", ColumnKind::Timestamp},
          {"session_id", "bigint", ColumnKind::Id},
          {"country", "string", ColumnKind::Country},
          {"page_views", "int", ColumnKind::Count},
          {"converted", "boolean", ColumnKind::Flag}}},
        {"customers",
         {{"customer_id", "bigint", ColumnKind::Id},
          {"email", "string", ColumnKind::Email},
          {"country", "string", ColumnKind::Country},
          {"lifetime_value", "decimal(12,2)", ColumnKind::Amount},
          {"churn_score", "double", ColumnKind::Score}}},
        {"line_items",
         {{"order_id", "bigint", ColumnKind::Id},
          {"product", "string", ColumnKind::Product},
          {"quantity", "int", ColumnKind::Count},
          {"unit_price", "decimal(10,2)", ColumnKind::Amount},
          {"shipped_at", "timestamp", ColumnKind::Timestamp}}},
    };
    return all;
}

QByteArray csvHeader(const Schema &s)
{
    QByteArray line;
    for (const Column &c : s.columns)
        line += (line.isEmpty() ? "" : ",") + QByteArray(c.name);
    return line + '\n';
}

void appendCsvRow(QByteArray &out, const Schema &s, DemoRandom &rng, qint64 row)
{
    for (std::size_t i = 0; i < s.columns.size(); ++i) {
        if (i)
            out.append(',');
        appendValue(out, s.columns[i].kind, rng, row, false);
    }
    out.append('\n');
}

void appendJsonRow(QByteArray &out, const Schema &s, DemoRandom &rng, qint64 row) // a JSON array of the row's values
{
    out.append('[');
    for (std::size_t i = 0; i < s.columns.size(); ++i) {
        if (i)
            out.append(',');
        appendValue(out, s.columns[i].kind, rng, row, true);
    }
    out.append(']');
}

} // namespace

const Schema &pickSchema(DemoRandom &rng)
{
    return schemas()[rng.below(qint64(schemas().size()))];
}

// Rows are built in place, as allocations were most of their cost.
void appendValue(QByteArray &out, ColumnKind kind, DemoRandom &rng, qint64 row, bool quoted)
{
    const auto text = [&](QByteArrayView s) {
        if (quoted)
            out.append('"');
        out.append(s);
        if (quoted)
            out.append('"');
    };
    switch (kind) {
    case ColumnKind::Id:
        out.append(QByteArray::number(1000000 + row * 7 + rng.below(7)));
        return;
    case ColumnKind::Count:
        out.append(QByteArray::number(rng.range(1, 40)));
        return;
    case ColumnKind::Date:
    case ColumnKind::Timestamp: {
        if (quoted)
            out.append('"');
        if (kind == ColumnKind::Date)
            appendDay(out, EpochMs + rng.below(120) * DayMs);
        else
            appendIsoTime(out, EpochMs + rng.below(120 * DayMs));
        if (quoted)
            out.append('"');
        return;
    }
    case ColumnKind::Region:
        return text(rng.pickWord(vocabulary::Regions));
    case ColumnKind::Country:
        return text(rng.pickWord(vocabulary::Countries));
    case ColumnKind::Status:
        return text(rng.pickWord(vocabulary::Statuses));
    case ColumnKind::Amount:
        return appendMoney(out, rng, 250000);
    case ColumnKind::Email:
        return text(person(rng).email());
    case ColumnKind::Product:
        return text(rng.pickWord(vocabulary::Products));
    case ColumnKind::Flag:
        out.append(rng.chance(0.1) ? "true" : "false");
        return;
    case ColumnKind::Score:
        out.append('0');
        out.append('.');
        appendDigits(out, rng.below(10000), 4);
        return;
    }
}

QByteArray value(ColumnKind kind, DemoRandom &rng, qint64 row, bool quoted)
{
    QByteArray out;
    appendValue(out, kind, rng, row, quoted);
    return out;
}

QJsonArray schemaJson(const Schema &s)
{
    QJsonArray fields;
    for (const Column &c : s.columns)
        fields.append(QJsonObject{{QStringLiteral("name"), QLatin1String(c.name)},
                                  {QStringLiteral("type"), QLatin1String(c.sqlType)}});
    return fields;
}

void writeCsv(DemoSink &sink, const Schema &schema, DemoRandom &rng, qint64 target)
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

qint64 writeJsonRows(DemoSink &sink, const Schema &schema, DemoRandom &rng, qint64 target, QByteArrayView separator)
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

} // namespace keyward::demo

// DemoNotebooks: notebooks in the formats the workspace export uses: Databricks source (.py, .sql) and Jupyter.
#include "demo/DemoNotebooks.h"

#include "demo/DemoConstants.h"
#include "demo/DemoText.h"
#include "demo/DemoVocabulary.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <iterator>

namespace keyward::demo {

namespace {

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

QJsonArray sourceLines(const QByteArray &text)
{
    QJsonArray lines;
    const QList<QByteArray> parts = text.split('\n');
    for (qsizetype i = 0; i < parts.size(); ++i)
        lines.append(QString::fromUtf8(parts[i] + (i + 1 < parts.size() ? "\n" : "")));
    return lines;
}

} // namespace

QByteArray sourceNotebook(DemoRandom &rng, qint64 target, const QByteArray &title, bool sql)
{
    const QByteArray comment = sql ? "--" : "#";
    QByteArray out = comment + " Databricks notebook source\n" + comment + " MAGIC %md\n" + comment + " MAGIC # " +
                     title + '\n' + comment + " MAGIC " + rng.pick(vocabulary::Sentences);
    const QByteArray separator = "\n\n" + comment + " COMMAND ----------\n\n";
    for (int cells = 0; cells < 3 || out.size() < std::min(target, InMemoryCap); ++cells)
        out += separator + fillTemplate(sql ? SqlCells[rng.below(std::size(SqlCells))]
                                            : PythonCells[rng.below(std::size(PythonCells))],
                                        rng);
    return out + '\n';
}

QByteArray ipynbNotebook(DemoRandom &rng, qint64 target, const QByteArray &title)
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
    cell("markdown", "# " + title + '\n' + rng.pick(vocabulary::Sentences));
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

} // namespace keyward::demo

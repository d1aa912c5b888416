// DemoVocabulary: the words demo objects are made of: people, teams, tables, products, prose, and the
// templates' placeholders filled from them.
#include "demo/DemoVocabulary.h"

#include "demo/DemoConstants.h"
#include "demo/DemoText.h"

namespace keyward::demo {

namespace {

const char *const FirstNameWords[] = {"alice", "bruno", "chen",    "dana",  "emeka",  "farah", "gustav",
                                      "hana",  "ivan",  "julia",   "kenji", "lena",   "mateo", "nadia",
                                      "oskar", "priya", "quentin", "rosa",  "sanjay", "tessa"};
const char *const LastNameWords[] = {"johnson", "rossi",  "wei",    "kowalski", "okafor",  "haddad", "lindqvist",
                                     "sato",    "petrov", "garcia", "tanaka",   "schmidt", "lopez",  "ivanova",
                                     "berg",    "patel",  "martin", "silva",    "kumar",   "novak"};
const char *const TeamWords[] = {"finance",       "marketing", "supply-chain", "risk",
                                 "data-platform", "growth",    "fraud",        "people-analytics"};
const char *const TopicWords[] = {
    "sales_forecast",      "churn_model",          "inventory_snapshot", "customer_360",
    "fraud_scoring",       "clickstream_sessions", "revenue_rollup",     "supplier_quality",
    "ad_attribution",      "payroll_audit",        "demand_planning",    "web_events_cleanup",
    "feature_engineering", "price_elasticity",     "ltv_estimate",       "store_footfall"};
const char *const CatalogWords[] = {"main", "prod", "dev"};
const char *const SchemaWords[] = {"sales", "marketing", "finance", "ops", "ml", "raw", "bronze", "silver", "gold"};
const char *const TableWords[] = {"orders",   "customers", "line_items", "web_events", "invoices",
                                  "products", "stores",    "shipments",  "payments",   "sessions"};
const char *const ColumnNameWords[] = {"customer_id", "order_id", "region", "status", "country", "session_id"};
const char *const RegionWords[] = {"EMEA", "NA", "LATAM", "APAC"};
const char *const CountryWords[] = {"DE", "FR", "NL", "US", "CA", "BR", "JP", "IN", "GB", "SE", "ES", "IT"};
const char *const StatusWords[] = {"shipped", "delivered", "pending", "cancelled", "returned"};
const char *const ProductWords[] = {"Trail Runner 2",   "Espresso Grinder",  "Noise-Cancelling Headset",
                                    "Standing Desk",    "Cast Iron Skillet", "Rain Jacket",
                                    "Smart Thermostat", "Yoga Mat",          "LED Desk Lamp"};
const char *const HeadingWords[] = {"Load",      "Clean up", "Aggregate", "Checks",
                                    "Write out", "Explore",  "Train",     "Evaluate"};
const char *const SentenceWords[] = {"Reads the raw table and drops rows without a customer id.",
                                     "Daily totals per region, for the finance dashboard.",
                                     "Runs after the nightly ingest job; safe to re-run.",
                                     "Keeps the latest record per key (late-arriving updates win).",
                                     "Numbers must match the ledger export within 0.5%.",
                                     "Owner is on call for this pipeline; see the runbook in the team wiki."};
const char *const ModelWords[] = {"churn_classifier", "demand_forecaster", "fraud_detector", "price_optimizer",
                                  "ltv_regressor"};
const char *const FlavourWords[] = {"sklearn", "xgboost", "lightgbm"};
const char *const SecretKeyWords[] = {"storage-account-key", "jdbc-password",      "sp-client-secret", "api-token",
                                      "sas-token",           "snowflake-password", "kafka-sasl-secret"};

} // namespace

namespace vocabulary {

// constinit: set before any dynamic initialisation, so no other file's static can ever see an empty pool.
constinit const WordPool FirstNames{FirstNameWords};
constinit const WordPool LastNames{LastNameWords};
constinit const WordPool Teams{TeamWords};
constinit const WordPool Topics{TopicWords};
constinit const WordPool Catalogs{CatalogWords};
constinit const WordPool Schemas{SchemaWords};
constinit const WordPool Tables{TableWords};
constinit const WordPool ColumnNames{ColumnNameWords};
constinit const WordPool Regions{RegionWords};
constinit const WordPool Countries{CountryWords};
constinit const WordPool Statuses{StatusWords};
constinit const WordPool Products{ProductWords};
constinit const WordPool Headings{HeadingWords};
constinit const WordPool Sentences{SentenceWords};
constinit const WordPool Models{ModelWords};
constinit const WordPool Flavours{FlavourWords};
constinit const WordPool SecretKeys{SecretKeyWords};
constinit const char *const Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

} // namespace vocabulary

QByteArray Person::email() const
{
    return first + '.' + last + "@contoso.com";
}

QByteArray Person::username() const
{
    return first + '-' + last;
}

Person person(DemoRandom &rng)
{
    return {rng.pick(vocabulary::FirstNames), rng.pick(vocabulary::LastNames)};
}

QByteArray tableName(DemoRandom &rng)
{
    return rng.pick(vocabulary::Catalogs) + '.' + rng.pick(vocabulary::Schemas) + '.' + rng.pick(vocabulary::Tables);
}

QByteArray fillTemplate(const char *tpl, DemoRandom &rng)
{
    QByteArray text(tpl);
    text.replace("{tbl}", tableName(rng));
    text.replace("{col}", rng.pick(vocabulary::ColumnNames));
    text.replace("{date}", day(EpochMs + rng.below(60) * DayMs));
    text.replace("{heading}", rng.pick(vocabulary::Headings));
    text.replace("{sentence}", rng.pick(vocabulary::Sentences));
    text.replace("{topic}", rng.pick(vocabulary::Topics));
    text.replace("{n}", num(rng.range(3, 12)));
    text.replace("{f}", QByteArray::number(rng.unit() * 40, 'f', 3));
    return text;
}

} // namespace keyward::demo

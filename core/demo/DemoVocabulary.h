// DemoVocabulary: the words demo objects are made of: people, teams, tables, products, prose, and the
// templates' placeholders filled from them.
#pragma once

#include "demo/DemoRandom.h"

#include <QByteArray>

#include <span>

namespace keyward::demo {

// A list of words to draw from with DemoRandom::pick().
using WordPool = std::span<const char *const>;

namespace vocabulary {

extern const WordPool FirstNames;
extern const WordPool LastNames;
extern const WordPool Teams;
extern const WordPool Topics;   // notebook, query and job names
extern const WordPool Catalogs; // Unity Catalog names: catalog.schema.table
extern const WordPool Schemas;
extern const WordPool Tables;
extern const WordPool ColumnNames; // key columns that queries filter and group by
extern const WordPool Regions;
extern const WordPool Countries;
extern const WordPool Statuses;
extern const WordPool Products;
extern const WordPool Headings;  // markdown cell headings
extern const WordPool Sentences; // markdown cell prose
extern const WordPool Models;    // MLflow model and serving endpoint names
extern const WordPool Flavours;  // MLflow model flavours
extern const WordPool SecretKeys;
extern const char *const Base62;

} // namespace vocabulary

struct Person
{
    QByteArray first, last;
    QByteArray email() const;
    QByteArray username() const;
};

Person person(DemoRandom &rng);
// catalog.schema.table
QByteArray tableName(DemoRandom &rng);
// Fills {tbl}, {col}, {date}, {heading}, {sentence}, {topic}, {n} and {f} in a notebook cell or query.
QByteArray fillTemplate(const char *tpl, DemoRandom &rng);

} // namespace keyward::demo

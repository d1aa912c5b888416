// DataType: one row of the matrix: a kind of workspace data, where it lives and which CMK feature covers it.
#pragma once

#include "model/Feature.h"
#include "model/Location.h"

#include <QLatin1String>
#include <QList>
#include <QString>

namespace keyward::model {

// Where a row of the catalogue comes from: the seed document's table, or the platform's current documentation,
// which lists data the seed does not.
enum class RowSource
{
    Seed,
    CurrentDocs,
};

QList<RowSource> allRowSources();
QString rowSourceId(RowSource source); // "seed", "current-docs"
// The translated citation a tooltip and --json give for a row of that source.
QString rowSourceCitation(RowSource source);

struct DataType
{
    QLatin1String id;   // stable kebab-case id, e.g. "notebook-source"; never translated
    const char *name;   // source text, marked with QT_TRANSLATE_NOOP in the "keyward::model::DataType" context
    const char *detail; // what the row's source says about it, same context; shown in tooltips and --json
    Location location;
    Feature feature; // the CMK feature that covers it by default, or Platform when none can
    RowSource source = RowSource::Seed;

    QString displayName() const;
    QString displayDetail() const;
    QString sourceCitation() const { return rowSourceCitation(source); }
};

} // namespace keyward::model

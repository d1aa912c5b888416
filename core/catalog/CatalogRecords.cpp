// CatalogRecords: state names and the history entry's canonical form.
#include "catalog/CatalogRecords.h"

#include <QJsonDocument>

namespace keyward::catalog {

QString featureKeyStateName(FeatureKeyState state)
{
    switch (state) {
    case FeatureKeyState::Active:
        return QStringLiteral("active");
    case FeatureKeyState::Retired:
        return QStringLiteral("retired");
    case FeatureKeyState::Destroyed:
        return QStringLiteral("destroyed");
    }
    return {};
}

std::optional<FeatureKeyState> parseFeatureKeyState(const QString &name)
{
    for (auto s : {FeatureKeyState::Active, FeatureKeyState::Retired, FeatureKeyState::Destroyed})
        if (featureKeyStateName(s) == name)
            return s;
    return std::nullopt;
}

QString inventoryStateName(InventoryState state)
{
    return state == InventoryState::Sealed ? QStringLiteral("sealed") : QStringLiteral("plain");
}

std::optional<InventoryState> parseInventoryState(const QString &name)
{
    for (auto s : {InventoryState::Plain, InventoryState::Sealed})
        if (inventoryStateName(s) == name)
            return s;
    return std::nullopt;
}

QString jobStateName(JobState state)
{
    switch (state) {
    case JobState::Running:
        return QStringLiteral("running");
    case JobState::Done:
        return QStringLiteral("done");
    case JobState::Failed:
        return QStringLiteral("failed");
    case JobState::Cancelled:
        return QStringLiteral("cancelled");
    case JobState::Interrupted:
        return QStringLiteral("interrupted");
    }
    return {};
}

std::optional<JobState> parseJobState(const QString &name)
{
    for (auto s : {JobState::Running, JobState::Done, JobState::Failed, JobState::Cancelled, JobState::Interrupted})
        if (jobStateName(s) == name)
            return s;
    return std::nullopt;
}

QByteArray HistoryEntry::canonical() const
{
    // QJsonObject keeps its keys sorted, so the same entry always gives the same bytes.
    const QJsonObject o{{QStringLiteral("seq"), seq},
                        {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("actor"), actor},
                        {QStringLiteral("workspace"), workspace},
                        {QStringLiteral("feature"), feature},
                        {QStringLiteral("key"), key},
                        {QStringLiteral("old_version"), oldVersion},
                        {QStringLiteral("new_version"), newVersion},
                        {QStringLiteral("objects_touched"), objectsTouched},
                        {QStringLiteral("action"), action},
                        {QStringLiteral("result"), result},
                        {QStringLiteral("prev_hash"), QString::fromLatin1(prevHash.toHex())}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace keyward::catalog

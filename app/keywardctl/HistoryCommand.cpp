// HistoryCommand: keywardctl history [verify]: the hash-chained rotation history, listed or checked.
#include "CliSupport.h"

#include "services/HistoryService.h"

#include <QJsonArray>

namespace keyward::cli {

namespace {

using catalog::HistoryEntry;

QJsonObject entryJson(const HistoryEntry &e)
{
    return QJsonObject{{QStringLiteral("seq"), e.seq},
                       {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("actor"), e.actor},
                       {QStringLiteral("workspace"), e.workspace},
                       {QStringLiteral("feature"), e.feature},
                       {QStringLiteral("key"), e.key},
                       {QStringLiteral("old_version"), e.oldVersion},
                       {QStringLiteral("new_version"), e.newVersion},
                       {QStringLiteral("objects_touched"), e.objectsTouched},
                       {QStringLiteral("action"), e.action},
                       {QStringLiteral("result"), e.result},
                       {QStringLiteral("prev_hash"), QString::fromLatin1(e.prevHash.toHex())},
                       {QStringLiteral("hash"), QString::fromLatin1(e.hash.toHex())}};
}

// Columns as wide as their widest cell, so long key versions stay readable.
void printTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths << h.size();
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += i + 1 < cells.size() ? cells.at(i).leftJustified(widths[i] + 2) : cells.at(i);
        out() << terminalSafe(text) << '\n';
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    out().flush();
}

QString dash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}

QString anchorName(catalog::HistoryAnchorState state)
{
    switch (state) {
    case catalog::HistoryAnchorState::NotAnchored:
        return QStringLiteral("not-anchored");
    case catalog::HistoryAnchorState::Matches:
        return QStringLiteral("matches");
    case catalog::HistoryAnchorState::Truncated:
        return QStringLiteral("truncated");
    case catalog::HistoryAnchorState::Rewritten:
        return QStringLiteral("rewritten");
    case catalog::HistoryAnchorState::Unchecked:
        break;
    }
    return QStringLiteral("unchecked");
}

int verify(const QStringList &args)
{
    QCommandLineParser parser;
    StoreAccess access;
    access.addOptions(parser);
    if (int rc = parseOrExit(parser, args,
                             Text::tr("Check the rotation history's hash chain: every entry unchanged, none missing, "
                                      "none out of order, none removed from the end. Exit 0 when intact, 3 when "
                                      "broken."));
        rc >= 0)
        return rc;
    access.configure(parser);
    services::HistoryService history(access.context());
    auto check = history.verify();
    if (!check)
        return report(args.value(0), check.error());
    QByteArray head;
    if (check->intact && check->entries > 0) {
        auto entries = history.entries();
        if (!entries)
            return report(args.value(0), entries.error());
        head = entries->last().hash;
    }
    if (access.json())
        printJson(QJsonObject{
            {QStringLiteral("intact"), check->intact},
            {QStringLiteral("entries"), check->entries},
            {QStringLiteral("head"),
             head.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromLatin1(head.toHex()))},
            {QStringLiteral("bad_seq"), check->intact ? QJsonValue(QJsonValue::Null) : QJsonValue(check->badSeq)},
            {QStringLiteral("problem"), check->intact ? QJsonValue(QJsonValue::Null) : QJsonValue(check->problem)},
            {QStringLiteral("anchor"), anchorName(check->anchor)},
            {QStringLiteral("anchored_seq"),
             check->anchoredSeq > 0 ? QJsonValue(check->anchoredSeq) : QJsonValue(QJsonValue::Null)}});
    if (!check->intact)
        return report(args.value(0), Error::make(ErrorCode::Format, Text::tr("the rotation history is broken at entry "
                                                                             "%1: %2")
                                                                        .arg(check->badSeq)
                                                                        .arg(check->problem)));
    if (!access.json()) {
        if (head.isEmpty())
            out() << Text::tr("history intact: %1 entries").arg(check->entries) << Qt::endl;
        else
            out() << Text::tr("history intact: %1 entries, head %2")
                         .arg(check->entries)
                         .arg(QString::fromLatin1(head.toHex().left(16)))
                  << Qt::endl;
        if (check->anchor == catalog::HistoryAnchorState::NotAnchored && check->entries > 0)
            err() << Text::tr("note: the history's head is not anchored outside the catalog (no keychain entry for "
                              "it yet, or the keychain does not answer), so a truncated history cannot be told "
                              "from a short one")
                  << Qt::endl;
    }
    return ExitOk;
}

int list(const QStringList &args)
{
    QCommandLineParser parser;
    StoreAccess access;
    access.addOptions(parser);
    const QCommandLineOption workspaceOpt(QStringLiteral("workspace"), Text::tr("Only this workspace's entries."),
                                          QStringLiteral("W"));
    const QCommandLineOption keyOpt(QStringLiteral("key"), Text::tr("Only the entries of this key (STORE/KEY)."),
                                    QStringLiteral("KEY"));
    const QCommandLineOption featureOpt(
        QStringLiteral("feature"),
        Text::tr("Only the entries of this feature (managed-services, dbfs-root, managed-disks)."),
        QStringLiteral("FEATURE"));
    const QCommandLineOption sinceOpt(
        QStringLiteral("since"),
        Text::tr("Only the entries since WHEN: hours, days or weeks back (36h, 30d, 2w) or an ISO 8601 date."),
        QStringLiteral("WHEN"));
    parser.addOptions({workspaceOpt, keyOpt, featureOpt, sinceOpt});
    if (int rc = parseOrExit(parser, args,
                             Text::tr("Print the rotation history, oldest first. 'keywardctl history verify' checks "
                                      "its hash chain."));
        rc >= 0)
        return rc;
    access.configure(parser);
    if (!parser.positionalArguments().isEmpty()) {
        err() << args.value(0) << ": " << Text::tr("unexpected argument '%1'").arg(parser.positionalArguments().first())
              << Qt::endl;
        return ExitUsage;
    }
    // The same filter the console's History view applies.
    services::HistoryFilter filter;
    filter.workspace = parser.value(workspaceOpt);
    filter.key = parser.value(keyOpt);
    if (parser.isSet(featureOpt)) {
        auto feature = model::parseFeature(parser.value(featureOpt));
        if (!feature || *feature == model::Feature::Platform) {
            err() << args.value(0) << ": "
                  << Text::tr("unknown feature '%1' (managed-services, dbfs-root, managed-disks)")
                         .arg(parser.value(featureOpt))
                  << Qt::endl;
            return ExitUsage;
        }
        filter.feature = *feature;
    }
    if (parser.isSet(sinceOpt)) {
        auto since = services::parseSince(parser.value(sinceOpt), access.context().clock().now());
        if (!since)
            return report(args.value(0), since.error());
        filter.since = *since;
    }
    auto entries = services::HistoryService(access.context()).entries(filter);
    if (!entries)
        return report(args.value(0), entries.error());
    if (access.json()) {
        QJsonArray a;
        for (const HistoryEntry &e : *entries)
            a.append(entryJson(e));
        printJson(a);
        return ExitOk;
    }
    if (entries->isEmpty()) {
        out() << Text::tr("no rotation history entries") << Qt::endl;
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const HistoryEntry &e : *entries)
        rows << QStringList{QString::number(e.seq),
                            e.at.toString(Qt::ISODate),
                            e.actor,
                            e.workspace,
                            e.feature,
                            e.key,
                            QStringLiteral("%1 -> %2").arg(dash(e.oldVersion), dash(e.newVersion)),
                            QString::number(e.objectsTouched),
                            e.action,
                            e.result};
    printTable({Text::tr("SEQ"), Text::tr("TIME"), Text::tr("ACTOR"), Text::tr("WORKSPACE"), Text::tr("FEATURE"),
                Text::tr("KEY"), Text::tr("VERSION"), Text::tr("OBJECTS"), Text::tr("ACTION"), Text::tr("RESULT")},
               rows);
    return ExitOk;
}

} // namespace

int runHistory(const QStringList &args)
{
    // `history` alone lists; `history verify` checks. Anything else is the list's options.
    if (args.value(1) == QLatin1String("verify")) {
        QStringList rest = args.mid(2);
        rest.prepend(args.value(0) + QStringLiteral(" verify"));
        return verify(rest);
    }
    return list(args);
}

} // namespace keyward::cli

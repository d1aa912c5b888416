// KeyCommand: keywardctl key list|show|create|rotate|enable|disable|delete|recover|purge|policy.
#include "CliSupport.h"

#include "services/KeyService.h"
#include "services/Messages.h"
#include "util/Input.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace keyward::cli {

namespace {

using keystore::KeyVersionInfo;

// Parses the options shared by every key subcommand plus `extra`; returns the store name or an exit status.
struct KeyCommandLine
{
    QCommandLineParser parser;
    StoreAccess access;
    QCommandLineOption storeOpt{QStringLiteral("store"), Text::tr("The key store (see 'keywardctl store list')."),
                                QStringLiteral("STORE")};

    int parse(const QStringList &args, const QString &description, const QList<QCommandLineOption> &extra,
              int positional, const QString &positionalName = QStringLiteral("NAME"))
    {
        access.addOptions(parser);
        parser.addOption(storeOpt);
        parser.addOptions(extra);
        if (positional > 0)
            parser.addPositionalArgument(positionalName, Text::tr("The key's name."));
        if (int rc = parseOrExit(parser, args, description, ParseRules{{}, positional}); rc >= 0)
            return rc;
        access.configure(parser);
        if (!parser.isSet(storeOpt) || parser.positionalArguments().size() != positional) {
            err() << args.value(0) << ": "
                  << (positional ? Text::tr("expected --store STORE and the key's NAME")
                                 : Text::tr("expected --store STORE"))
                  << Qt::endl;
            return ExitUsage;
        }
        return -1;
    }
    QString name() const { return parser.positionalArguments().value(0); }
};

QString dateText(const std::optional<QDateTime> &t)
{
    return t ? t->toString(Qt::ISODate) : QStringLiteral("-");
}

void printVersions(const QList<KeyVersionInfo> &versions)
{
    out() << Text::tr("VERSION").leftJustified(34) << Text::tr("STATE").leftJustified(10)
          << Text::tr("CREATED").leftJustified(22) << Text::tr("EXPIRES").leftJustified(22) << Text::tr("NOT BEFORE")
          << '\n';
    for (const KeyVersionInfo &v : versions)
        out() << v.version.leftJustified(34)
              << (v.enabled ? Text::tr("enabled") : Text::tr("disabled")).leftJustified(10)
              << v.created.toString(Qt::ISODate).leftJustified(22) << dateText(v.expires).leftJustified(22)
              << dateText(v.notBefore) << '\n';
    out().flush();
}

QJsonArray toJsonArray(const QList<KeyVersionInfo> &list)
{
    QJsonArray a;
    for (const auto &v : list)
        a.append(v.toJson());
    return a;
}

int list(const QStringList &args)
{
    KeyCommandLine cl;
    const QCommandLineOption deletedOpt(QStringLiteral("deleted"), Text::tr("List soft-deleted keys instead."));
    if (int rc = cl.parse(args, Text::tr("List the keys in a store (newest version of each)."), {deletedOpt}, 0);
        rc >= 0)
        return rc;
    if (auto st = cl.access.checkDataDir(); !st)
        return report(args.value(0), st.error());
    services::KeyService keys(cl.access.context());
    const QString store = cl.parser.value(cl.storeOpt);
    if (cl.parser.isSet(deletedOpt)) {
        auto deleted = keys.deletedKeys(store);
        if (!deleted)
            return report(args.value(0), deleted.error());
        if (cl.access.json()) {
            QJsonArray a;
            for (const auto &d : *deleted)
                a.append(d.toJson());
            printJson(a);
            return ExitOk;
        }
        out() << Text::tr("NAME").leftJustified(24) << Text::tr("DELETED ON").leftJustified(22)
              << Text::tr("PURGE AFTER") << '\n';
        for (const auto &d : *deleted)
            out() << d.name.leftJustified(24) << d.deletedOn.toString(Qt::ISODate).leftJustified(22)
                  << d.scheduledPurge.toString(Qt::ISODate) << '\n';
        out().flush();
        return ExitOk;
    }
    auto newest = keys.keys(store);
    if (!newest)
        return report(args.value(0), newest.error());
    if (cl.access.json()) {
        printJson(toJsonArray(*newest));
        return ExitOk;
    }
    out() << Text::tr("NAME").leftJustified(24) << Text::tr("TYPE").leftJustified(10)
          << Text::tr("STATE").leftJustified(10) << Text::tr("EXPIRES").leftJustified(22) << Text::tr("NEWEST VERSION")
          << '\n';
    for (const auto &k : *newest)
        out() << k.name.leftJustified(24)
              << QStringLiteral("%1-%2").arg(keystore::keyKindName(k.kind)).arg(k.bits).leftJustified(10)
              << (k.enabled ? Text::tr("enabled") : Text::tr("disabled")).leftJustified(10)
              << dateText(k.expires).leftJustified(22) << k.id << '\n';
    out().flush();
    return ExitOk;
}

int show(const QStringList &args)
{
    KeyCommandLine cl;
    const QCommandLineOption versionOpt(QStringLiteral("version"), Text::tr("Show one version only."),
                                        QStringLiteral("VERSION"));
    if (int rc = cl.parse(args, Text::tr("Show a key's versions and attributes."), {versionOpt}, 1); rc >= 0)
        return rc;
    if (auto st = cl.access.checkDataDir(); !st)
        return report(args.value(0), st.error());
    services::KeyService keys(cl.access.context());
    const QString store = cl.parser.value(cl.storeOpt);
    QList<KeyVersionInfo> versions;
    if (cl.parser.isSet(versionOpt)) {
        auto v = keys.version(store, cl.name(), cl.parser.value(versionOpt));
        if (!v)
            return report(args.value(0), v.error());
        versions << *v;
    } else {
        auto all = keys.versions(store, cl.name());
        if (!all)
            return report(args.value(0), all.error());
        versions = *all;
    }
    if (cl.access.json()) {
        printJson(cl.parser.isSet(versionOpt) ? QJsonValue(versions.first().toJson())
                                              : QJsonValue(toJsonArray(versions)));
        return ExitOk;
    }
    const KeyVersionInfo &latest = versions.last();
    out() << Text::tr("key %1: %2-%3, operations %4, %5")
                 .arg(latest.name, keystore::keyKindName(latest.kind))
                 .arg(latest.bits)
                 .arg(latest.operations.join(QLatin1Char(',')),
                      latest.hsmBacked ? Text::tr("HSM-backed") : Text::tr("software-protected"))
          << '\n';
    printVersions(versions);
    return ExitOk;
}

// --not-before / --expires: ISO 8601 (input::dateTime). A date in the past is added to `warnings` (said once the
// key is made); KeyService refuses an expiry that has passed, while a not-before date in the past only means the key
// is usable at once.
Result<std::optional<QDateTime>> dateOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                                            QList<Error> &warnings)
{
    if (!parser.isSet(option))
        return std::optional<QDateTime>();
    const QString name = QStringLiteral("--") + option.names().constFirst();
    auto t = input::dateTime(name, parser.value(option), QDateTime::currentDateTimeUtc());
    if (!t)
        return t.error();
    if (t->inPast)
        warnings << Error::because(ErrorCode::InvalidArgument, Reason::InputDateInPast,
                                   {name, t->utc.toString(Qt::ISODate)}, QStringLiteral("%1 is in the past").arg(name));
    return std::optional<QDateTime>(t->utc);
}

int create(const QStringList &args)
{
    KeyCommandLine cl;
    const QCommandLineOption typeOpt(QStringLiteral("type"), Text::tr("rsa or aes."), QStringLiteral("TYPE"),
                                     QStringLiteral("rsa"));
    const QCommandLineOption sizeOpt(QStringLiteral("size"),
                                     Text::tr("Bits: 2048, 3072 or 4096 for RSA (default 3072); 256 for AES."),
                                     QStringLiteral("BITS"));
    const QCommandLineOption notBeforeOpt(QStringLiteral("not-before"),
                                          Text::tr("Not usable before this date (ISO 8601)."), QStringLiteral("DATE"));
    const QCommandLineOption expiresOpt(QStringLiteral("expires"), Text::tr("Not usable from this date (ISO 8601)."),
                                        QStringLiteral("DATE"));
    const QCommandLineOption presetOpt(QStringLiteral("rotation-policy"),
                                       Text::tr("Set a rotation-policy preset: none, 90-days, 180-days, yearly or "
                                                "2-years (versions expire after at least twice the period; without "
                                                "--expires, so does the first)."),
                                       QStringLiteral("PRESET"), QStringLiteral("none"));
    if (int rc = cl.parse(args, Text::tr("Create a key (its first version) in a store."),
                          {typeOpt, sizeOpt, notBeforeOpt, expiresOpt, presetOpt}, 1);
        rc >= 0)
        return rc;
    const QString type = cl.parser.value(typeOpt).toLower();
    if (type != QLatin1String("rsa") && type != QLatin1String("aes")) {
        err() << args.value(0) << ": " << Text::tr("--type must be rsa or aes") << Qt::endl;
        return ExitUsage;
    }
    const bool rsa = type == QLatin1String("rsa");
    int bits = rsa ? 3072 : 256;
    if (cl.parser.isSet(sizeOpt)) {
        // A number here; which sizes a key takes is KeyService's rule (key-size-invalid).
        auto size = input::integer32(QStringLiteral("--size"), cl.parser.value(sizeOpt), 1, 65536);
        if (!size)
            return report(args.value(0), size.error());
        bits = *size;
    }
    keystore::CreateKeyRequest request(cl.name(), rsa ? keystore::KeyKind::Rsa : keystore::KeyKind::Aes, bits);
    QList<Error> warnings;
    auto notBefore = dateOption(cl.parser, notBeforeOpt, warnings);
    if (!notBefore)
        return report(args.value(0), notBefore.error());
    auto expires = dateOption(cl.parser, expiresOpt, warnings);
    if (!expires)
        return report(args.value(0), expires.error());
    request.notBefore = *notBefore;
    request.expires = *expires;
    auto preset = services::parseRotationPreset(cl.parser.value(presetOpt));
    if (!preset) {
        err() << args.value(0) << ": " << services::Messages::describe(preset.error()) << Qt::endl;
        return ExitUsage;
    }
    auto created =
        services::KeyService(cl.access.context()).create(cl.parser.value(cl.storeOpt), request, preset->policy());
    if (!created)
        return report(args.value(0), created.error());
    if (cl.access.json()) {
        QJsonObject o = created->version.toJson();
        if (created->policy)
            o.insert(QStringLiteral("rotation_policy"), created->policy->toKeyVaultJson());
        QJsonArray warned; // {reason, args, message}, as errors are
        for (const Error &w : warnings)
            warned.append(QJsonObject{{QStringLiteral("reason"), reasonName(w.reason)},
                                      {QStringLiteral("args"), QJsonArray::fromStringList(w.args)},
                                      {QStringLiteral("message"), services::Messages::describe(w)}});
        if (!warned.isEmpty())
            o.insert(QStringLiteral("warnings"), warned);
        printJson(o);
    } else {
        for (const Error &w : warnings)
            err() << args.value(0) << ": " << Text::tr("warning: %1").arg(services::Messages::describe(w)) << Qt::endl;
        out() << Text::tr("created %1").arg(created->version.id) << Qt::endl;
        if (created->policy)
            out() << Text::tr("rotation policy: %1").arg(services::Messages::rotationPresetPeriod(*preset)) << Qt::endl;
    }
    // The key exists and is usable even when its policy could not be set: said after it, with its own status.
    if (created->policyError)
        return report(args.value(0), *created->policyError);
    return ExitOk;
}

int rotate(const QStringList &args)
{
    KeyCommandLine cl;
    if (int rc = cl.parse(args, Text::tr("Make a new version of a key. Older versions stay enabled."), {}, 1); rc >= 0)
        return rc;
    auto v = services::KeyService(cl.access.context()).rotate(cl.parser.value(cl.storeOpt), cl.name());
    if (!v)
        return report(args.value(0), v.error());
    if (cl.access.json())
        printJson(v->toJson());
    else
        out() << Text::tr("new version %1").arg(v->id) << Qt::endl;
    return ExitOk;
}

int setEnabled(const QStringList &args, bool enabled)
{
    KeyCommandLine cl;
    const QCommandLineOption versionOpt(QStringLiteral("version"), Text::tr("The version."), QStringLiteral("VERSION"));
    if (int rc = cl.parse(args, enabled ? Text::tr("Enable a key version.") : Text::tr("Disable a key version."),
                          {versionOpt}, 1);
        rc >= 0)
        return rc;
    if (!cl.parser.isSet(versionOpt)) {
        err() << args.value(0) << ": " << Text::tr("--version is required") << Qt::endl;
        return ExitUsage;
    }
    if (auto st = services::KeyService(cl.access.context())
                      .setEnabled(cl.parser.value(cl.storeOpt), cl.name(), cl.parser.value(versionOpt), enabled);
        !st)
        return report(args.value(0), st.error());
    return ExitOk;
}

int enable(const QStringList &args)
{
    return setEnabled(args, true);
}

int disable(const QStringList &args)
{
    return setEnabled(args, false);
}

int remove(const QStringList &args)
{
    KeyCommandLine cl;
    if (int rc = cl.parse(
            args, Text::tr("Delete a key: with soft delete it is kept for the retention period and can be recovered."),
            {}, 1);
        rc >= 0)
        return rc;
    services::KeyService keys(cl.access.context());
    auto d = keys.remove(cl.parser.value(cl.storeOpt), cl.name());
    if (!d)
        return report(args.value(0), d.error());
    auto store = keys.store(cl.parser.value(cl.storeOpt));
    if (cl.access.json())
        printJson(d->toJson());
    else if (store && (*store)->properties().softDelete)
        out() << Text::tr("deleted %1; recoverable until %2").arg(cl.name(), d->scheduledPurge.toString(Qt::ISODate))
              << Qt::endl;
    else
        out() << Text::tr("deleted %1").arg(cl.name()) << Qt::endl;
    return ExitOk;
}

int recover(const QStringList &args)
{
    KeyCommandLine cl;
    if (int rc = cl.parse(args, Text::tr("Recover a soft-deleted key."), {}, 1); rc >= 0)
        return rc;
    auto v = services::KeyService(cl.access.context()).recover(cl.parser.value(cl.storeOpt), cl.name());
    if (!v)
        return report(args.value(0), v.error());
    if (cl.access.json())
        printJson(v->toJson());
    else
        out() << Text::tr("recovered %1").arg(v->id) << Qt::endl;
    return ExitOk;
}

int purge(const QStringList &args)
{
    KeyCommandLine cl;
    if (int rc = cl.parse(args, Text::tr("Destroy a deleted key for good (refused while purge protection holds it)."),
                          {}, 1);
        rc >= 0)
        return rc;
    if (auto st = services::KeyService(cl.access.context()).purge(cl.parser.value(cl.storeOpt), cl.name()); !st)
        return report(args.value(0), st.error());
    return ExitOk;
}

void printPolicy(const keystore::RotationPolicy &p, bool json)
{
    if (json) {
        printJson(p.toKeyVaultJson());
        return;
    }
    auto d = [](const std::optional<keystore::IsoDuration> &x) { return x ? x->toString() : Text::tr("not set"); };
    out() << Text::tr("rotate after creation").leftJustified(26) << d(p.rotateAfterCreate) << '\n'
          << Text::tr("rotate before expiry").leftJustified(26) << d(p.rotateBeforeExpiry) << '\n'
          << Text::tr("new versions expire after").leftJustified(26) << d(p.expiryTime) << '\n'
          << Text::tr("notify before expiry").leftJustified(26) << d(p.notifyBeforeExpiry) << '\n';
    out().flush();
}

int policyGet(const QStringList &args)
{
    KeyCommandLine cl;
    if (int rc = cl.parse(args, Text::tr("Show a key's rotation policy (--json prints the Key Vault shape)."), {}, 1);
        rc >= 0)
        return rc;
    if (auto st = cl.access.checkDataDir(); !st)
        return report(args.value(0), st.error());
    auto p = services::KeyService(cl.access.context()).policy(cl.parser.value(cl.storeOpt), cl.name());
    if (!p)
        return report(args.value(0), p.error());
    printPolicy(*p, cl.access.json());
    return ExitOk;
}

int policySet(const QStringList &args)
{
    KeyCommandLine cl;
    const QCommandLineOption afterOpt(QStringLiteral("rotate-after"),
                                      Text::tr("Rotate this long after a version is created (e.g. P90D)."),
                                      QStringLiteral("DURATION"));
    const QCommandLineOption beforeOpt(QStringLiteral("rotate-before-expiry"),
                                       Text::tr("Rotate this long before expiry."), QStringLiteral("DURATION"));
    const QCommandLineOption expiryOpt(QStringLiteral("expire-after"),
                                       Text::tr("New versions expire this long after creation."),
                                       QStringLiteral("DURATION"));
    const QCommandLineOption notifyOpt(QStringLiteral("notify-before"), Text::tr("Notify this long before expiry."),
                                       QStringLiteral("DURATION"));
    const QCommandLineOption fileOpt(QStringLiteral("from-json"),
                                     Text::tr("Take the policy from a Key Vault rotation-policy JSON file."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption presetOpt(QStringLiteral("preset"),
                                       Text::tr("Start from a rotation-policy preset: none, 90-days, 180-days, "
                                                "yearly or 2-years."),
                                       QStringLiteral("PRESET"));
    if (int rc = cl.parse(args, Text::tr("Set a key's rotation policy."),
                          {afterOpt, beforeOpt, expiryOpt, notifyOpt, fileOpt, presetOpt}, 1);
        rc >= 0)
        return rc;
    keystore::RotationPolicy policy;
    if (cl.parser.isSet(presetOpt)) {
        auto preset = services::parseRotationPreset(cl.parser.value(presetOpt));
        if (!preset) {
            err() << args.value(0) << ": " << services::Messages::describe(preset.error()) << Qt::endl;
            return ExitUsage;
        }
        policy = preset->policy().value_or(keystore::RotationPolicy{});
    }
    if (cl.parser.isSet(fileOpt)) {
        QFile f(cl.parser.value(fileOpt));
        if (!f.open(QIODevice::ReadOnly))
            return report(args.value(0), Error::make(ErrorCode::Io, Text::tr("cannot read %1").arg(f.fileName())));
        // Checked whole against the Key Vault shape before anything is written: a bad file changes nothing.
        auto parsed = services::parseRotationPolicyJson(f.read(services::MaxPolicyJsonBytes + 1), f.fileName());
        if (!parsed)
            return report(args.value(0), parsed.error());
        policy = *parsed;
    }
    const QList<QPair<const QCommandLineOption *, std::optional<keystore::IsoDuration> *>> fields = {
        {&afterOpt, &policy.rotateAfterCreate},
        {&beforeOpt, &policy.rotateBeforeExpiry},
        {&expiryOpt, &policy.expiryTime},
        {&notifyOpt, &policy.notifyBeforeExpiry}};
    for (const auto &[opt, field] : fields) {
        if (!cl.parser.isSet(*opt))
            continue;
        auto d = keystore::IsoDuration::parse(cl.parser.value(*opt));
        if (!d)
            return report(args.value(0), Error::because(ErrorCode::InvalidArgument, Reason::InputNotADuration,
                                                        {QStringLiteral("--") + opt->names().constFirst(),
                                                         cl.parser.value(*opt), QStringLiteral("iso8601")},
                                                        d.error().detail));
        *field = *d;
    }
    if (auto st = services::KeyService(cl.access.context()).setPolicy(cl.parser.value(cl.storeOpt), cl.name(), policy);
        !st)
        return report(args.value(0), st.error());
    printPolicy(policy, cl.access.json());
    return ExitOk;
}

int policy(const QStringList &args)
{
    return dispatch(args, {{QStringLiteral("get"), policyGet}, {QStringLiteral("set"), policySet}},
                    Text::tr("Usage: keywardctl key policy get|set --store STORE NAME [options]"));
}

} // namespace

int runKey(const QStringList &args)
{
    return dispatch(args,
                    {{QStringLiteral("list"), list},
                     {QStringLiteral("show"), show},
                     {QStringLiteral("create"), create},
                     {QStringLiteral("rotate"), rotate},
                     {QStringLiteral("enable"), enable},
                     {QStringLiteral("disable"), disable},
                     {QStringLiteral("delete"), remove},
                     {QStringLiteral("recover"), recover},
                     {QStringLiteral("purge"), purge},
                     {QStringLiteral("policy"), policy}},
                    Text::tr("Usage: keywardctl key list|show|create|rotate|enable|disable|delete|recover|purge|policy "
                             "--store STORE ...\nRun 'keywardctl key <command> --help' for details."));
}

} // namespace keyward::cli

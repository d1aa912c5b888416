// bench_report: gathers the figures the benchmark programs wrote (one JSON object per line, BenchSupport.h) into
// one JSON document with the machine they were measured on, and prints them as a table.
//
// Usage: bench_report FIGURES.jsonl RESULTS.json [--mode quick|full]
// RESULTS.json: {"generated", "mode", "machine": {cpu, cores, aes_ni, kernel, openssl, storage}, "figures": [...]},
// each figure {name, value, unit, baseline_name, baseline_value, ratio, target, met, detail, machine}.
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <openssl/crypto.h>

#include <cmath>
#include <cstdio>

namespace {

QJsonObject machine()
{
    QString cpu;
    bool aesNi = false;
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : info.readAll().split('\n')) {
            if (cpu.isEmpty() && line.startsWith("model name"))
                cpu = QString::fromLatin1(line.mid(line.indexOf(':') + 1).trimmed());
            if (line.startsWith("flags") && (' ' + line.mid(line.indexOf(':') + 1) + ' ').contains(" aes "))
                aesNi = true;
        }
    }
    return {{QStringLiteral("cpu"), cpu.isEmpty() ? QStringLiteral("unknown") : cpu},
            {QStringLiteral("cores"), QThread::idealThreadCount()},
            {QStringLiteral("aes_ni"), aesNi},
            {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
            {QStringLiteral("os"), QSysInfo::prettyProductName()},
            {QStringLiteral("openssl"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))}};
}

QString number(double v)
{
    if (v == 0)
        return QStringLiteral("-");
    const double a = std::abs(v);
    return QString::number(v, 'f', a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_report FIGURES.jsonl RESULTS.json [--mode quick|full] [--storage TEXT]\n");
        return 2;
    }
    QString mode = QStringLiteral("full");
    QString storage;
    for (qsizetype i = 3; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--mode"))
            mode = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--storage"))
            storage = args.at(i + 1); // where the object jobs ran
    }
    QFile in(args.at(1));
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_report: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    QJsonObject host = machine();
    if (!storage.isEmpty())
        host.insert(QStringLiteral("storage"), storage);
    QJsonArray figures;
    for (const QByteArray &line : in.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error{};
        QJsonObject figure = QJsonDocument::fromJson(line, &error).object();
        if (error.error != QJsonParseError::NoError || !figure.contains(QStringLiteral("name"))) {
            std::fprintf(stderr, "bench_report: skipping a line that is not a figure: %s\n", line.constData());
            continue;
        }
        figure.insert(QStringLiteral("machine"), host);
        figures.append(figure);
    }
    const QJsonObject doc{{QStringLiteral("generated"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                          {QStringLiteral("mode"), mode},
                          {QStringLiteral("machine"), host},
                          {QStringLiteral("figures"), figures}};
    QSaveFile outFile(args.at(2));
    if (!outFile.open(QIODevice::WriteOnly) || outFile.write(QJsonDocument(doc).toJson()) < 0 || !outFile.commit()) {
        std::fprintf(stderr, "bench_report: cannot write %s\n", qPrintable(args.at(2)));
        return 1;
    }

    QTextStream out(stdout);
    out << "\n"
        << host.value(QStringLiteral("cpu")).toString() << ", " << host.value(QStringLiteral("cores")).toInt()
        << " cores, AES-NI " << (host.value(QStringLiteral("aes_ni")).toBool() ? "yes" : "no") << ", "
        << host.value(QStringLiteral("openssl")).toString() << "\n";
    if (!storage.isEmpty())
        out << "object jobs on " << storage << "\n";
    out << "\n";
    out << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
               .arg(QStringLiteral("figure"), -72)
               .arg(QStringLiteral("value"), 16)
               .arg(QStringLiteral("baseline"), 10)
               .arg(QStringLiteral("ratio"), 7)
               .arg(QStringLiteral("target"), -26)
               .arg(QStringLiteral("met"));
    int met = 0;
    for (const QJsonValue &v : std::as_const(figures)) {
        const QJsonObject f = v.toObject();
        const bool ok = f.value(QStringLiteral("met")).toBool();
        met += ok ? 1 : 0;
        out << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
                   .arg(f.value(QStringLiteral("name")).toString().left(72), -72)
                   .arg(number(f.value(QStringLiteral("value")).toDouble()) + QLatin1Char(' ') +
                            f.value(QStringLiteral("unit")).toString(),
                        16)
                   .arg(number(f.value(QStringLiteral("baseline_value")).toDouble()), 10)
                   .arg(f.value(QStringLiteral("ratio")).toDouble() == 0
                            ? QStringLiteral("-")
                            : number(f.value(QStringLiteral("ratio")).toDouble()) + QLatin1Char('x'),
                        7)
                   .arg(f.value(QStringLiteral("target")).toString(), -26)
                   .arg(ok ? QStringLiteral("yes") : QStringLiteral("NO"));
    }
    out << "\n" << met << " of " << figures.size() << " targets met; written to " << args.at(2) << "\n";
    return 0;
}

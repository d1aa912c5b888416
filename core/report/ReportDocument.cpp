// ReportDocument: the report's HTML, its charts and its PDF.
#include "report/ReportDocument.h"

#include "compliance/ReportJson.h"
#include "model/DataTypeCatalogue.h"
#include "report/StatePalette.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>

namespace keyward::report {

using namespace compliance;

namespace {

const QString RotationChartName = QStringLiteral("keyward-chart:rotations");
const QString AgeChartName = QStringLiteral("keyward-chart:ages");
constexpr QSize ChartSize(1400, 520); // drawn at twice the size it is shown at
constexpr int ChartShownWidth = 680;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString date(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("–");
}

QString dateTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QStringLiteral("–");
}

QString date(const std::optional<QDateTime> &t)
{
    return t ? date(*t) : QStringLiteral("–");
}

QString shortVersion(const QString &v)
{
    return v.left(8);
}

QString outcomeColor(Outcome o)
{
    switch (o) {
    case Outcome::Pass:
        return QStringLiteral("#0b5a28");
    case Outcome::Fail:
        return QStringLiteral("#9e1310");
    case Outcome::Info:
        return QStringLiteral("#1f3a5f");
    case Outcome::NotApplicable:
        return QStringLiteral("#50555b");
    }
    return QStringLiteral("#000000");
}

QString imageTag(const QString &name, const QImage &image, bool embedded)
{
    QString src = name;
    if (embedded) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        src = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
    }
    return QStringLiteral("<p><img src=\"%1\" width=\"%2\"></p>").arg(src).arg(ChartShownWidth);
}

// The key versions the workspaces have in use: named by an assignment (or its newest, when following the
// newest) or wrapping an active feature key.
bool inUse(const ComplianceReport &r, const KeyFactsFull &k, const KeyVersionFacts &v)
{
    for (const WorkspaceFacts &w : r.facts.workspaces) {
        for (const catalog::Assignment &a : w.assignments) {
            if (a.store == k.store && a.keyName == k.name &&
                (a.keyVersion == v.info.version || (a.followLatest() && v.newest)))
                return true;
        }
        for (const catalog::FeatureKeyRecord &fk : w.featureKeys) {
            if (fk.store == k.store && fk.keyName == k.name && fk.keyVersion == v.info.version &&
                fk.state == catalog::FeatureKeyState::Active)
                return true;
        }
    }
    return false;
}

QString table(const QStringList &headers, const QList<QStringList> &rows, const QList<QString> &rowStyles = {})
{
    QString h = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                               "style=\"border-color:#c4c7ca; border-collapse:collapse;\"><tr>");
    for (const QString &x : headers)
        h += QStringLiteral("<th bgcolor=\"#eef1f5\" align=\"left\">%1</th>").arg(esc(x));
    h += QStringLiteral("</tr>");
    for (int i = 0; i < rows.size(); ++i) {
        h += QStringLiteral("<tr>");
        for (const QString &cell : rows.at(i))
            h += QStringLiteral("<td%1>%2</td>").arg(i < rowStyles.size() ? rowStyles.at(i) : QString(), cell);
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

} // namespace

ReportDocument::ReportDocument(ComplianceReport report) : m_report(std::move(report)) {}

QImage ReportDocument::rotationChart(QSize size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    font.setPixelSize(size.height() / 22);
    p.setFont(font);

    // One lane per key that any rotation in scope names.
    QStringList lanes;
    QList<const catalog::HistoryEntry *> entries;
    for (const WorkspaceFacts &w : m_report.facts.workspaces) {
        for (const catalog::HistoryEntry &e : w.rotations) {
            entries << &e;
            if (!lanes.contains(e.key))
                lanes << e.key;
        }
    }
    std::sort(lanes.begin(), lanes.end());
    const QDateTime end = m_report.generated;
    QDateTime start = end.addDays(-90);
    for (const catalog::HistoryEntry *e : entries)
        start = std::min(start, e->at);
    start = start.addSecs(-start.secsTo(end) / 20); // a margin before the first mark

    const int labelWidth = size.width() / 4;
    const int top = size.height() / 12;
    const int bottom = size.height() - size.height() / 8;
    const QRect plot(labelWidth, top, size.width() - labelWidth - size.width() / 40, bottom - top);
    p.setPen(QColor(0x20, 0x24, 0x2A));
    if (lanes.isEmpty()) {
        p.drawText(plot, Qt::AlignCenter, tr("No rotations recorded in this scope."));
        return image;
    }
    const qreal laneHeight = qreal(plot.height()) / lanes.size();
    const qint64 span = std::max<qint64>(1, start.secsTo(end));
    auto xOf = [&](const QDateTime &t) { return plot.left() + plot.width() * qreal(start.secsTo(t)) / span; };

    // Month grid and labels.
    p.setPen(QColor(0xE3, 0xE6, 0xEA));
    QDate month(start.date().year(), start.date().month(), 1);
    month = month.addMonths(1);
    const int months = int(start.daysTo(end) / 30) + 1;
    const int every = std::max(1, months / 8);
    for (int i = 0; month <= end.date(); month = month.addMonths(1), ++i) {
        const qreal x = xOf(QDateTime(month, QTime(0, 0), Qt::UTC));
        p.setPen(QColor(0xE3, 0xE6, 0xEA));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        if (i % every == 0) {
            p.setPen(QColor(0x5A, 0x60, 0x68));
            p.drawText(QRectF(x - 100, plot.bottom() + 6, 200, size.height() / 14), Qt::AlignHCenter | Qt::AlignTop,
                       month.toString(QStringLiteral("yyyy-MM")));
        }
    }
    // Lanes.
    for (int i = 0; i < lanes.size(); ++i) {
        const qreal y = plot.top() + laneHeight * (i + 0.5);
        p.setPen(QColor(0xC4, 0xC7, 0xCA));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(QColor(0x20, 0x24, 0x2A));
        p.drawText(QRectF(0, y - laneHeight / 2, labelWidth - 12, laneHeight), Qt::AlignRight | Qt::AlignVCenter,
                   QFontMetrics(font).elidedText(lanes.at(i), Qt::ElideMiddle, labelWidth - 12));
    }
    // Marks: a filled circle per rotation that succeeded, a hollow red one per failed step, a square for the
    // other actions (retire, rekey, adopt).
    const qreal r = std::min(laneHeight / 4, qreal(size.height()) / 40);
    for (const catalog::HistoryEntry *e : entries) {
        const qreal x = xOf(e->at);
        const qreal y = plot.top() + laneHeight * (lanes.indexOf(e->key) + 0.5);
        const bool ok = e->result.startsWith(QLatin1String("ok"));
        const QColor color = ok ? QColor(0x0B, 0x5A, 0x28) : QColor(0x9E, 0x13, 0x10);
        p.setPen(QPen(color, 3));
        p.setBrush(ok ? QBrush(color) : Qt::NoBrush);
        if (e->action == QLatin1String("rotate"))
            p.drawEllipse(QPointF(x, y), r, r);
        else
            p.drawRect(QRectF(x - r, y - r, 2 * r, 2 * r));
    }
    // Today.
    p.setPen(QPen(QColor(0x1F, 0x3A, 0x5F), 2, Qt::DashLine));
    p.drawLine(QPointF(plot.right(), plot.top()), QPointF(plot.right(), plot.bottom()));
    p.setPen(QColor(0x1F, 0x3A, 0x5F));
    p.drawText(QRectF(plot.right() - 300, 0, 300, top), Qt::AlignRight | Qt::AlignVCenter, tr("today"));
    // Legend.
    p.setPen(QColor(0x5A, 0x60, 0x68));
    p.drawText(QRectF(0, 0, plot.right() - 320, top), Qt::AlignLeft | Qt::AlignVCenter,
               tr("● rotation   ■ retire, rekey or adopt   hollow: failed"));
    return image;
}

QImage ReportDocument::ageChart(QSize size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    font.setPixelSize(size.height() / 22);
    p.setFont(font);

    struct Bar
    {
        QString label;
        qint64 days;
    };
    QList<Bar> bars;
    for (const KeyFactsFull &k : m_report.facts.keys) {
        for (const KeyVersionFacts &v : k.versions) {
            if (inUse(m_report, k, v))
                bars << Bar{QStringLiteral("%1/%2 · %3").arg(k.store, k.name, shortVersion(v.info.version)),
                            std::max<qint64>(0, ageInDays(v.info.created, m_report.generated))};
        }
    }
    const int labelWidth = size.width() / 3;
    const int top = size.height() / 12;
    const int bottom = size.height() - size.height() / 8;
    const QRect plot(labelWidth, top, size.width() - labelWidth - size.width() / 40, bottom - top);
    p.setPen(QColor(0x20, 0x24, 0x2A));
    if (bars.isEmpty()) {
        p.drawText(plot, Qt::AlignCenter, tr("No key version in use."));
        return image;
    }
    const int period = m_report.settings.wrappingKeyCryptoperiodDays;
    const int rotate = m_report.settings.maxDaysToRotate;
    qint64 maxDays = period;
    for (const Bar &b : bars)
        maxDays = std::max(maxDays, b.days);
    maxDays = maxDays * 11 / 10;
    auto xOf = [&](qint64 days) { return plot.left() + plot.width() * qreal(days) / maxDays; };
    const qreal laneHeight = qreal(plot.height()) / bars.size();
    for (int i = 0; i < bars.size(); ++i) {
        const Bar &b = bars.at(i);
        const qreal y = plot.top() + laneHeight * i;
        const QColor color = b.days > period   ? QColor(0x9E, 0x13, 0x10)
                             : b.days > rotate ? QColor(0xB0, 0x6A, 0x00)
                                               : QColor(0x0B, 0x5A, 0x28);
        p.fillRect(QRectF(plot.left(), y + laneHeight * 0.2, xOf(b.days) - plot.left(), laneHeight * 0.6), color);
        p.setPen(QColor(0x20, 0x24, 0x2A));
        p.drawText(QRectF(0, y, labelWidth - 12, laneHeight), Qt::AlignRight | Qt::AlignVCenter,
                   QFontMetrics(font).elidedText(b.label, Qt::ElideMiddle, labelWidth - 12));
        p.drawText(QRectF(xOf(b.days) + 8, y, 400, laneHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("%n day(s)", nullptr, int(b.days)));
    }
    auto marker = [&](int days, const QString &text, const QColor &color) {
        p.setPen(QPen(color, 3, Qt::DashLine));
        p.drawLine(QPointF(xOf(days), plot.top()), QPointF(xOf(days), plot.bottom()));
        p.setPen(color);
        // Centred under the line, but kept inside the picture.
        const qreal width = 600;
        const qreal left = std::clamp(xOf(days) - width / 2, qreal(0), size.width() - width);
        p.drawText(QRectF(left, plot.bottom() + 6, width, size.height() / 14), Qt::AlignHCenter | Qt::AlignTop, text);
    };
    marker(rotate, tr("rotate by %n day(s)", nullptr, rotate), QColor(0xB0, 0x6A, 0x00));
    marker(period, tr("cryptoperiod %n day(s)", nullptr, period), QColor(0x9E, 0x13, 0x10));
    return image;
}

QString ReportDocument::cover() const
{
    QStringList names;
    for (const WorkspaceFacts &w : m_report.facts.workspaces)
        names << w.workspace.name();
    const QString scope = m_report.allWorkspaces ? tr("All workspaces (%1)").arg(names.join(QStringLiteral(", ")))
                                                 : names.join(QStringLiteral(", "));
    return QStringLiteral("<h1>%1</h1><p style=\"font-size:large\">%2</p>")
               .arg(esc(tr("Customer-managed key compliance report")), esc(tr("Scope: %1").arg(scope))) +
           QStringLiteral("<p>%1<br>%2<br>%3</p>")
               .arg(esc(tr("Generated: %1").arg(dateTime(m_report.generated))),
                    esc(tr("Generator: %1").arg(m_report.generator)),
                    esc(tr("Report format: keyward-compliance-report, schema version %1")
                            .arg(ComplianceReport::SchemaVersion)));
}

QString ReportDocument::summary() const
{
    int pass = 0, fail = 0, info = 0, na = 0;
    QMap<Severity, int> failed;
    for (const Finding &f : m_report.findings) {
        switch (f.outcome) {
        case Outcome::Pass:
            ++pass;
            break;
        case Outcome::Fail:
            ++fail;
            ++failed[f.severity];
            break;
        case Outcome::Info:
            ++info;
            break;
        case Outcome::NotApplicable:
            ++na;
            break;
        }
    }
    QString h = QStringLiteral("<h2>%1</h2>").arg(esc(tr("Summary")));
    h += QStringLiteral("<p style=\"font-size:xx-large\"><b>%1</b></p>")
             .arg(esc(tr("Score: %1 %").arg(QString::number(m_report.score(), 'f', 1))));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("The score is the share of weighed controls met, each weighted by its severity "
                         "(critical 10, high 5, medium 3, low 1).")));
    h += table({tr("Passed"), tr("Failed"), tr("Information"), tr("Not applicable")},
               {{QString::number(pass), QString::number(fail), QString::number(info), QString::number(na)}});
    QList<QStringList> severities;
    for (Severity s : {Severity::Critical, Severity::High, Severity::Medium, Severity::Low})
        severities << QStringList{esc(severityDisplayName(s)), QString::number(failed.value(s))};
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Failed controls by severity")));
    h += table({tr("Severity"), tr("Failed")}, severities);

    QList<QStringList> perWorkspace;
    for (const WorkspaceFacts &w : m_report.facts.workspaces) {
        perWorkspace << QStringList{esc(w.workspace.name()), esc(model::planDisplayName(w.workspace.plan())),
                                    QStringLiteral("%1 %").arg(QString::number(
                                        complianceScore(m_report.findingsOf(w.workspace.name())), 'f', 1))};
    }
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Workspaces")));
    h += table({tr("Workspace"), tr("Plan"), tr("Score")}, perWorkspace);

    const HistoryAnchor &a = m_report.history;
    h += QStringLiteral("<h3>%1</h3><p>%2</p>")
             .arg(esc(tr("Rotation history anchor")),
                  esc(a.entries == 0 ? tr("The rotation history is empty.")
                                     : tr("%n entries; the last is number %1 with hash %2.", nullptr, int(a.entries))
                                           .arg(a.headSeq)
                                           .arg(QString::fromLatin1(a.headHash.toHex()))) +
                      QStringLiteral(" ") +
                      esc(m_report.historyIntact ? tr("The chain verified when this report was made.")
                                                 : tr("The chain did NOT verify when this report was made: %1")
                                                       .arg(m_report.historyProblem)));
    return h;
}

QString ReportDocument::matrices() const
{
    QString h = QStringLiteral("<h2 style=\"page-break-before:always\">%1</h2>").arg(esc(tr("Coverage matrix")));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("Each data type, the feature whose key covers it and what the "
                         "measurements say. The colours match the console; the state is "
                         "always written out too.")));
    for (const WorkspaceFacts &w : m_report.facts.workspaces) {
        h += QStringLiteral("<h3>%1</h3>")
                 .arg(esc(
                     tr("Workspace %1 (%2 plan)").arg(w.workspace.name(), model::planDisplayName(w.workspace.plan()))));
        QList<QStringList> rows;
        QList<QString> styles;
        for (const model::MatrixCell &c : w.cells) {
            const model::DataType *type = model::DataTypeCatalogue::find(c.dataTypeId);
            const StateColors colors = stateColors(c.state);
            rows << QStringList{esc(type ? type->displayName() : c.dataTypeId),
                                esc(model::featureDisplayName(c.feature)),
                                QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
                                    .arg(colors.foreground.name(), esc(c.label())),
                                esc(c.keyShortText())};
            styles << QStringLiteral(" bgcolor=\"%1\"").arg(colors.background.name());
        }
        h += table({tr("Data type"), tr("Feature"), tr("State"), tr("Key")}, rows, styles);
    }
    return h;
}

QString ReportDocument::inventory(Images images) const
{
    QString h = QStringLiteral("<h2 style=\"page-break-before:always\">%1</h2>").arg(esc(tr("Key inventory")));
    QList<QStringList> rows;
    for (const KeyFactsFull &k : m_report.facts.keys) {
        const QString store =
            k.storeProperties ? QStringLiteral("%1 (%2)").arg(k.store, k.storeProperties->kind) : k.store;
        if (k.versions.isEmpty()) {
            rows << QStringList{esc(store), esc(k.name), QStringLiteral("–"), QString(),
                                QString(),  QString(),   QString(),           esc(k.storeProblem)};
            continue;
        }
        for (const KeyVersionFacts &v : k.versions) {
            QStringList state;
            state << (v.info.enabled ? tr("enabled") : tr("disabled"));
            if (v.newest)
                state << tr("newest");
            if (inUse(m_report, k, v))
                state << tr("in use");
            if (v.info.hsmBacked)
                state << tr("HSM");
            rows << QStringList{esc(store),
                                esc(k.name),
                                esc(shortVersion(v.info.version)),
                                esc(QStringLiteral("%1-%2").arg(keystore::keyKindName(v.info.kind)).arg(v.info.bits)),
                                esc(date(v.info.created)),
                                esc(date(v.info.expires)),
                                esc(tr("%n day(s)", nullptr, int(ageInDays(v.info.created, m_report.generated)))),
                                esc(state.join(QStringLiteral(", ")))};
        }
    }
    h +=
        table({tr("Store"), tr("Key"), tr("Version"), tr("Type"), tr("Created"), tr("Expires"), tr("Age"), tr("State")},
              rows);
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Age of the key versions in use")));
    h +=
        imageTag(AgeChartName, images == Images::Embedded ? ageChart(ChartSize) : QImage(), images == Images::Embedded);
    return h;
}

QString ReportDocument::rotations(Images images) const
{
    QString h = QStringLiteral("<h2 style=\"page-break-before:always\">%1</h2>").arg(esc(tr("Rotation history")));
    h += imageTag(RotationChartName, images == Images::Embedded ? rotationChart(ChartSize) : QImage(),
                  images == Images::Embedded);
    QList<QStringList> rows;
    for (const WorkspaceFacts &w : m_report.facts.workspaces) {
        for (const catalog::HistoryEntry &e : w.rotations) {
            rows << QStringList{
                QString::number(e.seq),
                esc(dateTime(e.at)),
                esc(e.workspace),
                esc(e.feature),
                esc(e.key),
                esc(e.action),
                esc(QStringLiteral("%1 → %2").arg(shortVersion(e.oldVersion), shortVersion(e.newVersion))),
                esc(e.result)};
        }
    }
    if (rows.isEmpty())
        return h + QStringLiteral("<p>%1</p>").arg(esc(tr("No rotations recorded in this scope.")));
    return h + table({tr("#"), tr("When"), tr("Workspace"), tr("Feature"), tr("Key"), tr("Action"), tr("Versions"),
                      tr("Result")},
                     rows);
}

QString ReportDocument::findings() const
{
    QString h = QStringLiteral("<h2 style=\"page-break-before:always\">%1</h2>").arg(esc(tr("Findings by control")));
    for (const Control &c : allControls()) {
        QList<const Finding *> of;
        for (const Finding &f : m_report.findings) {
            if (f.controlId == c.id)
                of << &f;
        }
        if (of.isEmpty())
            continue;
        h += QStringLiteral("<h3>%1 — %2</h3>").arg(esc(c.id), esc(c.title));
        h += QStringLiteral("<p><i>%1</i> %2</p>")
                 .arg(esc(tr("%1 %2, severity %3")
                              .arg(frameworkDisplayName(c.framework), c.reference, severityDisplayName(c.severity))),
                      esc(c.rationale));
        QList<QStringList> rows;
        for (const Finding *f : of) {
            QString where = f->workspace;
            if (f->feature)
                where += (where.isEmpty() ? QString() : QStringLiteral(" · ")) + model::featureDisplayName(*f->feature);
            rows << QStringList{QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>")
                                    .arg(outcomeColor(f->outcome), esc(outcomeDisplayName(f->outcome))),
                                esc(where.isEmpty() ? f->subject : where + QStringLiteral(" · ") + f->subject),
                                esc(f->summary) + (f->remediation.isEmpty()
                                                       ? QString()
                                                       : QStringLiteral("<br><i>%1</i>").arg(esc(f->remediation)))};
        }
        h += table({tr("Outcome"), tr("Subject"), tr("Finding")}, rows);
    }
    return h;
}

QString ReportDocument::appendix() const
{
    QString h = QStringLiteral("<h2 style=\"page-break-before:always\">%1</h2>").arg(esc(tr("Evidence appendix")));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("What each failed or informational finding rests on: the key "
                         "version with its dates, and the verification job that measured it.")));
    QList<QStringList> rows;
    int n = 0;
    for (const Finding &f : m_report.findings) {
        ++n;
        if (f.outcome != Outcome::Fail && f.outcome != Outcome::Info)
            continue;
        const Evidence &e = f.evidence;
        QStringList facts;
        if (!e.keyId.isEmpty())
            facts << tr("key %1").arg(e.keyId);
        if (e.created)
            facts << tr("created %1").arg(date(e.created));
        if (e.expires)
            facts << tr("expires %1").arg(date(e.expires));
        if (e.rotated)
            facts << tr("rotated %1").arg(date(e.rotated));
        if (e.jobId)
            facts << tr("job %1, finished %2").arg(e.jobId).arg(date(e.jobFinished));
        for (auto it = e.values.begin(); it != e.values.end(); ++it)
            facts << QStringLiteral("%1: %2").arg(it.key(), it.value());
        rows << QStringList{QString::number(n), esc(f.controlId), esc(f.workspace.isEmpty() ? f.subject : f.workspace),
                            esc(facts.join(QStringLiteral("; ")))};
    }
    if (rows.isEmpty())
        return h + QStringLiteral("<p>%1</p>").arg(esc(tr("No failed or informational findings.")));
    return h + table({tr("#"), tr("Control"), tr("Subject"), tr("Evidence")}, rows);
}

QString ReportDocument::body(Images images) const
{
    return cover() + summary() + matrices() + inventory(images) + rotations(images) + findings() + appendix();
}

QByteArray ReportDocument::html() const
{
    return (QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                           "<style>body{font-family:'DejaVu Sans',sans-serif;max-width:60em;margin:2em auto;}"
                           "table{border-collapse:collapse;margin-bottom:1em;}th,td{vertical-align:top;}</style>"
                           "</head><body>")
                .arg(esc(tr("Customer-managed key compliance report"))) +
            body(Images::Embedded) + QStringLiteral("</body></html>\n"))
        .toUtf8();
}

Result<QByteArray> ReportDocument::pdf() const
{
    QTextDocument doc;
    doc.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    doc.addResource(QTextDocument::ImageResource, QUrl(RotationChartName), rotationChart(ChartSize));
    doc.addResource(QTextDocument::ImageResource, QUrl(AgeChartName), ageChart(ChartSize));
    doc.setHtml(body(Images::Resources));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        writer.setTitle(tr("Customer-managed key compliance report"));
        writer.setCreator(m_report.generator);
        doc.print(&writer);
    }
    // Without a font file Qt still lays the text out and prints a PDF, with no text in it and no warning: a
    // report's PDF embeds its fonts, or it is not handed out.
    if (!bytes.contains("/FontFile"))
        return Error::because(ErrorCode::Unavailable, Reason::NoFonts, {},
                              QStringLiteral("no font is installed: the PDF would have no text"));
    return bytes;
}

} // namespace keyward::report

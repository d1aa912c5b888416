// TestComplianceReport: the compliance report of a real demo workspace (vault, keys, encrypt, verify, rotate,
// verify) in every format: a PDF whose text (pdftotext) holds the controls and the matrix and whose fonts are
// embedded, HTML with its charts, JSON that follows the schema's shape and anchors the rotation history, CSV
// findings and inventory; the same report twice gives the same bytes; a report with no font refuses to write a PDF
// without text.
#include "compliance/ComplianceRules.h"
#include "compliance/ComplianceService.h"
#include "compliance/ReportJson.h"
#include "demo/DemoService.h"
#include "model/DataTypeCatalogue.h"
#include "report/ReportDocument.h"
#include "report/ReportFiles.h"
#include "secrets/KeychainSecretStore.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;
using namespace keyward::compliance;

namespace {

QString runTool(const QString &program, const QStringList &args, int *status = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return QString();
    if (status)
        *status = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestComplianceReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfHoldsControlsAndMatrix();
    void htmlEmbedsCharts();
    void jsonFollowsSchemaAndAnchorsHistory();
    void jsonIsStable();
    void csvFindingsAndInventory();
    void scopeOfOneWorkspace();
    void unknownWorkspaceRefused();
    void cliWritesEveryFormat_data();
    void cliWritesEveryFormat();
    void cliRefusesSymlinkTarget();
    void noFontsNoPdf();

private:
    test::CtlRun ctl(QStringList args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        args << QStringLiteral("--data-dir") << m_dataDir;
        return test::runKeywardctl(args, {}, env);
    }

    QTemporaryDir m_dir;
    QString m_dataDir;
    secrets::KeychainSecretStore m_secrets; // the keychain keywardctl reads too
    test::ScriptedPrompt m_prompt;
    std::unique_ptr<services::Context> m_context;
    ComplianceReport m_report;
};

void TestComplianceReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dataDir = m_dir.filePath(QStringLiteral("data"));
    m_context = std::make_unique<services::Context>(m_dataDir, m_secrets, &m_prompt);
    services::DemoRequest request;
    request.objects = 40;
    request.sizeMiB = 1;
    auto demo = services::DemoService(*m_context).run(request, nullptr);
    QVERIFY2(demo.ok(), demo.ok() ? "" : qPrintable(demo.error().detail));
    auto report = ComplianceService(*m_context).report({});
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().detail));
    m_report = *report;
    QCOMPARE(m_report.facts.workspaces.size(), 1);
    QVERIFY(!m_report.findings.isEmpty());
}

void TestComplianceReport::pdfHoldsControlsAndMatrix()
{
    auto pdf = report::ReportDocument(m_report).pdf();
    QVERIFY(pdf.ok());
    QVERIFY(pdf->startsWith("%PDF-"));
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    test::writeFile(path, *pdf);

    int status = -1;
    const QString text =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}, &status);
    QCOMPARE(status, 0);
    for (const QString &control :
         {QStringLiteral("CIS-2.1.8"), QStringLiteral("CIS-8.3.1"), QStringLiteral("CIS-8.3.5"),
          QStringLiteral("PCI-3.7.4"), QStringLiteral("PCI-3.7.5"), QStringLiteral("NIST-800-57-5.3"),
          QStringLiteral("KW-PLAINTEXT")})
        QVERIFY2(text.contains(control), qPrintable(control));
    // The matrix: every data type of the workspace by name, with its state written out.
    // (A table cell wraps its text over lines, so spaces and line ends are left out of the comparison.)
    // (pdftotext gives the "fi" ligature as one character: compare in compatibility form.)
    auto squeezed = [](QString s) {
        return s.normalized(QString::NormalizationForm_KC).remove(QRegularExpression(QStringLiteral("\\s")));
    };
    const QString raw =
        squeezed(runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")}));
    for (const model::MatrixCell &cell : m_report.facts.workspaces.first().cells) {
        const QString name = model::DataTypeCatalogue::find(cell.dataTypeId)->displayName();
        QVERIFY2(raw.contains(squeezed(name)), qPrintable(name));
        QVERIFY2(raw.contains(squeezed(cell.label())), qPrintable(cell.label()));
    }
    // No finding about the platform's own key: it is not a customer key.
    for (const Finding &f : m_report.findings)
        QVERIFY2(f.evidence.store != QLatin1String("platform"), qPrintable(f.controlId + QLatin1Char(' ') + f.subject));
    QVERIFY(text.contains(QStringLiteral("Coverage matrix")));
    QVERIFY(text.contains(QStringLiteral("Key inventory")));
    QVERIFY(text.contains(QStringLiteral("Rotation history")));
    QVERIFY(text.contains(QStringLiteral("Evidence appendix")));
    QVERIFY(raw.contains(QString::fromLatin1(m_report.history.headHash.toHex()))); // may wrap over lines

    const QString fonts = runTool(QStringLiteral("pdffonts"), {path}, &status);
    QCOMPARE(status, 0);
    QVERIFY2(fonts.contains(QStringLiteral("DejaVu")), qPrintable(fonts));

    // Every page renders.
    const QString pages = m_dir.filePath(QStringLiteral("page"));
    runTool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), path, pages}, &status);
    QCOMPARE(status, 0);
    QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("page-*.png")}).size() >= 4);
}

void TestComplianceReport::htmlEmbedsCharts()
{
    const QString html = QString::fromUtf8(report::ReportDocument(m_report).html());
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QCOMPARE(html.count(QStringLiteral("data:image/png;base64,")), 2);
    QVERIFY(html.contains(QStringLiteral("CIS-2.1.8")));
    QVERIFY(html.contains(QStringLiteral("bgcolor=")));
    // The charts are drawn, not blank.
    const QImage chart = report::ReportDocument(m_report).rotationChart(QSize(700, 260));
    QCOMPARE(chart.size(), QSize(700, 260));
    int inked = 0;
    for (int y = 0; y < chart.height(); y += 4)
        for (int x = 0; x < chart.width(); x += 4)
            inked += chart.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    QVERIFY(inked > 50);
}

void TestComplianceReport::jsonFollowsSchemaAndAnchorsHistory()
{
    const QJsonObject json = QJsonDocument::fromJson(reportJsonBytes(m_report)).object();
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("keyward-compliance-report"));
    QCOMPARE(json.value(QStringLiteral("schemaVersion")).toInt(), ComplianceReport::SchemaVersion);
    for (const char *key : {"generated", "generator", "scope", "settings", "score", "summary", "history", "controls",
                            "workspaces", "keys", "findings"})
        QVERIFY2(json.contains(QLatin1String(key)), key);
    const QJsonObject history = json.value(QStringLiteral("history")).toObject();
    auto entries = (*m_context->catalog())->history();
    QVERIFY(entries.ok());
    QVERIFY(!entries->isEmpty()); // the demo rotated
    QCOMPARE(history.value(QStringLiteral("headSeq")).toInteger(), entries->last().seq);
    QCOMPARE(history.value(QStringLiteral("headHash")).toString(), QString::fromLatin1(entries->last().hash.toHex()));
    QCOMPARE(history.value(QStringLiteral("entries")).toInteger(), entries->size());
    QVERIFY(history.value(QStringLiteral("intact")).toBool());

    const QJsonObject ws = json.value(QStringLiteral("workspaces")).toArray().first().toObject();
    QCOMPARE(ws.value(QStringLiteral("name")).toString(), QStringLiteral("demo"));
    QCOMPARE(ws.value(QStringLiteral("matrix")).toArray().size(), m_report.facts.workspaces.first().cells.size());
    QVERIFY(!ws.value(QStringLiteral("rotations")).toArray().isEmpty());
    QVERIFY(ws.value(QStringLiteral("lastVerify")).isObject());
    // Feature keys are listed without their wrapped material.
    for (const QJsonValue &fk : ws.value(QStringLiteral("featureKeys")).toArray())
        QVERIFY(!fk.toObject().contains(QStringLiteral("wrapped")));

    const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), m_report.findings.size());
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        QVERIFY(controlById(f.value(QStringLiteral("control")).toString()));
        QVERIFY(f.value(QStringLiteral("evidence")).isObject());
        QVERIFY(!f.value(QStringLiteral("severity")).toString().isEmpty());
    }
    QCOMPARE(json.value(QStringLiteral("score")).toDouble(), m_report.score());

    // The documented schema accepts it (python3-jsonschema, draft 2020-12).
    const QString path = m_dir.filePath(QStringLiteral("schema-check.json"));
    test::writeFile(path, reportJsonBytes(m_report));
    QProcess check;
    check.start(QStringLiteral("python3"),
                {QStringLiteral(KEYWARD_SOURCE_DIR "/tests/integration/validate-json-schema.py"),
                 QStringLiteral(KEYWARD_SOURCE_DIR "/docs/compliance-report.schema.json"), path});
    QVERIFY(check.waitForFinished(60000));
    QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
}

void TestComplianceReport::jsonIsStable()
{
    QCOMPARE(reportJsonBytes(m_report), reportJsonBytes(m_report));
    // A report made again from the same catalog differs only in when it was made.
    auto again = ComplianceService(*m_context).report({});
    QVERIFY(again.ok());
    again->generated = m_report.generated;
    again->facts.now = m_report.facts.now;
    QCOMPARE(reportJson(*again).value(QStringLiteral("findings")),
             reportJson(m_report).value(QStringLiteral("findings")));
}

void TestComplianceReport::csvFindingsAndInventory()
{
    const QList<QByteArray> findings = findingsCsv(m_report).split('\n');
    QVERIFY(findings.first().startsWith("\"control\",\"framework\",\"reference\",\"severity\",\"outcome\""));
    QCOMPARE(findings.size() - 2, m_report.findings.size()); // header, rows, and the empty piece after the last line
    const QList<QByteArray> inventory = inventoryCsv(m_report).split('\n');
    int versions = 0;
    for (const KeyFactsFull &k : m_report.facts.keys)
        versions += std::max<int>(1, k.versions.size());
    QCOMPARE(inventory.size() - 2, versions);
    QVERIFY(inventory.first().contains("\"age_days\""));
}

void TestComplianceReport::scopeOfOneWorkspace()
{
    ReportScope scope;
    scope.workspace = QStringLiteral("demo");
    auto one = ComplianceService(*m_context).report(scope);
    QVERIFY(one.ok());
    QVERIFY(!one->allWorkspaces);
    QCOMPARE(one->facts.workspaces.size(), 1);
    QCOMPARE(one->findingsOf(QStringLiteral("demo")).size(), one->findings.size());
}

void TestComplianceReport::unknownWorkspaceRefused()
{
    ReportScope scope;
    scope.workspace = QStringLiteral("nowhere");
    auto none = ComplianceService(*m_context).report(scope);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().reason, Reason::WorkspaceNotFound);
}

void TestComplianceReport::cliWritesEveryFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("files");
    QTest::newRow("pdf") << QStringLiteral("pdf") << QStringList{QStringLiteral("r.pdf")};
    QTest::newRow("html") << QStringLiteral("html") << QStringList{QStringLiteral("r.html")};
    QTest::newRow("json") << QStringLiteral("json")
                          << QStringList{QStringLiteral("r.json"), QStringLiteral("r.json.sig")};
    QTest::newRow("csv") << QStringLiteral("csv")
                         << QStringList{QStringLiteral("r.csv"), QStringLiteral("r-inventory.csv")};
}

void TestComplianceReport::cliWritesEveryFormat()
{
    QFETCH(QString, format);
    QFETCH(QStringList, files);
    QTemporaryDir out;
    const QString path = out.filePath(files.first());
    const test::CtlRun run =
        ctl({QStringLiteral("report"), QStringLiteral("--format"), format, QStringLiteral("--workspace"),
             QStringLiteral("demo"), QStringLiteral("--out"), path});
    KW_COMPARE_STATUS(run, 0);
    for (const QString &f : files)
        QVERIFY2(QFileInfo(out.filePath(f)).size() > 0, qPrintable(f));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).size(), files.size()); // no temporary left
}

void TestComplianceReport::cliRefusesSymlinkTarget()
{
    QTemporaryDir out;
    const QString victim = out.filePath(QStringLiteral("victim"));
    test::writeFile(victim, "keep me");
    const QString link = out.filePath(QStringLiteral("r.html"));
    QVERIFY(QFile::link(victim, link));
    const test::CtlRun run = ctl({QStringLiteral("report"), QStringLiteral("--out"), link, QStringLiteral("--json")});
    QCOMPARE(run.status, 7); // ExitRefused: Keyward does not write through links
    QCOMPARE(run.errorReason(), QStringLiteral("output-is-symlink"));
    QCOMPARE(test::readFile(victim), QByteArray("keep me"));
}

void TestComplianceReport::noFontsNoPdf()
{
    // A fontconfig with no font folder: Qt would print a PDF with no text and say nothing.
    QTemporaryDir out;
    test::writeFile(out.filePath(QStringLiteral("fonts.conf")),
                    "<?xml version=\"1.0\"?><!DOCTYPE fontconfig SYSTEM \"fonts.dtd\"><fontconfig>"
                    "<cachedir>" +
                        out.filePath(QStringLiteral("cache")).toUtf8() + "</cachedir></fontconfig>");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FONTCONFIG_FILE"), out.filePath(QStringLiteral("fonts.conf")));
    const QString path = out.filePath(QStringLiteral("r.pdf"));
    const test::CtlRun run =
        ctl({QStringLiteral("report"), QStringLiteral("--out"), path, QStringLiteral("--json")}, env);
    QVERIFY2(run.status != 0 && run.errorReason() == QLatin1String("no-fonts"), run.err.constData());
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_MAIN(TestComplianceReport)
#include "tst_compliancereport.moc"

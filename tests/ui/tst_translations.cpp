// tst_translations: the German catalogue: it is compiled into the resources, it is complete, its
// translations keep every placeholder and accelerator, and real strings of the GUI, the model and
// keywardctl come out in German once it is installed.
#include "MainWindow.h"
#include "model/Coverage.h"
#include "model/Feature.h"
#include "model/MatrixRules.h"
#include "model/Plan.h"
#include "model/Workspace.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

using namespace keyward;
using namespace keyward::model;

namespace {

const QString QmPath = QStringLiteral(":/i18n/keyward_de.qm");

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QStringList translations; // one entry, or one per plural form for numerus messages
    QString type;             // the translation's type attribute: empty when finished
    bool numerus = false;
    qint64 line = 0;
};

// Reads every message of a .ts file; an error message on malformed XML.
QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            TsMessage m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            m.line = xml.lineNumber();
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    m.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("comment")) {
                    m.comment = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    m.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (m.numerus) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == QLatin1String("numerusform"))
                                m.translations << xml.readElementText();
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        m.translations << xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages << m;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// The placeholders of a message, sorted: %1..%99, %L1.., %n.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?\\d{1,2}|%n"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    std::sort(found.begin(), found.end());
    return found;
}

// Menu accelerators ("&File"); "&&" is a literal ampersand.
int accelerators(const QString &text)
{
    QString t = text;
    t.remove(QStringLiteral("&&"));
    static const QRegularExpression re(QStringLiteral("&\\w"), QRegularExpression::UseUnicodePropertiesOption);
    return int(t.count(re));
}

QString where(const TsMessage &m)
{
    // Concatenated, not arg()ed: the source text has placeholders of its own.
    return QLatin1Char('[') + m.context + QStringLiteral("] \"") + m.source + QStringLiteral("\" (line ") +
           QString::number(m.line) + QLatin1Char(')');
}

QString tsPath()
{
    return QFINDTESTDATA("../../translations/keyward_de.ts");
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void qmIsInResources();
    void germanStrings_data();
    void germanStrings();
    void modelSpeaksGerman();
    void placeholdersSurvive();
    void mainWindowSpeaksGerman();
    void catalogueIsComplete();
    void qmMatchesCatalogue();
    void englishWithoutTranslator();

private:
    QTranslator *m_translator = nullptr;
    QList<TsMessage> m_messages;
    QString m_tsError;
};

void TestTranslations::initTestCase()
{
    m_translator = new QTranslator(this);
    QVERIFY2(m_translator->load(QmPath), qPrintable(QStringLiteral("cannot load ") + QmPath));
    QVERIFY(!m_translator->isEmpty());
    QCOMPARE(m_translator->language(), QStringLiteral("de_DE"));
    QVERIFY(QCoreApplication::installTranslator(m_translator));

    const QString path = tsPath();
    QVERIFY2(!path.isEmpty(), "translations/keyward_de.ts not found from the test's source directory");
    m_messages = readTs(path, &m_tsError);
}

void TestTranslations::cleanupTestCase()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator);
}

void TestTranslations::qmIsInResources()
{
    QVERIFY(QFile::exists(QmPath));
    // The lookup the programs do (util/Translations.cpp): by locale name, from :/i18n.
    QTranslator byLocale;
    QVERIFY(byLocale.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("keyward"), QStringLiteral("_"),
                          QStringLiteral(":/i18n")));
    QCOMPARE(byLocale.filePath(), QmPath);
}

void TestTranslations::germanStrings_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("german");

    QTest::newRow("main window title") << "keyward::ui::MainWindow"
                                       << "Encryption coverage" << QStringLiteral("Verschlüsselungsabdeckung");
    QTest::newRow("main window menu") << "keyward::ui::MainWindow"
                                      << "&File"
                                      << "&Datei";
    QTest::newRow("workspace panel") << "keyward::ui::WorkspacePanel"
                                     << "Plan"
                                     << "Tarif";
    QTest::newRow("legend") << "keyward::ui::LegendWidget"
                            << "Legend"
                            << "Legende";
    QTest::newRow("coverage") << "keyward::model::Coverage"
                              << "Platform key only" << QStringLiteral("Nur Plattformschlüssel");
    QTest::newRow("location") << "keyward::model::Location"
                              << "Control plane"
                              << "Steuerungsebene";
    QTest::newRow("keywardctl") << "keywardctl"
                                << "Commands:"
                                << "Befehle:";
    QTest::newRow("shared error kind") << "Keyward"
                                       << "wrong passphrase or PIN"
                                       << "falsche Passphrase oder PIN";
    QTest::newRow("keywardctl soft delete")
        << "keywardctl"
        << "Recover a soft-deleted key." << QStringLiteral("Einen vorläufig gelöschten Schlüssel wiederherstellen.");
    QTest::newRow("keywardctl purge protection") << "keywardctl"
                                                 << "purge protection" << QStringLiteral("Löschschutz");
    QTest::newRow("keywardctl matrix") << "MatrixCommand"
                                       << "Legend"
                                       << "Legende";
    QTest::newRow("gui command line") << "keyward"
                                      << "Customer-managed key console."
                                      << QStringLiteral("Konsole für kundenseitig verwaltete Schlüssel.");
    QTest::newRow("product name stays") << "keyward::ui::MainWindow"
                                        << "Keyward"
                                        << "Keyward";
}

void TestTranslations::germanStrings()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, german);
    QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()), german);
}

void TestTranslations::modelSpeaksGerman()
{
    // Through the model's own functions, as the GUI and the CLI call them.
    QCOMPARE(coverageDisplayName(Coverage::CustomerKey), QStringLiteral("Kundenschlüssel"));
    QCOMPARE(coverageDisplayName(Coverage::NotAvailableOnStandard), QStringLiteral("Erfordert Premium"));
    QCOMPARE(featureDisplayName(Feature::ManagedDisks), QStringLiteral("Verwaltete Datenträger"));
    QCOMPARE(featureDisplayName(Feature::DbfsRoot), QStringLiteral("DBFS-Stamm"));
    // Plan names are product names and stay as they are.
    QCOMPARE(planDisplayName(Plan::Premium), QStringLiteral("Premium"));
    QCOMPARE(planDisplayName(Plan::Standard), QStringLiteral("Standard"));
}

void TestTranslations::placeholdersSurvive()
{
    const QString protectedBy =
        QCoreApplication::translate("keyward::model::MatrixRules", "Protected by the %1 customer key %2.")
            .arg(QStringLiteral("DBFS-Stamm"), QStringLiteral("https://kv.example/keys/d/1"));
    QCOMPARE(protectedBy,
             QStringLiteral("Geschützt durch den Kundenschlüssel für „DBFS-Stamm“: https://kv.example/keys/d/1."));

    const QString twoArgs = QCoreApplication::translate("keywardctl", "deleted %1; recoverable until %2")
                                .arg(QStringLiteral("k1"), QStringLiteral("2027-02-25T21:04:09Z"));
    QCOMPARE(twoArgs, QStringLiteral("k1 gelöscht; wiederherstellbar bis 2027-02-25T21:04:09Z"));

    // The rules fill in the feature name; the sample workspace has no managed-disks key yet.
    const QList<MatrixCell> cells = evaluateMatrix(Workspace::sample());
    const auto noKey = std::find_if(cells.cbegin(), cells.cend(), [](const MatrixCell &c) {
        return c.coverage == Coverage::NoKeyAssigned && c.feature == Feature::ManagedDisks;
    });
    QVERIFY(noKey != cells.cend());
    QVERIFY2(noKey->reason.startsWith(QStringLiteral("Für „Verwaltete Datenträger“ ist noch kein Kundenschlüssel")),
             qPrintable(noKey->reason));
    QVERIFY(!noKey->reason.contains(QLatin1Char('%')));
}

void TestTranslations::mainWindowSpeaksGerman()
{
    ui::MainWindow window;
    auto *title = window.findChild<QLabel *>(QStringLiteral("matrixTitle"));
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("Verschlüsselungsabdeckung"));
    auto *subtitle = window.findChild<QLabel *>(QStringLiteral("matrixSubtitle"));
    QVERIFY(subtitle);
    QVERIFY2(subtitle->text().contains(QStringLiteral("Premium-Tarif")), qPrintable(subtitle->text()));
    QVERIFY(!subtitle->text().contains(QLatin1Char('%')));

    QStringList menus;
    for (QAction *a : window.menuBar()->actions())
        menus << a->text();
    QCOMPARE(menus,
             (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Arbeitsbereich"), QStringLiteral("&Hilfe")}));

    auto *status = window.findChild<QLabel *>(QStringLiteral("statusSummary"));
    QVERIFY(status);
    const QString types = QStringLiteral("%1 Datentypen").arg(evaluateMatrix(Workspace::sample()).size());
    QVERIFY2(status->text().startsWith(types), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("Kundenschlüssel: ")), qPrintable(status->text()));
}

void TestTranslations::catalogueIsComplete()
{
    QVERIFY2(m_tsError.isEmpty(), qPrintable(m_tsError));
    QVERIFY2(m_messages.size() > 250, qPrintable(QString::number(m_messages.size())));

    QStringList problems;
    for (const TsMessage &m : std::as_const(m_messages)) {
        if (!m.type.isEmpty()) {
            problems << QStringLiteral("%1: type=\"%2\"").arg(where(m), m.type);
            continue;
        }
        if (m.translations.isEmpty() || (m.numerus && m.translations.size() < 2)) {
            problems << where(m) + QStringLiteral(": missing plural forms");
            continue;
        }
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty()) {
                problems << where(m) + QStringLiteral(": empty translation");
                continue;
            }
            QStringList want = placeholders(m.source);
            QStringList got = placeholders(t);
            if (m.numerus) { // a plural form may spell the number out, but never invent other placeholders
                want.removeAll(QStringLiteral("%n"));
                got.removeAll(QStringLiteral("%n"));
            }
            if (want != got)
                problems << QStringLiteral("%1: placeholders %2 became %3")
                                .arg(where(m), want.join(QLatin1Char(',')), got.join(QLatin1Char(',')));
            if (accelerators(m.source) != accelerators(t))
                problems << QStringLiteral("%1: accelerator lost in \"%2\"").arg(where(m), t);
            if (m.source.count(QLatin1Char('\n')) != t.count(QLatin1Char('\n')))
                problems << QStringLiteral("%1: line count differs in \"%2\"").arg(where(m), t);
            if (m.source.endsWith(QLatin1Char(' ')) != t.endsWith(QLatin1Char(' ')))
                problems << QStringLiteral("%1: trailing space differs in \"%2\"").arg(where(m), t);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::qmMatchesCatalogue()
{
    // The compiled catalogue carries every finished message of the .ts (a stale .qm fails here).
    QVERIFY(!m_messages.isEmpty());
    QStringList missing;
    for (const TsMessage &m : std::as_const(m_messages)) {
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const QString got =
            m_translator->translate(context.constData(), source.constData(),
                                    m.comment.isEmpty() ? nullptr : comment.constData(), m.numerus ? 1 : -1);
        if (got.isEmpty() || (!m.numerus && got != m.translations.value(0)))
            missing << QStringLiteral("%1 -> \"%2\"").arg(where(m), got);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestTranslations::englishWithoutTranslator()
{
    // The German above came from the catalogue, not from the sources.
    QVERIFY(QCoreApplication::removeTranslator(m_translator));
    const QString english = coverageDisplayName(Coverage::CustomerKey);
    const QString title = QCoreApplication::translate("keyward::ui::MainWindow", "Encryption coverage");
    QVERIFY(QCoreApplication::installTranslator(m_translator));
    QCOMPARE(english, QStringLiteral("Customer key"));
    QCOMPARE(title, QStringLiteral("Encryption coverage"));
    QCOMPARE(coverageDisplayName(Coverage::CustomerKey), QStringLiteral("Kundenschlüssel"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"

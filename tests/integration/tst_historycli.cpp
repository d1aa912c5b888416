// TestHistoryCli: `keywardctl history` narrowed by --workspace, --key, --feature and --since (the filter the
// console's History view applies), as a process over a catalog in a private data directory.
#include "TestSupport.h"

#include "catalog/Catalog.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;

class TestHistoryCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filters_data();
    void filters();
    void refusesBadValues_data();
    void refusesBadValues();

private:
    test::CtlRun ctl(QStringList args)
    {
        args << QStringLiteral("--data-dir") << m_dir.filePath(QStringLiteral("data"));
        return test::runKeywardctl(args);
    }
    QTemporaryDir m_dir;
};

void TestHistoryCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto c = catalog::Catalog::open(catalog::Catalog::defaultPath(m_dir.filePath(QStringLiteral("data"))));
    QVERIFY(c.ok());
    // The workspaces the entries name (history --workspace refuses one the catalog does not hold).
    for (const char *name : {"prod", "dev"})
        QVERIFY((*c)->createWorkspace(model::Workspace(QLatin1String(name), model::Plan::Premium),
                                      m_dir.filePath(QLatin1String(name)))
                    .ok());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    struct Row
    {
        const char *workspace;
        const char *feature;
        const char *key;
        int daysAgo;
    };
    for (const Row &r : {Row{"prod", "managed-services", "main/ms", 100}, Row{"prod", "dbfs-root", "main/root", 20},
                         Row{"dev", "managed-services", "main/ms", 2}}) {
        catalog::HistoryEntry e;
        e.at = now.addDays(-r.daysAgo);
        e.workspace = QLatin1String(r.workspace);
        e.feature = QLatin1String(r.feature);
        e.key = QLatin1String(r.key);
        e.oldVersion = QStringLiteral("v1");
        e.newVersion = QStringLiteral("v2");
        e.action = QStringLiteral("rotate");
        e.result = QStringLiteral("ok");
        QVERIFY((*c)->appendHistory(e).ok());
    }
}

void TestHistoryCli::filters_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QList<int>>("seqs");
    QTest::newRow("all") << QStringList() << QList<int>{1, 2, 3};
    QTest::newRow("key") << QStringList{QStringLiteral("--key"), QStringLiteral("main/ms")} << QList<int>{1, 3};
    QTest::newRow("feature") << QStringList{QStringLiteral("--feature"), QStringLiteral("dbfs-root")} << QList<int>{2};
    QTest::newRow("since days") << QStringList{QStringLiteral("--since"), QStringLiteral("30d")} << QList<int>{2, 3};
    QTest::newRow("since weeks") << QStringList{QStringLiteral("--since"), QStringLiteral("1w")} << QList<int>{3};
    QTest::newRow("since date") << QStringList{QStringLiteral("--since"), QStringLiteral("2000-01-01")}
                                << QList<int>{1, 2, 3};
    QTest::newRow("together") << QStringList{QStringLiteral("--workspace"), QStringLiteral("prod"),
                                             QStringLiteral("--key"),       QStringLiteral("main/ms"),
                                             QStringLiteral("--since"),     QStringLiteral("30d")}
                              << QList<int>{};
}

void TestHistoryCli::filters()
{
    QFETCH(QStringList, options);
    QFETCH(QList<int>, seqs);
    const test::CtlRun r = ctl(QStringList{QStringLiteral("history"), QStringLiteral("--json")} + options);
    KW_COMPARE_STATUS(r, 0);
    QList<int> got;
    for (const QJsonValue &v : r.json().array())
        got << v.toObject().value(QStringLiteral("seq")).toInt();
    QCOMPARE(got, seqs);
}

void TestHistoryCli::refusesBadValues_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("reason"); // in the JSON error; empty: not checked
    QTest::newRow("since") << QStringList{QStringLiteral("--since"), QStringLiteral("yesterday")}
                           << QStringLiteral("input-not-a-duration");
    QTest::newRow("since date") << QStringList{QStringLiteral("--since"), QStringLiteral("2026-02-30")}
                                << QStringLiteral("input-not-a-date");
    QTest::newRow("feature") << QStringList{QStringLiteral("--feature"), QStringLiteral("platform")} << QString();
}

void TestHistoryCli::refusesBadValues()
{
    QFETCH(QStringList, options);
    QFETCH(QString, reason);
    const test::CtlRun r = ctl(QStringList{QStringLiteral("history")} + options);
    KW_COMPARE_STATUS(r, 2); // usage
    QVERIFY(r.out.isEmpty());
    if (reason.isEmpty())
        return;
    // With --json the refusal is the usual JSON error, its reason and the option it is about.
    const test::CtlRun json = ctl(QStringList{QStringLiteral("history"), QStringLiteral("--json")} + options);
    KW_COMPARE_STATUS(json, 2);
    QCOMPARE(json.errorReason(), reason);
    QCOMPARE(json.errorArg(), QStringLiteral("--since"));
}

QTEST_GUILESS_MAIN(TestHistoryCli)
#include "tst_historycli.moc"

// tst_keyidtext: the short forms of key identifiers the console shows where a full one does not fit.
#include "KeyIdText.h"

#include <QTest>

using keyward::ui::KeyIdText;

class TestKeyIdText : public QObject
{
    Q_OBJECT

private slots:
    void shortName_data();
    void shortName();
};

void TestKeyIdText::shortName_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("shown");
    QTest::newRow("key vault url") << "https://kv-contoso.vault.azure.net/keys/dbfs-root/3f9d2c41"
                                   << "dbfs-root/3f9d2c41 (kv-contoso)";
    QTest::newRow("catalog, pinned version") << "demo-vault/demo-dbfs-root/43e7181b99ddd204578a8164d7a9f3dd"
                                             << "demo-dbfs-root/43e7181b (demo-vault)";
    QTest::newRow("catalog, short version") << "vault/key/v1"
                                            << "key/v1 (vault)";
    QTest::newRow("catalog, newest version") << "demo-vault/demo-managed-disks"
                                             << "demo-managed-disks (demo-vault)";
    QTest::newRow("plain name") << "k"
                                << "k";
    QTest::newRow("empty segment") << "vault//v1"
                                   << "vault//v1";
    QTest::newRow("too many segments") << "a/b/c/d"
                                       << "a/b/c/d";
    QTest::newRow("url elsewhere") << "https://example.org/secrets/x"
                                   << "https://example.org/secrets/x";
}

void TestKeyIdText::shortName()
{
    QFETCH(QString, id);
    QFETCH(QString, shown);
    QCOMPARE(KeyIdText::shortName(id), shown);
}

QTEST_MAIN(TestKeyIdText)
#include "tst_keyidtext.moc"

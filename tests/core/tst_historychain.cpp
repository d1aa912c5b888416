// TestHistoryChain: the rotation history's hash chain without a database: known hashes and every kind of break.
#include "catalog/HistoryChain.h"

#include <QTest>

#include <functional>

using namespace keyward;
using namespace keyward::catalog;

Q_DECLARE_METATYPE(keyward::catalog::HistoryEntry)

namespace {

// Entry `i` of a test chain; `actor` tells two otherwise equal chains apart.
HistoryEntry fields(int i, const QString &actor = QStringLiteral("alice@host"))
{
    HistoryEntry e;
    e.at = QDateTime::fromString(QStringLiteral("2024-03-0%1T10:00:00.123Z").arg(i), Qt::ISODateWithMs);
    e.actor = actor;
    e.workspace = QStringLiteral("ws");
    e.feature = QStringLiteral("dbfs-root");
    e.key = QStringLiteral("main/kek");
    e.oldVersion = QStringLiteral("v%1").arg(i - 1);
    e.newVersion = QStringLiteral("v%1").arg(i);
    e.objectsTouched = 10 * i;
    e.action = QStringLiteral("rotate");
    e.result = QStringLiteral("ok");
    return e;
}

QList<HistoryEntry> chain(int length, const QString &actor = QStringLiteral("alice@host"))
{
    QList<HistoryEntry> out;
    std::optional<HistoryChain::Head> head;
    for (int i = 1; i <= length; ++i) {
        auto linked = HistoryChain::link(fields(i, actor), head);
        if (!linked) {
            qWarning("cannot link entry %d: %s", i, qPrintable(linked.error().detail));
            return {};
        }
        out << *linked;
        head = HistoryChain::Head{linked->seq, linked->hash};
    }
    return out;
}

HistoryChain::Head headOf(const HistoryEntry &last)
{
    return HistoryChain::Head{last.seq, last.hash};
}

// One row of verify_data(): `head` absent when std::nullopt.
void addCase(const char *name, const QList<HistoryEntry> &entries, const std::optional<HistoryChain::Head> &head,
             bool intact, qint64 badSeq, const QString &words)
{
    QTest::newRow(name) << entries << head.has_value() << (head ? head->seq : 0) << (head ? head->hash : QByteArray())
                        << intact << badSeq << words;
}

} // namespace

class TestHistoryChain : public QObject
{
    Q_OBJECT

private slots:
    void knownHashes_data();
    void knownHashes();
    void linkFollowsHead();
    void verify_data();
    void verify();
};

void TestHistoryChain::knownHashes_data()
{
    // Hashes that catalogs written before the chain had its own class hold: they must keep verifying.
    QTest::addColumn<int>("seq");
    QTest::addColumn<QByteArray>("hash");
    QTest::newRow("1") << 1 << QByteArray("4ba112225a4cefc571e7cf48bd8eb9be57321ba503362d2a25082925f23e6e28");
    QTest::newRow("2") << 2 << QByteArray("05d2f14b612ec736ae45dfe8d6562fabed65f840264922cd75e09141e0992f0d");
    QTest::newRow("3") << 3 << QByteArray("899d7368bf17f9a6ede48e41230ce8712501ec409ae5972d2d031a1b978f13aa");
    QTest::newRow("4") << 4 << QByteArray("f4ac49d26871469ad7010d1af9dcaf1f1154d630dda414ff4da0a951aee95f5e");
}

void TestHistoryChain::knownHashes()
{
    QFETCH(int, seq);
    QFETCH(QByteArray, hash);
    const QList<HistoryEntry> entries = chain(4);
    QCOMPARE(entries.size(), 4);
    const HistoryEntry &e = entries.at(seq - 1);
    QCOMPARE(e.seq, qint64(seq));
    QCOMPARE(e.hash.toHex(), hash);
    auto again = HistoryChain::entryHash(e, e.prevHash);
    QVERIFY(again.ok());
    QCOMPARE(*again, e.hash);
}

void TestHistoryChain::linkFollowsHead()
{
    auto first = HistoryChain::link(fields(1), std::nullopt);
    QVERIFY(first.ok());
    QCOMPARE(first->seq, qint64(1));
    QCOMPARE(first->prevHash, HistoryChain::genesisHash());
    QCOMPARE(first->prevHash, QByteArray(HistoryChain::HashSize, '\0'));
    QCOMPARE(first->hash.size(), HistoryChain::HashSize);

    auto next = HistoryChain::link(fields(2), HistoryChain::Head{41, QByteArray(HistoryChain::HashSize, 'h')});
    QVERIFY(next.ok());
    QCOMPARE(next->seq, qint64(42));
    QCOMPARE(next->prevHash, QByteArray(HistoryChain::HashSize, 'h'));
    // The previous hash is part of what is hashed: the same fields after another head give another hash.
    auto other = HistoryChain::entryHash(*next, QByteArray(HistoryChain::HashSize, 'i'));
    QVERIFY(other.ok());
    QVERIFY(*other != next->hash);
}

void TestHistoryChain::verify_data()
{
    QTest::addColumn<QList<HistoryEntry>>("entries");
    QTest::addColumn<bool>("hasHead");
    QTest::addColumn<qint64>("headSeq");
    QTest::addColumn<QByteArray>("headHash");
    QTest::addColumn<bool>("intact");
    QTest::addColumn<qint64>("badSeq");
    QTest::addColumn<QString>("words");

    const QList<HistoryEntry> good = chain(4);
    QVERIFY(good.size() == 4);
    const HistoryChain::Head head = headOf(good.last());

    addCase("intact", good, head, true, -1, {});
    addCase("one entry", chain(1), headOf(chain(1).last()), true, -1, {});
    addCase("empty", {}, std::nullopt, true, -1, {});

    // Any field of entry 3 changed after it was stored.
    const QList<std::pair<const char *, std::function<void(HistoryEntry &)>>> edits = {
        {"edited seq", [](HistoryEntry &e) { e.seq = 30; }},
        {"edited at", [](HistoryEntry &e) { e.at = e.at.addSecs(1); }},
        {"edited actor", [](HistoryEntry &e) { e.actor = QStringLiteral("mallory@host"); }},
        {"edited workspace", [](HistoryEntry &e) { e.workspace = QStringLiteral("other"); }},
        {"edited feature", [](HistoryEntry &e) { e.feature = QStringLiteral("managed-services"); }},
        {"edited key", [](HistoryEntry &e) { e.key = QStringLiteral("main/other"); }},
        {"edited old version", [](HistoryEntry &e) { e.oldVersion = QStringLiteral("v9"); }},
        {"edited new version", [](HistoryEntry &e) { e.newVersion = QStringLiteral("evil"); }},
        {"edited objects touched", [](HistoryEntry &e) { e.objectsTouched += 1; }},
        {"edited action", [](HistoryEntry &e) { e.action = QStringLiteral("rekey"); }},
        {"edited result", [](HistoryEntry &e) { e.result = QStringLiteral("failed: no"); }},
        {"edited prev hash", [](HistoryEntry &e) { e.prevHash[0] = char(e.prevHash.at(0) ^ 1); }},
        {"edited hash", [](HistoryEntry &e) { e.hash[31] = char(e.hash.at(31) ^ 1); }},
    };
    for (const auto &[name, edit] : edits) {
        QList<HistoryEntry> entries = good;
        edit(entries[2]);
        addCase(name, entries, head, false, entries.at(2).seq,
                QStringLiteral("entry %1 was edited").arg(entries.at(2).seq));
    }

    addCase("removed first", good.mid(1), head, false, 2,
            QStringLiteral("entry 1 is missing (entry 2 follows entry 0)"));
    addCase("removed middle", QList<HistoryEntry>{good[0], good[2], good[3]}, head, false, 3,
            QStringLiteral("entry 2 is missing (entry 3 follows entry 1)"));
    addCase("removed last", good.mid(0, 3), head, false, 4,
            QStringLiteral("the history ends at entry 3 but was 4 entries long"));
    addCase("removed all", {}, head, false, 1, QStringLiteral("the history ends at entry 0 but was 4 entries long"));

    addCase("reordered neighbours", QList<HistoryEntry>{good[0], good[2], good[1], good[3]}, head, false, 3,
            QStringLiteral("entry 2 is missing (entry 3 follows entry 1)"));
    addCase("reordered last first", QList<HistoryEntry>{good[3], good[0], good[1], good[2]}, head, false, 4,
            QStringLiteral("entry 1 is missing (entry 4 follows entry 0)"));
    addCase("repeated", good + QList<HistoryEntry>{good[1]}, head, false, 2,
            QStringLiteral("entry 2 is out of order (found after entry 4)"));

    // Self-consistent entries from another chain: their hashes hold, their links do not.
    const QList<HistoryEntry> other = chain(4, QStringLiteral("mallory@host"));
    addCase("replaced", QList<HistoryEntry>{good[0], good[1], other[2], good[3]}, head, false, 3,
            QStringLiteral("entry 3 does not follow entry 2: the entry before it was replaced"));
    auto inserted = HistoryChain::link(fields(3, QStringLiteral("mallory@host")), headOf(good[1]));
    QVERIFY(inserted.ok());
    addCase("inserted", QList<HistoryEntry>{good[0], good[1], *inserted, good[2], good[3]}, head, false, 3,
            QStringLiteral("entry 3 is out of order (found after entry 3)"));

    addCase("head behind", good, headOf(good[2]), false, 5,
            QStringLiteral("the history ends at entry 4 but was 3 entries long"));
    addCase("head ahead", good, HistoryChain::Head{5, good[3].hash}, false, 5,
            QStringLiteral("the history ends at entry 4 but was 5 entries long"));
    addCase("head hash differs", good, HistoryChain::Head{4, good[2].hash}, false, 5,
            QStringLiteral("the history ends at entry 4 but was 4 entries long"));
    addCase("head missing", good, std::nullopt, false, 1, QStringLiteral("the history's head record is missing"));
}

void TestHistoryChain::verify()
{
    QFETCH(QList<HistoryEntry>, entries);
    QFETCH(bool, hasHead);
    QFETCH(qint64, headSeq);
    QFETCH(QByteArray, headHash);
    QFETCH(bool, intact);
    QFETCH(qint64, badSeq);
    QFETCH(QString, words);

    const std::optional<HistoryChain::Head> head =
        hasHead ? std::optional<HistoryChain::Head>(HistoryChain::Head{headSeq, headHash}) : std::nullopt;
    auto check = HistoryChain::verify(entries, head);
    QVERIFY(check.ok());
    QCOMPARE(check->intact, intact);
    QCOMPARE(check->entries, qint64(entries.size()));
    QCOMPARE(check->badSeq, badSeq);
    if (intact)
        QVERIFY(check->problem.isEmpty());
    else
        QVERIFY2(check->problem.contains(words), qPrintable(check->problem));
}

QTEST_GUILESS_MAIN(TestHistoryChain)
#include "tst_historychain.moc"

// TestHistoryView: the console's History view over a catalog with a known history and a fixed clock, offscreen:
// the workspace filter defaulting to the selected workspace with All workspaces a choice, the key, feature and
// period filters narrowing the table and the timeline alike, the age of each key's last rotation in words, and
// a chain broken behind Keyward's back named and shown.
#include "TestSupport.h"

#include "HistoryFilterProxy.h"
#include "HistoryModel.h"
#include "HistoryView.h"
#include "RotationTimeline.h"
#include "services/HistoryService.h"
#include "services/JobText.h"
#include "services/WorkspaceService.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;

namespace {

template <typename T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

// Picks the item whose data is `value`.
void choose(QComboBox *combo, const QVariant &value)
{
    const int i = combo->findData(value);
    QVERIFY2(i >= 0, qPrintable(value.toString()));
    combo->setCurrentIndex(i);
}

} // namespace

class TestHistoryView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void filtersNarrowTableAndTimeline();
    void workspaceFilterFollowsTheSelection();
    void brokenChainIsNamedAndShown();

private:
    // The seqs the table shows, top to bottom.
    QList<qint64> shownSeqs() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<secrets::MemorySecretStore> m_secrets;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<services::Context> m_context;
    std::unique_ptr<ui::HistoryView> m_view;
    ui::HistoryFilterProxy *m_proxy = nullptr;
    ui::RotationTimeline *m_timeline = nullptr;
    QComboBox *m_workspace = nullptr;
    QComboBox *m_key = nullptr;
    QComboBox *m_feature = nullptr;
    QComboBox *m_period = nullptr;
};

void TestHistoryView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_secrets = std::make_unique<secrets::MemorySecretStore>();
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC));
    m_context = std::make_unique<services::Context>(m_dir->path(), *m_secrets, nullptr, *m_clock);
    for (const char *name : {"alpha", "beta"}) {
        services::CreateWorkspaceRequest request;
        request.name = QLatin1String(name);
        QVERIFY(services::WorkspaceService(*m_context).create(request).ok());
    }
    struct Row
    {
        const char *workspace;
        const char *feature;
        const char *key;
        int daysAgo;
        const char *action;
        const char *result;
    };
    // seq 1..7, oldest first.
    const Row rows[] = {
        {"alpha", "managed-services", "vault/ms", 200, "rotate", "ok"},
        {"alpha", "managed-services", "vault/ms", 40, "rotate", "ok"},
        {"alpha", "dbfs-root", "vault/root", 10, "rotate", "ok"},
        {"alpha", "dbfs-root", "vault/root", 3, "rotate", "failed: store unavailable"},
        {"beta", "managed-services", "vault/ms", 2, "rotate", "ok"},
        {"beta", "managed-disks", "vault/disks", 1, "adopt", "ok"},
        {"alpha", "managed-services", "vault/ms", 1, "retire", "ok"},
    };
    auto catalog = m_context->catalog();
    QVERIFY(catalog.ok());
    for (const Row &r : rows) {
        catalog::HistoryEntry e;
        e.at = m_clock->now().addDays(-r.daysAgo);
        e.actor = QStringLiteral("admin@host");
        e.workspace = QLatin1String(r.workspace);
        e.feature = QLatin1String(r.feature);
        e.key = QLatin1String(r.key);
        e.oldVersion = QStringLiteral("v1");
        e.newVersion = QByteArray(r.result).startsWith("ok") ? QStringLiteral("v2") : QStringLiteral("v1");
        e.action = QLatin1String(r.action);
        e.result = QLatin1String(r.result);
        QVERIFY((*catalog)->appendHistory(e).ok());
    }
    m_view = std::make_unique<ui::HistoryView>(*m_context);
    m_view->resize(1400, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setWorkspace(QStringLiteral("alpha"));
    m_proxy = child<ui::HistoryFilterProxy>(m_view.get(), "historyProxy");
    m_timeline = child<ui::RotationTimeline>(m_view.get(), "rotationTimeline");
    m_workspace = child<QComboBox>(m_view.get(), "historyWorkspaceFilter");
    m_key = child<QComboBox>(m_view.get(), "historyKeyFilter");
    m_feature = child<QComboBox>(m_view.get(), "historyFeatureFilter");
    m_period = child<QComboBox>(m_view.get(), "historyPeriodFilter");
    QVERIFY(m_proxy && m_timeline && m_workspace && m_key && m_feature && m_period);
}

void TestHistoryView::cleanup()
{
    m_view.reset();
    m_context.reset();
}

QList<qint64> TestHistoryView::shownSeqs() const
{
    QList<qint64> seqs;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        seqs << m_proxy->index(row, 0).data(ui::HistoryModel::SeqRole).toLongLong();
    return seqs;
}

void TestHistoryView::filtersNarrowTableAndTimeline()
{
    auto *history = child<ui::HistoryModel>(m_view.get(), "historyModel");
    QAbstractItemModelTester modelTester(history, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (QWidget *w : std::initializer_list<QWidget *>{m_workspace, m_key, m_feature, m_period, m_timeline,
                                                       child<QTableView>(m_view.get(), "historyTable")})
        QVERIFY(!w->accessibleName().isEmpty());

    // The selected workspace first: its entries, newest first; its keys' lanes.
    QCOMPARE(m_workspace->currentData().toString(), QStringLiteral("alpha"));
    QCOMPARE(history->rowCount(), 7);
    QCOMPARE(shownSeqs(), (QList<qint64>{7, 4, 3, 2, 1}));
    QCOMPARE(m_timeline->lanes(), (QStringList{QStringLiteral("vault/ms"), QStringLiteral("vault/root")}));
    QCOMPARE(m_timeline->marks(), 4); // the retirement is no rotation
    // The age of each key's last successful rotation, in words as well as in the drawing.
    QVERIFY(m_timeline->ages().at(0).contains(services::JobText::duration(40 * 86400)));
    QVERIFY(m_timeline->ages().at(1).contains(services::JobText::duration(10 * 86400)));
    QVERIFY(m_timeline->accessibleDescription().contains(QStringLiteral("vault/root")));

    // Every workspace.
    choose(m_workspace, QString());
    QCOMPARE(shownSeqs(), (QList<qint64>{7, 6, 5, 4, 3, 2, 1}));
    QCOMPARE(m_timeline->lanes(),
             (QStringList{QStringLiteral("vault/ms"), QStringLiteral("vault/root"), QStringLiteral("vault/disks")}));
    QVERIFY(m_timeline->ages().at(0).contains(services::JobText::duration(2 * 86400)));

    // One key, across workspaces.
    QCOMPARE(m_key->count(), 4); // all keys, and the three
    choose(m_key, QStringLiteral("vault/ms"));
    QCOMPARE(shownSeqs(), (QList<qint64>{7, 5, 2, 1}));
    QCOMPARE(m_timeline->lanes(), QStringList{QStringLiteral("vault/ms")});
    QCOMPARE(m_timeline->marks(), 3);

    // A feature.
    choose(m_key, QString());
    choose(m_feature, int(model::Feature::DbfsRoot));
    QCOMPARE(shownSeqs(), (QList<qint64>{4, 3}));
    QCOMPARE(m_timeline->lanes(), QStringList{QStringLiteral("vault/root")});

    // A period, from the context's clock: the last 7 days keep the failed rotation, not the good one before it.
    // The period is the timeline's axis: every key keeps its lane, and its age says how long it has not moved.
    choose(m_feature, -1);
    choose(m_period, int(services::HistoryPeriod::LastWeek));
    QCOMPARE(shownSeqs(), (QList<qint64>{7, 6, 5, 4}));
    const QStringList allKeys{QStringLiteral("vault/ms"), QStringLiteral("vault/root"), QStringLiteral("vault/disks")};
    QCOMPARE(m_timeline->lanes(), allKeys);
    QCOMPARE(m_timeline->marks(), 3);
    QVERIFY(m_timeline->ages().at(1).contains(services::JobText::duration(10 * 86400)));
    choose(m_period, int(services::HistoryPeriod::Last90Days));
    QCOMPARE(shownSeqs(), (QList<qint64>{7, 6, 5, 4, 3, 2}));
    QCOMPARE(m_timeline->marks(), 5);
    // Time moves on: the same period keeps less, and the ages grow.
    m_clock->advance(35 * 86400);
    choose(m_period, int(services::HistoryPeriod::Last30Days));
    QCOMPARE(shownSeqs(), QList<qint64>());
    QCOMPARE(m_timeline->lanes(), allKeys);
    QCOMPARE(m_timeline->marks(), 0);
    QVERIFY(m_timeline->ages().at(0).contains(services::JobText::duration(37 * 86400)));
    QVERIFY(!m_timeline->accessibleDescription().isEmpty());
    choose(m_period, int(services::HistoryPeriod::All));
    QCOMPARE(m_proxy->rowCount(), 7);
    QVERIFY(child<QLabel>(m_view.get(), "historyCount")->text().contains(QStringLiteral("7")));
}

void TestHistoryView::workspaceFilterFollowsTheSelection()
{
    // Every workspace, the ones without entries too, and All.
    QCOMPARE(m_workspace->count(), 3);
    choose(m_workspace, QString());
    // A reload (after a job, say) keeps the admin's choice...
    m_view->setWorkspace(QStringLiteral("alpha"));
    QCOMPARE(m_workspace->currentData().toString(), QString());
    QCOMPARE(m_proxy->rowCount(), 7);
    // ...a new selection moves the filter to it, and the key choices to its keys.
    m_view->setWorkspace(QStringLiteral("beta"));
    QCOMPARE(m_workspace->currentData().toString(), QStringLiteral("beta"));
    QCOMPARE(shownSeqs(), (QList<qint64>{6, 5}));
    QCOMPARE(m_key->count(), 3);
    QCOMPARE(m_view->filter().workspace, QStringLiteral("beta"));
}

void TestHistoryView::brokenChainIsNamedAndShown()
{
    auto *state = child<QLabel>(m_view.get(), "chainState");
    auto *show = child<QPushButton>(m_view.get(), "showBrokenEntryButton");
    auto *table = child<QTableView>(m_view.get(), "historyTable");
    QVERIFY(state && show && table);
    const QString intact = state->text();
    QVERIFY(!intact.isEmpty());
    QVERIFY(show->isHidden());

    // Entry 3 (a rotation of vault/root in alpha) edited behind Keyward's back.
    test::execSql(m_context->catalogPath(), {QStringLiteral("DROP TRIGGER history_append_only_update"),
                                             QStringLiteral("DROP TRIGGER history_append_only_delete"),
                                             QStringLiteral("UPDATE history SET new_version = 'evil' WHERE seq = 3")});
    m_view->reload();
    auto *history = child<ui::HistoryModel>(m_view.get(), "historyModel");
    QAbstractItemModelTester tester(history, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(history->brokenSeq(), qint64(3));
    QVERIFY(state->text() != intact);
    QVERIFY(state->text().contains(QStringLiteral("3")));
    QVERIFY(state->text().contains(QStringLiteral("vault/root")));
    QCOMPARE(state->text(), state->accessibleName());
    // The entry itself says so in the table, by icon and by words.
    const int row = history->rowOfSeq(3);
    QVERIFY(!history->index(row, ui::HistoryModel::WhenColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(history->index(row, ui::HistoryModel::ResultColumn).data().toString() != history->entry(row).result);

    // Show the entry: filters cleared, the row selected.
    choose(m_workspace, QStringLiteral("beta"));
    QCOMPARE(m_proxy->rowCount(), 2);
    QVERIFY(show->isVisible());
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(m_workspace->currentData().toString(), QString());
    QCOMPARE(m_proxy->rowCount(), 7);
    QCOMPARE(table->currentIndex().data(ui::HistoryModel::SeqRole).toLongLong(), qint64(3));
}

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"

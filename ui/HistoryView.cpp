// HistoryView: the filter bar and the chain's state above the timeline above the table.
#include "HistoryView.h"

#include "CoverageStyle.h"
#include "FormParts.h"
#include "HistoryFilterProxy.h"
#include "HistoryModel.h"
#include "RotationTimeline.h"
#include "services/Messages.h"
#include "services/WorkspaceService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace keyward::ui {

namespace {

QString periodName(services::HistoryPeriod period)
{
    switch (period) {
    case services::HistoryPeriod::LastWeek:
        return HistoryView::tr("Last 7 days");
    case services::HistoryPeriod::Last30Days:
        return HistoryView::tr("Last 30 days");
    case services::HistoryPeriod::Last90Days:
        return HistoryView::tr("Last 90 days");
    case services::HistoryPeriod::LastYear:
        return HistoryView::tr("Last year");
    case services::HistoryPeriod::All:
        return HistoryView::tr("All time");
    }
    return {};
}

// Sets the combo to the item whose data is `value`, or to the first item.
void selectData(QComboBox *combo, const QVariant &value)
{
    const int i = combo->findData(value);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace

HistoryView::HistoryView(services::Context &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("historyPage"));
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    m_workspaceFilter = addFilterCombo("historyWorkspaceFilter", tr("Workspace filter"), tr("&Workspace:"), this, bar);
    m_keyFilter = addFilterCombo("historyKeyFilter", tr("Key filter"), tr("&Key:"), this, bar);
    m_featureFilter = addFilterCombo("historyFeatureFilter", tr("Feature filter"), tr("&Feature:"), this, bar);
    m_periodFilter = addFilterCombo("historyPeriodFilter", tr("Period filter"), tr("&Period:"), this, bar);
    m_featureFilter->addItem(tr("All features"), -1);
    for (model::Feature f : model::customerKeyFeatures())
        m_featureFilter->addItem(model::featureDisplayName(f), int(f));
    for (services::HistoryPeriod p : services::allHistoryPeriods())
        m_periodFilter->addItem(periodName(p), int(p));
    selectData(m_periodFilter, int(services::HistoryPeriod::All));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("historyCount"));
    bar->addStretch(1);
    bar->addWidget(m_count);
    layout->addLayout(bar);

    auto *chain = new QHBoxLayout;
    m_chainIcon = new QLabel(this);
    m_chainState = new QLabel(this);
    m_chainState->setObjectName(QStringLiteral("chainState"));
    m_chainState->setWordWrap(true);
    m_chainState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showBroken = new QPushButton(tr("&Show the entry"), this);
    m_showBroken->setObjectName(QStringLiteral("showBrokenEntryButton"));
    m_showBroken->setAccessibleName(tr("Show the entry where the chain breaks"));
    m_showBroken->setVisible(false);
    chain->addWidget(m_chainIcon);
    chain->addWidget(m_chainState, 1);
    chain->addWidget(m_showBroken);
    layout->addLayout(chain);

    m_timeline = new RotationTimeline(this);
    layout->addWidget(m_timeline);

    m_history = new HistoryModel(this);
    m_history->setObjectName(QStringLiteral("historyModel"));
    m_proxy = new HistoryFilterProxy(this);
    m_proxy->setObjectName(QStringLiteral("historyProxy"));
    m_proxy->setHistoryModel(m_history);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Rotation history"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    connect(m_workspaceFilter, &QComboBox::currentIndexChanged, this, [this] {
        rebuildKeys();
        applyFilter();
    });
    for (QComboBox *combo : {m_keyFilter, m_featureFilter, m_periodFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &HistoryView::applyFilter);
    connect(m_showBroken, &QPushButton::clicked, this, &HistoryView::showBrokenEntry);
}

void HistoryView::setWorkspace(const QString &workspace)
{
    // Only a new selection moves the filter: a reload after a job keeps "All workspaces" when it was chosen.
    const bool changed = workspace != m_workspace;
    m_workspace = workspace;
    reload();
    if (changed)
        selectData(m_workspaceFilter, workspace);
}

services::HistoryFilter HistoryView::filter() const
{
    services::HistoryFilter f;
    f.workspace = m_workspaceFilter->currentData().toString();
    f.key = m_keyFilter->currentData().toString();
    if (const int feature = m_featureFilter->currentData().toInt(); feature >= 0)
        f.feature = model::Feature(feature);
    f.since =
        services::periodStart(services::HistoryPeriod(m_periodFilter->currentData().toInt()), m_context.clock().now());
    return f;
}

void HistoryView::reload()
{
    services::HistoryService history(m_context);
    auto entries = history.entries();
    auto check = history.verify();
    if (!entries || !check) {
        m_chainState->setText(services::Messages::full(entries ? check.error() : entries.error()));
        return;
    }
    m_history->setEntries(*entries, check->intact ? -1 : check->badSeq);
    rebuildWorkspaces();
    rebuildKeys();
    applyFilter();
    showChainState(*check);
}

void HistoryView::rebuildWorkspaces()
{
    QStringList names;
    if (auto all = services::WorkspaceService(m_context).list())
        for (const services::WorkspaceDetails &d : std::as_const(*all))
            names << d.record.workspace.name();
    // Workspaces that are gone keep their history.
    for (const catalog::HistoryEntry &e : m_history->entries())
        if (!names.contains(e.workspace))
            names << e.workspace;
    if (!m_workspace.isEmpty() && !names.contains(m_workspace))
        names << m_workspace;
    names.sort();
    const QString keep = m_workspaceFilter->count() > 0 ? m_workspaceFilter->currentData().toString() : m_workspace;
    const QSignalBlocker block(m_workspaceFilter);
    m_workspaceFilter->clear();
    m_workspaceFilter->addItem(tr("All workspaces"), QString());
    for (const QString &name : std::as_const(names))
        m_workspaceFilter->addItem(name, name);
    selectData(m_workspaceFilter, keep);
}

void HistoryView::rebuildKeys()
{
    const QString workspace = m_workspaceFilter->currentData().toString();
    QStringList keys;
    for (const catalog::HistoryEntry &e : m_history->entries())
        if ((workspace.isEmpty() || e.workspace == workspace) && !keys.contains(e.key) && !e.key.isEmpty())
            keys << e.key;
    keys.sort();
    const QString keep = m_keyFilter->currentData().toString();
    const QSignalBlocker block(m_keyFilter);
    m_keyFilter->clear();
    m_keyFilter->addItem(tr("All keys"), QString());
    for (const QString &key : std::as_const(keys))
        m_keyFilter->addItem(key, key);
    selectData(m_keyFilter, keep);
}

void HistoryView::applyFilter()
{
    const services::HistoryFilter f = filter();
    m_proxy->setFilter(f);
    // The timeline's lanes follow the workspace, key and feature; the period is its axis. A key with no
    // rotation in the period keeps its lane, and its age says how long it has not moved.
    services::HistoryFilter lanes = f;
    lanes.since = QDateTime();
    QList<catalog::HistoryEntry> kept;
    for (const catalog::HistoryEntry &e : m_history->entries())
        if (lanes.matches(e))
            kept.prepend(e);
    m_timeline->setEntries(kept, m_context.clock().now(), f.since);
    m_count->setText(tr("%1 of %2 entries").arg(m_proxy->rowCount()).arg(m_history->rowCount()));
}

void HistoryView::showChainState(const catalog::HistoryCheck &check)
{
    QString text;
    if (check.intact) {
        text = tr("Chain intact: %n entries, each sealed by the hash of the one before.", nullptr, int(check.entries));
    } else if (const int row = m_history->rowOfSeq(check.badSeq); row >= 0) {
        const catalog::HistoryEntry &e = m_history->entry(row);
        text = tr("Chain broken at entry %1 (%2 UTC, %3 of %4 in %5): %6")
                   .arg(check.badSeq)
                   .arg(e.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), e.action, e.key, e.workspace,
                        check.problem);
    } else {
        text = tr("Chain broken at entry %1: %2").arg(check.badSeq).arg(check.problem);
    }
    m_chainState->setText(text);
    m_chainState->setAccessibleName(text);
    m_chainIcon->setAccessibleName(text); // the icon says the same as the words beside it
    m_chainIcon->setPixmap(
        style()
            ->standardIcon(check.intact ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical)
            .pixmap(QSize(18, 18)));
    QPalette p = m_chainState->palette();
    p.setColor(QPalette::WindowText, CoverageStyle::colors(check.intact ? model::Coverage::CustomerKey
                                                                        : model::Coverage::NotAvailableOnStandard)
                                         .foreground);
    m_chainState->setPalette(p);
    m_showBroken->setVisible(!check.intact && m_history->rowOfSeq(check.badSeq) >= 0);
}

bool HistoryView::showBrokenEntry()
{
    const int row = m_history->rowOfSeq(m_history->brokenSeq());
    if (m_history->brokenSeq() < 0 || row < 0)
        return false;
    {
        const QSignalBlocker b1(m_workspaceFilter), b2(m_keyFilter), b3(m_featureFilter), b4(m_periodFilter);
        m_workspaceFilter->setCurrentIndex(0);
        rebuildKeys();
        m_keyFilter->setCurrentIndex(0);
        m_featureFilter->setCurrentIndex(0);
        selectData(m_periodFilter, int(services::HistoryPeriod::All));
    }
    applyFilter();
    const QModelIndex index = m_proxy->mapFromSource(m_history->index(row, 0));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_table->setFocus();
    return true;
}

} // namespace keyward::ui

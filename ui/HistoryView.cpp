// HistoryView: the chain's state above the timeline above the table.
#include "HistoryView.h"

#include "CoverageStyle.h"
#include "HistoryModel.h"
#include "RotationTimeline.h"
#include "services/HistoryService.h"
#include "services/Messages.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace keyward::ui {

HistoryView::HistoryView(services::Context &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("historyPage"));
    auto *layout = new QVBoxLayout(this);
    m_chainState = new QLabel(this);
    m_chainState->setObjectName(QStringLiteral("chainState"));
    m_chainState->setWordWrap(true);
    m_timeline = new RotationTimeline(this);
    m_history = new HistoryModel(this);
    m_history->setObjectName(QStringLiteral("historyModel"));
    auto *table = new QTableView(this);
    table->setObjectName(QStringLiteral("historyTable"));
    table->setAccessibleName(tr("Rotation history"));
    table->setModel(m_history);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->setVisible(false);
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_chainState);
    layout->addWidget(m_timeline);
    layout->addWidget(table, 1);
}

void HistoryView::setWorkspace(const QString &workspace)
{
    m_workspace = workspace;
    reload();
}

void HistoryView::reload()
{
    services::HistoryService history(m_context);
    auto entries = history.entries(m_workspace);
    auto check = history.verify();
    if (!entries || !check) {
        m_chainState->setText(services::Messages::full(entries ? check.error() : entries.error()));
        return;
    }
    m_history->setEntries(*entries);
    m_timeline->setEntries(*entries, m_context.clock().now());
    // The chain covers every workspace's entries: one break anywhere is named here.
    m_chainState->setText(check->intact ? tr("Chain intact: %n entries, each sealed by the hash of the one before.",
                                             nullptr, int(check->entries))
                                        : tr("Chain broken at entry %1: %2").arg(check->badSeq).arg(check->problem));
    QPalette p = m_chainState->palette();
    p.setColor(QPalette::WindowText, CoverageStyle::colors(check->intact ? model::Coverage::CustomerKey
                                                                         : model::Coverage::NotAvailableOnStandard)
                                         .foreground);
    m_chainState->setPalette(p);
}

} // namespace keyward::ui

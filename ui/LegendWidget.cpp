// LegendWidget: the key to the matrix's colours and icons.
#include "LegendWidget.h"

#include "CoverageStyle.h"
#include "model/CellState.h"
#include "model/WorkspaceOptions.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace keyward::ui {

namespace {

// Legend lines are shorter than the core's state descriptions, which become the tooltips.
QString shortDescription(keyward::model::CellState state)
{
    using keyward::model::CellState;
    switch (state) {
    case CellState::Verified:
        return LegendWidget::tr("Customer key; verified since the last change.");
    case CellState::NotVerified:
        return LegendWidget::tr("Customer key; not verified since the last change.");
    case CellState::PlaintextFound:
        return LegendWidget::tr("Objects stored in clear: run encryption.");
    case CellState::FindingsFound:
        return LegendWidget::tr("Objects not sealed as they should be.");
    case CellState::KeyUnusable:
        return LegendWidget::tr("The key is disabled, deleted or expired; cells say which.");
    case CellState::KeyStoreUnreachable:
        return LegendWidget::tr("The key's store cannot be reached.");
    case CellState::KeyNotChecked:
        return LegendWidget::tr("Not checked: the key's store is locked.");
    case CellState::CustomerKey:
        return LegendWidget::tr("Your customer-managed key protects this data.");
    case CellState::NoKeyAssigned:
        return LegendWidget::tr("No key assigned yet: platform key in effect.");
    case CellState::PlatformKeyOnly:
        return LegendWidget::tr("Customer keys cannot apply here.");
    case CellState::NotAvailableOnPlan:
        return LegendWidget::tr("Standard plan: no customer keys at all.");
    case CellState::MovedByOption:
        return LegendWidget::tr("An option keeps this data elsewhere.");
    }
    return QString();
}

} // namespace

LegendWidget::LegendWidget(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("matrixLegend"));
    setFrameShape(QFrame::StyledPanel);
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(12, 6, 12, 6);
    outer->setSpacing(18);
    auto *title = new QLabel(tr("Legend"), this);
    title->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    title->setObjectName(QStringLiteral("legendTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    outer->addWidget(title, 0, Qt::AlignTop);
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(10);
    m_grid->setVerticalSpacing(4);
    outer->addLayout(m_grid, 1);
    rebuild();
}

void LegendWidget::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // Swatches are pixmaps painted with the widget's font: repaint them when it changes.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        rebuild();
}

void LegendWidget::rebuild()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_entries = 0;
    // Stretch only the text columns of the layout in use; a switch between layouts resets the others.
    for (int col = 0; col < m_grid->columnCount(); ++col)
        m_grid->setColumnStretch(col, 0);
    const QList<model::CellState> states = m_measured ? model::measuredCellStates() : model::whatIfCellStates();
    m_perRow = m_measured ? 5 : 4;
    const qreal dpr = devicePixelRatioF();
    for (model::CellState s : states) {
        addEntry(CoverageStyle::badgePixmap(s, model::cellStateDisplayName(s), font(), dpr), QString(),
                 shortDescription(s), model::cellStateId(s), model::cellStateDescription(s));
    }
    const auto iconPixmap = [&](const QIcon &icon) {
        return icon.pixmap(QSize(CoverageStyle::NoteIconSize, CoverageStyle::NoteIconSize), dpr);
    };
    addEntry(iconPixmap(CoverageStyle::doubleEncryptionIcon()), tr("Double encryption:"),
             tr("extra platform-keyed layer."), QStringLiteral("double-encryption"),
             model::workspaceOptionDescription(model::WorkspaceOption::DbfsDoubleEncryption));
    addEntry(iconPixmap(CoverageStyle::rotateToLatestIcon()), tr("Auto-rotate:"),
             tr("disks follow the latest key version."), QStringLiteral("rotate-to-latest"),
             model::workspaceOptionDescription(model::WorkspaceOption::ManagedDiskRotateToLatest));
    for (int col = 0; col < m_perRow; ++col)
        m_grid->setColumnStretch(2 * col + 1, 1);
}

void LegendWidget::setMeasured(bool measured)
{
    if (measured == m_measured)
        return;
    m_measured = measured;
    rebuild();
}

void LegendWidget::addEntry(const QPixmap &swatch, const QString &title, const QString &text, const QString &id,
                            const QString &toolTip)
{
    auto *swatchLabel = new QLabel(this);
    swatchLabel->setPixmap(swatch);
    swatchLabel->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto *textLabel = new QLabel(this);
    textLabel->setObjectName(QStringLiteral("legend_") + id);
    textLabel->setWordWrap(true);
    textLabel->setTextFormat(Qt::RichText);
    textLabel->setText(title.isEmpty()
                           ? text.toHtmlEscaped()
                           : QStringLiteral("<b>%1</b> %2").arg(title.toHtmlEscaped(), text.toHtmlEscaped()));
    swatchLabel->setBuddy(textLabel);
    swatchLabel->setToolTip(toolTip);
    textLabel->setToolTip(toolTip);

    const int row = m_entries / m_perRow;
    const int col = 2 * (m_entries % m_perRow);
    m_grid->addWidget(swatchLabel, row, col);
    m_grid->addWidget(textLabel, row, col + 1);
    ++m_entries;
}

} // namespace keyward::ui

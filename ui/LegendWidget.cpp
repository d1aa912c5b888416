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

// Legend lines of the what-if legend are shorter than the core's descriptions, which become the tooltips. (The
// measured legend shows badges alone.)
QString shortDescription(keyward::model::CellState state)
{
    using keyward::model::CellState;
    switch (state) {
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
    default:
        return QString();
    }
}

} // namespace

LegendWidget::LegendWidget(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("matrixLegend"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Legend"));
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
    // The what-if legend explains each badge beside it; the measured one has twice the states, so it shows the
    // badges alone, in two rows, with the explanations in their tooltips (and accessible descriptions).
    const QList<model::CellState> states = m_measured ? model::measuredCellStates() : model::whatIfCellStates();
    m_perRow = m_measured ? 7 : 4;
    const qreal dpr = devicePixelRatioF();
    for (model::CellState s : states) {
        const QString name = model::cellStateDisplayName(s);
        addEntry(CoverageStyle::badgePixmap(s, name, font(), dpr), QString(),
                 m_measured ? QString() : shortDescription(s), model::cellStateId(s), model::cellStateDescription(s),
                 name);
    }
    const auto iconPixmap = [&](const QIcon &icon) {
        return icon.pixmap(QSize(CoverageStyle::NoteIconSize, CoverageStyle::NoteIconSize), dpr);
    };
    const QString doubleText = model::workspaceOptionDescription(model::WorkspaceOption::DbfsDoubleEncryption);
    const QString rotateText = model::workspaceOptionDescription(model::WorkspaceOption::ManagedDiskRotateToLatest);
    if (m_measured) {
        addEntry(iconPixmap(CoverageStyle::doubleEncryptionIcon()), tr("Double encryption"), QString(),
                 QStringLiteral("double-encryption"), doubleText, tr("Double encryption"));
        addEntry(iconPixmap(CoverageStyle::rotateToLatestIcon()), tr("Auto-rotate"), QString(),
                 QStringLiteral("rotate-to-latest"), rotateText, tr("Auto-rotate"));
        m_grid->setColumnStretch(2 * m_perRow, 1); // entries packed to the left
    } else {
        addEntry(iconPixmap(CoverageStyle::doubleEncryptionIcon()), tr("Double encryption:"),
                 tr("extra platform-keyed layer."), QStringLiteral("double-encryption"), doubleText,
                 tr("Double encryption"));
        addEntry(iconPixmap(CoverageStyle::rotateToLatestIcon()), tr("Auto-rotate:"),
                 tr("disks follow the latest key version."), QStringLiteral("rotate-to-latest"), rotateText,
                 tr("Auto-rotate"));
        for (int col = 0; col < m_perRow; ++col)
            m_grid->setColumnStretch(2 * col + 1, 1);
    }
}

void LegendWidget::setMeasured(bool measured)
{
    if (measured == m_measured)
        return;
    m_measured = measured;
    rebuild();
}

void LegendWidget::addEntry(const QPixmap &swatch, const QString &title, const QString &text, const QString &id,
                            const QString &toolTip, const QString &name)
{
    auto *swatchLabel = new QLabel(this);
    swatchLabel->setObjectName(QStringLiteral("legendSwatch_") + id);
    swatchLabel->setPixmap(swatch);
    swatchLabel->setAccessibleName(name);
    swatchLabel->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    swatchLabel->setToolTip(toolTip);
    const int row = m_entries / m_perRow;
    const int col = 2 * (m_entries % m_perRow);
    ++m_entries;
    if (title.isEmpty() && text.isEmpty()) {
        // A badge says its own name: it is the entry (the compact legend).
        swatchLabel->setObjectName(QStringLiteral("legend_") + id);
        swatchLabel->setAccessibleName(name);
        swatchLabel->setAccessibleDescription(toolTip);
        m_grid->addWidget(swatchLabel, row, col, 1, 2);
        return;
    }
    // In the compact legend a note's icon and name sit together in one cell of the grid.
    QWidget *parent = this;
    QHBoxLayout *pair = nullptr;
    if (text.isEmpty()) {
        parent = new QWidget(this);
        pair = new QHBoxLayout(parent);
        pair->setContentsMargins(0, 0, 0, 0);
        pair->setSpacing(6);
        swatchLabel->setParent(parent);
        pair->addWidget(swatchLabel);
    }
    auto *textLabel = new QLabel(parent);
    textLabel->setObjectName(QStringLiteral("legend_") + id);
    textLabel->setWordWrap(!text.isEmpty());
    textLabel->setTextFormat(Qt::RichText);
    if (text.isEmpty())
        textLabel->setText(title.toHtmlEscaped());
    else
        textLabel->setText(title.isEmpty()
                               ? text.toHtmlEscaped()
                               : QStringLiteral("<b>%1</b> %2").arg(title.toHtmlEscaped(), text.toHtmlEscaped()));
    swatchLabel->setBuddy(textLabel);
    textLabel->setToolTip(toolTip);
    textLabel->setAccessibleDescription(toolTip);
    if (pair) {
        pair->addWidget(textLabel);
        pair->addStretch(1); // icon and name stay together at the cell's left
        m_grid->addWidget(parent, row, col, 1, 2);
        return;
    }
    m_grid->addWidget(swatchLabel, row, col);
    m_grid->addWidget(textLabel, row, col + 1);
}

} // namespace keyward::ui

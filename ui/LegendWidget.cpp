// LegendWidget: the key to the matrix's colours and icons.
#include "LegendWidget.h"

#include "CoverageStyle.h"
#include "model/Coverage.h"
#include "model/WorkspaceOptions.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace keyward::ui {

namespace {
constexpr int EntriesPerRow = 4;

// Legend lines are shorter than the core's coverage descriptions, which become the tooltips.
QString shortDescription(keyward::model::Coverage coverage)
{
    using keyward::model::Coverage;
    switch (coverage) {
    case Coverage::CustomerKey:
        return LegendWidget::tr("Your customer-managed key protects this data.");
    case Coverage::NoKeyAssigned:
        return LegendWidget::tr("No key assigned yet: platform key in effect.");
    case Coverage::PlatformKeyOnly:
        return LegendWidget::tr("Customer keys cannot apply here.");
    case Coverage::NotAvailableOnStandard:
        return LegendWidget::tr("Standard plan: no customer keys at all.");
    case Coverage::MovedByOption:
        return LegendWidget::tr("An option keeps this data elsewhere.");
    }
    return QString();
}
} // namespace

LegendWidget::LegendWidget(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("matrixLegend"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Legend"));
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(12, 8, 12, 8);
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
    m_grid->setVerticalSpacing(6);
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
    const qreal dpr = devicePixelRatioF();
    for (model::Coverage c : model::allCoverages()) {
        addEntry(CoverageStyle::badgePixmap(c, model::coverageDisplayName(c), font(), dpr),
                 model::coverageDisplayName(c), QString(), shortDescription(c), model::coverageId(c),
                 model::coverageDescription(c));
    }
    const auto iconPixmap = [&](const QIcon &icon) {
        return icon.pixmap(QSize(CoverageStyle::NoteIconSize, CoverageStyle::NoteIconSize), dpr);
    };
    addEntry(iconPixmap(CoverageStyle::doubleEncryptionIcon()),
             model::workspaceOptionDisplayName(model::WorkspaceOption::DbfsDoubleEncryption), tr("Double encryption:"),
             tr("extra platform-keyed layer."), QStringLiteral("double-encryption"),
             model::workspaceOptionDescription(model::WorkspaceOption::DbfsDoubleEncryption));
    addEntry(iconPixmap(CoverageStyle::rotateToLatestIcon()),
             model::workspaceOptionDisplayName(model::WorkspaceOption::ManagedDiskRotateToLatest), tr("Auto-rotate:"),
             tr("disks follow the latest key version."), QStringLiteral("rotate-to-latest"),
             model::workspaceOptionDescription(model::WorkspaceOption::ManagedDiskRotateToLatest));
    for (int col = 0; col < EntriesPerRow; ++col)
        m_grid->setColumnStretch(2 * col + 1, 1);
}

void LegendWidget::addEntry(const QPixmap &swatch, const QString &swatchName, const QString &title, const QString &text,
                            const QString &id, const QString &toolTip)
{
    auto *swatchLabel = new QLabel(this);
    swatchLabel->setObjectName(QStringLiteral("legendSwatch_") + id);
    swatchLabel->setPixmap(swatch);
    swatchLabel->setAccessibleName(swatchName);
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

    const int row = m_entries / EntriesPerRow;
    const int col = 2 * (m_entries % EntriesPerRow);
    m_grid->addWidget(swatchLabel, row, col);
    m_grid->addWidget(textLabel, row, col + 1);
    ++m_entries;
}

} // namespace keyward::ui

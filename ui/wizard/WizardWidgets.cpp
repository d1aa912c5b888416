// WizardWidgets: problem labels of the key wizard.
#include "WizardWidgets.h"

#include "CoverageStyle.h"

#include <QLabel>

namespace keyward::ui {

QLabel *makeProblemLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, CoverageStyle::colors(model::Coverage::NotAvailableOnStandard).foreground);
    label->setPalette(p);
    label->setVisible(false);
    return label;
}

void showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace keyward::ui

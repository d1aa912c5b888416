// FormParts: filter combos and error labels.
#include "FormParts.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>

namespace keyward::ui {

QComboBox *addFilterCombo(const char *objectName, const QString &accessibleName, const QString &caption,
                          QWidget *parent, QHBoxLayout *bar)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(objectName));
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *label = new QLabel(caption, parent);
    label->setBuddy(combo);
    bar->addWidget(label);
    bar->addWidget(combo);
    bar->addSpacing(10);
    return combo;
}

QLabel *makeErrorLabel(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette warn = label->palette();
    warn.setColor(QPalette::WindowText, QColor(0xA5, 0x0E, 0x0E));
    label->setPalette(warn);
    label->setVisible(false);
    return label;
}

} // namespace keyward::ui

// WizardWidgets: the small pieces every key-wizard page shares: the label that says, next to a field, why its
// input was refused.
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace keyward::ui {

// A word-wrapped label in the problem colour, hidden until it has something to say. The text itself says what is
// wrong, so the colour is never the only sign.
QLabel *makeProblemLabel(QWidget *parent, const QString &objectName);
// Shows `text` in the label, or hides it when `text` is empty.
void showProblem(QLabel *label, const QString &text);

} // namespace keyward::ui

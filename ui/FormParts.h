// FormParts: small widgets several views and dialogs build the same way.
#pragma once

#include <QString>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QWidget;

namespace keyward::ui {

// A filter combo with its caption (whose accelerator focuses it), added to `bar` with some space after it.
QComboBox *addFilterCombo(const char *objectName, const QString &accessibleName, const QString &caption,
                          QWidget *parent, QHBoxLayout *bar);
// A hidden, selectable, word-wrapped label in a dark red that reads at 4.5:1, for an error a dialog shows.
QLabel *makeErrorLabel(const char *objectName, QWidget *parent);

} // namespace keyward::ui

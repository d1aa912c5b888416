// Csv: fields for the CSV files Keyward writes (findings, inventories), safe to open in a spreadsheet.
#pragma once

#include <QString>

namespace keyward {

// The value quoted, inner quotes doubled, and a leading = + - @ tab or carriage return neutralised with an
// apostrophe so that a spreadsheet shows it rather than running it as a formula.
QString csvField(const QString &value);

} // namespace keyward

// DataDir: where Keyward keeps its files: --data-dir, else KEYWARD_DATA_DIR, else the user's data directory.
#pragma once

#include <QString>

namespace keyward {

QString resolveDataDir(const QString &fromCommandLine = {});

} // namespace keyward

// KeyIdText: short, readable forms of key identifiers for places too narrow for a full Key Vault URL.
#pragma once

#include <QString>

namespace keyward::ui {

class KeyIdText
{
public:
    // "https://kv-x.vault.azure.net/keys/NAME/VERSION" -> "NAME/VERSION (kv-x)"; the catalog's
    // "STORE/NAME/VERSION" -> "NAME/VERS (STORE)" (the version's first 8 characters) and "STORE/NAME" ->
    // "NAME (STORE)"; anything else unchanged.
    static QString shortName(const QString &keyId);
    // A key version's first 8 characters and an ellipsis when it is longer (the tooltip has it whole).
    static QString shortVersion(const QString &version);
};

} // namespace keyward::ui

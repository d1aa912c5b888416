// Translations: loads the catalogue for the user's locale (embedded as :/i18n/keyward_<lang>.qm).
#pragma once

class QCoreApplication;

namespace keyward {

// Installs Keyward's and Qt's own translations for QLocale(); quietly keeps English when none match.
void installTranslations(QCoreApplication &app);

} // namespace keyward

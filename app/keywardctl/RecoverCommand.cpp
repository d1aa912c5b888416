// RecoverCommand: keywardctl recover.
#include "Commands.h"

namespace keyward::cli {

int runRecover(const QStringList &)
{
    return ExitFailure;
}

} // namespace keyward::cli

// MatrixCommand: keywardctl matrix.
#include "Commands.h"

namespace keyward::cli {

int runMatrix(const QStringList &)
{
    return ExitFailure;
}

} // namespace keyward::cli

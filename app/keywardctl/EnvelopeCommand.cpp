// EnvelopeCommand: keywardctl envelope.
#include "Commands.h"

namespace keyward::cli {

int runEnvelope(const QStringList &)
{
    return ExitFailure;
}

} // namespace keyward::cli

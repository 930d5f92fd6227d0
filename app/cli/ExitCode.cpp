#include "ExitCode.h"

ExitCode exitCodeFor(const MoodleError &error)
{
    switch (error.category()) {
    case MoodleError::Category::Offline:
        return ExitCode::Offline;
    case MoodleError::Category::NeedsSignIn:
        return ExitCode::Auth;
    case MoodleError::Category::Usage:
        if (error.kind() == MoodleError::Kind::KeychainUnavailable
            || error.kind() == MoodleError::Kind::LocalStorageError)
            return ExitCode::LocalFailure;
        return ExitCode::Usage;
    case MoodleError::Category::Temporary:
    case MoodleError::Category::Rejected:
        break;
    }
    if (error.kind() == MoodleError::Kind::TlsError)
        return ExitCode::Offline;
    return ExitCode::Server;
}

#pragma once

#include "moodle/MoodleError.h"

// satchelctl's exit codes are a public interface: documented in --help and README, never renumbered.
enum class ExitCode : int {
    Ok = 0,
    LocalFailure = 1,  // keychain, data folder
    Usage = 2,  // bad command line, invalid address, http:// without --allow-http
    Auth = 3,  // not signed in, wrong password, session expired
    Offline = 4,  // the site could not be reached
    Server = 5,  // the site answered with an error
    PartialFailure = 6,  // download: some files could not be downloaded, the others were
};

ExitCode exitCodeFor(const MoodleError &error);

// What run() and main() return.
constexpr int exitStatus(ExitCode exitCode)
{
    return static_cast<int>(exitCode);
}

#pragma once

#include "moodle/MoodleError.h"

// How the sync engines treat an error, in one place so the student and the class sync agree.
namespace SyncErrors {

// Errors after which going on makes no sense: every further call would fail the same way.
inline bool endsSync(const MoodleError &error)
{
    switch (error.kind()) {
    case MoodleError::Kind::SiteMaintenance:
    case MoodleError::Kind::AppAccessDisabled:
    case MoodleError::Kind::TlsError:
    case MoodleError::Kind::Cancelled:
    case MoodleError::Kind::SiteRedirected:
        return true;
    default:
        return error.isOffline() || error.needsSignIn();
    }
}

// A per-call error that is the site's real answer (not a glitch): the call's data is "none".
// An exception with an error code we do not know (dmlreadexception, a lock timeout, a plugin's own) is not
// one: writing a course or class without that call's part would leave it half old, half new.
inline bool isAnswer(const MoodleError &error)
{
    switch (error.kind()) {
    case MoodleError::Kind::PermissionDenied:
    case MoodleError::Kind::NotEnrolled:
    case MoodleError::Kind::InvalidParameter:
    case MoodleError::Kind::NotFound:
    case MoodleError::Kind::FunctionNotAvailable:
    case MoodleError::Kind::NoCompletionCriteria:
        return true;
    default:
        return false;
    }
}

// The site's real answer about one queued action, after which sending it again cannot succeed: the person
// may not change that activity (any more), it or its course is gone, or it is no longer marked by hand.
// Everything else (services switched off, maintenance, a database error on the site, an answer we cannot
// read) is about the site or the moment, and the action stays queued.
inline bool rejectsAction(const MoodleError &error)
{
    switch (error.kind()) {
    case MoodleError::Kind::PermissionDenied:
    case MoodleError::Kind::NotEnrolled:
    case MoodleError::Kind::InvalidParameter:
    case MoodleError::Kind::NotFound:
        return true;
    default:
        return false;
    }
}

inline MoodleError storageError(const QString &detail)
{
    return MoodleError(MoodleError::Kind::LocalStorageError).withDetail(detail);
}

}  // namespace SyncErrors

#pragma once

#include "MoodleError.h"

class QNetworkReply;

// QNetworkReply's transport failures (no HTTP answer at all) as MoodleError kinds.
namespace NetworkErrors {
MoodleError toMoodleError(QNetworkReply *reply);
}  // namespace NetworkErrors

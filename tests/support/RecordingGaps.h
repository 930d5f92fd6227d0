#pragma once

#include "FakeMoodleServer.h"

// What the recordings lack for a full sync of student1: the submission status of four of the nine
// assignments (4, 6, 7, 8). They answer like the recorded "not submitted yet" one (assignment 2).
// Use as server.setCallHandler(fillRecordingGaps(server)); `next` is asked first, for a test's own answers.
FakeMoodleServer::CallHandler fillRecordingGaps(const FakeMoodleServer &server, FakeMoodleServer::CallHandler next = {});

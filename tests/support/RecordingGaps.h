#pragma once

#include "FakeMoodleServer.h"

// What the recordings lack for a full sync of student1: the submission status of four of the nine
// assignments (4, 6, 7, 8). They answer like the recorded "not submitted yet" one (assignment 2).
// And what a resync asks: core_course_get_updates_since about a time after the recorded site was made
// answers "nothing changed" (as the recorded check_updates about "now" did; earlier times are recorded), and
// the assignment and quiz lists of some courses are the recorded lists of every course, cut down to those.
// teacher1's learning plans and her own quiz attempts (not recorded) are none: student1's recorded plans page
// without plans, no attempts.
// `server` must outlive the handler.
// Use as server.setCallHandler(fillRecordingGaps(server)); `next` is asked first, for a test's own answers.
FakeMoodleServer::CallHandler fillRecordingGaps(const FakeMoodleServer &server,
                                                FakeMoodleServer::CallHandler next = {});

// What the recordings lack for a class sync of teacher1: the completion of the learners other than
// student1 and student2 (only users 4 and 5 were recorded). They answer like a learner who has done
// nothing yet: student1's recorded answer for that course with every state reset. A learner's own
// grade report (userid = the learner) is their part of the recorded whole-class report (userid=0). A
// profile lookup by id (core_user_get_users_by_field) answers with the recorded profiles among those asked;
// a page of a roster is that page of the recorded roster. `server` must outlive the handler.
// Installs the student gaps too.
FakeMoodleServer::CallHandler fillClassRecordingGaps(const FakeMoodleServer &server,
                                                     FakeMoodleServer::CallHandler next = {});

// For a clock moved past the recordings' "now": the first page of deadlines is answered as recorded whatever its
// window (which follows the clock), and core_course_get_updates_since (and check_updates) says "nothing changed" for
// any "since", so only time decides what a sync refetches. `next` is asked first. `server` must outlive the handler.
FakeMoodleServer::CallHandler laterThanTheRecordings(const FakeMoodleServer &server,
                                                     FakeMoodleServer::CallHandler next = {});
